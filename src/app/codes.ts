import { configProblem, ENGINE_VERSION, fnv1a64, getScenario, isError, replay, spaceOf, stateHash, type Action, type Difficulty, type GameConfig, type GameState, type Pace, type Side } from '../sim';

/**
 * Class codes and result codes. Both are plain text a student can paste, with a check symbol
 * so a typo is caught before anything runs. A result code is a replay, not a score: it carries
 * the class code and the action log, and the verifier re-runs the round through the engine.
 *
 *   class code   23UNS-7QX4K-A        scenario 23/26 · side U/S/H · difficulty E/N/H · pace S/Q
 *                                      · a 5-symbol seed · a check symbol
 *   result code  SC1.V<engine version>.<class code>.<nickname>.<actions>.<end hash>.<checksum>
 */

const B32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base 32 (no I, L, O, U)
const CHECK = `${B32}*~$=U`; // Crockford's 37 check symbols

/** The class code shown as an example in forms and messages: a real one (2023, union, normal, standard pace). */
export const EXAMPLE_CLASS_CODE = '23UNS-7QX4K-A';

export type CodeResult<T> = { ok: true; value: T } | { ok: false; error: string };
const bad = <T>(error: string): CodeResult<T> => ({ ok: false, error });

/**
 * Undo what slides, chat and word processors do to a pasted code: compatibility forms (full-width
 * letters), invisible characters (zero-width spaces and joiners, soft hyphens, byte-order marks),
 * typographic dashes and minus signs (back to "-"), line breaks and spaces, and quotes,
 * brackets or a full stop around it. What is left is what the person meant to paste.
 */
export function cleanCode(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200F\u2060\uFEFF]/g, '')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/\s+/g, '')
    .replace(/^["'\u2018\u2019\u201A\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A([<{]+/, '')
    .replace(/["'\u2018\u2019\u201A\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A)\]>}.,;:!?]+$/, '');
}

/** Normalise what a person typed: typographic noise removed, upper case, O→0, I/L→1. */
function normalise(text: string): string {
  return cleanCode(text).toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
}

function checkSymbol(body: string): string {
  let mod = 0;
  for (const ch of body) {
    const v = B32.indexOf(ch);
    if (v < 0) continue;
    mod = (mod * 32 + v) % 37;
  }
  return CHECK[mod]!;
}

const SCEN: Record<string, string> = { '2023': '23', '2026': '26' };
const SIDE: Record<GameConfig['human'], string> = { union: 'U', studio: 'S', both: 'H' };
const DIFF: Record<Difficulty, string> = { easy: 'E', normal: 'N', hard: 'H' };
const PACE: Record<Pace, string> = { standard: 'S', quick: 'Q' };
const invert = <K extends string>(m: Record<K, string>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k])) as Record<string, K>;

/** A fresh random seed for a class code (the app passes its own randomness in: the engine has none). */
export function randomSeed(random: () => number): string {
  let s = '';
  for (let i = 0; i < 5; i++) s += B32[Math.floor(random() * 32)]!;
  return s;
}

export function makeClassCode(c: GameConfig): CodeResult<string> {
  const scen = SCEN[c.scenario];
  if (!scen) return bad(`Scenario ${c.scenario} cannot be shared by class code.`);
  const seed = normalise(c.seed);
  if (!/^[0-9A-Z]{5}$/.test(seed) || [...seed].some((ch) => !B32.includes(ch))) return bad('A class-code seed is 5 letters or digits.');
  const body = `${scen}${SIDE[c.human]}${DIFF[c.difficulty]}${PACE[c.pace]}-${seed}`;
  return { ok: true, value: `${body}-${checkSymbol(body)}` };
}

export function parseClassCode(text: string): CodeResult<GameConfig> {
  const t = normalise(text);
  const m = /^(\d{2})([USH])([ENH])([SQ])-?([0-9A-Z]{5})-?([0-9A-Z*~$=]?)$/.exec(t);
  if (!m) return bad(`That is not a class code. It looks like ${EXAMPLE_CLASS_CODE}: letters and digits in three groups.`);
  const [, scen, side, diff, pace, seed, check] = m as unknown as string[];
  const body = `${scen}${side}${diff}${pace}-${seed}`;
  if (!check) return bad('The class code is missing its last symbol.');
  if (checkSymbol(body) !== check) return bad('The class code has a typo: its check symbol does not match. Please copy it again.');
  const scenario = invert(SCEN)[scen!];
  if (!scenario) return bad(`The class code names an unknown scenario (${scen}).`);
  const config: GameConfig = { scenario, seed: seed!, human: invert(SIDE)[side!]!, difficulty: invert(DIFF)[diff!]!, pace: invert(PACE)[pace!]! };
  const problem = configProblem(config);
  return problem ? bad(problem.message) : { ok: true, value: config };
}

// ---- action logs as bits -------------------------------------------------------------

const TYPES: Action['type'][] = ['propose', 'accept', 'reject', 'countVotes', 'caucus', 'statement', 'authorize', 'extend', 'strike', 'suspend', 'ceos', 'mediator', 'blackout'];

/**
 * The bit layout of the moves part. Every field but the move count is bounded by the rules
 * (at most 3 packages in an offer, a level below its issue's radix...), so it has a fixed width.
 * The move count is not: a zero-day action such as the media blackout can be taken again and
 * again, so a round can hold any number of moves. The count is written in COUNT_WIDTH bits when
 * it is below COUNT_ESCAPE, as the earlier layout always did, so older codes of up to 4,094
 * moves read the same (one of exactly 4,095 would now misread and be refused as damaged);
 * COUNT_ESCAPE says "the rest follows as a varint": groups of 7 bits, low group first, each
 * behind a continuation bit. Every other field is checked against its width when a code is made.
 */
const COUNT_WIDTH = 12;
const COUNT_ESCAPE = 2 ** COUNT_WIDTH - 1;
const TYPE_WIDTH = 4;
const MAX_PACKAGES = 4; // 2 bits for count − 1; the rules allow 3
const PACKAGES_WIDTH = 2;
const INDEX_WIDTH = 2;
/** The fewest bits one move takes (type and side): a bound to check a claimed count against. */
const MIN_MOVE_BITS = TYPE_WIDTH + 1;

const shown = (v: unknown): string => (typeof v === 'number' && Number.isFinite(v) ? String(v) : typeof v === 'number' ? 'not a number' : `"${String(v)}"`);

/** A value that does not fit its field: refused before any code is made, in plain words. */
export class CodeFieldError extends Error {}

class Bits {
  bits: number[] = [];
  /** Write `value` in `width` bits; refuse (throw) anything that would not read back as itself. */
  put(value: number, width: number, what: string): void {
    if (!Number.isInteger(width) || width < 1 || width > 48) throw new CodeFieldError(`${what} has a field of ${width} bits, which a result code cannot hold`);
    const limit = 2 ** width;
    if (!Number.isSafeInteger(value) || value < 0 || value >= limit)
      throw new CodeFieldError(`${what} is ${shown(value)}, but a result code has room only for a whole number from 0 to ${limit - 1} there`);
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
  }
  /** Any whole number from 0 up to 2^53 − 1, in groups of 7 bits behind a continuation bit. */
  putVarint(value: number, what: string): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new CodeFieldError(`${what} is ${shown(value)}, which is not a whole number a result code can hold`);
    let v = value;
    do {
      const low = v % 128;
      v = Math.floor(v / 128);
      this.put(v > 0 ? 1 : 0, 1, what);
      this.put(low, 7, what);
    } while (v > 0);
  }
  toB32(): string {
    let out = '';
    for (let i = 0; i < this.bits.length; i += 5) {
      let v = 0;
      for (let j = 0; j < 5; j++) v = v * 2 + (this.bits[i + j] ?? 0);
      out += B32[v]!;
    }
    return out;
  }
}

class Reader {
  private bits: number[] = [];
  private pos = 0;
  constructor(text: string) {
    for (const ch of text) {
      const v = B32.indexOf(ch);
      if (v < 0) throw new Error(`unexpected symbol "${ch}"`);
      for (let j = 4; j >= 0; j--) this.bits.push((v >> j) & 1);
    }
  }
  get left(): number {
    return this.bits.length - this.pos;
  }
  get(width: number): number {
    if (this.pos + width > this.bits.length) throw new Error('the code ends too early');
    let v = 0;
    for (let i = 0; i < width; i++) v = v * 2 + this.bits[this.pos++]!;
    return v;
  }
  getVarint(): number {
    let v = 0;
    let scale = 1;
    for (;;) {
      const more = this.get(1);
      v += this.get(7) * scale;
      if (!Number.isSafeInteger(v)) throw new Error('a number in it is too large');
      if (!more) return v;
      scale *= 128;
    }
  }
  /** What is left may only be the zero padding up to the last symbol. */
  end(): void {
    if (this.left >= 5 || this.bits.slice(this.pos).some((b) => b !== 0)) throw new Error('there is more after the last move');
  }
}

/** Bits needed for values 0..n−1 (integer maths only, so every engine agrees). */
function widthFor(n: number): number {
  let w = 1;
  while (1 << w < n) w++;
  return w;
}

const nth = (k: number) => `move ${(k + 1).toLocaleString('en-US')}`;

/**
 * The moves of a round as base-32 text. Throws CodeFieldError, naming the move and the field,
 * for anything the layout cannot carry exactly (makeResultCode turns that into a refusal).
 */
export function encodeActions(config: GameConfig, actions: Action[]): string {
  const radix = spaceOf(getScenario(config.scenario)!).radix;
  const w = new Bits();
  if (actions.length < COUNT_ESCAPE) w.put(actions.length, COUNT_WIDTH, 'The number of moves');
  else {
    w.put(COUNT_ESCAPE, COUNT_WIDTH, 'The number of moves');
    w.putVarint(actions.length - COUNT_ESCAPE, 'The number of moves');
  }
  actions.forEach((a, k) => {
    const type = TYPES.indexOf(a.type);
    if (type < 0) throw new CodeFieldError(`${nth(k)} is a kind of move a result code does not know ("${String(a.type)}")`);
    w.put(type, TYPE_WIDTH, `The kind of ${nth(k)}`);
    if (a.side !== 'union' && a.side !== 'studio') throw new CodeFieldError(`${nth(k)} names no side (union or studios)`);
    w.put(a.side === 'studio' ? 1 : 0, 1, `The side of ${nth(k)}`);
    if (a.type === 'propose') {
      const n = Array.isArray(a.packages) ? a.packages.length : 0;
      if (n < 1 || n > MAX_PACKAGES) throw new CodeFieldError(`${nth(k)} offers ${n} packages at once, but a result code holds 1 to ${MAX_PACKAGES}`);
      w.put(n - 1, PACKAGES_WIDTH, `The number of packages in ${nth(k)}`);
      if (a.final !== undefined && typeof a.final !== 'boolean') throw new CodeFieldError(`${nth(k)} is neither final nor not final`);
      w.put(a.final ? 1 : 0, 1, `The "final" mark of ${nth(k)}`);
      a.packages.forEach((p, j) => {
        if (!Array.isArray(p) || p.length !== radix.length) throw new CodeFieldError(`package ${j + 1} of ${nth(k)} does not have one level for each of the ${radix.length} issues`);
        p.forEach((lvl, i) => {
          const what = `The level of issue ${i + 1} in package ${j + 1} of ${nth(k)}`;
          if (lvl >= radix[i]!) throw new CodeFieldError(`${what} is ${shown(lvl)}, but that issue has levels 0 to ${radix[i]! - 1} only`);
          w.put(lvl, widthFor(radix[i]!), what);
        });
      });
    } else if (a.type === 'accept') {
      w.put(a.index, INDEX_WIDTH, `The package chosen in ${nth(k)}`);
    } else if (a.type === 'statement') {
      if (a.tone !== 'firm' && a.tone !== 'conciliatory') throw new CodeFieldError(`${nth(k)} is a statement that is neither firm nor conciliatory`);
      w.put(a.tone === 'conciliatory' ? 1 : 0, 1, `The tone of ${nth(k)}`);
    }
  });
  return w.toB32();
}

export function decodeActions(config: GameConfig, text: string): Action[] {
  const radix = spaceOf(getScenario(config.scenario)!).radix;
  const r = new Reader(text);
  let n = r.get(COUNT_WIDTH);
  if (n === COUNT_ESCAPE) n += r.getVarint();
  // Checked before anything is built: a forged count cannot make the page loop or allocate.
  if (n * MIN_MOVE_BITS > r.left) throw new Error(`it claims ${n.toLocaleString('en-US')} moves but is too short to hold them`);
  const out: Action[] = [];
  for (let k = 0; k < n; k++) {
    const type = TYPES[r.get(TYPE_WIDTH)];
    if (!type) throw new Error(`${nth(k)} has an unknown type`);
    const side: Side = r.get(1) ? 'studio' : 'union';
    if (type === 'propose') {
      const count = r.get(PACKAGES_WIDTH) + 1;
      const final = r.get(1) === 1;
      const packages = Array.from({ length: count }, () => radix.map((rx) => r.get(widthFor(rx))));
      out.push(final ? { type, side, packages, final } : { type, side, packages });
    } else if (type === 'accept') out.push({ type, side, index: r.get(INDEX_WIDTH) });
    else if (type === 'statement') out.push({ type, side, tone: r.get(1) ? 'conciliatory' : 'firm' });
    else out.push({ type, side } as Action);
  }
  r.end();
  return out;
}

/** An action as the code carries it (`final: false` and no `final` are the same move). */
function carried(a: Action): unknown {
  if (a.type === 'propose') return a.final ? { type: a.type, side: a.side, packages: a.packages, final: true } : { type: a.type, side: a.side, packages: a.packages };
  if (a.type === 'accept') return { type: a.type, side: a.side, index: a.index };
  if (a.type === 'statement') return { type: a.type, side: a.side, tone: a.tone };
  return { type: a.type, side: a.side };
}

// ---- result codes --------------------------------------------------------------------

const b64url = (s: string) => {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  bytes.forEach((b) => (bin += String.fromCharCode(b)));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const unb64url = (s: string) => {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
};

export const MAX_NICKNAME = 24;

/** The first `max` UTF-16 units of a name, never cutting a character made of two of them in half. */
function clip(name: string, max: number): string {
  const end = max < name.length && /[\uD800-\uDBFF]/.test(name[max - 1] ?? '') ? max - 1 : max;
  return name.slice(0, end);
}

const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/**
 * A round as a result code, or a refusal in plain words when some move cannot be carried
 * exactly: a code that would read back as other moves is never shown.
 */
export function makeResultCode(config: GameConfig, actions: Action[], end: GameState, nickname: string): CodeResult<string> {
  const cc = makeClassCode(config);
  if (!cc.ok) return cc;
  // The class code must give back the very settings played (a seed typed as "abcde" would
  // come back as "ABCDE": another round, refused later as if from another version).
  const read = parseClassCode(cc.value);
  if (!read.ok || read.value.seed !== config.seed || read.value.scenario !== config.scenario || read.value.human !== config.human || read.value.difficulty !== config.difficulty || read.value.pace !== config.pace)
    return bad(`This round's settings (seed "${config.seed}") would read back differently from a class code, so it cannot be shared as a result code.`);
  const nick = b64url(clip(nickname.trim(), MAX_NICKNAME));
  let moves: string;
  try {
    moves = encodeActions(config, actions);
    // Read it back as the verifier will: it must give exactly the moves that were played.
    const back = decodeActions(config, moves);
    if (back.length !== actions.length || back.some((a, k) => JSON.stringify(carried(a)) !== JSON.stringify(carried(actions[k]!))))
      return bad('The moves of this round do not read back the same from a result code, so no code is given.');
  } catch (e) {
    if (e instanceof CodeFieldError) return bad(`${capital(e.message)}.`);
    return bad(`The moves of this round could not be written into a result code (${(e as Error).message}).`);
  }
  const body = `SC1.V${ENGINE_VERSION}.${cc.value}.${nick}.${moves}.${stateHash(end).slice(0, 8).toUpperCase()}`;
  return { ok: true, value: `${body}.${fnv1a64(body).slice(0, 6).toUpperCase()}` };
}

export interface VerifiedResult {
  config: GameConfig;
  classCode: string;
  nickname: string;
  actions: Action[];
  state: GameState;
}

/** Check a result code and re-run it. Every way it can be wrong gets a reason in plain words. */
/**
 * A result code as it was made, from however it was pasted: typographic noise removed (cleanCode)
 * and every part but the nickname in upper case, as they are made. One round, one spelling.
 */
export function canonicalCode(text: string): string {
  const parts = cleanCode(text).split('.');
  // Every part but the nickname is upper case by construction: a code typed in lower case still reads.
  for (const k of [0, 1, 2, 4, 5, 6]) if (parts[k] !== undefined) parts[k] = parts[k]!.toUpperCase();
  return parts.join('.');
}

export function verifyResultCode(text: string): CodeResult<VerifiedResult> {
  const parts = canonicalCode(text).split('.');
  if (parts.length !== 7 || parts[0] !== 'SC1') return bad('That is not a Strike Clock result code (it should start with "SC1." and have seven parts).');
  const [, ver, cc, nick, acts, hash, sum] = parts as [string, string, string, string, string, string, string];
  const body = parts.slice(0, 6).join('.');
  if (fnv1a64(body).slice(0, 6).toUpperCase() !== sum.toUpperCase()) return bad('The result code was altered or copied incompletely: its checksum does not match.');
  if (ver.toUpperCase() !== `V${ENGINE_VERSION}`)
    return bad(`This result was made with version ${ver.slice(1)} of the game; this page runs version ${ENGINE_VERSION}, which would replay it differently. Open it with the same version of the game.`);
  const cfg = parseClassCode(cc);
  if (!cfg.ok) return bad(`The class code inside the result is not valid: ${cfg.error}`);
  let nickname: string;
  try {
    nickname = unb64url(nick).slice(0, MAX_NICKNAME);
  } catch {
    return bad('The nickname inside the result code is damaged.');
  }
  let actions: Action[];
  try {
    actions = decodeActions(cfg.value, acts);
  } catch (e) {
    return bad(`The moves inside the result code are damaged: ${(e as Error).message}.`);
  }
  const r = replay(cfg.value, actions);
  if (isError(r)) return bad(r.message);
  if (r.failed) return bad(`Move ${r.failed.index + 1} of the result could not have been played: ${r.failed.error.message}`);
  if (stateHash(r.state).slice(0, 8).toUpperCase() !== hash.toUpperCase()) return bad('Re-running the moves does not give the result the code claims: it was made with another version of the game, or changed.');
  return { ok: true, value: { config: cfg.value, classCode: cc, nickname, actions, state: r.state } };
}
