import seedrandom from 'seedrandom';
import { getScenario } from '../scenarios';
import { utilityOf, spaceOf } from '../space';
import { tableActionProblem, TABLE_ACTIONS } from '../rules/table';
import { concession, pressure } from '../rules/derived';
import type { Action, GameState, Package, Side, TableActionKind } from '../types';
import { other } from '../types';

/**
 * Scripted players for the CLI and the tests. A bot plays one side as a human would: it sees
 * the state a player sees (its own briefing, the table, the meters) and returns one action.
 */
export type BotName = 'hardliner' | 'conceder' | 'random' | 'historical';
export const BOT_NAMES: BotName[] = ['hardliner', 'conceder', 'random', 'historical'];

export type Bot = (s: GameState, side: Side) => Action;

export function styleBotFor(e: number, militant: boolean): Bot {
  return (s, side) => styleBot(s, side, e, militant);
}

export function botFor(name: BotName): Bot {
  switch (name) {
    case 'hardliner':
      return (s, side) => styleBot(s, side, 0.4, true);
    case 'conceder':
      return (s, side) => styleBot(s, side, 2.5, false);
    case 'random':
      return randomBot;
    case 'historical':
      return historicalBot;
  }
}

/** Levels between the side's opening (f = 0) and its walk-away package (f = 1), issue by issue. */
function interpolate(from: Package, to: Package, f: number): Package {
  return from.map((a, i) => Math.round(a + (to[i]! - a) * f));
}

function standingBest(s: GameState, side: Side): { u: number; index: number } | null {
  if (!s.standing || s.standing.by !== other(side)) return null;
  const sp = spaceOf(getScenario(s.config.scenario)!);
  let best: { u: number; index: number } | null = null;
  s.standing.packages.forEach((p, index) => {
    const u = utilityOf(sp, side, p);
    if (!best || u > best.u) best = { u, index };
  });
  return best;
}

/** Common moves: count votes, and the union's strike machinery. */
function routine(s: GameState, side: Side, militant: boolean): Action | null {
  const sc = getScenario(s.config.scenario)!;
  if (s.phase === 'ratification') return { type: 'countVotes', side };
  if (side !== 'union') return null;
  const can = (k: TableActionKind) => tableActionProblem(s, sc, side, k) === null;
  if (militant) {
    if (!s.authorized && s.day >= s.expiryDay - 14 && can('authorize')) return { type: 'authorize', side: 'union' };
    if (s.phase === 'holdout' && can('strike')) return { type: 'strike', side: 'union' };
  } else if (s.day >= s.expiryDay - 5 && can('extend')) {
    return { type: 'extend', side: 'union' };
  }
  return null;
}

function styleBot(s: GameState, side: Side, e: number, militant: boolean): Action {
  const r = routine(s, side, militant);
  if (r) return r;
  const sc = getScenario(s.config.scenario)!;
  const sp = spaceOf(sc);
  // A bot feels the same pressure the committee would: the calendar, and its own side's costs.
  const f = concession(pressure(s, sc, side), e, 0);
  let pkg = interpolate(sc.openings[side], sc.reservations[side], f);
  // Like a real committee, a bot never takes back a concession it has made.
  const mine = s.offers.filter((o) => o.by === side);
  const last = mine[mine.length - 1]?.packages[0];
  if (last && utilityOf(sp, side, last) < utilityOf(sp, side, pkg)) pkg = last.slice();
  const best = standingBest(s, side);
  if (best && best.u >= utilityOf(sp, side, pkg)) return { type: 'accept', side, index: best.index };
  return { type: 'propose', side, packages: [pkg] };
}

function randomBot(s: GameState, side: Side): Action {
  const sc = getScenario(s.config.scenario)!;
  const rng = seedrandom.alea(`${s.config.seed}|bot|${side}|${s.actionsTaken}`);
  if (s.phase === 'ratification') return { type: 'countVotes', side };
  const roll = rng();
  const best = standingBest(s, side);
  if (best && roll < 0.15) return { type: 'accept', side, index: best.index };
  if (roll < 0.35) {
    const kinds = (Object.keys(TABLE_ACTIONS) as TableActionKind[]).filter((k) => tableActionProblem(s, sc, side, k) === null);
    if (kinds.length) {
      const kind = kinds[Math.floor(rng() * kinds.length)]!;
      if (kind === 'statement') return { type: 'statement', side, tone: rng() < 0.5 ? 'firm' : 'conciliatory' };
      return { type: kind, side } as Action;
    }
  }
  const n = 1 + Math.floor(rng() * 3);
  const packages: Package[] = [];
  for (let k = 0; k < n; k++) {
    const p = sc.issues.map((iss) => Math.floor(rng() * iss.levels.length));
    if (!packages.some((q) => q.every((v, i) => v === p[i]))) packages.push(p);
  }
  return { type: 'propose', side, packages, final: rng() < 0.05 };
}

/** Replays the real committee's positions and moves, by date, as closely as the levers allow. */
function historicalBot(s: GameState, side: Side): Action {
  const sc = getScenario(s.config.scenario)!;
  const sp = spaceOf(sc);
  if (s.phase === 'ratification') return { type: 'countVotes', side };
  const steps = sc.history.steps[side];
  const done = (kind: string) => s.log.some((l) => l.ref === kind && l.side === side);
  for (const st of steps) {
    if (!st.action || st.day > s.day) continue;
    const kind = st.action as TableActionKind;
    const already =
      kind === 'extend' ? s.extended : kind === 'strike' ? s.strikeStartDay != null : kind === 'authorize' ? s.authorized : kind === 'ceos' ? s.ceosUsed : kind === 'blackout' ? s.blackout || done('blackout') : done(kind);
    if (already) continue;
    // A step whose moment has passed long ago is skipped (e.g. a mid-strike statement when there is no strike).
    if (s.day - st.day > 30 && kind !== 'strike') continue;
    if (tableActionProblem(s, sc, side, kind) !== null) continue;
    if (kind === 'strike' && !(s.phase === 'holdout')) continue;
    if (kind === 'statement') return { type: 'statement', side, tone: 'firm' };
    return { type: kind, side } as Action;
  }
  let position = sc.openings[side];
  let finalDay = 0;
  for (const st of steps) {
    if (!st.position) continue;
    finalDay = Math.max(finalDay, st.day);
    if (st.day <= s.day) position = st.position;
  }
  // The real committee took no other offer before its final position: it holds its line and
  // lets the other side accept it. Two weeks past its final date it takes anything as good.
  const best = standingBest(s, side);
  if (best && s.day >= finalDay + 14 && best.u >= utilityOf(sp, side, position)) return { type: 'accept', side, index: best.index };
  return { type: 'propose', side, packages: [position.slice()] };
}
