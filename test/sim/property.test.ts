/**
 * Property tests: random action sequences (seeded, so a failure names its sequence and can be
 * re-run) mixing valid and invalid actions of every type, for both scenarios, all three side
 * settings, every difficulty and both paces, driven as every driver does: applyAction, then
 * advance (the computer's answer). After every step: no throw, meters in range, no
 * NaN/Infinity, integers where the types promise them, the clock never goes back, phase changes
 * are legal, every applied move but a vote count came from the side whose turn it was (table
 * actions included), the move was one the mover's view listed as legal, the input state is
 * untouched, the state is plain JSON, the daily records run one a day with each day's loss the
 * rise of the total; advance answers with at most one move of the computer's and stops when a
 * person must act; at the end: a replay of the same sequence gives the same stateHash, and a
 * save/resume (JSON round-trip) changes nothing.
 */
import seedrandom from 'seedrandom';
import { afterAll, describe, expect, it } from 'vitest';
import { advance, toMove } from '../../src/sim/advance';
import { botFor } from '../../src/sim/ai/bots';
import { freshMemory } from '../../src/sim/ai/opponentModel';
import type { Bot } from '../../src/sim/ai/play';
import { stateHash } from '../../src/sim/hash';
import { applyAction, isHuman } from '../../src/sim/reducer';
import { TABLE_ACTIONS } from '../../src/sim/rules/table';
import { getScenario, SCENARIO_IDS } from '../../src/sim/scenarios';
import { createGame, isError } from '../../src/sim/setup';
import type { Action, GameConfig, GameState, Outcome, Phase, Side, TableActionKind } from '../../src/sim/types';
import { MOODS } from '../../src/sim/types';
import { playerView } from '../../src/sim/view';
import { invariantProblems, transitionProblem } from './helpers';

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

const TABLE_KINDS = Object.keys(TABLE_ACTIONS) as TableActionKind[];
const ACTION_TYPES = ['propose', 'accept', 'reject', 'countVotes', ...TABLE_KINDS] as const;
const SIDES_AND_JUNK: unknown[] = ['union', 'studio', 'union', 'studio', 'both', undefined, 3, ''];
const BOTS: Record<string, Bot> = {
  random: botFor('random', 'property'),
  hardliner: botFor('hardliner'),
  conceder: botFor('conceder'),
  historical: botFor('historical'),
};
const LINES: unknown[] = [...MOODS, 'shout', 7, null];

/** A level list: usually valid, sometimes broken in one of many ways. */
function randomPackage(rng: Rng, radix: number[]): unknown {
  const valid = radix.map((r) => Math.floor(rng() * r));
  if (rng() < 0.75) return valid;
  const broken = valid.slice() as unknown[];
  const i = Math.floor(rng() * radix.length);
  switch (Math.floor(rng() * 10)) {
    case 0:
      broken[i] = NaN;
      break;
    case 1:
      broken[i] = -1;
      break;
    case 2:
      broken[i] = radix[i]!;
      break;
    case 3:
      broken[i] = 0.5;
      break;
    case 4:
      broken[i] = String(valid[i]);
      break;
    case 5:
      broken[i] = null;
      break;
    case 6:
      return valid.slice(0, radix.length - 1);
    case 7:
      return [...valid, 0];
    case 8:
      broken[i] = Infinity;
      break;
    default:
      return 'package';
  }
  return broken;
}

function randomPackages(rng: Rng, radix: number[]): unknown {
  const roll = rng();
  if (roll < 0.04) return [];
  if (roll < 0.07) return null;
  if (roll < 0.1) return Array.from({ length: 4 }, () => randomPackage(rng, radix));
  const n = 1 + Math.floor(rng() * 3);
  const out = Array.from({ length: n }, () => randomPackage(rng, radix));
  if (n > 1 && rng() < 0.15) out[1] = out[0]; // a duplicate
  return out;
}

function junk(rng: Rng): unknown {
  return pick(rng, [null, undefined, 'propose', 42, NaN, [], {}, { type: 'dance', side: 'union' }, { type: 'propose' }, { side: 'union' }, [{ type: 'caucus', side: 'union' }], { type: 'toString', side: 'union' }]);
}

/** One action: a bot's move for whoever is to play (valid or not), or something random of any type. */
function randomAction(rng: Rng, s: GameState, radix: number[]): unknown {
  const a = baseAction(rng, s, radix);
  // Sometimes with words: one of the moods, or something that is not one.
  if (a && typeof a === 'object' && !Array.isArray(a) && rng() < 0.1) return { ...(a as object), say: pick(rng, LINES) };
  return a;
}

function baseAction(rng: Rng, s: GameState, radix: number[]): unknown {
  const roll = rng();
  const side: Side = rng() < 0.8 ? s.turn : s.turn === 'union' ? 'studio' : 'union';
  if (roll < 0.35) return BOTS.random!(playerView(s, side));
  if (roll < 0.5) return BOTS[pick(rng, ['hardliner', 'conceder', 'historical'])]!(playerView(s, side));
  if (roll < 0.96) {
    const type = pick(rng, ACTION_TYPES);
    const anySide = rng() < 0.85 ? side : pick(rng, SIDES_AND_JUNK);
    switch (type) {
      case 'propose': {
        const a: Record<string, unknown> = { type, side: anySide, packages: randomPackages(rng, radix) };
        const f = rng();
        if (f < 0.15) a.final = true;
        else if (f < 0.2) a.final = pick(rng, ['yes', 1, null]);
        return a;
      }
      case 'accept': {
        const n = s.standing?.packages.length ?? 1;
        return { type, side: anySide, index: rng() < 0.85 ? Math.floor(rng() * (n + 1)) : pick(rng, [-1, 0.5, NaN, '0', null, Infinity]) };
      }
      case 'statement':
        return { type, side: anySide, tone: pick(rng, ['firm', 'conciliatory', 'firm', 'conciliatory', 'angry', undefined]) };
      default:
        return { type, side: anySide };
    }
  }
  return junk(rng);
}

/** Plain JSON: null, booleans, finite numbers, strings, dense arrays and plain objects without undefined. */
function notJson(v: unknown): string | null {
  const trail = jsonFault(v);
  return trail ? `$${trail.reverse().join('')}` : null;
}

/** null if fine, else the path to the fault (innermost first; built only on failure). */
function jsonFault(v: unknown): string[] | null {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? null : [` = ${v}`];
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) return [`[${i}] is a hole`];
      const f = jsonFault(v[i]);
      if (f) return (f.push(`[${i}]`), f);
    }
    return null;
  }
  if (typeof v === 'object') {
    if (Object.getPrototypeOf(v) !== Object.prototype) return [' is not a plain object'];
    for (const k of Object.keys(v as Record<string, unknown>)) {
      const x = (v as Record<string, unknown>)[k];
      if (x === undefined) return [`.${k} is undefined`];
      const f = jsonFault(x);
      if (f) return (f.push(`.${k}`), f);
    }
    return null;
  }
  return [` is a ${typeof v}`];
}

// Coverage of what the sequences reached, checked at the end (a property test that never
// reaches a strike or a vote proves little).
const reached = {
  phases: new Set<Phase>(),
  outcomes: new Set<Outcome>(),
  applied: new Set<string>(),
  refused: new Set<string>(),
  errors: new Set<string>(),
  configs: new Set<string>(),
  sequences: 0,
  steps: 0,
  /** Steps at which the computer answered. */
  answers: 0,
};

interface Step {
  action: unknown;
  error: string | null;
}

/** The drivers' loop for one action: applyAction, then (if it was applied) the computer's answer. */
function drive(s: GameState, action: unknown): GameState | { error: string; message: string } {
  const next = applyAction(s, action as Action);
  return isError(next) ? next : advance(next);
}

function runSequence(config: GameConfig, index: number): void {
  const rng = seedrandom.alea(`property|${config.scenario}|${config.human}|${index}`);
  const sc = getScenario(config.scenario)!;
  const radix = sc.issues.map((i) => i.levels.length);
  const where = (k: number, a: unknown) => `sequence ${index} (${JSON.stringify(config)}), step ${k}: ${JSON.stringify(a)}`;
  const created = createGame(config);
  if (isError(created)) throw new Error(`createGame refused ${JSON.stringify(config)}: ${created.message}`);
  const start = advance(created);
  expect(invariantProblems(start)).toEqual([]);
  let s = start;
  const steps: Step[] = [];
  const length = 10 + Math.floor(rng() * 16);
  // Some sequences save and resume (JSON round-trip) in the middle.
  const resumeAt = rng() < 0.5 ? Math.floor(rng() * length) : -1;
  for (let k = 0; k < length; k++) {
    if (k === resumeAt) {
      const resumed = JSON.parse(JSON.stringify(s)) as GameState;
      expect(resumed).toStrictEqual(s);
      s = resumed;
    }
    const action = randomAction(rng, s, radix);
    const before = JSON.stringify(s);
    let next: GameState | { error: string; message: string };
    try {
      next = applyAction(s, action as Action);
    } catch (e) {
      throw new Error(`applyAction threw at ${where(k, action)}: ${(e as Error).stack}`);
    }
    // The input state is never touched, whatever the action.
    if (JSON.stringify(s) !== before) throw new Error(`input state changed at ${where(k, action)}`);
    const type = action && typeof action === 'object' && typeof (action as { type?: unknown }).type === 'string' ? (action as { type: string }).type : '(junk)';
    if (isError(next)) {
      if (typeof next.error !== 'string' || typeof next.message !== 'string' || next.message.length < 5) throw new Error(`bad error object ${JSON.stringify(next)} at ${where(k, action)}`);
      reached.refused.add(type);
      reached.errors.add(next.error);
      steps.push({ action, error: next.error });
    } else {
      // The move itself.
      const problems = invariantProblems(next).filter((p) => !/^turn \w+ is not the human/.test(p));
      if (problems.length) throw new Error(`invariants broken at ${where(k, action)}: ${problems.join('; ')}`);
      const jsonProblem = notJson(next);
      if (jsonProblem) throw new Error(`not plain JSON at ${where(k, action)}: ${jsonProblem}`);
      const t = transitionProblem(s, next, action as { type?: unknown });
      if (t) throw new Error(`${t} at ${where(k, action)}`);
      // Every move but the count of a vote is made by the side whose turn it is, and passes the
      // move to the other side unless it ended the talks at the table.
      const mover = (action as { side?: unknown }).side as Side;
      if (type !== 'countVotes' && mover !== s.turn) throw new Error(`${String(mover)} moved on ${s.turn}\u2019s turn at ${where(k, action)}`);
      if (type !== 'countVotes' && type !== 'accept' && next.phase !== 'done' && next.phase !== 'ratification' && next.turn === mover)
        throw new Error(`${mover} kept the move after ${type} at ${where(k, action)}`);
      // It was a move the mover's view listed as legal.
      if (!playerView(s, mover).legal.some((l) => l.type === type)) throw new Error(`${type} was applied but not in ${mover}\u2019s legal moves at ${where(k, action)}`);
      // The computer's answer.
      const afterNext = JSON.stringify(next);
      let after: GameState;
      try {
        after = advance(next);
      } catch (e) {
        throw new Error(`advance threw at ${where(k, action)}: ${(e as Error).stack}`);
      }
      if (JSON.stringify(next) !== afterNext) throw new Error(`advance changed its input at ${where(k, action)}`);
      const answered = invariantProblems(after);
      if (answered.length) throw new Error(`invariants broken after the computer\u2019s answer at ${where(k, action)}: ${answered.join('; ')}`);
      const jsonAfter = notJson(after);
      if (jsonAfter) throw new Error(`not plain JSON after the computer\u2019s answer at ${where(k, action)}: ${jsonAfter}`);
      if (after.day < next.day) throw new Error(`the computer\u2019s answer took the clock back at ${where(k, action)}`);
      // It stops when a person must act (or the round is over), having moved at most once: every
      // move passes the turn, so one answer brings the move back (a rejected deal may bring it back to the computer's union once more).
      const who = toMove(after);
      if (who !== null && !isHuman(after, who)) throw new Error(`advance stopped on the computer\u2019s move at ${where(k, action)}`);
      const answers = after.actionsTaken - next.actionsTaken;
      if (config.human === 'both' ? answers !== 0 : answers < 0 || answers > 2) throw new Error(`the computer made ${answers} moves at ${where(k, action)}`);
      if (answers === 2 && !after.votes.slice(next.votes.length).some((v) => v.kind === 'board' && !v.passed)) throw new Error(`the computer moved twice at ${where(k, action)}`);
      if (answers > 0) reached.answers++;
      // advance has nothing more to do.
      if (advance(after) !== after) throw new Error(`advance is not settled at ${where(k, action)}`);
      reached.applied.add(type);
      reached.phases.add(next.phase);
      reached.phases.add(after.phase);
      if (after.outcome) reached.outcomes.add(after.outcome);
      steps.push({ action, error: null });
      s = after;
    }
    reached.steps++;
  }
  // JSON round-trip is lossless.
  expect(JSON.parse(JSON.stringify(s))).toStrictEqual(s);
  // Determinism: the same sequence from a fresh start gives the same refusals and the same hash.
  let again = advance(createGame(config) as GameState);
  for (const [k, st] of steps.entries()) {
    const next = drive(again, st.action);
    const err = isError(next) ? next.error : null;
    if (err !== st.error) throw new Error(`replay diverged (${err} vs ${st.error}) at ${where(k, st.action)}`);
    if (!isError(next)) again = next;
  }
  expect(stateHash(again), `sequence ${index} ${JSON.stringify(config)}`).toBe(stateHash(s));
  reached.configs.add(`${config.scenario}/${config.human}/${config.difficulty}/${config.pace}`);
  reached.sequences++;
}

describe('the checks themselves (so the properties can fail)', () => {
  const g = createGame({ scenario: '2023', seed: 'checks', human: 'union', difficulty: 'normal', pace: 'standard' }) as GameState;
  const broken: [string, (d: GameState) => void, RegExp][] = [
    ['NaN in a meter', (d) => (d.members[0]!.expectation = NaN), /NaN/],
    ['Infinity deep in the log', (d) => (d.daily[0]!.dailyLoss = Infinity), /Infinity/],
    ['a fraction of a dollar', (d) => (d.members[1]!.savings = 10.5), /savings=10\.5/],
    ['public opinion not summing to 100%', (d) => (d.publicOpinion.union += 1), /sums to/],
    ['a bp meter out of range', (d) => (d.cohesion = 10001), /cohesion/],
    ['support below zero', (d) => (d.members[2]!.support = -1), /support/],
    ['a holdout before expiry', (d) => (d.phase = 'holdout'), /holdout/],
    ['done without an outcome', (d) => (d.phase = 'done'), /outcome/],
    ['an outcome while playing', (d) => (d.outcome = 'noDeal'), /outcome/],
    ['a strike without authorization', (d) => ((d.phase = 'strike'), (d.authorized = false)), /strike/],
    ['losses that do not add up', (d) => (d.studioLosses = 5), /studioLosses/],
    ['a daily loss that is not the day\u2019s increment', (d) => (d.daily[0]!.dailyLoss = 7), /dailyLoss=7/],
    ['a day missing from the daily records', (d) => ((d.day = 3), (d.daily[0]!.day = 3)), /daily\[0\] is day 3/],
    ['no record of today', (d) => (d.day = 2), /not today/],
    ['a broken standing offer', (d) => (d.standing!.packages = [[99, 0, 0, 0, 0, 0, 0]]), /standing/],
    ['the computer to move with no one to answer it', (d) => (d.turn = 'studio'), /turn studio is not the human union/],
    ['a committee memory for the person\u2019s side', (d) => (d.ai.union = freshMemory([1, 2, 3])), /memory for the side a person plays/],
  ];
  for (const [name, change, message] of broken) {
    it(`flags ${name}`, () => {
      expect(invariantProblems(g)).toEqual([]);
      const d = structuredClone(g);
      change(d);
      expect(invariantProblems(d).join('; ')).toMatch(message);
    });
  }
  it('flags an illegal phase change, a clock going back and values that are not plain JSON', () => {
    const strike = { ...structuredClone(g), phase: 'strike' as const, actionsTaken: 1 };
    expect(transitionProblem(strike, { ...structuredClone(g), phase: 'talks', actionsTaken: 2 }, { type: 'propose' })).toMatch(/illegal/);
    expect(transitionProblem({ ...g, phase: 'holdout' }, { ...g, phase: 'talks', actionsTaken: 1 }, { type: 'caucus' })).toMatch(/extension/);
    expect(transitionProblem({ ...g, day: 10 }, { ...g, day: 9, actionsTaken: 1 }, { type: 'caucus' })).toMatch(/back/);
    expect(transitionProblem(g, { ...g, actionsTaken: 1 }, { type: 'caucus' })).toBeNull();
    expect(notJson({ a: [1, 2], b: { c: 'x' } })).toBeNull();
    expect(notJson({ a: { b: undefined } })).toMatch(/a\.b is undefined/);
    expect(notJson({ a: [1, , 3] })).toMatch(/hole/);
    expect(notJson({ a: new Map() })).toMatch(/plain object/);
    expect(notJson({ a: [0, { b: -Infinity }] })).toMatch(/\$\.a\[1\]\.b = -Infinity/);
  });
});

const PER_BLOCK = 170; // 2 scenarios x 3 side settings x 170 = 1,020 sequences

describe('random action sequences', () => {
  for (const scenario of SCENARIO_IDS)
    for (const human of ['union', 'studio', 'both'] as const) {
      it(`${scenario}, human ${human}: ${PER_BLOCK} sequences keep every invariant`, () => {
        for (let i = 0; i < PER_BLOCK; i++) {
          const rng = seedrandom.alea(`config|${scenario}|${human}|${i}`);
          const config: GameConfig = {
            scenario,
            human,
            seed: `prop-${i}-${Math.floor(rng() * 1e6)}`,
            difficulty: pick(rng, ['easy', 'normal', 'hard'] as const),
            pace: pick(rng, ['standard', 'quick'] as const),
          };
          runSequence(config, i);
        }
      });
    }

  afterAll(() => {
    // Printed once so a reader can see what the sequences reached.
    // eslint-disable-next-line no-console
    console.info(`property: ${reached.sequences} sequences, ${reached.steps} steps; phases ${[...reached.phases].join(',')}; outcomes ${[...reached.outcomes].join(',')}`);
  });

  it('the sequences covered every action type (applied and refused), every phase and several endings', () => {
    expect(reached.sequences).toBeGreaterThanOrEqual(1000);
    for (const t of ACTION_TYPES) {
      expect(reached.applied, `applied ${t}`).toContain(t);
      expect(reached.refused, `refused ${t}`).toContain(t);
    }
    expect(reached.refused).toContain('(junk)');
    expect(reached.answers).toBeGreaterThan(1000);
    for (const p of ['talks', 'holdout', 'strike', 'ratification', 'done'] as const) expect(reached.phases, p).toContain(p);
    expect(reached.outcomes.size).toBeGreaterThanOrEqual(2);
    expect(reached.outcomes).toContain('ratified');
    for (const e of ['bad-action', 'bad-packages', 'bad-package', 'bad-index', 'not-your-side', 'not-your-turn', 'not-now', 'no-agreement', 'nothing-to-accept', 'awaiting-vote', 'round-over']) expect(reached.errors, e).toContain(e);
    // Every combination of scenario, side setting, difficulty and pace was played.
    expect(reached.configs.size).toBe(SCENARIO_IDS.length * 3 * 3 * 2);
  });
});
