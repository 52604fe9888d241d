import type { Tweens } from 'phaser';
import { Scene } from '../phaser';
import type { AppStore } from '../../app/store';
import type { Side } from '../../sim';
import { setCanvasLabel } from '../a11y';
import { bindStore } from '../bind';
import { CalendarView } from '../objects/CalendarView';
import { Committee } from '../objects/Committee';
import { HandoverCard } from '../objects/HandoverCard';
import { MeterPanel } from '../objects/Meters';
import { NewsDesk } from '../objects/NewsDesk';
import { OfferCards } from '../objects/OfferCards';
import { PhaseBanner } from '../objects/PhaseBanner';
import { SpeechBubble } from '../objects/SpeechBubble';
import { StrikeClock } from '../objects/StrikeClock';
import { GAME_HEIGHT, GAME_WIDTH, palette } from '../palette';
import { ART, loadArt } from '../artAssets';
import { SIDE_NAME, buildTableModel } from '../tableModel';
import { roundKey, viewOf } from '../../app/view';
import type { SceneData } from './TitleScene';

/** Layout at the logical 1280×720. */
const L = {
  headerH: 106,
  sideW: 184,
  table: { x: 196, y: 206, w: 888, h: 272 },
  bottomY: 488,
  meters: { x: 20, y: 498, colWidth: 410, gap: 24, rowHeight: 54, width: 844, height: 214 },
  news: { x: 886, y: 498, w: 378 },
} as const;

/**
 * The bargaining table: both committees at either end, the calendar and the strike-day clock,
 * the phase, the viewing committee's meters, the standing offer as cards, the computer's latest
 * line and the news. It only reads the store and redraws when the store changes; per-frame work
 * is limited to running tweens.
 */
export class TableScene extends Scene {
  private store!: AppStore;
  private calendar!: CalendarView;
  private clock!: StrikeClock;
  private banner!: PhaseBanner;
  private committees!: Record<Side, Committee>;
  private cards!: OfferCards;
  private bubble!: SpeechBubble;
  private meters!: MeterPanel;
  private news!: NewsDesk;
  private handover!: HandoverCard;
  private ready = false;
  private roundKey: string | null = null;
  private shownDay: number | null = null;
  private targetDay: number | null = null;
  private dayTween: Tweens.Tween | null = null;

  constructor() {
    super('table');
  }

  init(data: SceneData): void {
    this.store = data.store;
    // The scene object is reused across starts: forget the last run.
    this.ready = false;
    this.roundKey = null;
    this.shownDay = null;
    this.targetDay = null;
    this.dayTween = null;
  }

  preload(): void {
    loadArt(this);
  }

  create(): void {
    this.drawBackdrop();
    this.calendar = new CalendarView(this, 16, 10);
    this.banner = new PhaseBanner(this, 436, 8, 408, 92);
    this.clock = new StrikeClock(this, 906, 54, 44, 966);
    this.committees = {
      union: new Committee(this, 'union', 0, L.sideW),
      studio: new Committee(this, 'studio', GAME_WIDTH - L.sideW, L.sideW),
    };
    const t = L.table;
    this.cards = new OfferCards(this, { x: t.x + 12, y: t.y + 6, w: t.w - 24, h: t.h - 12 });
    this.bubble = new SpeechBubble(this, { unionEdge: L.sideW, studioEdge: GAME_WIDTH - L.sideW, top: 112, maxWidth: 600 });
    this.meters = new MeterPanel(this, L.meters);
    this.news = new NewsDesk(
      this,
      // A fresh clipping is shown over the meters, not the table: the offer cards stay in view
      // (a playtester could not read the offer under it), and it files to the stack beside them.
      { cx: L.meters.x + L.meters.width / 2, cy: L.meters.y + L.meters.height / 2, stackX: L.news.x, stackY: L.news.y, stackW: L.news.w },
      () => this.store.getState().prefs.reducedMotion,
    );
    this.handover = new HandoverCard(this, t.x + t.w / 2, t.y + t.h / 2);

    const redraw = () => {
      if (this.ready) this.refresh();
    };
    bindStore(this, this.store, (s) => s.game, redraw);
    bindStore(this, this.store, (s) => s.viewSide, redraw);
    bindStore(this, this.store, (s) => s.screen, redraw);
    bindStore(this, this.store, (s) => s.handoverTo, redraw);
    bindStore(this, this.store, (s) => s.prefs.reducedMotion, (still) => {
      if (still) this.finishMotion();
      redraw();
    });
    this.ready = true;
    this.refresh();
  }

  private drawBackdrop(): void {
    const g = this.add.graphics();
    const w = GAME_WIDTH;
    const h = GAME_HEIGHT;
    g.fillGradientStyle(0x0a1020, 0x0a1020, 0x1c2a4a, 0x1c2a4a, 1);
    g.fillRect(0, 0, w, h);
    // Header and bottom panels.
    g.fillStyle(palette.panel, 0.95);
    g.fillRect(0, 0, w, L.headerH);
    g.fillRect(0, L.bottomY, w, h - L.bottomY);
    g.lineStyle(2, palette.line, 1);
    g.lineBetween(0, L.headerH, w, L.headerH);
    g.lineBetween(0, L.bottomY, w, L.bottomY);
    g.lineBetween(L.news.x - 12, L.bottomY + 10, L.news.x - 12, h - 10);
    // The table: the walnut table of assets/art, or the same in simple shapes.
    const t = L.table;
    if (this.textures.exists(ART.table.key)) {
      g.fillStyle(0x000000, 0.4);
      g.fillRoundedRect(t.x + 6, t.y + 10, t.w, t.h, 36);
      this.add.image(t.x, t.y, ART.table.key).setOrigin(0, 0);
      return;
    }
    g.fillStyle(0x000000, 0.4);
    g.fillRoundedRect(t.x + 6, t.y + 10, t.w, t.h, 36);
    g.fillStyle(palette.woodEdge, 1);
    g.fillRoundedRect(t.x, t.y, t.w, t.h, 36);
    g.fillStyle(palette.wood, 1);
    g.fillRoundedRect(t.x + 8, t.y + 8, t.w - 16, t.h - 16, 30);
    g.lineStyle(2, palette.woodEdge, 0.6);
    g.strokeRoundedRect(t.x + 20, t.y + 20, t.w - 40, t.h - 40, 22);
  }

  private refresh(): void {
    const st = this.store.getState();
    const still = st.prefs.reducedMotion;
    const g = st.game;
    const m = buildTableModel({ view: g ? viewOf(g, st.viewSide) : null, roundKey: g ? roundKey(g.config) : '', screen: st.screen, handoverTo: st.handoverTo });
    if (!m) {
      this.roundKey = null;
      this.banner.set('talks', 'NO ROUND', 'Start a round from the controls', true);
      this.cards.set([], null, 'The table is empty', false);
      this.bubble.set(null, false);
      this.meters.set(null, 'The meters appear when a round starts.');
      this.handover.set(null);
      for (const side of ['union', 'studio'] as const) this.committees[side].set({ role: '', toMove: false, picket: false, handover: false, stillMotion: still });
      setCanvasLabel(this, 'The negotiating table, empty: no round is in play.');
      return;
    }
    const newRound = m.roundKey !== this.roundKey;
    this.roundKey = m.roundKey;
    const animate = !still && !newRound;

    this.calendar.setModel(m);
    this.clock.setModel(m.clock);
    this.moveDay(m.clock.day, !animate);

    this.banner.set(m.phase, m.phaseTitle, m.phaseDetail, m.ratified);
    for (const side of ['union', 'studio'] as const) {
      this.committees[side].set({
        role: m.roles[side],
        toMove: m.turn === side,
        picket: m.phase === 'strike',
        handover: m.handoverTo !== null,
        stillMotion: still,
      });
    }
    const emptyText = m.handoverTo ? '' : m.phase === 'done' ? 'No contract' : 'No offer on the table yet';
    this.cards.set(m.cards, m.cardsFrom, emptyText, animate);
    this.bubble.set(m.line, animate);
    const next = m.handoverTo ? `the ${SIDE_NAME[m.handoverTo].upper} ${SIDE_NAME[m.handoverTo].lower}`.toLowerCase() : '';
    this.meters.set(m.meters, m.handoverTo ? `The meters are hidden until ${next} takes the device.` : '');
    this.news.sync(m.events, m.roundKey);
    this.handover.set(m.handoverTo);
    setCanvasLabel(this, m.summary);
  }

  /** Advance the calendar and the clock to a day: a short tween, or at once with reduced motion. */
  private moveDay(target: number, instant: boolean): void {
    if (target === this.targetDay && !instant) {
      // Same day, new details (a phase change, an offer): redraw where the tween is.
      this.showDay(this.shownDay ?? target);
      return;
    }
    this.dayTween?.stop();
    this.dayTween = null;
    const from = this.shownDay;
    this.targetDay = target;
    if (instant || from === null || target < from) {
      this.shownDay = target;
      this.showDay(target);
      return;
    }
    const span = target - from;
    this.dayTween = this.tweens.addCounter({
      from,
      to: target,
      duration: Math.min(1800, 400 + 40 * span),
      ease: 'Sine.easeInOut',
      onUpdate: (tw) => {
        this.shownDay = tw.getValue() ?? target;
        this.showDay(this.shownDay);
      },
      onComplete: () => {
        this.shownDay = target;
        this.showDay(target);
        this.dayTween = null;
      },
    });
  }

  private showDay(d: number): void {
    this.calendar.showDay(d);
    this.clock.showDay(d);
  }

  /** Reduced motion switched on: land every running animation at its end. */
  private finishMotion(): void {
    if (this.dayTween && this.targetDay !== null) {
      this.dayTween.stop();
      this.dayTween = null;
      this.shownDay = this.targetDay;
      this.showDay(this.targetDay);
    }
  }
}
