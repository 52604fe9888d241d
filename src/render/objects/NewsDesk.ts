import type { GameObjects, Scene, Time } from 'phaser';
import { palette } from '../palette';
import type { EventModel } from '../tableModel';
import { addText, fitText } from './text';

const STACK = 3;
/** At most this many clippings wait their turn to be shown. */
const MAX_QUEUE = 2;
const CARD_W = 700;
const CARD_H = 214;

export interface NewsGeometry {
  /** Centre of the big card when it is shown. */
  cx: number;
  cy: number;
  /** Top-left and width of the stack of clippings. */
  stackX: number;
  stackY: number;
  stackW: number;
}

/**
 * Events from the log: each new one arrives as a big news clipping over the table (it slides
 * and fades in; with reduced motion it simply appears), stays long enough to read, then flies
 * to a small stack of the latest clippings. Nothing ever flashes.
 */
export class NewsDesk {
  private card: GameObjects.Container;
  private eyebrow: GameObjects.Text;
  private title: GameObjects.Text;
  private body: GameObjects.Text;
  private heading: GameObjects.Text;
  private tiles: { box: GameObjects.Graphics; title: GameObjects.Text; date: GameObjects.Text }[] = [];
  private stack: EventModel[] = [];
  private queue: EventModel[] = [];
  private lastIndex = -1;
  private roundKey: string | null = null;
  private playing = false;
  private timer: Time.TimerEvent | null = null;
  private current: EventModel | null = null;

  constructor(
    private scene: Scene,
    private geo: NewsGeometry,
    private still: () => boolean,
  ) {
    const g = scene.add.graphics();
    g.fillStyle(0x000000, 0.45);
    g.fillRoundedRect(-CARD_W / 2 + 6, -CARD_H / 2 + 8, CARD_W, CARD_H, 8);
    g.fillStyle(palette.paper, 1);
    g.fillRoundedRect(-CARD_W / 2, -CARD_H / 2, CARD_W, CARD_H, 8);
    g.fillStyle(palette.paperRed, 1);
    g.fillRect(-CARD_W / 2, -CARD_H / 2 + 44, CARD_W, 3);
    const left = -CARD_W / 2 + 22;
    this.eyebrow = addText(scene, left, -CARD_H / 2 + 12, '', { size: 20, bold: true, colour: palette.paperRed });
    this.title = addText(scene, left, -CARD_H / 2 + 56, '', { size: 34, bold: true, display: true, colour: palette.paperInk, wrap: CARD_W - 44, maxLines: 1 });
    this.body = addText(scene, left, -CARD_H / 2 + 104, '', { size: 20, colour: palette.paperInk, wrap: CARD_W - 44, maxLines: 4 });
    this.card = scene.add.container(geo.cx, geo.cy, [g, this.eyebrow, this.title, this.body]).setVisible(false).setDepth(20);

    this.heading = addText(scene, geo.stackX, geo.stackY, 'IN THE NEWS', { size: 20, bold: true, colour: palette.focus });
    for (let i = 0; i < STACK; i++) {
      const y = geo.stackY + 32 + i * 64;
      const box = scene.add.graphics();
      const title = addText(scene, geo.stackX + 14, y + 4, '', { size: 20, bold: true, colour: palette.paperInk });
      const date = addText(scene, geo.stackX + 14, y + 28, '', { size: 20, colour: palette.paperDim });
      this.tiles.push({ box, title, date });
    }
    this.drawStack();
  }

  /** Bring the desk up to date with the round's events. */
  sync(events: EventModel[], roundKey: string): void {
    if (roundKey !== this.roundKey) {
      // A new (or reloaded) round: what is already in the log goes straight to the stack.
      this.roundKey = roundKey;
      this.queue = [];
      this.timer?.remove();
      this.timer = null;
      this.current = null;
      this.playing = false;
      this.scene.tweens.killTweensOf(this.card);
      this.card.setVisible(false);
      this.stack = events.slice(-STACK).reverse();
      this.lastIndex = events.length ? events[events.length - 1]!.index : -1;
      this.drawStack();
      return;
    }
    const fresh = events.filter((e) => e.index > this.lastIndex);
    if (fresh.length === 0) return;
    this.lastIndex = fresh[fresh.length - 1]!.index;
    this.queue.push(...fresh);
    // A backlog (many days passed at once, or a round replayed quickly): only the newest
    // clippings get their moment on the table; the older ones go straight to the stack.
    if (this.queue.length > MAX_QUEUE) {
      const skipped = this.queue.splice(0, this.queue.length - MAX_QUEUE);
      this.toStack(skipped);
      // The clipping on show has had its moment too: move on now.
      if (this.timer && this.current) {
        this.timer.remove();
        this.file(this.current);
        return;
      }
    }
    if (!this.playing) this.next();
  }

  private next(): void {
    const e = this.queue.shift();
    if (!e) {
      this.playing = false;
      return;
    }
    this.playing = true;
    this.current = e;
    this.eyebrow.setText(`NEWS \u00b7 ${e.date.toUpperCase()}`);
    this.title.setText(e.title);
    fitText(this.title, CARD_W - 44);
    this.body.setText(e.text);
    const { cx, cy } = this.geo;
    const hold = this.queue.length > 0 ? 2600 : 4000;
    this.scene.tweens.killTweensOf(this.card);
    this.card.setVisible(true).setScale(1);
    if (this.still()) {
      this.card.setPosition(cx, cy).setAlpha(1);
      this.timer = this.scene.time.delayedCall(hold, () => this.file(e));
      return;
    }
    this.card.setPosition(cx, cy - 60).setAlpha(0);
    this.scene.tweens.add({
      targets: this.card,
      y: cy,
      alpha: 1,
      duration: 450,
      ease: 'Cubic.easeOut',
      onComplete: () => {
        this.timer = this.scene.time.delayedCall(hold, () => this.file(e));
      },
    });
  }

  /** Put the shown clipping on the stack, then show the next one. */
  private file(e: EventModel): void {
    this.timer = null;
    const done = () => {
      this.current = null;
      this.card.setVisible(false);
      this.toStack([e]);
      this.next();
    };
    if (this.still()) {
      done();
      return;
    }
    const { stackX, stackY, stackW } = this.geo;
    this.scene.tweens.add({
      targets: this.card,
      x: stackX + stackW / 2,
      y: stackY + 60,
      scale: 0.3,
      alpha: 0,
      duration: 480,
      ease: 'Cubic.easeIn',
      onComplete: done,
    });
  }

  /** File clippings on the stack, newest on top. */
  private toStack(items: EventModel[]): void {
    this.stack = [...items, ...this.stack].sort((a, b) => b.index - a.index).slice(0, STACK);
    this.drawStack();
  }

  private drawStack(): void {
    const { stackX, stackY, stackW } = this.geo;
    this.tiles.forEach((t, i) => {
      const e = this.stack[i];
      t.box.clear();
      t.title.setVisible(!!e);
      t.date.setVisible(!!e);
      if (!e) return;
      const y = stackY + 32 + i * 64;
      // Older clippings fade back.
      const a = i === 0 ? 1 : i === 1 ? 0.85 : 0.7;
      t.box.fillStyle(palette.paper, a);
      t.box.fillRoundedRect(stackX, y, stackW, 58, 6);
      t.box.fillStyle(palette.paperRed, 1);
      t.box.fillRect(stackX, y, 6, 58);
      t.title.setText(e.title);
      fitText(t.title, stackW - 24);
      t.date.setText(e.date);
    });
    this.heading.setText(this.stack.length ? 'IN THE NEWS' : 'IN THE NEWS: nothing yet');
  }
}
