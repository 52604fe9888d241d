import type { GameObjects, Scene } from 'phaser';
import type { Side } from '../../sim';
import { palette } from '../palette';
import type { CardModel } from '../tableModel';
import { addText, fitText } from './text';

const HEADER = 32;
const ROW = 23;
const FOOTER = 28;
const FINAL = 28;
const PAD = 10;

export interface CardArea {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Offers as cards lying on the table: one paper card per package, each issue's level in
 * short words, and what the package is worth to the viewing committee. A "last, best and
 * final" offer carries a red band that says so. New cards slide in from the offering side.
 */
export class OfferCards {
  private cards: GameObjects.Container[] = [];
  private key = '';
  private empty: GameObjects.Text;

  constructor(
    private scene: Scene,
    private area: CardArea,
  ) {
    this.empty = addText(scene, area.x + area.w / 2, area.y + area.h / 2, '', {
      size: 24,
      colour: palette.inkDim,
      align: 'center',
      originX: 0.5,
      originY: 0.5,
    });
  }

  set(cards: CardModel[], from: Side | null, emptyText: string, animate: boolean): void {
    this.empty.setText(emptyText).setVisible(cards.length === 0 && emptyText !== '');
    const key = JSON.stringify(cards);
    if (key === this.key) return;
    this.key = key;
    for (const c of this.cards) c.destroy();
    this.cards = [];
    if (cards.length === 0) return;
    const gap = 14;
    const n = cards.length;
    const w = Math.min(330, Math.floor((this.area.w - gap * (n - 1)) / n));
    const anyFinal = cards.some((c) => c.final);
    const h = HEADER + PAD / 2 + ROW * (cards[0]?.rows.length ?? 7) + PAD / 2 + FOOTER + (anyFinal ? FINAL : 0);
    const total = n * w + (n - 1) * gap;
    const x0 = this.area.x + Math.round((this.area.w - total) / 2);
    const y = this.area.y + Math.max(0, Math.round((this.area.h - h) / 2));
    cards.forEach((c, i) => {
      const x = x0 + i * (w + gap);
      const card = this.drawCard(c, w, h);
      card.setPosition(x, y);
      this.cards.push(card);
      if (animate) {
        const dx = from === 'union' ? -260 : from === 'studio' ? 260 : 0;
        card.setAlpha(0);
        card.x = x + dx;
        card.y = y + (dx === 0 ? 30 : 0);
        this.scene.tweens.add({ targets: card, x, y, alpha: 1, duration: 380, delay: i * 90, ease: 'Cubic.easeOut' });
      }
    });
  }

  private drawCard(c: CardModel, w: number, h: number): GameObjects.Container {
    const s = this.scene;
    const parts: GameObjects.GameObject[] = [];
    const g = s.add.graphics();
    parts.push(g);
    g.fillStyle(0x000000, 0.4);
    g.fillRoundedRect(4, 6, w, h, 10);
    g.fillStyle(palette.paper, 1);
    g.fillRoundedRect(0, 0, w, h, 10);
    const band = c.kind === 'tentative' ? palette.focus : c.kind === 'deal' && c.by === null ? palette.ok : c.by === 'union' ? palette.union : palette.studio;
    g.fillStyle(band, 1);
    g.fillRoundedRect(0, 0, w, HEADER, { tl: 10, tr: 10, bl: 0, br: 0 });
    const title = addText(s, PAD, HEADER / 2, c.title, { size: 20, bold: true, colour: palette.night, originY: 0.5 });
    parts.push(title);
    if (c.tag) {
      const tag = addText(s, w - PAD, HEADER / 2, c.tag, { size: 20, bold: true, colour: palette.night, originX: 1, originY: 0.5 });
      parts.push(tag);
      fitText(title, w - PAD * 3 - tag.width);
    } else fitText(title, w - PAD * 2);

    const rowsTop = HEADER + PAD / 2;
    const labels = c.rows.map((r, i) => addText(s, PAD, rowsTop + i * ROW + ROW / 2, r.issue, { size: 20, colour: palette.paperDim, originY: 0.5 }));
    const labelW = Math.max(...labels.map((t) => t.width));
    c.rows.forEach((r, i) => {
      const ry = rowsTop + i * ROW;
      if (i % 2 === 1) {
        g.fillStyle(palette.paperInk, 0.06);
        g.fillRect(2, ry, w - 4, ROW);
      }
      const v = addText(s, w - PAD, ry + ROW / 2, r.level, { size: 20, bold: true, colour: palette.paperInk, originX: 1, originY: 0.5 });
      fitText(v, w - PAD * 2 - labelW - 8);
      parts.push(v);
    });
    parts.push(...labels);

    const footY = rowsTop + c.rows.length * ROW + PAD / 2;
    g.lineStyle(2, palette.paperInk, 0.25);
    g.lineBetween(PAD, footY, w - PAD, footY);
    const pts = addText(s, w / 2, footY + FOOTER / 2, c.points, { size: 20, bold: true, colour: palette.paperInk, originX: 0.5, originY: 0.5 });
    fitText(pts, w - PAD * 2);
    parts.push(pts);
    if (c.final) {
      const fy = footY + FOOTER;
      g.fillStyle(palette.paperRed, 1);
      g.fillRoundedRect(0, fy, w, FINAL, { tl: 0, tr: 0, bl: 10, br: 10 });
      const ft = addText(s, w / 2, fy + FINAL / 2, 'LAST, BEST & FINAL', { size: 20, bold: true, colour: palette.paper, originX: 0.5, originY: 0.5 });
      fitText(ft, w - PAD * 2);
      parts.push(ft);
    }
    return s.add.container(0, 0, parts);
  }
}
