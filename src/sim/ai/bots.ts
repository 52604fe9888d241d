import seedrandom from 'seedrandom';
import { concession } from '../rules/derived';
import { getScenario } from '../scenarios';
import type { HistoryStep } from '../scenarios/types';
import { score } from '../space';
import type { Action, ActionType, Package, TableActionKind } from '../types';
import type { PlayerView } from '../view';
import { ownTable } from './computer';
import type { Bot } from './play';

/**
 * Scripted players for the CLI and the tests. A bot plays one side as a person would: it sees
 * only that side's playerView (its briefing, the table, its meters) and returns one action.
 */
export type BotName = 'hardliner' | 'conceder' | 'random' | 'historical';
export const BOT_NAMES: BotName[] = ['hardliner', 'conceder', 'random', 'historical'];

export function styleBotFor(e: number, militant: boolean): Bot {
  return (v) => styleBot(v, e, militant);
}

/** A built-in bot. `seed` feeds the random bot's own stream (the others ignore it). */
export function botFor(name: BotName, seed = '1'): Bot {
  switch (name) {
    case 'hardliner':
      return (v) => styleBot(v, v.aiParams.bots.hardliner.e, true);
    case 'conceder':
      return (v) => styleBot(v, v.aiParams.bots.conceder.e, false);
    case 'random':
      return randomBot(seed);
    case 'historical':
      return historicalBot;
  }
}

/** Levels between the side's opening (f = 0) and its walk-away package (f = 1), issue by issue. */
function interpolate(from: Package, to: Package, f: number): Package {
  return from.map((a, i) => Math.round(a + (to[i]! - a) * f));
}

const can = (v: PlayerView, type: ActionType): boolean => v.legal.some((l) => l.type === type);

function standingBest(v: PlayerView): { u: number; index: number } | null {
  if (!v.standing || v.standing.by === v.side) return null;
  const own = ownTable(v);
  let best: { u: number; index: number } | null = null;
  v.standing.packages.forEach((p, index) => {
    const u = score(own, p);
    if (!best || u > best.u) best = { u, index };
  });
  return best;
}

/** Common moves: count votes, and the union's strike machinery. */
function routine(v: PlayerView, militant: boolean): Action | null {
  const side = v.side;
  if (v.phase === 'ratification') return { type: 'countVotes', side };
  if (side !== 'union') return null;
  const b = v.aiParams.bots;
  if (militant) {
    if (!v.public.authorized && v.day >= v.expiryDay - b.authorizeDays && can(v, 'authorize')) return { type: 'authorize', side: 'union' };
    if (v.phase === 'holdout' && can(v, 'strike')) return { type: 'strike', side: 'union' };
  } else if (v.day >= v.expiryDay - b.extendDays && can(v, 'extend')) {
    return { type: 'extend', side: 'union' };
  }
  return null;
}

function styleBot(v: PlayerView, e: number, militant: boolean): Action {
  const r = routine(v, militant);
  if (r) return r;
  const side = v.side;
  const own = ownTable(v);
  // A bot feels the same pressure the committee would: the calendar, and its own side's costs.
  const f = concession(v.pressure, e, v.aiParams.bots.k);
  let pkg = interpolate(v.opening, v.floor, f);
  // Like a real committee, a bot never takes back a concession it has made.
  const mine = v.offers.filter((o) => o.by === side);
  const last = mine[mine.length - 1]?.packages[0];
  if (last && score(own, last) < score(own, pkg)) pkg = last.slice();
  const best = standingBest(v);
  if (best && best.u >= score(own, pkg)) return { type: 'accept', side, index: best.index };
  return { type: 'propose', side, packages: [pkg] };
}

function randomBot(seed: string): Bot {
  return (v) => {
    const side = v.side;
    const rng = seedrandom.alea(`${seed}|bot|${side}|${v.offers.length}|${v.log.length}|${v.day}`);
    if (v.phase === 'ratification') return { type: 'countVotes', side };
    const r = v.aiParams.bots.random;
    const roll = rng();
    const best = standingBest(v);
    if (best && roll < r.accept) return { type: 'accept', side, index: best.index };
    if (roll < r.act) {
      const kinds = v.legal.map((l) => l.type).filter((t) => t !== 'propose' && t !== 'accept' && t !== 'reject' && t !== 'countVotes') as TableActionKind[];
      if (kinds.length) {
        const kind = kinds[Math.floor(rng() * kinds.length)]!;
        if (kind === 'statement') return { type: 'statement', side, tone: rng() < r.firm ? 'firm' : 'conciliatory' };
        return { type: kind, side } as Action;
      }
    }
    const n = 1 + Math.floor(rng() * r.maxPackages);
    const packages: Package[] = [];
    for (let k = 0; k < n; k++) {
      const p = v.issues.map((iss) => Math.floor(rng() * iss.levels.length));
      if (!packages.some((q) => q.every((x, i) => x === p[i]))) packages.push(p);
    }
    return { type: 'propose', side, packages, final: rng() < r.final };
  };
}

/** The day a history step comes in this round: its date, or its distance from the event it followed, if that event has fired. */
function stepDay(v: PlayerView, st: HistoryStep): number {
  if (!st.after) return st.day;
  const fired = v.events.find((e) => e.id === st.after!.event);
  return fired ? fired.day + st.after.days : st.day;
}

/** Replays the real committee's positions and moves, by date (or by their distance from the event that set them off), as closely as the levers allow. */
function historicalBot(v: PlayerView): Action {
  const sc = getScenario(v.scenario)!;
  const side = v.side;
  const own = ownTable(v);
  if (v.phase === 'ratification') return { type: 'countVotes', side };
  const steps = sc.history.steps[side].map((st) => ({ ...st, day: stepDay(v, st) }));
  const h = v.aiParams.bots.historical;
  const done = (kind: string) => v.log.some((l) => l.ref === kind && l.side === side);
  const pub = v.public;
  for (const st of steps) {
    if (!st.action || st.day > v.day) continue;
    const kind = st.action as TableActionKind;
    const already =
      kind === 'extend' ? pub.extended : kind === 'strike' ? v.strikeStartDay != null : kind === 'authorize' ? pub.authorized : kind === 'ceos' ? pub.ceosUsed : kind === 'blackout' ? pub.blackout || done('blackout') : done(kind);
    if (already) continue;
    // A step whose moment has passed long ago is skipped (e.g. a mid-strike statement when there is no strike).
    if (v.day - st.day > h.staleDays && kind !== 'strike') continue;
    if (!can(v, kind)) continue;
    if (kind === 'strike' && v.phase !== 'holdout') continue;
    // A studios' committee whose alliance is coming apart does not walk out of the talks.
    if (kind === 'suspend' && v.meters.kind === 'studio' && v.meters.cohesion < h.rescueCohesion) continue;
    if (kind === 'statement') return { type: 'statement', side, tone: 'firm' };
    return { type: kind, side } as Action;
  }
  // An offer made while talks are suspended lands when they resume (in 2026, six weeks on): it
  // carries the position history had reached by then, not the one of the day it was decided.
  const lands = Math.max(v.day, v.public.talksSuspendedUntil);
  let position = v.opening;
  let finalPosition = v.opening;
  let finalDay = 0;
  for (const st of steps) {
    if (!st.position) continue;
    if (st.day >= finalDay) (finalDay = st.day), (finalPosition = st.position);
    if (st.day <= lands) position = st.position;
  }
  // The real committee took no other offer before its final position: it holds its line and
  // lets the other side accept it. Some days (two weeks) past its final date it takes anything
  // as good. A union committee whose pickets are thinning takes an offer that gives at least the
  // terms it finally took on every issue (no real union lets its strike collapse with better
  // terms than its final ones on the table, and its members would not vote them down). The
  // studios' committee waits to make its own final offer, as it did: a union's counter it signed
  // early could be voted down.
  const best = standingBest(v);
  if (best && v.day >= finalDay + h.acceptAfter && best.u >= score(own, position)) return { type: 'accept', side, index: best.index };
  // Once the strike is on, or its final date has passed, no committee keeps the fight going over
  // a counter worth as much to it as the final terms it was ready to give. (In 2026, with no
  // strike, the replays ended in the same one or two deals in 30 rounds; now up to 7. A union
  // on strike keeps its issue-by-issue rule below.)
  const fin = score(own, finalPosition);
  if (side === 'studio' && best && (v.strikeStartDay != null || v.day >= finalDay) && best.u >= fin - h.closeBelow && best.u <= fin + h.closeAbove) return { type: 'accept', side, index: best.index };
  // With no strike on, the union first puts its final terms on the table, as the real one did (a
  // counter signed over an earlier position could carry the five-year term it fought in 2026).
  const finalMade = v.offers.some((o) => o.by === side && o.packages[0]!.every((l, i) => l === finalPosition[i]));
  if (side === 'union' && best && v.strikeStartDay == null && v.day >= finalDay && finalMade && best.u >= fin - h.closeBelow && best.u <= fin + h.closeAbove) return { type: 'accept', side, index: best.index };
  const better = side === 'union' && v.public.solidarity < h.rescueBelow && v.standing && v.standing.by !== side ? v.standing.packages.findIndex((p) => p.every((l, i) => own[i]![l]! >= own[i]![finalPosition[i]!]!)) : -1;
  if (better >= 0) return { type: 'accept', side, index: better };
  // A studios' committee whose alliance is coming apart brings its final offer forward (in 2023
  // the CEOs stepped in as the losses mounted) rather than watch a company sign on its own.
  if (v.meters.kind === 'studio' && v.meters.cohesion < h.rescueCohesion) position = finalPosition;
  // No union committee puts on the table less than the studios already offer it: with no strike
  // on, where their offer is worth at least the position it would propose, it signs that offer
  // instead (against the easy 2026 studios the replay proposed its final terms, 63.6 points, over
  // their standing 68.8). On strike it keeps its issue-by-issue rule above; the studios' committee
  // waits for its own final offer, as said above.
  if (side === 'union' && best && v.strikeStartDay == null && best.u >= score(own, position)) return { type: 'accept', side, index: best.index };
  return { type: 'propose', side, packages: [position.slice()] };
}
