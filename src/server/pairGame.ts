import { decodeActions, encodeActions, makeResultCode } from '../app/codes';
import type { ClassStatus, LiveResult, LiveView, PairRow, SeatKind, SeatPublic } from '../app/live/protocol';
import { advance, applyAction, createGame, decide, isError, other, playerView, toMove, type Action, type AiMemory, type GameConfig, type GameState, type PlayerView, type Side } from '../sim';

/**
 * One pair's round, with no network in it: the engine's state, the moves applied, who holds
 * each seat, and the computer's memory for a seat it plays. The pair room (pairRoom.ts) wraps
 * this; the tests drive it directly too.
 *
 * The round is created as hot-seat (human: 'both'), so the log holds every move of both sides
 * and is a result code as it stands. A computer seat is the same committee the single-device
 * game uses: decide(view, memory) on that side's view, with its memory kept here. A student
 * can take the seat over at any move: nothing in the game changes, only who answers next.
 */

export interface Seat {
  kind: SeatKind;
  nickname: string | null;
  /** The secret of the student whose seat this is; kept while the computer stands in for them. */
  key: string | null;
  connected: boolean;
}

export type Outcome<T = void> = { ok: true; value: T } | { ok: false; message: string };

const SIDES: Side[] = ['union', 'studio'];
/** A guard on the computer's loop: in hot-seat every move passes the turn, so one move is the norm. */
const MAX_COMPUTER_MOVES = 50;

/** The exact move a result code will carry (no `say`, `final` only when true, nothing extra). */
export function carried(config: GameConfig, a: Action): Action {
  const back = decodeActions(config, encodeActions(config, [a]));
  if (back.length !== 1) throw new Error('the move does not read back as one move');
  return back[0]!;
}

export class PairGame {
  readonly config: GameConfig;
  state: GameState;
  actions: Action[] = [];
  seats: Record<Side, Seat>;
  memory: Record<Side, AiMemory | null> = { union: null, studio: null };
  status: ClassStatus;
  /** Set once the round is over (or the class closed): the result code, made once. */
  result: LiveResult | null = null;
  /** When the last move was applied (server clock, ms). */
  lastMoveAt: number | null = null;

  constructor(config: GameConfig, seats: Record<Side, Seat>, status: ClassStatus) {
    if (config.human !== 'both') throw new Error('a live pair is played as hot-seat (human: both)');
    const start = createGame(config);
    if (isError(start)) throw new Error(start.message);
    this.config = config;
    this.state = advance(start);
    this.seats = seats;
    this.status = status;
  }

  /** May anyone move now? The reason in plain words if not. */
  blocked(): string | null {
    if (this.state.phase === 'done') return 'The round is over.';
    if (this.status.closed) return 'Time is up: the class is over, and no more moves can be made.';
    if (!this.status.started) return 'The class has not started yet: read your briefing; your teacher will start the round.';
    if (this.status.paused) return 'Your teacher has paused the class. Wait for the round to resume.';
    return null;
  }

  /** A person's move: checked against the seat, the moment it was meant for, the clock and the rules. */
  act(side: Side, at: number, action: Action): Outcome {
    if (action.side !== side) return { ok: false, message: `You sit on the ${side === 'union' ? 'union' : 'studios'}\u2019 side: you cannot move for the ${action.side === 'union' ? 'union' : action.side === 'studio' ? 'studios' : 'other side'}.` };
    if (at !== this.actions.length)
      return { ok: false, message: `That move was meant for move ${at + 1} of the round, but the round is at move ${this.actions.length + 1} (it was sent twice, or the table changed meanwhile). Look at the table again.` };
    const why = this.blocked();
    if (why) return { ok: false, message: why };
    // While a tentative agreement awaits its count, either person may count the ballots (the
    // engine allows it to any human side); at the table the turn decides.
    const mover = this.state.phase === 'ratification' ? side : toMove(this.state);
    if (mover !== side) return { ok: false, message: `It is not your move: ${mover === 'union' ? 'the union is' : 'the studios are'} deciding.` };
    return this.apply(action);
  }

  private apply(action: Action): Outcome {
    let move: Action;
    try {
      move = carried(this.config, action);
    } catch {
      // The engine says why in its own words; a move it would accept but a code cannot carry is refused too.
      const engine = applyAction(this.state, action);
      return { ok: false, message: isError(engine) ? engine.message : 'That move cannot be written into a result code, so it is refused.' };
    }
    let next: GameState | ReturnType<typeof applyAction>;
    try {
      next = applyAction(this.state, move);
    } catch (e) {
      return { ok: false, message: `The game could not apply that move (${e instanceof Error ? e.message : String(e)}).` };
    }
    if (isError(next)) return { ok: false, message: next.message };
    this.state = advance(next);
    this.actions.push(move);
    this.lastMoveAt = Date.now();
    return { ok: true, value: undefined };
  }

  /** Let the computer play its seats until a person must move; returns how many moves it made. */
  computerMoves(): number {
    let made = 0;
    for (; made < MAX_COMPUTER_MOVES && !this.blocked(); made++) {
      const side = toMove(this.state);
      if (!side || this.seats[side].kind !== 'computer') break;
      const { action, memory } = decide(playerView(this.state, side), this.memory[side]);
      let r = this.apply(action);
      // A committee never stalls the round: if its move is refused, it holds its position.
      if (!r.ok) r = this.apply(this.state.phase === 'ratification' ? { type: 'countVotes', side } : { type: 'reject', side });
      if (!r.ok) throw new Error(`the ${side} committee cannot move: ${r.message}`);
      this.memory[side] = memory;
    }
    return made;
  }

  /** Who sits where, as the other seat and the teacher may see it (never a key). */
  seatPublic(side: Side): SeatPublic {
    const s = this.seats[side];
    return { kind: s.kind, nickname: s.nickname, connected: s.kind === 'computer' ? true : s.connected };
  }

  /** A student takes a seat: an open one, the computer's, or their own back. */
  seat(side: Side, nickname: string, key: string): void {
    const s = this.seats[side];
    if (s.key !== key) this.memory[side] = null;
    this.seats[side] = { kind: 'person', nickname, key, connected: s.key === key ? s.connected : false };
  }

  /** The computer takes a seat: an open one when the class starts, or an absentee's. The student's key stays. */
  computerTakes(side: Side): void {
    const s = this.seats[side];
    if (s.kind === 'computer') return;
    this.seats[side] = { ...s, kind: 'computer', nickname: s.nickname };
    this.memory[side] = null;
  }

  /** Open seats go to the computer once the class starts. */
  fillOpenSeats(): boolean {
    let changed = false;
    for (const side of SIDES) {
      if (this.seats[side].kind === 'open') {
        this.computerTakes(side);
        changed = true;
      }
    }
    return changed;
  }

  /** The side whose key this is, if any. */
  sideOfKey(key: string): Side | null {
    return SIDES.find((side) => this.seats[side].key === key) ?? null;
  }

  /** A side's view, with who plays each side as the class sees it (a computer seat is 'computer'). */
  view(side: Side): PlayerView {
    const v = playerView(this.state, side);
    v.players = { union: this.seats.union.kind === 'computer' ? 'computer' : 'person', studio: this.seats.studio.kind === 'computer' ? 'computer' : 'person' };
    return v;
  }

  liveView(side: Side, joinCode: string, classCode: string): LiveView {
    const s = this.seats[side];
    return {
      at: this.actions.length,
      side,
      yourMove: !this.blocked() && toMove(this.state) === side,
      nickname: s.nickname ?? '',
      partner: this.seatPublic(other(side)),
      status: { ...this.status, now: Date.now() },
      joinCode,
      classCode,
      view: this.view(side),
      result: this.result,
    };
  }

  /** The names on the result code: "union / studios" (a computer seat is "computer"). */
  nicknames(): string {
    const name = (side: Side) => {
      const s = this.seats[side];
      return [...(s.kind === 'computer' || !s.nickname ? 'computer' : s.nickname)].slice(0, 11).join('').trim();
    };
    return `${name('union')} / ${name('studio')}`;
  }

  /** Make the result once the round is over, or when the class closes with the round unfinished. */
  settle(): LiveResult | null {
    if (this.result) return this.result;
    if (this.state.phase !== 'done' && !this.status.closed) return null;
    const code = makeResultCode(this.config, this.actions, this.state, this.nicknames());
    this.result = { code: code.ok ? code.value : null, problem: code.ok ? null : code.error, finished: this.state.phase === 'done', outcome: this.state.outcome };
    return this.result;
  }

  row(pairId: string): PairRow {
    const s = this.state;
    const last = [...s.offers].pop();
    return {
      pairId,
      seats: { union: this.seatPublic('union'), studio: this.seatPublic('studio') },
      day: s.day,
      phase: s.phase,
      strikeDays: s.strikeDays,
      moves: this.actions.length,
      lastOffer: last ? { by: last.by, day: last.day, packages: last.packages.map((p) => p.slice()), final: !!last.final } : null,
      outcome: s.outcome,
      result: this.result,
      turn: s.phase === 'done' ? null : toMove(s),
      lastMoveAt: this.lastMoveAt,
    };
  }
}
