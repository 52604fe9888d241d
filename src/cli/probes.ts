import { decide, type Action, type ActionType, type AiMemory, type Bot, type Package, type PlayerView } from '../sim';

/**
 * Strategies a clever student might try, written as bots over playerView only. The balance
 * table plays them against the computer beside sensible play: if one of them pays better, the
 * rules are wrong. Each probe does one thing relentlessly, and otherwise plays the smallest move
 * that keeps the round going (count the votes; strike once it may, for the union).
 */
const can = (v: PlayerView, type: ActionType): boolean => v.legal.some((l) => l.type === type);
const points = (v: PlayerView, p: Package): number => p.reduce((t, l, i) => t + v.issues[i]!.levels[l]!.points, 0);
const hold = (v: PlayerView): Action => ({ type: 'propose', side: v.side, packages: [v.opening.slice()] });

/** The package best for this side on every issue. */
const extreme = (v: PlayerView): Package => v.issues.map((iss) => iss.levels.reduce((b, l, k) => (l.points > iss.levels[b]!.points ? k : b), 0));

/** This side's own last offer, or its extreme package before it has made one. */
const lastOwn = (v: PlayerView): Package => [...v.offers].reverse().find((o) => o.by === v.side)?.packages[0]!.slice() ?? extreme(v);

/** One's own side is hurting: members' hardship, thinning pickets, a wavering alliance. */
const hurtingNow = (v: PlayerView): boolean => (v.meters.kind === 'union' ? v.meters.hardship >= 0.6 || v.public.solidarity < 0.85 : v.meters.cohesion < 0.85);

/**
 * One level toward the other side on the issue where that costs this side least: toward their
 * opening, or, given their latest offer, toward it and only where one still asks more than it
 * gives (a sensible committee never asks for less than is already offered to it).
 */
function cheapestStep(v: PlayerView, pkg: Package, theirs?: Package): Package {
  let at = -1;
  let to = 0;
  let loss = Infinity;
  for (let i = 0; i < v.issues.length; i++) {
    const t = theirs ? theirs[i]! : v.theirOpening[i]!;
    if (pkg[i] === t) continue;
    if (theirs && v.issues[i]!.levels[t]!.points >= v.issues[i]!.levels[pkg[i]!]!.points) continue;
    const l = pkg[i]! + (t > pkg[i]! ? 1 : -1);
    const lvls = v.issues[i]!.levels;
    const cost = lvls[pkg[i]!]!.points - lvls[l]!.points;
    if (cost < loss) (at = i), (to = l), (loss = cost);
  }
  const out = pkg.slice();
  if (at >= 0) out[at] = to;
  return out;
}

/**
 * Salami: demand everything, then give one level on the cheapest issue every `every` offers
 * (so the offer keeps "moving"), caucus when the ranks sag, and take only offers at least as good
 * as one's own. With `snatch`, once a strike's pickets are thinning it puts the extreme package
 * back on the table every turn, hoping a crumbling strike imposes it.
 */
function salami(every: number, snatch: boolean, settle = false): Bot {
  return (v) => {
    const c = chores(v, true);
    if (c) return c;
    if (snatch && v.side === 'studio' && v.phase === 'strike' && v.public.solidarity < 0.75) return { type: 'propose', side: v.side, packages: [extreme(v)] };
    const pkg = lastOwn(v);
    if (v.standing && v.standing.by !== v.side) {
      const best = v.standing.packages.map((p, index) => ({ u: points(v, p), index })).sort((a, b) => b.u - a.u)[0]!;
      if (best.u >= points(v, pkg) - 0.01) return { type: 'accept', side: v.side, index: best.index };
      // With `settle`, once one's own side is hurting (members' hardship, thinning pickets, a
      // wavering alliance), take an offer that meets the walk-away.
      const hurting = hurtingNow(v);
      if (settle && v.phase === 'strike' && hurting && best.u >= v.walkAway) return { type: 'accept', side: v.side, index: best.index };
    }
    const ranks = v.meters.kind === 'studio' ? v.meters.cohesion : v.public.solidarity;
    if (ranks < 0.6 && can(v, 'caucus') && !v.log.some((l) => l.side === v.side && l.ref === 'caucus' && v.day - l.day < 10)) return { type: 'caucus', side: v.side };
    const mine = v.offers.filter((o) => o.by === v.side).length;
    const next = mine && mine % every === 0 ? cheapestStep(v, pkg, theirLatest(v)) : pkg;
    const t = acceptNext(v, next);
    if (t) return t;
    return { type: 'propose', side: v.side, packages: [next] };
  };
}

/** The other side's latest offer, its package best for this side (none before they make one). */
const theirLatest = (v: PlayerView): Package | undefined =>
  [...v.offers]
    .reverse()
    .find((o) => o.by !== v.side)
    ?.packages.slice()
    .sort((a, b) => points(v, b) - points(v, a))[0];

/** Take the standing offer when it is at least as good as the package one is about to ask for. */
function acceptNext(v: PlayerView, next: Package): Action | null {
  if (!v.standing || v.standing.by === v.side) return null;
  const best = v.standing.packages.map((p, index) => ({ u: points(v, p), index })).sort((a, b) => b.u - a.u)[0]!;
  if (best.u < points(v, next) - 0.01) return null;
  return votable(v, best.index) ? { type: 'accept', side: v.side, index: best.index } : { type: 'propose', side: v.side, packages: [lastOwn(v)] };
}

/** A union committee reads its members' poll: it signs nothing they would vote down, and gives no more toward it. */
const votable = (v: PlayerView, index: number): boolean => v.standingYes == null || v.standingYes[index]! >= 0.5;

/** The minimum a committee must do: count votes; for the union, authorize and strike when it may. */
function chores(v: PlayerView, strike: boolean): Action | null {
  if (v.phase === 'ratification') return { type: 'countVotes', side: v.side };
  if (strike && v.side === 'union') {
    if (can(v, 'authorize') && v.day >= v.expiryDay - 14) return { type: 'authorize', side: 'union' };
    if (can(v, 'strike') && v.phase === 'holdout') return { type: 'strike', side: 'union' };
  }
  return null;
}

/** Spam one table action whenever it is allowed; otherwise repeat the opening. */
function spam(type: ActionType, extra: Partial<Action> = {}): Bot {
  return (v) => chores(v, true) ?? (can(v, type) ? ({ type, side: v.side, ...extra } as Action) : hold(v));
}

/**
 * The package a committee reaches by giving its cheapest levels first until it has conceded
 * `share` of the room between its own extreme and the other side's opening (in its own points).
 */
function fixedPackage(v: PlayerView, share: number): Package {
  const top = extreme(v);
  const goal = points(v, top) - share * (points(v, top) - points(v, v.theirOpening));
  let pkg = top;
  for (let k = 0; k < 200 && points(v, pkg) > goal; k++) {
    const next = cheapestStep(v, pkg);
    if (next.every((l, i) => l === pkg[i])) break;
    pkg = next;
  }
  return pkg;
}

/**
 * Hold one fair-looking package forever: concede `share` of the room at once, then never move
 * and never strike; take any offer at least as good (found by a strategy hunt: studios holding
 * one package the members narrowly rejected were neither struck nor signed with, and the round
 * ran out with no deal; a union holding the Nash package was accepted in the last month).
 */
function holdFixed(share: number): Bot {
  return (v) => {
    if (v.phase === 'ratification') return { type: 'countVotes', side: v.side };
    if (v.side === 'union' && can(v, 'authorize') && v.day >= v.expiryDay - 14) return { type: 'authorize', side: 'union' };
    const pkg = fixedPackage(v, share);
    if (v.standing && v.standing.by !== v.side) {
      const best = v.standing.packages.map((p, index) => ({ u: points(v, p), index })).sort((a, b) => b.u - a.u)[0]!;
      if (best.u >= points(v, pkg) - 0.01) return { type: 'accept', side: v.side, index: best.index };
    }
    return { type: 'propose', side: v.side, packages: [pkg] };
  };
}

/**
 * The union's town-hall holdout: no strike while working under the old terms, a town hall
 * whenever one may be held (to talk the members' hopes down), a token strike just before the
 * last month, then a step down on the cheapest issue at every offer, taking anything at least
 * as good as its own (found by a strategy hunt: 60 town halls, an 8-day strike and a deal at
 * the studios' floor beat sensible play by 9 points).
 */
const townHallHoldout: Bot = (v) => {
  if (v.phase === 'ratification') return { type: 'countVotes', side: v.side };
  if (v.side !== 'union') return hold(v);
  if (can(v, 'authorize') && v.day >= v.expiryDay - 14) return { type: 'authorize', side: 'union' };
  const late = v.day >= v.hardCapDay - v.aiParams.endgameDays - 8;
  if (late && v.phase === 'holdout' && can(v, 'strike')) return { type: 'strike', side: 'union' };
  const pkg = lastOwn(v);
  if (v.standing && v.standing.by !== v.side) {
    const best = v.standing.packages.map((p, index) => ({ u: points(v, p), index })).sort((a, b) => b.u - a.u)[0]!;
    if (best.u >= points(v, pkg) - 0.01) return { type: 'accept', side: v.side, index: best.index };
  }
  if (!late && v.phase === 'holdout' && can(v, 'caucus')) return { type: 'caucus', side: v.side };
  // Once on strike, halve the distance to the studios' latest offer on every issue at each offer.
  const theirs = [...v.offers].reverse().find((o) => o.by !== v.side)?.packages[0];
  const halfway = theirs ? pkg.map((l, i) => Math.round((l + theirs[i]!) / 2)) : pkg;
  return { type: 'propose', side: v.side, packages: [late && v.phase === 'strike' ? halfway : pkg] };
};

export const PROBES: Record<string, Bot> = {
  /** Take the first offer the other side makes. */
  'accept-at-once': (v) => chores(v, false) ?? (v.standing && v.standing.by !== v.side ? { type: 'accept', side: v.side, index: 0 } : hold(v)),
  /** Never move: repeat the opening forever (and, for the union, strike as soon as it may and stay out). */
  'never-move': (v) => chores(v, true) ?? hold(v),
  /** Answer every offer with "the gap is too great" and no counter. */
  'reject-spam': (v) => chores(v, true) ?? (can(v, 'reject') ? { type: 'reject', side: v.side } : hold(v)),
  'caucus-spam': spam('caucus'),
  'firm-statement-spam': spam('statement', { tone: 'firm' } as Partial<Action>),
  'conciliatory-statement-spam': spam('statement', { tone: 'conciliatory' } as Partial<Action>),
  'suspend-spam': spam('suspend'),
  'blackout-spam': spam('blackout'),
  /**
   * Salami every sixth offer, then (studios) the extreme package again once the strike's pickets
   * thin, hoping the crumbling strike imposes it (found by a strategy hunt: it scored 71–89 when
   * a crumbled strike imposed the studios' latest offer).
   */
  'crumble-snatch': salami(6, true),
  /**
   * The salami at a third of the logroller's pace: a level every third offer, never less than its
   * own demand. It sat with sensible play until the balance table measured how far it moves:
   * against the hard computer it gives 3–7% of the room between the openings (every sensible
   * strategy 16% or more), and it ends like never moving: 2023 strikes crumble or alliances break
   * at every difficulty, scoring within 2 points of never-move and crumble-snatch. A hold dressed
   * as movement, so it is a probe: it must never pay.
   */
  'slow-logroller': salami(3, false),
  'hold-fair': holdFixed(0.5),
  'hold-firm': holdFixed(0.35),
  /**
   * One package a fifth of the way toward the other side, called "last, best and final" on every
   * offer and never changed; the union strikes; take an offer at least as good, or the walk-away
   * once one's own side is hurting or time is up (found by a strategy hunt against the easy 2023
   * studios: 65.5 against the striker's 65.2, because a final said again was always answered as
   * a new final, never with the rebuff and walk-out that meet a side that does not move).
   */
  'final-hold': (v) => {
    const c = chores(v, true);
    if (c) return c;
    const pkg = fixedPackage(v, 0.2);
    if (v.standing && v.standing.by !== v.side) {
      const best = v.standing.packages.map((p, index) => ({ u: points(v, p), index })).sort((a, b) => b.u - a.u)[0]!;
      if (best.u >= points(v, pkg) - 0.01) return { type: 'accept', side: v.side, index: best.index };
      const hurting = hurtingNow(v);
      if (((v.phase === 'strike' && hurting) || v.pressure >= 0.97) && best.u >= v.walkAway) return { type: 'accept', side: v.side, index: best.index };
    }
    return { type: 'propose', side: v.side, packages: [pkg], final: true };
  },
  'town-hall-holdout': townHallHoldout,
  /** Call the mediator, then put the package it names on the table as last, best and final. */
  'mediator-final': (v) => {
    const c = chores(v, true);
    if (c) return c;
    const hint = v.public.mediator;
    if (hint?.possible && hint.package && v.day - hint.day <= 14) {
      const mine = v.offers.filter((o) => o.by === v.side).pop();
      const already = mine?.final && mine.packages[0]!.every((l, i) => l === hint.package![i]);
      if (v.standing && v.standing.by !== v.side && points(v, v.standing.packages[0]!) >= points(v, hint.package)) return { type: 'accept', side: v.side, index: 0 };
      if (!already) return { type: 'propose', side: v.side, packages: [hint.package.slice()], final: true };
    }
    if (can(v, 'mediator')) return { type: 'mediator', side: v.side };
    return hold(v);
  },
};

/**
 * Hard but sensible bargainers found by a strategy hunt: open at the extreme, then concede one
 * level at a time on the issue that costs the least (logrolling on one's own priorities), keep
 * one's ranks together and take any offer at least as good as one's own. They are sensible play,
 * not probes: a student who learns to give first what costs least has learned something true.
 */
export const LOGROLLERS: Record<string, Bot> = {
  logroller: salami(1, false),
  /** The logroller that holds a strike until its own side is hurting, then settles (the union's 2023 play, found by a second hunt). */
  striker: salami(1, false, true),
  /**
   * The striker at half its pace: a level every second offer (a later hunt found the studios
   * doing this against the hard 2023 union, 41.6 points against the best of the others' 40.3;
   * giving way more slowly is a pace, not a trick).
   */
  'patient-striker': salami(2, false, true),
  /**
   * Opens a fifth of the way from its own best package toward the other side's opening, then
   * gives a level every second offer on the issue that costs it least; the union strikes, and
   * either side settles at its walk-away once its own side is hurting or time is up (a hunt
   * found this moderate opening beat every other sensible play against the easy 2026 union,
   * 75.5 against 73.9: opening nearer a deal and logrolling from there is sound play).
   */
  'moderate-logroller': moderate(0.2, 2),
};

/** The moderate logroller: a fifth of the way in, then a level every `every` offers. */
function moderate(share: number, every: number): Bot {
  return (v) => {
    const c = chores(v, true);
    if (c) return c;
    // Its first own offer is the public opening; its first move is the moderate package.
    const made = v.offers.filter((o) => o.by === v.side).length - 1;
    const pkg = made > 0 ? lastOwn(v) : fixedPackage(v, share);
    if (v.standing && v.standing.by !== v.side) {
      const best = v.standing.packages.map((p, index) => ({ u: points(v, p), index })).sort((a, b) => b.u - a.u)[0]!;
      if (best.u >= points(v, pkg) - 0.01) return { type: 'accept', side: v.side, index: best.index };
      const hurting = hurtingNow(v);
      if (((v.phase === 'strike' && hurting) || v.pressure >= 0.97) && best.u >= v.walkAway) return { type: 'accept', side: v.side, index: best.index };
    }
    const next = made > 0 && made % every === 0 ? cheapestStep(v, pkg, theirLatest(v)) : pkg;
    const t = acceptNext(v, next);
    if (t) return t;
    return { type: 'propose', side: v.side, packages: [next] };
  };
}

/**
 * Sensible play of another kind: negotiate the way the computer across the table does, at the
 * difficulty the player chose (its concession curve, reciprocity, stance and logrolling with a
 * model of the other side learned from the offers), seeing only this side's playerView. A
 * student who gives way with time and costs, answers concessions and trades what costs little
 * for what the other side wants plays like this. A fresh one for every round: it keeps a memory.
 */
export function mirror(): Bot {
  let memory: AiMemory | null = null;
  return (v) => {
    const d = decide(v, memory);
    memory = d.memory;
    return d.action;
  };
}
