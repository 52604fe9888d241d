import type { Action, Difficulty, Outcome, Package, Pace, Phase, PlayerView, Side } from '../../sim';
import { MAX_NICKNAME } from '../codes';

/**
 * The live class's wire contract, shared by the server (src/server), the page (src/ui/live) and
 * the command-line bots (src/cli/live-*). Plain data only: no Colyseus, no DOM, so both ends and
 * the tests read the same definitions.
 *
 *   teacher ── create 'class' {scenario, difficulty, pace, teacherKey} ──► class room (id = join code)
 *   student ── joinById(code, {role:'student', nickname, seatKey?}) ──► class room ── 'seat' ──► student
 *   student ── joinById(pairId, {seatKey}) ──► pair room ── 'view' (JSON text: that side's playerView only)
 *   student ── 'act' {at, action} ──► pair room ── 'view' to both seats, or 'refused' to the sender
 *   pair room ── presence 'report' ──► class room ── 'dashboard' ──► teacher
 *   teacher ── 'command' ──► class room ── presence 'status' ──► every pair room
 */

export const ROOM_CLASS = 'class';
export const ROOM_PAIR = 'pair';

/** A join code: 5 symbols from an alphabet without look-alikes (no 0/O, 1/I/L, U/V). */
export const JOIN_ALPHABET = 'ABCDEFGHJKMNPQRSTWXYZ23456789';
export const JOIN_CODE_LENGTH = 5;

/** Secrets (a seat's key, the teacher's key): 16 to 64 URL-safe symbols. */
const SECRET = /^[A-Za-z0-9_-]{16,64}$/;
/** A nickname is as long as a result code carries one. */
export { MAX_NICKNAME };
/** The largest message a client may send, in bytes (the transport closes the socket above it). */
export const MAX_MESSAGE_BYTES = 4096;

export type SeatKind = 'open' | 'person' | 'computer';

export interface ClassStatus {
  /** The teacher has started the class: rounds may be played (open seats get the computer). */
  started: boolean;
  paused: boolean;
  /** When the class ends (ms since the epoch, server clock), after "five minutes left". */
  endsAt: number | null;
  /** Time is up, or the teacher closed the class: no more moves. */
  closed: boolean;
  /** The server clock when this status was sent, so a client can count down on its own clock. */
  now: number;
}

export interface SeatPublic {
  kind: SeatKind;
  nickname: string | null;
  connected: boolean;
}

export interface LiveResult {
  /** The round's result code (verifiable with `npm run verify`), or null if none could be made. */
  code: string | null;
  problem: string | null;
  finished: boolean;
  outcome: Outcome | null;
}

/**
 * What the pair room sends a seat ('view', as JSON text): its own side's view, nothing of the other
 * side's. `view.issues` (the side's scoring schedule, fixed all round) comes only in a connection's
 * first view; the client keeps it and puts it back into every later one.
 */
export interface LiveView {
  /** Moves applied so far: an action must be sent with this number (replays are refused). */
  at: number;
  side: Side;
  /**
   * The server waits for this seat now (the class is running and it is this side's turn; a
   * tentative agreement's ballots are counted by the union). A bot moves only when this is true.
   */
  yourMove: boolean;
  nickname: string;
  partner: SeatPublic;
  status: ClassStatus;
  joinCode: string;
  classCode: string;
  view: PlayerView;
  result: LiveResult | null;
}

export interface SeatMessage {
  pairId: string;
  side: Side;
  seatKey: string;
  nickname: string;
}

export interface ActMessage {
  at: number;
  action: Action;
}

export interface Refusal {
  at: number;
  message: string;
}

export interface PairRow {
  pairId: string;
  seats: Record<Side, SeatPublic>;
  day: number;
  phase: Phase;
  strikeDays: number;
  moves: number;
  lastOffer: { by: Side; day: number; packages: Package[]; final: boolean } | null;
  outcome: Outcome | null;
  result: LiveResult | null;
  /** Whose move it is (null once the round is over): the teacher sees who a pair waits for. */
  turn: Side | null;
  /** When the pair's last move was made, on the server's clock (ms), or null before any. */
  lastMoveAt: number | null;
}

export interface Dashboard {
  joinCode: string;
  classCode: string;
  scenario: string;
  difficulty: Difficulty;
  pace: Pace;
  status: ClassStatus;
  students: number;
  pairs: PairRow[];
}

export type TeacherCommand =
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'fiveMinutes' }
  | { type: 'close' }
  /** The computer plays this seat (an absentee); its student takes it back on return. */
  | { type: 'computerSeat'; pairId: string; side: Side };

export interface ClassOptions {
  scenario: string;
  difficulty: Difficulty;
  pace: Pace;
  teacherKey: string;
}

// ---- checks of what arrives over the wire (every one returns a sentence or the clean value) ----

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };
const no = <T>(error: string): Checked<T> => ({ ok: false, error });

export const isSecret = (x: unknown): x is string => typeof x === 'string' && SECRET.test(x);

/** A nickname as shown to others: trimmed, control characters removed, at most 24 characters. */
export function cleanNickname(x: unknown): Checked<string> {
  if (typeof x !== 'string') return no('Type a nickname (your first name or a made-up one).');
  // eslint-disable-next-line no-control-regex
  const t = x.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
  if (!t) return no('Type a nickname (your first name or a made-up one).');
  if ([...t].length > MAX_NICKNAME) return no(`A nickname has at most ${MAX_NICKNAME} characters.`);
  return { ok: true, value: t };
}

/** A join code as typed: upper case, spaces and dashes dropped (the alphabet has no look-alikes to confuse). */
export function cleanJoinCode(x: unknown): Checked<string> {
  if (typeof x !== 'string') return no('Type the join code your teacher shows (5 letters and digits).');
  const t = x.toUpperCase().replace(/[\s-]+/g, '');
  if (t.length !== JOIN_CODE_LENGTH || [...t].some((c) => !JOIN_ALPHABET.includes(c)))
    return no(`A join code is ${JOIN_CODE_LENGTH} letters and digits, like ${'KQ7MX'}; check it on the teacher's screen.`);
  return { ok: true, value: t };
}

export function cleanClassOptions(x: unknown): Checked<ClassOptions> {
  if (!x || typeof x !== 'object') return no('A live class needs its settings.');
  const o = x as Record<string, unknown>;
  const scenario = o.scenario ?? '2023';
  const difficulty = o.difficulty ?? 'normal';
  const pace = o.pace ?? 'standard';
  if (scenario !== '2023' && scenario !== '2026') return no('The scenario must be 2023 or 2026.');
  if (difficulty !== 'easy' && difficulty !== 'normal' && difficulty !== 'hard') return no('The difficulty must be easy, normal or hard.');
  if (pace !== 'standard' && pace !== 'quick') return no('The pace must be standard or quick.');
  if (!isSecret(o.teacherKey)) return no('The teacher key is missing or malformed.');
  return { ok: true, value: { scenario, difficulty, pace, teacherKey: o.teacherKey } };
}

/**
 * A message as it arrived (decoded by the transport): a copy made of plain JSON, or a reason.
 * Whatever the client sent (a string, an array, binary, a deep or cyclic thing) becomes either a
 * fresh plain object or a refusal: nothing the server keeps can point into the client's data.
 */
export function plainObject(x: unknown, maxBytes = MAX_MESSAGE_BYTES): Checked<Record<string, unknown>> {
  if (!x || typeof x !== 'object' || Array.isArray(x) || ArrayBuffer.isView(x) || x instanceof ArrayBuffer)
    return no('A message must be an object such as {"at": 3, "action": {...}}.');
  let text: string;
  try {
    text = JSON.stringify(x);
  } catch {
    return no('The message is not plain JSON.');
  }
  if (text === undefined || text.length > maxBytes) return no(`The message is too large (at most ${maxBytes} bytes).`);
  return { ok: true, value: JSON.parse(text) as Record<string, unknown> };
}

export function cleanAct(x: unknown): Checked<ActMessage> {
  const o = plainObject(x);
  if (!o.ok) return o;
  const { at, action } = o.value;
  if (typeof at !== 'number' || !Number.isSafeInteger(at) || at < 0) return no('A move must say which move of the round it is ("at", the number the last view gave).');
  if (!action || typeof action !== 'object' || Array.isArray(action)) return no('A move must carry an action object, like {"type":"reject","side":"union"}.');
  return { ok: true, value: { at, action: action as Action } };
}

export function cleanCommand(x: unknown): Checked<TeacherCommand> {
  const o = plainObject(x);
  if (!o.ok) return o;
  const t = o.value.type;
  if (t === 'start' || t === 'pause' || t === 'resume' || t === 'fiveMinutes' || t === 'close') return { ok: true, value: { type: t } };
  if (t === 'computerSeat') {
    const { pairId, side } = o.value;
    if (typeof pairId !== 'string' || !/^[A-Za-z0-9_-]{1,40}$/.test(pairId)) return no('Which pair? The command names no pair.');
    if (side !== 'union' && side !== 'studio') return no('Which seat? The side must be union or studio.');
    return { ok: true, value: { type: t, pairId, side } };
  }
  return no(`Unknown command "${String(t)}".`);
}

/** The server a page talks to: the folder its own page was served from (works behind a sub-path). */
export function pageEndpoint(href: string): string {
  const u = new URL('.', href);
  return `${u.origin}${u.pathname}`;
}
