import type { GameObjects, Scene } from 'phaser';
import type { Phase } from '../../sim';
import { palette } from '../palette';
import { addText, fitText } from './text';

/**
 * The phase in big words. A strike turns the banner red and edges it with picket tape; an
 * expired contract turns it amber; a vote or the end of the round gets its own colour too
 * (always with the words, so colour is never the only cue).
 */
export class PhaseBanner {
  private g: GameObjects.Graphics;
  private title: GameObjects.Text;
  private detail: GameObjects.Text;
  private key = '';

  constructor(
    scene: Scene,
    private x: number,
    private y: number,
    private w: number,
    private h: number,
  ) {
    this.g = scene.add.graphics();
    this.title = addText(scene, x + w / 2, y + 10, '', { size: 32, bold: true, display: true, originX: 0.5 });
    this.detail = addText(scene, x + w / 2, y + 52, '', { size: 20, originX: 0.5 });
  }

  set(phase: Phase, title: string, detail: string, good: boolean): void {
    this.title.setText(title);
    this.detail.setText(detail);
    fitText(this.detail, this.w - 24);
    const key = `${phase}|${good}`;
    if (key === this.key) return;
    this.key = key;
    const { g, x, y, w, h } = this;
    g.clear();
    let fill: number = palette.panel2;
    let edge: number = palette.line;
    if (phase === 'strike') {
      fill = palette.strike;
      edge = palette.ink;
    } else if (phase === 'holdout') {
      fill = 0x4a3410;
      edge = palette.union;
    } else if (phase === 'ratification') {
      edge = palette.focus;
    } else if (phase === 'done') {
      edge = good ? palette.ok : palette.danger;
    }
    g.fillStyle(fill, 1);
    g.fillRoundedRect(x, y, w, h, 10);
    g.lineStyle(3, edge, 1);
    g.strokeRoundedRect(x, y, w, h, 10);
    if (phase === 'strike') {
      // Picket tape along the bottom edge: dark diagonal stripes on the red.
      const bandY = y + h - 14;
      g.fillStyle(palette.night, 0.85);
      for (let sx = x + 12; sx + 18 < x + w - 10; sx += 22) {
        g.fillTriangle(sx, bandY + 10, sx + 8, bandY, sx + 18, bandY);
        g.fillTriangle(sx, bandY + 10, sx + 18, bandY, sx + 10, bandY + 10);
      }
    }
  }
}
