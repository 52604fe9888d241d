import { fnv1a64 } from '../sim/hash';
import { stateHash } from '../sim/hash';
import { replay } from '../sim/replay';
import { getScenario } from '../sim/scenarios';
import { configProblem, isError } from '../sim/setup';
import { spaceOf } from '../sim/space';
import type { Action, Difficulty, GameConfig, GameState, Pace, Side } from '../sim/types';
import { ENGINE_VERSION } from '../sim/version';

/**
 * Class codes and result codes. Both are plain text a student can paste, with a check symbol
 * so a typo is caught before anything runs. A result code is a replay, not a score: it carries
 * the class code and the action log, and the verifier re-runs the round through the engine.
 *
 *   class code   23USN-7QX4K-P        scenario 23/26 · side U/S/H · difficulty E/N/H · pace S/Q
 *                                      · a 5-symbol seed · a check symbol
 *   result code  SC1.V<engine version>.<class code>.<nickname>.<actions>.<end hash>.<checksum>
 */

const B32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base 32 (no I, L, O, U)
const CHECK = `${B32}*~$=U`; // Crockford's 37 check symbols

export type CodeResult<T> = { ok: true; value: T } | { ok: false; error: string };
const bad = <T>(error: string): CodeResult<T> => ({ ok: false, error });

/** Normalise what a person typed: upper case, O→0, I/L→1, spaces dropped. */
function normalise(text: string): string {
  return text.trim().toUpperCase().replace(/\s+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
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
  if (!m) return bad('That is not a class code. It looks like 23USN-7QX4K-P: letters and digits in three groups.');
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

class Bits {
  bits: number[] = [];
  put(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i--) this.bits.push((value >> i) & 1);
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
  get(width: number): number {
    if (this.pos + width > this.bits.length) throw new Error('the code ends too early');
    let v = 0;
    for (let i = 0; i < width; i++) v = v * 2 + this.bits[this.pos++]!;
    return v;
  }
}

/** Bits needed for values 0..n−1 (integer maths only, so every engine agrees). */
function widthFor(n: number): number {
  let w = 1;
  while (1 << w < n) w++;
  return w;
}

export function encodeActions(config: GameConfig, actions: Action[]): string {
  const radix = spaceOf(getScenario(config.scenario)!).radix;
  const w = new Bits();
  w.put(actions.length, 12);
  for (const a of actions) {
    w.put(TYPES.indexOf(a.type), 4);
    w.put(a.side === 'studio' ? 1 : 0, 1);
    if (a.type === 'propose') {
      w.put(a.packages.length - 1, 2);
      w.put(a.final ? 1 : 0, 1);
      for (const p of a.packages) p.forEach((lvl, i) => w.put(lvl, widthFor(radix[i]!)));
    } else if (a.type === 'accept') {
      w.put(a.index, 2);
    } else if (a.type === 'statement') {
      w.put(a.tone === 'conciliatory' ? 1 : 0, 1);
    }
  }
  return w.toB32();
}

export function decodeActions(config: GameConfig, text: string): Action[] {
  const radix = spaceOf(getScenario(config.scenario)!).radix;
  const r = new Reader(text);
  const n = r.get(12);
  const out: Action[] = [];
  for (let k = 0; k < n; k++) {
    const type = TYPES[r.get(4)];
    if (!type) throw new Error(`action ${k + 1} has an unknown type`);
    const side: Side = r.get(1) ? 'studio' : 'union';
    if (type === 'propose') {
      const count = r.get(2) + 1;
      const final = r.get(1) === 1;
      const packages = Array.from({ length: count }, () => radix.map((rx) => r.get(widthFor(rx))));
      out.push(final ? { type, side, packages, final } : { type, side, packages });
    } else if (type === 'accept') out.push({ type, side, index: r.get(2) });
    else if (type === 'statement') out.push({ type, side, tone: r.get(1) ? 'conciliatory' : 'firm' });
    else out.push({ type, side } as Action);
  }
  return out;
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

export function makeResultCode(config: GameConfig, actions: Action[], end: GameState, nickname: string): CodeResult<string> {
  const cc = makeClassCode(config);
  if (!cc.ok) return cc;
  const nick = b64url(nickname.trim().slice(0, MAX_NICKNAME));
  const body = `SC1.V${ENGINE_VERSION}.${cc.value}.${nick}.${encodeActions(config, actions)}.${stateHash(end).slice(0, 8).toUpperCase()}`;
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
export function verifyResultCode(text: string): CodeResult<VerifiedResult> {
  const t = text.trim().replace(/\s+/g, '');
  const parts = t.split('.');
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
