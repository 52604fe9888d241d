import { paretoFrontier } from '../analysis/frontier';
import { concession } from '../rules/derived';
import { score } from '../space';
import type { Action, ActionType, AiMemory, Mood, Package, Side } from '../types';
import { other } from '../types';
import { pollOf } from '../rules/votes';
import type { PlayerView } from '../view';
import { directions, estimatedWeights, estimateTable, freshMemory, learn, noWorse } from './opponentModel';
import { stance } from './stance';


/**
 * The computer's committee: a player like any other. It sees only its own side's playerView,
 * keeps its opponent model in `memory`, and returns one action (with the line it says) and its
 * new memory. Deterministic: the same view and memory give the same move.
 */
export interface Decision {
  action: Action;
  memory: AiMemory;
}

/** This side's own scoring table, in deci-points, read back from the view's points. */
export function ownTable(view: PlayerView): number[][] {
  return view.issues.map((iss) => iss.levels.map((l) => Math.round(l.points * 10)));
}

interface Seen {
  view: PlayerView;
  own: number[][];
  mem: AiMemory;
  opp: Side;
  reserve: number;
  top: number;
  tau: number;
}

/** Read the offers made since the last decision into the memory (a copy: the old one is never changed). */
function readOffers(view: PlayerView, own: number[][], prev: AiMemory | null): AiMemory {
  const mem: AiMemory = prev ? structuredClone(prev) : freshMemory(view.issues.map((i) => i.levels.length));
  for (let k = mem.read; k < view.offers.length; k++) {
    const o = view.offers[k]!;
    if (o.by === view.side) {
      mem.ownOffers.push(score(own, o.packages[0]!));
    } else {
      learn(mem, o.packages, view.aiParams.model);
      const best = Math.max(...o.packages.map((p) => score(own, p)));
      mem.received.push(best);
      mem.bestReceived = Math.max(mem.bestReceived, best);
    }
  }
  mem.read = view.offers.length;
  return mem;
}

/** The other side has not improved its offer over its last `n`: it is holding, not bargaining. */
const stonewalling = (mem: AiMemory, n: number): boolean => {
  // Judged by new ground: its last n − 1 offers gave nothing beyond the best it had offered
  // before them (a side that swings between a concession and its old demand is holding too).
  const rec = mem.received;
  return rec.length >= n && Math.max(...rec.slice(rec.length - n + 1)) <= Math.max(...rec.slice(0, rec.length - n + 1));
};

/**
 * The committee's target utility now. Time and costs pull it down a concession curve
 * (research/models.md §6.3); how much of that step it takes now depends on the other side:
 * a concession earns a proportional one back (tempered by trust), stonewalling earns
 * stonewalling (only part of the time step). It never asks more than it last offered, nor less
 * than its walk-away.
 */
export function aspiration(x: Seen): number {
  const { view, mem, reserve, top, tau } = x;
  const ai = view.aiParams;
  const cfg = ai.concession[view.difficulty];
  const timeTarget = reserve + (top - reserve) * (1 - concession(tau, cfg.e, cfg.k));
  const last = mem.ownOffers[mem.ownOffers.length - 1];
  let target = timeTarget;
  if (last != null) {
    // What costs have taken off its walk-away since its last offer passes through (Hicks: each
    // strike day moves the employer) — in full to a side that is bargaining, below.
    const rec = mem.received;
    // Only a new offer since the committee's own last one is an answer to it: a side that passes
    // (no counter, a table action, a free media blackout) has not moved, and its last concession
    // is not paid back again (a strategy hunt's studios toggled the blackout between offers and
    // had their last concession repaid each time: 72.8 against sensible play's 69.3 in 2026).
    const latest = view.offers[view.offers.length - 1];
    const answered = latest != null && latest.by !== view.side;
    // A concession is new ground: only what the latest offer gives beyond the best the other
    // side had offered before is repaid, so taking a concession back and making it again earns
    // nothing twice (a hunt's union conceded a fifth of the room, took it back and conceded it
    // again, and was repaid each time: 66.4 against tit-for-tat's 65.4 over 60 seeds).
    const theirMove = answered && rec.length >= 2 ? rec[rec.length - 1]! - Math.max(...rec.slice(0, -1)) : 0;
    // A side that has not moved in its last offers, or has passed, earns only part of it: giving
    // way to stonewalling would teach that never moving pays.
    const stuck = !answered || stonewalling(mem, ai.holdingOffers);
    const costDrop = (mem.lastReserve != null ? Math.max(0, mem.lastReserve - reserve) : 0) * (stuck ? cfg.stonewall : 1);
    const step = Math.max(0, last - costDrop - timeTarget);
    const boost = view.day < view.public.ceosUntil ? ai.titForTat.ceosBoost : 1;
    const give = theirMove > 0 ? cfg.reciprocity * view.trust * boost * theirMove : 0;
    // After a pass the committee does not bid against itself: no step for time, only what costs
    // took (at the stonewall share). Extra turns bought with free passes must not buy concessions.
    const timeStep = !answered ? 0 : theirMove > 0 ? step : step * cfg.stonewall;
    target = last - costDrop - timeStep - give;
  }
  // Never go back on a concession already made, and never below the walk-away point.
  if (last != null) target = Math.min(target, last);
  const wasFinal = view.public.finalBy.includes(view.side) && !view.public.brokeFinal.includes(view.side);
  if (wasFinal && last != null && tau < ai.holdFinal) target = last;
  // Nor less than the other side has already offered it: a committee does not bid against itself.
  return Math.max(reserve, mem.bestReceived, Math.round(target));
}

/**
 * Offers on the committee's own iso-utility band that maximise the other side's estimated
 * utility: the frontier of (own utility, estimated other utility) is exact and cheap (per-issue
 * merge), so the best offer at or above the target is one scan away. With MESO it adds
 * packages of the same value to itself that each meet the other side halfway on an issue it
 * seems to care about.
 */
const samePkg = (a: Package, b: Package): boolean => a.every((l, i) => l === b[i]);

/** What the committee believes the other side's points are, level by level (its opponent model, 0..1000). */
function theirModel(view: PlayerView, mem: AiMemory): { weights: number[]; dirs: number[]; est: number[][] } {
  const weights = estimatedWeights(mem, view.theirOpening, view.opening, view.aiParams.model);
  const dirs = directions(view.theirOpening, view.opening);
  return { weights, dirs, est: estimateTable(mem, weights, dirs, view.issues.map((i) => i.levels.length), view.aiParams.model, view.theirOpening) };
}

export function chooseOffers(x: Seen, target: number, count: number, withdrawn: Package[] = [], model = theirModel(x.view, x.mem)): Package[] {
  const { view, own, mem } = x;
  const { weights, dirs, est } = model;
  // Its word holds: no issue of a new package may be worse for the other side than in its own
  // last public offer, so levels that would take something back are barred from the search.
  // Its own packages still standing: all it last offered but any it has withdrawn (below).
  const standing = ([...view.offers].reverse().find((o) => o.by === view.side)?.packages ?? []).filter((p) => !withdrawn.some((w) => samePkg(w, p)));
  const mine = standing[0];
  // Nor does it give the other side more on any issue than that side has ever asked for itself
  // (in any package of any of its offers), or than it had already given there: no studios offer
  // 150% when the union never asked past 125%. Against five of the balance table's sensible
  // strategies (tit-for-tat, mirror, historical, logroller, moderate logroller; 10 seeds a cell),
  // 668 of 6,812 of the computer's offers did so on some issue; now none.
  // (Capping at the latest ask instead, 1,587 before, upset the balance; see docs/MODEL.md.)
  const asked = view.offers.filter((o) => o.by !== view.side).flatMap((o) => o.packages);
  const cap = asked.length
    ? view.issues.map((_, i) => {
        let b = asked[0]![i]!;
        for (const p of asked) if (noWorse(dirs, view.theirOpening, i, p[i]!, b)) b = p[i]!;
        if (mine && noWorse(dirs, view.theirOpening, i, mine[i]!, b)) b = mine[i]!;
        return b;
      })
    : null;
  const maskFrom = (from: Package | undefined) =>
    from || cap ? own.map((row, i) => row.map((_, l) => (!from || noWorse(dirs, view.theirOpening, i, l, from[i]!)) && (!cap || noWorse(dirs, view.theirOpening, i, cap[i]!, l)))) : undefined;
  const allowed = maskFrom(mine);
  // A union committee tables nothing its members' poll puts below the share it needs to sign
  // (a studios' player took the union's own offer 314 times in sensible play, and 33 of those
  // deals were voted down, one polling 11%: the committee read its members only for the
  // studios' offers). Where the band's package fails the poll, it asks more, until one passes.
  const votable = (p: Package) => {
    const yes = pollOf(view, p);
    return yes == null || yes >= view.aiParams.union.signYes;
  };
  const pick = (fixed?: (number | null)[], mask = allowed): Package | null => {
    const f = paretoFrontier(own, est, fixed, { allowed: mask, minA: target });
    // a descending: the last one ≥ target first, then up the band to the first that is votable
    for (let i = f.a.length - 1; i >= 0; i--) if (f.a[i]! >= target && votable(f.packages[i]!)) return f.packages[i]!;
    return null;
  };
  const first = pick() ?? (mine ?? view.opening).slice();
  const out: Package[] = [first];
  // Every package it put on the table stands, or one at least as good for the other side on
  // every issue takes its place: a playtester saw the union drop the one of its three packages
  // best for the studios (15 points worse for them) and call that moving.
  const before = standing;
  const covers = (p: Package, q: Package) => p.every((l, i) => noWorse(dirs, view.theirOpening, i, l, q[i]!));
  for (const q of before.slice(1)) {
    if (out.some((p) => covers(p, q))) continue;
    const alt = pick(undefined, maskFrom(q)) ?? q.slice();
    if (!out.some((p) => samePkg(p, alt))) out.push(alt);
  }
  if (count > out.length) {
    const order = weights.map((w, i) => ({ w, i })).sort((a, b) => b.w - a.w || a.i - b.i);
    const theirLast = mem.lastSeen;
    for (const { i } of order) {
      if (out.length >= count || !theirLast) break;
      if (first[i] === theirLast[i]) continue;
      const fixed: (number | null)[] = first.map(() => null);
      fixed[i] = Math.round((first[i]! + theirLast[i]!) / 2); // the midpoint: "halfway" is what this alternative offers
      const alt = pick(fixed);
      if (alt && !out.some((p) => samePkg(p, alt)) && score(own, alt) <= score(own, first) + view.aiParams.mesoSlack) out.push(alt);
    }
  }
  return out;
}

const can = (view: PlayerView, type: ActionType): boolean => view.legal.some((l) => l.type === type);
const lastDayOf = (view: PlayerView, ref: string): number => {
  for (let i = view.log.length - 1; i >= 0; i--) {
    const e = view.log[i]!;
    if (e.side === view.side && e.ref === ref) return e.day;
  }
  return -Infinity;
};

/** The table moves a committee makes when their moment comes (authorize, extend, strike, CEOs, caucus, walking out). */
function tableMove(x: Seen): Action | null {
  const { view, own, opp, reserve, mem } = x;
  const theirs = view.standing?.by === opp ? view.standing.packages : [...view.offers].reverse().find((o) => o.by === opp)?.packages;
  const theirBest = theirs ? Math.max(...theirs.map((p) => score(own, p))) : 0;
  const gap = reserve - theirBest;
  const pub = view.public;
  const u = view.aiParams.union;
  const st = view.aiParams.studio;
  // A fresh offer is answered first; a caucus can wait for a quieter turn.
  const quiet = view.standing?.by !== opp;
  if (view.side === 'union') {
    const m = view.meters.kind === 'union' ? view.meters : null;
    if (view.phase === 'talks' && !pub.authorized && view.day >= view.expiryDay - u.authorizeDays && gap > u.authorizeGap && can(view, 'authorize')) return { type: 'authorize', side: 'union' };
    if (view.phase !== 'strike' && !pub.extended && view.day >= view.expiryDay - u.extendDays && gap > 0 && gap <= u.extendGap && can(view, 'extend')) return { type: 'extend', side: 'union', say: 'extend' };
    // A strike answers what the members need, not the committee's bargaining stance.
    // So does a studio offer its members would vote down: working on under the expired terms
    // while the studios hold an offer the members reject only runs the calendar out.
    const need = Math.round(view.walkAway * 10) + u.ratifyMargin - theirBest;
    const membersNo = view.standingYes != null && Math.max(...view.standingYes) < u.signYes;
    if (view.phase === 'holdout' && (need > view.aiParams.concession[view.difficulty].strikeGap || membersNo) && can(view, 'strike')) return { type: 'strike', side: 'union', say: 'strike' };
    if (quiet && view.phase !== 'talks' && m && m.segments.some((s) => s.support < u.caucusSupport) && view.day - lastDayOf(view, 'caucus') >= u.caucusEvery && can(view, 'caucus')) return { type: 'caucus', side: 'union' };
  } else {
    if (view.phase === 'strike' && can(view, 'ceos') && x.tau >= st.ceosTau) return { type: 'ceos', side: 'studio', say: 'ceos' };
    const c = view.meters.kind === 'studio' ? view.meters.cohesion : 1;
    if (quiet && view.phase === 'strike' && c < st.caucusCohesion && view.day - lastDayOf(view, 'caucus') >= st.caucusEvery && can(view, 'caucus')) return { type: 'caucus', side: 'studio' };
  }
  return null;
}

/** Decide one move for the side whose view this is. */
export function decide(view: PlayerView, memory: AiMemory | null): Decision {
  const side = view.side;
  const own = ownTable(view);
  const mem = readOffers(view, own, memory);
  const done = (action: Action): Decision => ({ action, memory: mem });
  if (view.phase === 'ratification') return done({ type: 'countVotes', side });
  const top = score(own, view.opening);
  // A firmer (or softer) committee than its walk-away, less so as its deadline nears.
  const ranks = side === 'union' ? view.public.solidarity : view.meters.kind === 'studio' ? view.meters.cohesion : 1;
  const firm = stance(view.aiParams, view.difficulty, side, view.pressure, ranks, view.meters.kind === 'union' ? view.meters.hardship : 0, view.meters.kind === 'union' ? Math.round((view.walkAway - view.meters.expectation) * 10) : 0);
  // A stance never takes more than half the room between the walk-away and the opening: a
  // committee with no room left cannot move at all, and a studio alliance that cannot move splits.
  const walk = Math.round(view.walkAway * 10);
  const x: Seen = { view, own, mem, opp: other(side), reserve: Math.min(top, walk + Math.min(firm, Math.max(0, Math.floor((top - walk) / 2)))), top, tau: view.pressure };

  const move = tableMove(x);
  if (move) return done(move);

  const ai = view.aiParams;
  const cfg = ai.concession[view.difficulty];
  const target = aspiration(x);
  // A union committee does not keep on the table a package of its own that its members would
  // vote down: when its poll says no (their hopes rose with an event, a statement or a vote that
  // failed), it withdraws it and says why. A playtester copied the union's package back and was
  // told "We are close. Fix this", with the same package tabled again until the strike crumbled;
  // studios' players signed such packages and saw them voted down, up to four times in a row.
  const theirsNow = view.standing && view.standing.by === x.opp ? view.standing : null;
  const ownLast = [...view.offers].reverse().find((o) => o.by === side);
  const withdrawn = side === 'union' && ownLast ? ownLast.packages.filter((p) => (pollOf(view, p) ?? 1) < ai.union.signYes) : [];
  // Put back by the other side, it is an answer to them; otherwise a word to them about its own.
  const putBack = withdrawn.some((p) => theirsNow?.packages.some((q) => samePkg(p, q)));
  // What its members would vote down, it asks more than.
  const model = theirModel(view, mem);
  let offers = chooseOffers(x, withdrawn.length ? Math.max(target, ...withdrawn.map((p) => score(own, p) + 1)) : target, cfg.meso, withdrawn, model);
  // The band's nearest package can sit above the last offer; then the last offer stands again.
  const mine = [...view.offers].reverse().find((o) => o.by === side);
  const kept = mine ? mine.packages.filter((p) => !withdrawn.some((w) => samePkg(w, p))) : [];
  if (kept.length && score(own, offers[0]!) > score(own, kept[0]!)) offers = kept.map((p) => p.slice());
  const nextU = score(own, offers[0]!);
  const fresh = view.standing && view.standing.by === x.opp ? view.standing : null;
  let gap = Infinity; // no offer to answer: as far apart as can be
  if (fresh) {
    let best = { u: -1, index: 0 };
    fresh.packages.forEach((p, index) => {
      const u = score(own, p);
      if (u > best.u) best = { u, index };
    });
    const ranks = side === 'union' ? view.public.solidarity : view.meters.kind === 'studio' ? view.meters.cohesion : 1;
    const hardship = view.meters.kind === 'union' ? view.meters.hardship : 0;
    const cracking = (ranks < ai.acceptCracking || hardship > ai.concession[view.difficulty].settleHardship) && (side === 'studio' || view.phase === 'strike');
    const finalBar = x.reserve + (nextU - x.reserve) * ai.finalSkepticism * (1 - x.tau);
    // An alliance that is cracking takes what meets its walk-away (which its cracks have lowered).
    // The season's end presses a committee to take anything at its floor when production is
    // stopped. The studios' bar falls from their walk-away (work going on under the old terms)
    // to their floor only as the strike's cost mounts: a token strike called just before the
    // last month, or none, gains a union nothing from the calendar.
    const floorBar = Math.round(view.points.floor * 10);
    const struck = Math.min(1, view.strikeDays / Math.max(1, ai.endgameStrikeDays));
    const walkBar = view.walkAway * 10;
    // A union that has never moved from its first offer after the openings gets no discount at
    // all: the studios hold their stance too, and the round runs out with no deal for either.
    const neverMoved = mem.received.length > ai.holdingOffers && mem.received[mem.received.length - 1]! <= mem.received[1]!;
    const endBar = side === 'studio' ? Math.max(Math.round(walkBar + (floorBar - walkBar) * struck), neverMoved ? x.reserve : -Infinity) : floorBar;
    const endgame = view.day >= view.hardCapDay - ai.endgameDays && best.u >= endBar;
    // A union whose strike is crumbling takes the offer on the table only if it is the best the
    // studios have made: a crumbled strike brings their best offer anyway.
    const take = endgame || (cracking && (side === 'union' ? best.u >= mem.bestReceived : best.u >= x.reserve));
    // A union committee signs nothing its members would vote down (they would send it back),
    // unless its strike is collapsing: then the studios' best offer comes either way.
    const collapsing = side === 'union' && view.phase === 'strike' && ranks < ai.acceptCracking;
    const votable = view.standingYes == null || collapsing || view.standingYes[best.index]! >= ai.union.signYes;
    // Its word holds both ways: terms at least as good to it as its own last offer are taken
    // (a union that put the studios' own package back on the table was met with "the offer on
    // the table stands" until the calendar ran out: their reserve had since risen above it).
    const ownWord = !!mine && best.u >= Math.min(...mine.packages.map((p) => score(own, p)));
    const acceptable = votable && (ownWord || take || (best.u >= x.reserve && ((fresh.final && best.u >= finalBar) || best.u >= nextU || (x.tau >= ai.acceptLate && best.u >= mem.bestReceived))));
    if (acceptable) return done({ type: 'accept', side, index: best.index, say: 'accept' });
    // A "final" offer said again, unchanged, is holding, not a new last word: it is answered as
    // any offer that has not moved (a strategy hunt's union marked one package final on every
    // offer and so never drew the studios' rebuff or their walk-out during a long strike).
    const theirOffers = view.offers.filter((o) => o.by === x.opp);
    const prior = theirOffers[theirOffers.length - 2];
    const sameFinal = !!prior?.final && prior.packages.length === fresh.packages.length && prior.packages.every((p, k) => samePkg(p, fresh.packages[k]!));
    if (fresh.final && !sameFinal) {
      mem.signals = 0;
      mem.lastReserve = x.reserve;
      return done({ type: 'propose', side, packages: offers, say: 'reject-final' });
    }
    // "The gap is too great" answers an offer far below its walk-away from a side that has not
    // moved; a concession, however small, is answered with a counter.
    const rec = mem.received;
    const moved = rec.length >= 2 && rec[rec.length - 1]! > rec[rec.length - 2]!;
    // (A package of its own it must withdraw is not left standing behind a rebuff.)
    if (!moved && !withdrawn.length && best.u < x.reserve - ai.rebuff.below && mem.signals < ai.rebuff.max && mem.ownOffers.length > 0) {
      mem.signals += 1;
      // Rebuffed again and again during a strike, the studios walk out (as on Oct 11, 2023).
      if (side === 'studio' && mem.signals >= ai.walkOutAfter && view.phase === 'strike' && can(view, 'suspend')) return done({ type: 'suspend', side, say: 'suspend' });
      return done({ type: 'reject', side, say: 'signal' });
    }
    gap = nextU - best.u;
  } else if (mine && view.standing?.by === side && offers.every((p, k) => mine.packages[k] && p.every((v, i) => v === mine.packages[k]![i]))) {
    // Nothing new from the other side and nothing new to give: the offer on the table stands.
    // (With nothing on the table, after a vote that failed, it puts its offer back instead: a
    // playtester saw "the offer on the table stands" over an empty table.)
    return done({ type: 'reject', side, say: 'hold' });
  }
  mem.signals = 0;
  mem.lastReserve = x.reserve;
  const goFinal = !withdrawn.length && x.tau >= ai.goFinal.tau && !view.public.finalBy.includes(side) && gap < ai.goFinal.gap;
  const prev = mem.ownOffers[mem.ownOffers.length - 1];
  // "We have moved" when it gave up a point of its own, or believes it gave the other side one
  // (a new package that trades better for them costs it little): a playtester heard "real
  // movement" with 0.3 points for him.
  const { est } = model;
  const theirBestOf = (ps: Package[]) => Math.max(...ps.map((p) => score(est, p)));
  const gaveThem = mine ? theirBestOf(offers) - theirBestOf(mine.packages) : 0;
  const moved = prev != null && (prev - nextU >= ai.movedMin || gaveThem >= ai.movedMin);
  const say: Mood = withdrawn.length ? (putBack ? 'reject-final' : 'withdraw') : goFinal ? 'final' : gap < ai.closeGap ? 'counter-close' : moved ? 'counter-moving' : 'counter-firm';
  return done({ type: 'propose', side, packages: offers, final: goFinal, say });
}
