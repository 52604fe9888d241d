import { cleanAct, isSecret, type ClassStatus, type PairRow, type SeatKind } from '../app/live/protocol';
import type { GameConfig, Side } from '../sim';
import type { Client } from './colyseus';
import { GuardedRoom } from './guard';
import { PairGame, type Seat } from './pairGame';
import { channels } from './channels';

/** What the class room gives a new pair (only the server creates pairs: the HTTP guard refuses it from outside). */
export interface PairOptions {
  classId: string;
  joinCode: string;
  classCode: string;
  config: GameConfig;
  seats: Record<Side, { kind: SeatKind; nickname: string | null; key: string | null }>;
  status: ClassStatus;
}

/** A pair with no one connected is kept this long (a class can pause over lunch), then closed. */
const IDLE_MS = 6 * 60 * 60 * 1000;
/** A finished round with no one connected is kept this long, so a reload still shows the result. */
const DONE_IDLE_MS = 30 * 60 * 1000;
/**
 * A pair reports its moves to the class at most this often (seats and results at once): the
 * dashboard redraws a few times a second anyway, and with Redis every report crosses it.
 */
const REPORT_MS = 200;

interface SeatData {
  side: Side;
  /** This connection has the scoring schedule (`view.issues`, a third of a view, fixed all round). */
  hasIssues?: boolean;
}

/**
 * One pair's round, authoritative: the engine runs here; each connected seat receives only its
 * own side's view ('view'); a move for the other side, out of turn, sent twice (its `at` is
 * stale) or against the rules gets a 'refused' message in plain words and changes nothing.
 */
export class PairRoom extends GuardedRoom {
  private game!: PairGame;
  private opts!: PairOptions;
  private bound: Partial<Record<Side, Client>> = {};
  private idleTimer: NodeJS.Timeout | null = null;
  private reportTimer: NodeJS.Timeout | null = null;
  private lastReport = 0;
  private unsubscribe: (() => void) | null = null;

  override onCreate(options: PairOptions): void {
    this.opts = options;
    this.autoDispose = false;
    this.maxClients = 8;
    const seats = (side: Side): Seat => ({ kind: options.seats[side].kind, nickname: options.seats[side].nickname, key: options.seats[side].key, connected: false });
    this.game = new PairGame(options.config, { union: seats('union'), studio: seats('studio') }, options.status);
    this.quietly('setPrivate', this.setPrivate(true));
    const ch = channels(options.classId);
    const onStatus = this.safely('status', (status: ClassStatus) => this.onStatus(status));
    this.quietly('subscribe', this.presence.subscribe(ch.status, onStatus));
    this.unsubscribe = () => this.quietly('unsubscribe', this.presence.unsubscribe(ch.status, onStatus));
    this.onMessage('act', (client, message) => this.onAct(client, message));
    this.onMessage('*', (client, type) => this.refuse(client, `Unknown message "${String(type).slice(0, 40)}": a seat sends only "act".`));
    this.onStatus(options.status);
    this.armIdle();
  }

  override onAuth(_client: Client, options: unknown): { side: Side } {
    const key = (options as { seatKey?: unknown } | null)?.seatKey;
    if (!isSecret(key)) throw new Error('This round needs your seat key: join through your class\u2019s join code.');
    const side = this.game.sideOfKey(key);
    if (!side) throw new Error('That seat key belongs to no seat of this round: join through your class\u2019s join code.');
    return { side };
  }

  override onJoin(client: Client, _options: unknown, auth: { side: Side }): void {
    const side = auth.side;
    const before = this.bound[side];
    (client as Client<SeatData>).userData = { side };
    this.bound[side] = client;
    if (before && before !== client) {
      this.refuse(before, 'Your seat was opened on another device or tab, so this one was closed.');
      before.leave(4001, 'seat taken over');
    }
    const seat = this.game.seats[side];
    // A student back from an absence takes the seat back from the computer.
    if (seat.kind === 'computer' && seat.key) this.game.seats[side] = { ...seat, kind: 'person' };
    this.game.seats[side].connected = true;
    this.armIdle();
    this.changed(false);
  }

  override onLeave(client: Client, consented?: boolean): void {
    const side = (client as Client<SeatData>).userData?.side;
    if (!side || this.bound[side] !== client) return;
    delete this.bound[side];
    this.game.seats[side].connected = false;
    this.armIdle();
    // A student who chose to leave ("Leave this seat") hands the seat to the computer at once; a
    // dropped connection waits for them (a playtest's partner read "away just now" for good).
    if (consented && this.game.state.phase !== 'done' && this.game.seats[side].kind === 'person') {
      this.game.computerTakes(side);
      this.changed(true, true);
      return;
    }
    this.changed(false);
  }

  override onDispose(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.reportTimer) clearTimeout(this.reportTimer);
    this.unsubscribe?.();
  }

  // ---- called by the class room (remoteRoomCall works across processes) ----------------------

  /** A student takes a seat (open, the computer's, or their own). False if it belongs to someone else. */
  assignSeat(side: Side, nickname: string, key: string): boolean {
    if (side !== 'union' && side !== 'studio') return false;
    const s = this.game.seats[side];
    if (s.key && s.key !== key) return false;
    if (this.game.state.phase === 'done') return false;
    this.game.seat(side, nickname, key);
    this.changed(false);
    return true;
  }

  /** The computer plays an absentee's seat (the student takes it back on return). */
  computerSeat(side: Side): boolean {
    if (side !== 'union' && side !== 'studio') return false;
    this.game.computerTakes(side);
    this.changed(true, true);
    return true;
  }

  row(): PairRow {
    return this.game.row(this.roomId);
  }

  // ---- messages ------------------------------------------------------------------------------

  private onAct(client: Client, message: unknown): void {
    const side = (client as Client<SeatData>).userData?.side;
    if (!side || this.bound[side] !== client) return this.refuse(client, 'This connection holds no seat.');
    const m = cleanAct(message);
    if (!m.ok) return this.refuse(client, m.error);
    const r = this.game.act(side, m.value.at, m.value.action);
    if (!r.ok) return this.refuse(client, r.message, m.value.at);
    this.changed(true);
  }

  private onStatus(status: ClassStatus): void {
    if (!status || typeof status !== 'object') return;
    const was = this.game.status;
    this.game.status = status;
    // The class repeats its status every few seconds: only a change is news to the seats.
    if (this.lastReport && was.started === status.started && was.paused === status.paused && was.endsAt === status.endsAt && was.closed === status.closed) return;
    const filled = status.started && this.game.fillOpenSeats();
    this.changed(true, filled || status.closed);
  }

  /** After any change: the computer answers if it is its move, the result is made once, everyone hears. */
  private changed(play: boolean, urgent = !play): void {
    if (play) {
      try {
        this.game.computerMoves();
      } catch (e) {
        console.error(`live pair ${this.roomId}: the computer could not move:`, e);
      }
    }
    const settled = !this.game.result && this.game.settle() !== null;
    for (const side of ['union', 'studio'] as const) {
      const c = this.bound[side];
      // As JSON text: a view is a large plain object, and JSON.stringify (native) costs a third of
      // packing it with msgpack, on the server per move and on the school's devices per view.
      if (!c) continue;
      const lv = this.game.liveView(side, this.opts.joinCode, this.opts.classCode);
      const data = (c as Client<SeatData>).userData!;
      // The schedule goes once per connection; the client keeps it (see client.ts).
      c.send('view', JSON.stringify(data.hasIssues ? { ...lv, view: { ...lv.view, issues: undefined } } : lv));
      data.hasIssues = true;
    }
    this.report(urgent || settled);
    if (this.game.result) this.armIdle();
  }

  /** Tell the class room (a seat or a result at once; moves at most every REPORT_MS). */
  private report(now: boolean): void {
    const send = () => {
      if (this.reportTimer) clearTimeout(this.reportTimer);
      this.reportTimer = null;
      this.lastReport = Date.now();
      this.quietly('report', this.presence.publish(channels(this.opts.classId).report, this.game.row(this.roomId)));
    };
    const since = Date.now() - this.lastReport;
    if (now || since >= REPORT_MS) send();
    else this.reportTimer ??= setTimeout(this.safely('report', send), REPORT_MS - since);
  }

  private armIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.bound.union || this.bound.studio) return;
    const wait = this.game.result ? DONE_IDLE_MS : IDLE_MS;
    this.idleTimer = setTimeout(this.safely('idle', () => this.disconnect()), wait);
  }
}
