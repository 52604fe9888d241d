import type { GameObjects, Scene } from 'phaser';
import { palette } from '../palette';
import type { ClockModel } from '../tableModel';
import { addText, setColour } from './text';

/**
 * The strike-day clock: one turn of the dial is the whole calendar of the round. A thin arc
 * marks talks up to the contract's expiry, a thick red arc the days on strike; the hand is
 * today. Beside it, the number that matters now: days to expiry, days past it, or strike days.
 */
export class StrikeClock {
  private face: GameObjects.Graphics;
  private hands: GameObjects.Graphics;
  private label: GameObjects.Text;
  private value: GameObjects.Text;
  private model: ClockModel | null = null;

  constructor(
    scene: Scene,
    private cx: number,
    private cy: number,
    private r: number,
    textX: number,
  ) {
    this.face = scene.add.graphics();
    this.hands = scene.add.graphics();
    this.label = addText(scene, textX, cy - r + 2, '', { size: 20, bold: true, colour: palette.inkDim });
    this.value = addText(scene, textX, cy - r + 26, '', { size: 48, bold: true });
  }

  private angle(day: number): number {
    const cap = this.model?.hardCapDay ?? 300;
    return -Math.PI / 2 + (Math.max(0, Math.min(cap, day)) / cap) * Math.PI * 2;
  }

  setModel(m: ClockModel): void {
    const redrawFace = !this.model || this.model.hardCapDay !== m.hardCapDay || this.model.expiryDay !== m.expiryDay;
    this.model = m;
    if (redrawFace) this.drawFace();
  }

  private drawFace(): void {
    const { cx, cy, r } = this;
    const g = this.face;
    const m = this.model;
    g.clear();
    g.fillStyle(palette.night, 1);
    g.fillCircle(cx, cy, r + 6);
    g.lineStyle(4, palette.inkDim, 1);
    g.strokeCircle(cx, cy, r + 4);
    g.fillStyle(palette.panel2, 1);
    g.fillCircle(cx, cy, r);
    if (!m) return;
    // A tick every 30 days.
    for (let d = 0; d < m.hardCapDay; d += 30) {
      const a = this.angle(d);
      g.lineStyle(2, palette.inkDim, 0.8);
      g.lineBetween(cx + Math.cos(a) * (r - 8), cy + Math.sin(a) * (r - 8), cx + Math.cos(a) * (r - 1), cy + Math.sin(a) * (r - 1));
    }
    // The contract's expiry: a long amber tick.
    const e = this.angle(m.expiryDay);
    g.lineStyle(4, palette.union, 1);
    g.lineBetween(cx + Math.cos(e) * (r - 16), cy + Math.sin(e) * (r - 16), cx + Math.cos(e) * (r + 4), cy + Math.sin(e) * (r + 4));
  }

  /** Draw the clock at a (possibly fractional, mid-tween) day. */
  showDay(d: number): void {
    const m = this.model;
    if (!m) return;
    const { cx, cy, r } = this;
    const g = this.hands;
    g.clear();
    // Talks, up to today or the expiry.
    const talksEnd = Math.min(d, m.expiryDay);
    if (talksEnd > 0) {
      g.lineStyle(5, palette.ink, 0.55);
      g.beginPath();
      g.arc(cx, cy, r - 20, this.angle(0), this.angle(talksEnd), false);
      g.strokePath();
    }
    // Strike days.
    const striking = m.phase === 'strike';
    const shownStrike = striking ? Math.max(0, Math.min(m.strikeDays, m.strikeDays - (m.day - d))) : m.strikeDays;
    if (m.strikeStartDay !== null && shownStrike > 0) {
      g.lineStyle(12, palette.strike, 1);
      g.beginPath();
      g.arc(cx, cy, r - 20, this.angle(m.strikeStartDay), this.angle(m.strikeStartDay + shownStrike), false);
      g.strokePath();
    }
    const a = this.angle(d);
    g.lineStyle(5, palette.ink, 1);
    g.lineBetween(cx, cy, cx + Math.cos(a) * (r - 6), cy + Math.sin(a) * (r - 6));
    g.fillStyle(palette.ink, 1);
    g.fillCircle(cx, cy, 6);

    const day = Math.round(d);
    let label: string;
    let value: string;
    let colour: number = palette.ink;
    if (striking) {
      label = 'STRIKE DAY';
      value = String(Math.round(shownStrike));
      colour = palette.danger;
    } else if (m.strikeDays > 0) {
      label = 'THE STRIKE LASTED';
      value = `${m.strikeDays} days`;
      colour = palette.danger;
    } else if (m.phase === 'talks') {
      label = 'DAYS TO EXPIRY';
      value = String(Math.max(0, m.expiryDay - day));
      colour = palette.union;
    } else if (m.phase === 'holdout' && day < m.expiryDay) {
      label = 'EXTENSION ENDS IN';
      value = `${m.expiryDay - day} days`;
      colour = palette.union;
    } else if (m.phase === 'holdout') {
      label = 'DAYS PAST EXPIRY';
      value = String(day - m.expiryDay);
    } else {
      label = 'STRIKE DAYS';
      value = '0';
      colour = palette.ok;
    }
    this.label.setText(label);
    this.value.setText(value);
    setColour(this.value, colour);
  }
}
