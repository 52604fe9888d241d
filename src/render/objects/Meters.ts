import type { GameObjects, Scene } from 'phaser';
import { palette } from '../palette';
import type { MeterModel, MetersModel, OpinionModel } from '../tableModel';
import { addText, fitText, setColour } from './text';

const BAR_Y = 30;
const BAR_H = 14;

/** A labelled meter: its name and value in words, then a bar (with its breaking point marked). */
class MeterRow {
  private label: GameObjects.Text;
  private value: GameObjects.Text;
  private bar: GameObjects.Graphics;

  constructor(
    scene: Scene,
    private x: number,
    private y: number,
    private w: number,
  ) {
    this.label = addText(scene, x, y, '', { size: 20 });
    this.value = addText(scene, x + w, y - 2, '', { size: 22, bold: true, originX: 1 });
    this.bar = scene.add.graphics();
  }

  set(m: MeterModel | null, colour: number): void {
    const visible = m !== null;
    this.label.setVisible(visible);
    this.value.setVisible(visible);
    this.bar.setVisible(visible);
    if (!m) return;
    this.value.setText(m.low ? `${m.value} \u00b7 low` : m.value);
    setColour(this.value, m.low ? palette.danger : palette.ink);
    this.label.setText(m.label);
    fitText(this.label, this.w - this.value.width - 12);
    const { x, y, w } = this;
    const g = this.bar;
    g.clear();
    g.fillStyle(palette.night, 1);
    g.fillRoundedRect(x, y + BAR_Y, w, BAR_H, 4);
    const fw = Math.round(w * m.fraction);
    if (fw > 0) {
      g.fillStyle(m.low ? palette.danger : colour, 1);
      g.fillRoundedRect(x, y + BAR_Y, Math.max(fw, 8), BAR_H, 4);
    }
    g.lineStyle(1, palette.line, 1);
    g.strokeRoundedRect(x, y + BAR_Y, w, BAR_H, 4);
    if (m.threshold !== undefined) {
      const tx = x + Math.round(w * m.threshold);
      g.lineStyle(3, palette.ink, 1);
      g.lineBetween(tx, y + BAR_Y - 4, tx, y + BAR_Y + BAR_H + 4);
    }
  }
}

/** Public opinion: one stacked bar, pro-union / neutral / pro-studio, with the shares in words. */
class OpinionRow {
  private label: GameObjects.Text;
  private value: GameObjects.Text;
  private bar: GameObjects.Graphics;

  constructor(
    scene: Scene,
    private x: number,
    private y: number,
    private w: number,
  ) {
    this.label = addText(scene, x, y, 'Public opinion', { size: 20 });
    this.value = addText(scene, x + w, y - 2, '', { size: 20, bold: true, originX: 1 });
    this.bar = scene.add.graphics();
  }

  setVisible(v: boolean): void {
    this.label.setVisible(v);
    this.value.setVisible(v);
    this.bar.setVisible(v);
  }

  set(o: OpinionModel, top: number): void {
    this.y = top;
    this.label.setY(top);
    this.value.setY(top - 2);
    this.value.setText(`Union ${Math.round(o.union / 100)}% \u00b7 Studios ${Math.round(o.studio / 100)}%`);
    fitText(this.value, this.w - this.label.width - 12);
    const { x, y, w } = this;
    const g = this.bar;
    g.clear();
    const uw = Math.round((w * o.union) / 10000);
    const sw = Math.round((w * o.studio) / 10000);
    g.fillStyle(palette.neutral, 1);
    g.fillRect(x, y + BAR_Y, w, BAR_H);
    g.fillStyle(palette.union, 1);
    g.fillRect(x, y + BAR_Y, uw, BAR_H);
    g.fillStyle(palette.studio, 1);
    g.fillRect(x + w - sw, y + BAR_Y, sw, BAR_H);
    // Dividers so the three parts read apart without colour.
    g.lineStyle(3, palette.night, 1);
    g.lineBetween(x + uw, y + BAR_Y, x + uw, y + BAR_Y + BAR_H);
    g.lineBetween(x + w - sw, y + BAR_Y, x + w - sw, y + BAR_Y + BAR_H);
    g.lineStyle(1, palette.line, 1);
    g.strokeRect(x, y + BAR_Y, w, BAR_H);
  }
}

export interface MeterPanelGeometry {
  x: number;
  y: number;
  colWidth: number;
  gap: number;
  rowHeight: number;
  width: number;
  height: number;
}

/**
 * The viewing committee's meters in two columns. Hidden during a hot-seat hand-over, when a
 * neutral note takes their place.
 */
export class MeterPanel {
  private heading: GameObjects.Text;
  private rowsA: MeterRow[] = [];
  private rowsB: MeterRow[] = [];
  private opinion: OpinionRow;
  private note: GameObjects.Text;

  constructor(
    scene: Scene,
    private geo: MeterPanelGeometry,
  ) {
    const { x, y, colWidth, gap, rowHeight } = geo;
    this.heading = addText(scene, x, y, '', { size: 20, bold: true, colour: palette.inkDim });
    for (let i = 0; i < 3; i++) this.rowsA.push(new MeterRow(scene, x, y + 32 + i * rowHeight, colWidth));
    const xb = x + colWidth + gap;
    for (let i = 0; i < 3; i++) this.rowsB.push(new MeterRow(scene, xb, y + i * rowHeight, colWidth));
    this.opinion = new OpinionRow(scene, xb, y + 3 * rowHeight, colWidth);
    this.note = addText(scene, x + geo.width / 2, y + geo.height / 2, '', {
      size: 24,
      colour: palette.inkDim,
      align: 'center',
      wrap: geo.width - 40,
      originX: 0.5,
      originY: 0.5,
    });
  }

  set(m: MetersModel | null, note: string): void {
    const colour = m?.side === 'studio' ? palette.studio : palette.union;
    this.heading.setVisible(m !== null);
    this.opinion.setVisible(m !== null);
    this.note.setVisible(m === null).setText(note);
    this.rowsA.forEach((r, i) => r.set(m?.rowsA[i] ?? null, colour));
    this.rowsB.forEach((r, i) => r.set(m?.rowsB[i] ?? null, colour));
    if (!m) return;
    this.heading.setText(m.headingA);
    setColour(this.heading, colour);
    this.opinion.set(m.opinion, this.geo.y + m.rowsB.length * this.geo.rowHeight);
  }
}
