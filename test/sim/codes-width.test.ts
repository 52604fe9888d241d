/**
 * Result codes and the widths of their fields. A code is made once, on the student's device, and
 * verified later on the teacher's: anything the bit layout cannot carry exactly must be refused
 * when the code is made, in plain words, never written down wrong and refused later as "made
 * with another version". The move count is the one field with no bound in the rules (a media
 * blackout takes no days and may be toggled again and again), so it is variable-length.
 */
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { decodeActions, encodeActions, makeResultCode, verifyResultCode } from '../../src/app/codes';
import {
  advance,
  applyAction,
  botFor,
  createGame,
  fnv1a64,
  getScenario,
  isError,
  playRound,
  spaceOf,
  stateHash,
  toMove,
  type Action,
  type GameConfig,
  type GameState,
  type Side,
} from '../../src/sim/index';

/** The old layout wrote the move count in 12 bits: 4,095 was the most it could say. */
const OLD_COUNT_LIMIT = 4095;

const reseal = (parts: string[]) => {
  const body = parts.slice(0, 6).join('.');
  return `${body}.${fnv1a64(body).slice(0, 6).toUpperCase()}`;
};

/** `final: false` and no `final` are the same move; a code keeps only the fields a move has. */
const plain = (a: Action) => (a.type === 'propose' && !a.final ? { type: a.type, side: a.side, packages: a.packages } : a);

describe('a round longer than the old 12-bit move count', () => {
  // Hot-seat: a table action passes the device to the other player and no computer answers, so
  // the media blackout (no days) can be toggled back and forth for as long as the players like.
  const config: GameConfig = { scenario: '2023', seed: 'W1DE5', human: 'both', difficulty: 'hard', pace: 'quick' };
  const TOGGLES = OLD_COUNT_LIMIT + 2; // 4,097 zero-day moves

  it(
    `${TOGGLES.toLocaleString('en-US')} zero-day moves, then a whole round, make a code that verifies to the same state`,
    () => {
      // Built move by move through the real engine (applyAction, then advance, as every driver
      // does), so every move is legal where it is played.
      const start = createGame(config);
      if (isError(start)) throw new Error(start.message);
      let s: GameState = advance(start);
      const actions: Action[] = [];
      const play = (a: Action): boolean => {
        const next = applyAction(s, a);
        if (isError(next)) return false;
        s = advance(next);
        actions.push(a);
        return true;
      };
      const mover = (): Side => {
        const side = toMove(s);
        if (side === null) throw new Error('the round ended early');
        return side;
      };
      // If the blackout is ever refused, any other zero-day move the side to play may take.
      for (let k = 0; k < TOGGLES; k++) {
        const side = mover();
        const zeroDay: Action[] = [{ type: 'blackout', side }, ...(side === 'union' ? ([{ type: 'extend', side }, { type: 'strike', side }] as Action[]) : [])];
        if (!zeroDay.some((a) => play(a))) break;
      }
      expect(actions.length, 'the engine no longer allows thousands of zero-day moves: rethink this test').toBe(TOGGLES);
      expect(s.day, 'the zero-day moves took no days').toBe(0);
      // Then the players play the round out, answering "no counter" and counting votes, until it ends.
      for (let moves = 0; moves < 2000 && s.phase !== 'done'; moves++) {
        const side = mover();
        const a: Action = s.phase === 'ratification' ? { type: 'countVotes', side } : { type: 'reject', side };
        if (!play(a)) throw new Error(`no legal move at move ${actions.length + 1}`);
      }
      expect(s.phase).toBe('done');
      expect(actions.length).toBeGreaterThan(TOGGLES);

      const made = makeResultCode(config, actions, s, 'Marathon');
      if (!made.ok) throw new Error(made.error);
      const parts = made.value.split('.');
      expect(parts).toHaveLength(7);
      // The moves part reads back on its own, count and all...
      expect(decodeActions(config, parts[4]!)).toEqual(actions);
      // ...and the whole code re-runs to the very state it was made from.
      const v = verifyResultCode(made.value);
      if (!v.ok) throw new Error(v.error);
      expect(v.value.actions).toHaveLength(actions.length);
      expect(v.value.nickname).toBe('Marathon');
      expect(stateHash(v.value.state)).toBe(stateHash(s));
      expect(v.value.state.outcome).toBe(s.outcome);
      expect(v.value.state.strikeDays).toBe(s.strikeDays);
    },
    240_000,
  );
});

describe('the move count is variable-length', () => {
  const config: GameConfig = { scenario: '2026', seed: 'C0DE5', human: 'both', difficulty: 'normal', pace: 'quick' };
  const blackouts = (n: number): Action[] => Array.from({ length: n }, (_, i) => ({ type: 'blackout', side: i % 2 ? 'studio' : 'union' }));

  it('every count reads back, on both sides of the 12-bit limit and of each 7-bit varint group', () => {
    for (const n of [0, 1, 2, 4093, 4094, 4095, 4096, 4097, 4095 + 127, 4095 + 128, 4095 + 128 * 128, 100_000]) {
      const moves = blackouts(n);
      const text = encodeActions(config, moves);
      const back = decodeActions(config, text);
      expect(back.length, `count ${n}`).toBe(n);
      expect(back).toEqual(moves);
    }
  });

  it('a log of up to 4,094 moves is written exactly as before the change (older codes still read)', () => {
    // This moves part was written by the 12-bit-count encoder (commit 6f4f24a) for `moves`: a
    // fixed sample of the old layout, so a change to it is caught here, not by students.
    const moves: Action[] = [
      { type: 'blackout', side: 'union' },
      { type: 'statement', side: 'studio', tone: 'conciliatory' },
      { type: 'statement', side: 'union', tone: 'firm' },
      { type: 'accept', side: 'studio', index: 2 },
      { type: 'countVotes', side: 'union' },
      { type: 'reject', side: 'studio' },
      { type: 'strike', side: 'union' },
      { type: 'mediator', side: 'studio' },
      { type: 'caucus', side: 'union' },
      { type: 'accept', side: 'union', index: 1 },
    ];
    expect(encodeActions(config, moves)).toBe('02P2X8732RBM14');
    expect(decodeActions(config, '02P2X8732RBM14')).toEqual(moves);
    // An empty log: twelve zero bits, three symbols.
    expect(encodeActions(config, [])).toBe('000');
  });

  it('a forged count larger than the code can hold is refused at once, not looped over', () => {
    const text = encodeActions(config, blackouts(5000));
    expect(() => decodeActions(config, text.slice(0, Math.floor(text.length / 2)))).toThrow(/claims 5,000 moves but is too short/);
    expect(() => decodeActions(config, `${text}00`)).toThrow(/more after the last move/);
  });
});

describe('a value too wide for its field is refused when the code is made', () => {
  const config: GameConfig = { scenario: '2023', seed: 'W1DE6', human: 'studio', difficulty: 'normal', pace: 'standard' };
  const r = playRound(config, { studio: botFor('conceder') });
  if (isError(r)) throw new Error(r.message);
  const { actions, state } = r;
  const radix = spaceOf(getScenario(config.scenario)!).radix;
  const pkg = radix.map(() => 0);
  const at = actions.length + 1; // the bad move goes last, after a real round

  const cases: { name: string; bad: Action; message: RegExp }[] = [
    { name: 'five packages at once', bad: { type: 'propose', side: 'studio', packages: [0, 1, 2, 3, 4].map((v) => pkg.map((_, i) => (i === 0 ? v % radix[0]! : 0))) }, message: /offers 5 packages at once, but a result code holds 1 to 4/ },
    { name: 'no package at all', bad: { type: 'propose', side: 'studio', packages: [] }, message: /offers 0 packages at once/ },
    { name: 'a package index of 4 (2 bits hold 0 to 3)', bad: { type: 'accept', side: 'studio', index: 4 }, message: /package chosen in move [\d,]+ is 4, but a result code has room only for a whole number from 0 to 3/ },
    { name: 'a negative package index', bad: { type: 'accept', side: 'studio', index: -1 }, message: /is -1, but a result code has room only for a whole number from 0 to 3/ },
    { name: 'a fractional package index', bad: { type: 'accept', side: 'studio', index: 1.5 }, message: /is 1\.5, but a result code has room only for a whole number/ },
    { name: 'a level past its issue', bad: { type: 'propose', side: 'studio', packages: [pkg.map((v, i) => (i === 0 ? radix[0]! : v))] }, message: new RegExp(`level of issue 1 in package 1 of move [\\d,]+ is ${radix[0]}, but that issue has levels 0 to ${radix[0]! - 1} only`) },
    { name: 'a negative level', bad: { type: 'propose', side: 'studio', packages: [pkg.map((v, i) => (i === 2 ? -1 : v))] }, message: /level of issue 3 in package 1 of move [\d,]+ is -1/ },
    { name: 'a level far too wide', bad: { type: 'propose', side: 'studio', packages: [pkg.map((v, i) => (i === 1 ? 2 ** 40 : v))] }, message: /level of issue 2 .* is 1099511627776/ },
    { name: 'a package with an issue missing', bad: { type: 'propose', side: 'studio', packages: [pkg.slice(1)] }, message: new RegExp(`does not have one level for each of the ${radix.length} issues`) },
    { name: 'an unknown kind of move', bad: { type: 'dance', side: 'studio' } as unknown as Action, message: /a kind of move a result code does not know \("dance"\)/ },
    { name: 'a side that is neither', bad: { type: 'caucus', side: 'both' } as unknown as Action, message: /names no side/ },
    { name: 'a tone that is neither', bad: { type: 'statement', side: 'studio', tone: 'loud' } as unknown as Action, message: /neither firm nor conciliatory/ },
  ];

  for (const c of cases)
    it(`${c.name}: refused, naming the move, before any code is shown`, () => {
      const made = makeResultCode(config, [...actions, c.bad], state, 'Wide');
      expect(made.ok).toBe(false);
      if (made.ok) return;
      expect(made.error).toMatch(c.message);
      expect(made.error).toMatch(new RegExp(`[Mm]ove ${at.toLocaleString('en-US')}\\b`));
      expect(made.error).toMatch(/^[A-Z].*\.$/); // a sentence, for the ending screen
      expect(made.error).not.toMatch(/undefined|NaN|\[object/);
      // encodeActions, which the verifier's forger-tests use, refuses the same way.
      expect(() => encodeActions(config, [c.bad])).toThrow();
    });

  it('random moves, in range and far out of it: each is refused or reads back exactly, never changed', () => {
    const rng = seedrandom.alea('codes-width');
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
    const num = () => pick([0, 1, 2, 3, 4, 7, 8, 15, 16, -1, 2 ** 31, 2 ** 32, 0.5, Number.NaN, 2 ** 53]);
    const types = ['propose', 'accept', 'reject', 'countVotes', 'caucus', 'statement', 'authorize', 'extend', 'strike', 'suspend', 'ceos', 'mediator', 'blackout', 'sing'];
    // A short real prefix and the opening state keep each try cheap (decoding is what is checked).
    const prefix = actions.slice(0, 5);
    const opening = createGame(config);
    if (isError(opening)) throw new Error(opening.message);
    const late = prefix.length + 1;
    let refused = 0;
    let kept = 0;
    for (let k = 0; k < 3000; k++) {
      const type = pick(types);
      const side = pick<Side | 'nobody'>(['union', 'studio', 'union', 'studio', 'nobody']);
      const a: Record<string, unknown> = { type, side };
      if (type === 'propose') {
        a.packages = Array.from({ length: pick([1, 1, 2, 3, 4, 5]) }, () => radix.map((rx) => (rng() < 0.9 ? Math.floor(rng() * rx) : num())));
        if (rng() < 0.5) a.final = true;
      }
      if (type === 'accept') a.index = rng() < 0.8 ? Math.floor(rng() * 4) : num();
      if (type === 'statement') a.tone = pick(['firm', 'conciliatory', 'firm', 'conciliatory', 'shouted']);
      const move = a as unknown as Action;
      const made = makeResultCode(config, [...prefix, move], opening, 'Fuzz');
      if (!made.ok) {
        refused++;
        expect(made.error).toMatch(new RegExp(`[Mm]ove ${late}\\b`));
        continue;
      }
      kept++;
      const back = decodeActions(config, made.value.split('.')[4]!);
      expect(back.slice(0, -1)).toEqual(prefix.map(plain));
      expect(back[back.length - 1]).toEqual(plain(move));
    }
    // Both branches were really taken.
    expect(refused).toBeGreaterThan(300);
    expect(kept).toBeGreaterThan(300);
  });

  it('a seed that a class code would read back differently is refused, not turned into another round', () => {
    const lower = { ...config, seed: 'w1de6' };
    const played = playRound(lower, { studio: botFor('conceder') });
    if (isError(played)) throw new Error(played.message);
    const made = makeResultCode(lower, played.actions, played.state, 'Lower');
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.error).toMatch(/seed "w1de6".*cannot be shared as a result code/);
  });

  it('a nickname cut at its limit never splits a character in two', () => {
    const nick = `${'a'.repeat(23)}\u{1F3AC}b`; // the emoji is two UTF-16 units, the 24th and 25th
    const made = makeResultCode(config, actions, state, nick);
    if (!made.ok) throw new Error(made.error);
    const v = verifyResultCode(made.value);
    if (!v.ok) throw new Error(v.error);
    expect(v.value.nickname).toBe('a'.repeat(23));
  });

  it('a legal round still verifies, and a changed moves part is still caught', () => {
    const made = makeResultCode(config, actions, state, 'Plain');
    if (!made.ok) throw new Error(made.error);
    expect(verifyResultCode(made.value).ok).toBe(true);
    const parts = made.value.split('.');
    parts[4] = encodeActions(config, actions.slice(0, -1));
    const v = verifyResultCode(reseal(parts));
    expect(v.ok).toBe(false);
  });
});
