import type { GameObjects, Scene, Tweens } from 'phaser';
import type { Side } from '../../sim';
import { palette } from '../palette';
import { SIDE_NAME } from '../tableModel';
import { addText, fitText } from './text';
import { ART } from '../artAssets';

export interface CommitteeState {
  role: string;
  toMove: boolean;
  /** Union on strike: the picket signs go up. */
  picket: boolean;
  /** Hand-over: the committee about to take the device. */
  handover: boolean;
  stillMotion: boolean;
}

/**
 * One committee at its end of the table, seen from above: four seats facing the other side,
 * its name in words above (colour is never the only cue), its role, and a "to move" marker.
 * On strike, the union's members raise picket signs.
 */
export class Committee {
  private roleText: GameObjects.Text;
  private chip: GameObjects.Container;
  private signs: GameObjects.Container;
  private bob: Tweens.Tween | null = null;
  private colour: number;

  constructor(
    private scene: Scene,
    private side: Side,
    x0: number,
    w: number,
  ) {
    this.colour = side === 'union' ? palette.union : palette.studio;
    const cx = x0 + w / 2;
    const names = SIDE_NAME[side];
    addText(scene, cx, 110, names.upper, { size: 32, bold: true, display: true, colour: this.colour, originX: 0.5 });
    addText(scene, cx, 148, names.lower, { size: 20, bold: true, colour: this.colour, originX: 0.5 });
    this.roleText = addText(scene, cx, 172, '', { size: 20, colour: palette.inkDim, originX: 0.5 });

    const ct = addText(scene, 0, 0, 'TO MOVE', { size: 20, bold: true, colour: palette.night, originX: 0.5, originY: 0.5 });
    const cw = Math.ceil(ct.width) + 48;
    const cg = scene.add.graphics();
    cg.fillStyle(this.colour, 1);
    cg.fillRoundedRect(-cw / 2, -16, cw, 32, 16);
    // An arrow toward the table: the chip's shape, not only its colour, says whose move it is.
    cg.fillStyle(palette.night, 1);
    const ax = side === 'union' ? cw / 2 - 16 : -cw / 2 + 16;
    const d = side === 'union' ? 1 : -1;
    cg.fillTriangle(ax - d * 6, -8, ax - d * 6, 8, ax + d * 6, 0);
    ct.setX(-d * 6);
    this.chip = scene.add.container(cx, 220, [cg, ct]).setVisible(false);

    // The committee's people (assets/art), seated at their end of the table; simple seats if
    // the art did not load.
    const art = side === 'union' ? ART.union : ART.studio;
    if (scene.textures.exists(art.key)) scene.add.image(x0 + w / 2, 236 + art.height / 2, art.key);
    else {
      const seatX = side === 'union' ? x0 + w - 22 : x0 + 22;
      const facing = side === 'union' ? 1 : -1;
      const g = scene.add.graphics();
      for (let i = 0; i < 4; i++) {
        const sy = 270 + i * 56;
        g.fillStyle(palette.panel2, 1);
        g.fillRoundedRect(seatX - 24 - facing * 8, sy - 26, 48, 52, 10);
        g.fillStyle(this.colour, 0.8);
        g.fillEllipse(seatX - facing * 4, sy, 30, 46);
        g.fillStyle(this.colour, 1);
        g.fillCircle(seatX + facing * 10, sy, 14);
      }
    }

    // Picket signs (drawn for both, shown for the union on strike).
    const signs: GameObjects.GameObject[] = [];
    const sx = side === 'union' ? x0 + 68 : x0 + w - 68;
    for (let i = 0; i < 3; i++) {
      const y = 284 + i * 62;
      const sg = scene.add.graphics();
      sg.lineStyle(6, palette.woodEdge, 1);
      sg.lineBetween(sx, y + 18, sx, y + 50);
      sg.fillStyle(palette.paper, 1);
      sg.fillRoundedRect(sx - 63, y - 22, 126, 44, 4);
      sg.lineStyle(3, palette.strike, 1);
      sg.strokeRoundedRect(sx - 63, y - 22, 126, 44, 4);
      const st = addText(scene, sx, y, 'ON STRIKE', { size: 20, bold: true, colour: palette.paperRed, originX: 0.5, originY: 0.5 });
      fitText(st, 114);
      signs.push(sg, st);
    }
    this.signs = scene.add.container(0, 0, signs).setVisible(false);
  }

  set(s: CommitteeState): void {
    this.roleText.setText(s.role);
    this.chip.setVisible(s.toMove && !s.handover);
    const picket = s.picket && this.side === 'union';
    this.signs.setVisible(picket);
    if (picket && !s.stillMotion && !this.bob) {
      // A slow march: signs rise and fall over two seconds (no flashing).
      this.bob = this.scene.tweens.add({ targets: this.signs, y: -6, duration: 1000, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    } else if ((!picket || s.stillMotion) && this.bob) {
      this.bob.stop();
      this.bob = null;
      this.signs.y = 0;
    }
  }
}
