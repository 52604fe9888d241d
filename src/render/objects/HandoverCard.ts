import type { GameObjects, Scene } from 'phaser';
import type { Side } from '../../sim';
import { palette } from '../palette';
import { SIDE_NAME } from '../tableModel';
import { addText, setColour } from './text';

/**
 * Hot-seat hand-over: a neutral card that names, in words, the committee about to take the
 * device. Nothing side-specific is drawn while it is up.
 */
export class HandoverCard {
  private box: GameObjects.Container;
  private who: GameObjects.Text;
  private g: GameObjects.Graphics;

  constructor(scene: Scene, cx: number, cy: number) {
    const w = 620;
    const h = 230;
    this.g = scene.add.graphics();
    const lead = addText(scene, 0, -h / 2 + 26, 'HAND-OVER', { size: 20, bold: true, colour: palette.focus, originX: 0.5 });
    const ask = addText(scene, 0, -h / 2 + 62, 'Hand the device to the', { size: 26, originX: 0.5 });
    this.who = addText(scene, 0, -h / 2 + 100, '', { size: 44, bold: true, display: true, originX: 0.5 });
    const hint = addText(scene, 0, -h / 2 + 168, 'Each committee\u2019s meters and points stay hidden until it takes over.', {
      size: 20,
      colour: palette.inkDim,
      originX: 0.5,
      align: 'center',
      wrap: w - 60,
    });
    this.box = scene.add.container(cx, cy, [this.g, lead, ask, this.who, hint]).setVisible(false).setDepth(15);
    this.draw(w, h, palette.focus);
  }

  private draw(w: number, h: number, edge: number): void {
    const g = this.g;
    g.clear();
    g.fillStyle(0x000000, 0.4);
    g.fillRoundedRect(-w / 2 + 6, -h / 2 + 8, w, h, 16);
    g.fillStyle(palette.panel, 1);
    g.fillRoundedRect(-w / 2, -h / 2, w, h, 16);
    g.lineStyle(4, edge, 1);
    g.strokeRoundedRect(-w / 2, -h / 2, w, h, 16);
  }

  set(to: Side | null): void {
    this.box.setVisible(to !== null);
    if (!to) return;
    const n = SIDE_NAME[to];
    this.who.setText(`${n.upper} ${n.lower}`);
    setColour(this.who, to === 'union' ? palette.union : palette.studio);
  }
}
