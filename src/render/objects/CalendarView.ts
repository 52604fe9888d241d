import type { GameObjects, Scene } from 'phaser';
import { addDays, prettyDate } from '../../sim';
import { palette } from '../palette';
import type { TableModel } from '../tableModel';
import { addText, setColour } from './text';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** A tear-off calendar page with the real date, the round's day and the contract's expiry. */
export class CalendarView {
  private month: GameObjects.Text;
  private dayNum: GameObjects.Text;
  private date: GameObjects.Text;
  private dayLine: GameObjects.Text;
  private expiry: GameObjects.Text;
  private talksOpen = '';

  constructor(scene: Scene, x: number, y: number) {
    const g = scene.add.graphics();
    // The page: a red strip with the month over a paper body with the day of the month.
    g.fillStyle(0x000000, 0.35);
    g.fillRoundedRect(x + 3, y + 5, 86, 88, 8);
    g.fillStyle(palette.paper, 1);
    g.fillRoundedRect(x, y, 86, 88, 8);
    g.fillStyle(palette.strike, 1);
    g.fillRoundedRect(x, y, 86, 28, { tl: 8, tr: 8, bl: 0, br: 0 });
    g.fillStyle(palette.night, 1);
    g.fillCircle(x + 24, y + 4, 4);
    g.fillCircle(x + 62, y + 4, 4);
    this.month = addText(scene, x + 43, y + 14, '', { size: 20, bold: true, colour: palette.ink, originX: 0.5, originY: 0.5 });
    this.dayNum = addText(scene, x + 43, y + 58, '', { size: 40, bold: true, colour: palette.paperInk, originX: 0.5, originY: 0.5 });
    const tx = x + 102;
    this.date = addText(scene, tx, y - 2, '', { size: 28, bold: true, display: true });
    this.dayLine = addText(scene, tx, y + 32, '', { size: 20, colour: palette.inkDim });
    this.expiry = addText(scene, tx, y + 58, '', { size: 20 });
  }

  setModel(m: TableModel): void {
    this.talksOpen = m.clock.talksOpen;
    this.expiry.setText(m.expiryLine);
    setColour(this.expiry, m.expired ? palette.danger : palette.ink);
  }

  /** Show a (possibly fractional, mid-tween) day of the round. */
  showDay(d: number): void {
    if (!this.talksOpen) return;
    const day = Math.round(d);
    const iso = addDays(this.talksOpen, day);
    const [, m, dd] = iso.split('-').map(Number) as [number, number, number];
    this.month.setText(MONTHS[m - 1] ?? '');
    this.dayNum.setText(String(dd));
    this.date.setText(prettyDate(iso));
    this.dayLine.setText(`Day ${day} of the round`);
  }
}
