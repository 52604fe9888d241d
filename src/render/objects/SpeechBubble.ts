import type { GameObjects, Scene } from 'phaser';
import type { Side } from '../../sim';
import { palette } from '../palette';
import { addText } from './text';

export interface BubbleGeometry {
  /** The inner ends of the committees' columns: the bubble's tail points past them. */
  unionEdge: number;
  studioEdge: number;
  top: number;
  maxWidth: number;
}

/** The computer committee's latest line, in a speech bubble whose tail points at its committee. */
export class SpeechBubble {
  private box: GameObjects.Container;
  private g: GameObjects.Graphics;
  private text: GameObjects.Text;
  private shownIndex = -1;

  constructor(
    private scene: Scene,
    private geo: BubbleGeometry,
  ) {
    this.g = scene.add.graphics();
    this.text = addText(scene, 0, 0, '', { size: 22, wrap: geo.maxWidth - 36 });
    this.box = scene.add.container(0, 0, [this.g, this.text]).setVisible(false);
  }

  set(line: { side: Side; text: string; index: number } | null, animate: boolean): void {
    if (!line) {
      this.box.setVisible(false);
      this.shownIndex = -1;
      return;
    }
    if (line.index === this.shownIndex) return;
    this.shownIndex = line.index;
    const colour = line.side === 'union' ? palette.union : palette.studio;
    this.text.setText(`\u201c${line.text}\u201d`);
    const w = Math.min(this.geo.maxWidth, this.text.width + 36);
    const h = this.text.height + 20;
    const left = line.side === 'union';
    // Anchor the bubble at its committee's end of the table.
    const x = left ? this.geo.unionEdge + 16 : this.geo.studioEdge - 16 - w;
    const y = this.geo.top;
    const g = this.g;
    g.clear();
    g.fillStyle(palette.panel, 1);
    g.fillRoundedRect(0, 0, w, h, 14);
    g.lineStyle(3, colour, 1);
    g.strokeRoundedRect(0, 0, w, h, 14);
    // The tail, pointing sideways at the committee's name.
    const ty = Math.min(h - 14, 30);
    g.fillStyle(colour, 1);
    if (left) g.fillTriangle(0, ty - 10, 0, ty + 10, -18, ty - 4);
    else g.fillTriangle(w, ty - 10, w, ty + 10, w + 18, ty - 4);
    this.text.setPosition(18, 10);
    this.box.setPosition(x, y).setVisible(true);
    this.scene.tweens.killTweensOf(this.box);
    if (animate) {
      this.box.setAlpha(0).setScale(0.96);
      this.box.y = y + 8;
      this.scene.tweens.add({ targets: this.box, alpha: 1, scale: 1, y, duration: 260, ease: 'Cubic.easeOut' });
    } else {
      this.box.setAlpha(1).setScale(1);
    }
  }
}
