/**
 * Shared helpers for the engine tests (test/sim). Nothing here registers anything globally:
 * every helper works on its own copies of the state.
 */
import { advance } from '../../src/sim/advance';
import { applyAction } from '../../src/sim/reducer';
import { Draw } from '../../src/sim/rng';
import { paramsOf } from '../../src/sim/rules/params';
import type { Ctx } from '../../src/sim/rules/ctx';
import { advanceDays, recordToday } from '../../src/sim/rules/daily';
import { getScenario } from '../../src/sim/scenarios';
import type { Scenario } from '../../src/sim/scenarios/types';
import { createGame, isError } from '../../src/sim/setup';
import { spaceOf } from '../../src/sim/space';
import type { Action, ActionError, GameConfig, GameState, Phase, Side } from '../../src/sim/types';
import { SIDES } from '../../src/sim/types';

export const cfg = (over: Partial<GameConfig> = {}): GameConfig => ({
  scenario: '2023',
  seed: 'test-seed',
  human: 'union',
  difficulty: 'normal',
  pace: 'standard',
  ...over,
});

/** A new game, with the computer's first moves made (the drivers' loop); throws if the config is refused. */
export function game(over: Partial<GameConfig> = {}): GameState {
  const g = createGame(cfg(over));
  if (isError(g)) throw new Error(`createGame refused ${JSON.stringify(over)}: ${g.message}`);
  return advance(g);
}

export const scenarioOf = (s: GameState): Scenario => {
  const sc = getScenario(s.config.scenario);
  if (!sc) throw new Error(`no scenario ${s.config.scenario}`);
  return sc;
};

/** Apply an action that must succeed, then let the computer answer (the drivers' loop). */
export function act(s: GameState, a: Action): GameState {
  const next = applyAction(s, a);
  if (isError(next)) throw new Error(`${a.type} by ${a.side} refused on day ${s.day} (${s.phase}): ${next.error}: ${next.message}`);
  return advance(next);
}

/** Apply an action that must succeed, without the computer's answer. */
export function actOnly(s: GameState, a: Action): GameState {
  const next = applyAction(s, a);
  if (isError(next)) throw new Error(`${a.type} by ${a.side} refused on day ${s.day} (${s.phase}): ${next.error}: ${next.message}`);
  return next;
}

/**
 * A hot-seat state with the turn handed to `side` (constructed: table actions in hot-seat need
 * the turn, and a test of an action's effect should not have to spend a session to get it).
 */
export function withTurn(s: GameState, side: Side): GameState {
  if (s.config.human !== 'both') throw new Error('withTurn is for hot-seat states: against the computer the human always has the turn');
  return edit(s, (d) => (d.turn = side));
}

/** Apply a list of actions that must all succeed. */
export const actAll = (s: GameState, actions: Action[]): GameState => actions.reduce(act, s);

/** Apply something that must be refused; returns the error. */
export function refusal(s: GameState, a: unknown): ActionError {
  const next = applyAction(s, a as Action);
  if (!isError(next)) throw new Error(`expected ${JSON.stringify(a)} to be refused on day ${s.day} (${s.phase}), but it was applied`);
  return next;
}

/** A deep copy of a state with some fields edited (a constructed situation). */
export function edit(s: GameState, change: (draft: GameState) => void): GameState {
  const draft = structuredClone(s);
  change(draft);
  return draft;
}

export function ctxOf(s: GameState): Ctx {
  const sc = scenarioOf(s);
  return { s, sc, sp: spaceOf(sc), rng: new Draw(s.rng), p: paramsOf(s.config) };
}

/**
 * The control of an experiment: `days` days pass with no action, exactly as the reducer lets
 * them pass between actions (the computer moves only when it is its turn).
 */
export function idle(state: GameState, days: number): GameState {
  const s = structuredClone(state);
  const ctx = ctxOf(s);
  advanceDays(ctx, days);
  recordToday(ctx);
  s.rng = ctx.rng.state();
  return s;
}

/** Let days pass (see idle) until `day`. */
export function idleTo(s: GameState, day: number): GameState {
  if (day < s.day) throw new Error(`cannot go back from day ${s.day} to ${day}`);
  return idle(s, day - s.day);
}

export const snapshot = (x: unknown): string => JSON.stringify(x);

/** Fast check: does every number in `value` pass `ok`? (No paths built: the slow walkers report.) */
function allNumbers(value: unknown, ok: (x: number) => boolean, skipRootKey?: string): boolean {
  if (typeof value === 'number') return ok(value);
  if (value === null || typeof value !== 'object') return typeof value !== 'bigint' && typeof value !== 'function' && typeof value !== 'symbol';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!allNumbers(value[i], ok)) return false;
    return true;
  }
  for (const k in value as Record<string, unknown>) {
    if (k === skipRootKey) continue;
    if (!allNumbers((value as Record<string, unknown>)[k], ok)) return false;
  }
  return true;
}

/** Every number in a value that is NaN or ±Infinity, by path (walks the object itself, not its JSON). */
export function nonFinite(value: unknown, path = '$', out: string[] = []): string[] {
  if (path === '$' && allNumbers(value, Number.isFinite)) return out;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path}=${value}`);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) nonFinite(v, `${path}.${k}`, out);
  } else if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol') {
    out.push(`${path} is a ${typeof value}`);
  }
  return out;
}

/** Every number outside the PRNG's own state that is not an integer (the types promise integers). */
export function nonIntegers(s: GameState): string[] {
  const out: string[] = [];
  if (allNumbers(s, Number.isInteger, 'rng')) return out;
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) out.push(`${path}=${v}`);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) if (!(path === '$' && k === 'rng')) walk(x, `${path}.${k}`);
    }
  };
  walk(s, '$');
  return out;
}

const inBp = (x: number) => Number.isInteger(x) && x >= 0 && x <= 10000;

/** Range and consistency checks every state must pass; returns what is wrong (empty if fine). */
export function invariantProblems(s: GameState): string[] {
  const p: string[] = [];
  const sc = getScenario(s.config.scenario);
  if (!sc) return [`unknown scenario ${s.config.scenario}`];
  const bp = (name: string, x: number) => {
    if (!inBp(x)) p.push(`${name}=${x} is not a bp integer 0..10000`);
  };
  p.push(...nonFinite(s));
  p.push(...nonIntegers(s));
  for (const k of ['c', 's0', 's1', 's2'] as const) if (typeof s.rng[k] !== 'number') p.push(`rng.${k} missing`);
  if (s.day < 0) p.push(`day ${s.day} < 0`);
  if (s.strikeDays < 0 || s.strikeDays > s.day) p.push(`strikeDays ${s.strikeDays} outside 0..day ${s.day}`);
  bp('solidarity', s.solidarity);
  bp('attention', s.attention);
  bp('pipeline', s.pipeline);
  bp('cohesion', s.cohesion);
  bp('authorizationYes', s.authorizationYes);
  bp('publicOpinion.union', s.publicOpinion.union);
  bp('publicOpinion.neutral', s.publicOpinion.neutral);
  bp('publicOpinion.studio', s.publicOpinion.studio);
  const po = s.publicOpinion.union + s.publicOpinion.neutral + s.publicOpinion.studio;
  if (po !== 10000) p.push(`public opinion sums to ${po}`);
  if (s.sharePrice < 1000 || s.sharePrice > 10000) p.push(`sharePrice ${s.sharePrice} outside 1000..10000`);
  if (s.dryDays < 0 || s.dryDays > s.strikeDays) p.push(`dryDays ${s.dryDays} outside 0..strikeDays`);
  if (s.studioLosses < 0 || s.memberLosses < 0) p.push('negative cumulative losses');
  if (s.members.length !== sc.segments.length) p.push('members do not match the segments');
  s.members.forEach((m, i) => {
    bp(`members[${i}].hardship`, m.hardship);
    bp(`members[${i}].support`, m.support);
    if (m.id !== sc.segments[i]?.id) p.push(`members[${i}].id ${m.id}`);
  });
  if (s.factions.length !== sc.factions.length) p.push('factions do not match the scenario');
  s.factions.forEach((f, i) => bp(`factions[${i}].patience`, f.patience));
  const factionSum = s.factions.reduce((a, f) => a + f.losses, 0);
  if (factionSum !== s.studioLosses) p.push(`faction losses ${factionSum} != studioLosses ${s.studioLosses}`);
  for (const side of SIDES) {
    bp(`trust.${side}`, s.trust[side]);
    const m = s.ai[side];
    if (!m) continue;
    m.weights.forEach((w, i) => bp(`ai.${side}.weights[${i}]`, w));
    const ws = m.weights.reduce((a, b) => a + b, 0);
    if (ws !== 10000) p.push(`ai.${side}.weights sum to ${ws}`);
  }
  for (const v of s.votes) {
    bp(`vote ${v.kind} yes`, v.yes);
    bp(`vote ${v.kind} turnout`, v.turnout);
    if (v.passed !== v.yes > 5000) p.push(`vote ${v.kind} passed=${v.passed} with yes=${v.yes}`);
  }
  for (const d of s.daily) {
    for (const k of ['support', 'solidarity', 'hardship', 'publicUnion', 'publicStudio', 'pipeline', 'cohesion'] as const) bp(`daily[${d.day}].${k}`, d[k]);
  }
  for (let i = 1; i < s.daily.length; i++) if (s.daily[i]!.day <= s.daily[i - 1]!.day) p.push(`daily records out of order at ${i}`);
  // One record per day from the opening to today (the ballot days of a vote included).
  s.daily.forEach((d, i) => {
    if (d.day !== i) p.push(`daily[${i}] is day ${d.day}`);
  });
  if (s.daily.length && s.daily[s.daily.length - 1]!.day !== s.day) p.push(`the last daily record is day ${s.daily[s.daily.length - 1]!.day}, not today (${s.day})`);
  // The day's loss is the loss actually taken that day: the rise of the cumulative total.
  s.daily.forEach((d, i) => {
    const taken = i === 0 ? 0 : d.studioLosses - s.daily[i - 1]!.studioLosses;
    if (d.dailyLoss !== taken) p.push(`daily[${i}].dailyLoss=${d.dailyLoss} but the studios lost ${taken} that day`);
  });
  if (s.daily.length && s.daily[s.daily.length - 1]!.studioLosses !== s.studioLosses) p.push('the last daily record does not hold today\u2019s studioLosses');
  const radix = sc.issues.map((iss) => iss.levels.length);
  const okPkg = (pkg: unknown) => Array.isArray(pkg) && pkg.length === radix.length && pkg.every((v, i) => Number.isInteger(v) && v >= 0 && v < radix[i]!);
  if (s.standing && (!s.standing.packages.length || s.standing.packages.length > 3 || !s.standing.packages.every(okPkg))) p.push('bad standing packages');
  if (s.deal && !okPkg(s.deal)) p.push('bad deal package');
  if (s.agreement && !okPkg(s.agreement.packages)) p.push('bad agreement package');
  // Phase consistency.
  const done = s.phase === 'done';
  if (done !== (s.outcome !== null)) p.push(`phase ${s.phase} with outcome ${s.outcome}`);
  if (s.phase === 'ratification' && !s.agreement) p.push('ratification without an agreement');
  if (s.phase === 'strike' && (!s.authorized || s.strikeStartDay === null)) p.push('strike without authorization or start day');
  if (s.phase === 'holdout' && s.day <= s.expiryDay) p.push(`holdout on day ${s.day} before expiry ${s.expiryDay}`);
  if (s.phase === 'talks' && s.day > s.expiryDay) p.push(`talks on day ${s.day} after expiry ${s.expiryDay}`);
  if (s.outcome === 'ratified' && !s.deal) p.push('ratified without a deal');
  if (s.outcome === 'noDeal' && s.deal) p.push('noDeal with a deal');
  if (s.strikeDays > 0 && s.strikeStartDay === null) p.push('strike days without a strike start');
  if (s.config.human !== 'both' && s.phase !== 'done' && s.phase !== 'ratification' && s.turn !== s.config.human) p.push(`turn ${s.turn} is not the human ${s.config.human}`);
  if (s.config.human !== 'both' && s.ai[s.config.human] !== null) p.push(`the computer keeps a memory for the side a person plays (${s.config.human})`);
  return p;
}

/** Phase changes one action may cause (several can chain within its days). */
const LEGAL: Record<Phase, Phase[]> = {
  talks: ['talks', 'holdout', 'strike', 'ratification', 'done'],
  holdout: ['holdout', 'talks', 'strike', 'ratification', 'done'],
  strike: ['strike', 'ratification', 'done'],
  ratification: ['ratification', 'talks', 'holdout', 'strike', 'done'],
  done: ['done'],
};

export function transitionProblem(before: GameState, after: GameState, action: { type?: unknown }): string | null {
  if (!LEGAL[before.phase].includes(after.phase)) return `illegal phase change ${before.phase} -> ${after.phase} by ${String(action.type)}`;
  // Only an extension takes expired talks back to talks.
  if (before.phase === 'holdout' && after.phase === 'talks' && action.type !== 'extend') return `holdout -> talks without an extension (${String(action.type)})`;
  // A strike is never called off by anything but an agreement or an ending.
  if (before.phase === 'strike' && after.phase === 'strike' && after.strikeDays < before.strikeDays) return 'strike days went down';
  if (after.day < before.day) return `day went back from ${before.day} to ${after.day}`;
  if (after.actionsTaken !== before.actionsTaken + 1) return 'actionsTaken did not count the action';
  return null;
}
