import { directions, estimateTable, estimatedWeights, modelFromOffers } from '../ai/opponentModel';
import { floorShiftOf, reservation, toleranceScaleOf } from '../rules/derived';
import { paramsOf } from '../rules/params';
import { getScenario } from '../scenarios';
import type { Scenario, Source } from '../scenarios/types';
import { spaceOf, utilityOf, type Space } from '../space';
import type { DailyRecord, Difficulty, GameState, HiddenDraw, IssueId, Outcome, Package, Phase, Side, VoteResult } from '../types';
import { other, SIDES } from '../types';
import { concessionStyle, type ConcessionFit } from './concession';
import type { Frontier } from './frontier';
import { kalaiSmorodinsky, maxWelfare, nashPoint, type Point } from './solutions';
import { staticAnalysis } from './static';

/**
 * The debrief of a round (DESIGN §7, research/models.md §6.5): everything the debrief screen,
 * the printable report and the teacher page show, computed from a game state alone.
 *
 * Units: utilities are in POINTS (deci-points / 10; each side's best package = 100 points);
 * distances between outcomes are Euclidean on the (union, studio) plane, in points, rounded to
 * 0.1 point; shares are basis points (bp, 10000 = 100%) unless a field says otherwise; money is
 * in the unit its field name says (…Dollars, …K for k$).
 *
 * Cost: O(F·days) at most (F ≈ 300 frontier points), plus a few meet-in-the-middle counts over
 * the outcome space (O(√N·log N) each); the 1.28M-outcome space is never enumerated here.
 * Deterministic: only + − × ÷, Math.sqrt (exactly rounded) and the detmath helpers.
 */

// ---------------------------------------------------------------------------------------------
// Types

/** A level of one issue, in words. */
export interface Term {
  issue: IssueId;
  /** The issue's name, e.g. "Minimum increase, year 1". */
  name: string;
  level: number;
  /** Short label, e.g. "7%". */
  short: string;
  /** The level in words. */
  label: string;
}

/** A point on the (union, studio) utility plane, in points. */
export interface PlanePoint {
  union: number;
  studio: number;
}

export interface FrontierPointView extends PlanePoint {
  /** A representative package with these utilities (one level index per issue). */
  package: Package;
}

/** How a point's gains over a disagreement point split between the sides. */
export interface SurplusSplit {
  /** Gain of each side over its disagreement value, points (negative if below it). */
  union: number;
  studio: number;
  /** Sum of both gains, points. */
  total: number;
  /**
   * Each side's share of the total gain, bp; null if the total is not positive. Can fall
   * outside 0..10000 when one side is below its disagreement value.
   */
  unionShareBp: number | null;
  studioShareBp: number | null;
}

/** A bargaining solution (Nash, Kalai–Smorodinsky or max welfare) under one disagreement point. */
export interface Benchmark extends PlanePoint {
  package: Package;
  terms: Term[];
  /** union + studio, points. */
  welfare: number;
  /** The solution's gains over the disagreement point. */
  surplus: SurplusSplit;
  /** Distance from the deal to this point, points (null without a deal). */
  dealDistance: number | null;
}

/** The benchmarks measured from one disagreement point. */
export interface BenchmarkSet {
  basis: 'day0' | 'dealDay';
  /** The day whose walk-away values are the disagreement point. */
  day: number;
  /** Both walk-away values (the daily BATNAs) that day, points. */
  disagreement: PlanePoint;
  /** Is there a package both prefer to disagreement? */
  zoneOpen: boolean;
  /** Frontier points in the zone of agreement. */
  zoneFrontierPoints: number;
  /** Outcomes (of the whole space) in the zone of agreement, and their share of it (bp). */
  zoneOutcomes: number;
  zoneOutcomesShareBp: number;
  /** null when there is no zone of agreement. */
  nash: Benchmark | null;
  kalaiSmorodinsky: Benchmark | null;
  /** The max-welfare point does not depend on the disagreement point; its surplus does. */
  maxWelfare: Benchmark;
  /** How the deal's gains over this disagreement point split (null without a deal). */
  deal: SurplusSplit | null;
}

export interface DealView extends PlanePoint {
  package: Package;
  terms: Term[];
  welfare: number;
  /** Day the sides agreed (the tentative agreement for a ratified deal; the end for a forced one). */
  day: number;
  /** Which side's standing terms were imposed, for forced endings (else null). */
  imposed: Side | null;
}

export interface Efficiency {
  onFrontier: boolean;
  /** Euclidean distance to the nearest frontier point, points (0 iff on the frontier). */
  distance: number;
  /** The frontier point nearest the deal among those better for both (null if on the frontier). */
  nearestDominating: (FrontierPointView & { terms: Term[]; gain: PlanePoint }) | null;
  /** Frontier points that dominate the deal. */
  dominatingFrontierPoints: number;
  /** Outcomes of the whole space that dominate the deal (better for one, no worse for the other). */
  dominatingOutcomes: number;
  /** Joint utility of the deal and of the best package, points. */
  dealWelfare: number;
  maxWelfare: number;
  /** Max welfare − deal welfare, points (≥ 0). */
  valueLeft: number;
}

export interface ZopaDay {
  day: number;
  phase: Phase;
  /** Walk-away values that day, points. */
  batnaUnion: number;
  batnaStudio: number;
  open: boolean;
  /** Frontier points with union ≥ batnaUnion and studio ≥ batnaStudio. */
  frontierPoints: number;
  /** frontierPoints / frontier size, bp. */
  frontierShareBp: number;
}

export interface Zopa {
  series: ZopaDay[];
  /** The first recorded day the zone was open (null if never). */
  firstOpenDay: number | null;
  /** Was the deal inside the zone of the deal day (null without a deal)? */
  dealInZone: boolean | null;
}

export interface OfferTracePoint extends PlanePoint {
  day: number;
  by: Side;
  final: boolean;
  /** Packages in the offer (MESO sets have 2–3; the points are those of the first). */
  packages: number;
}

export interface SideConcession {
  role: 'human' | 'computer';
  /** Fitted style (u and rmse in points), from the side's own offers. */
  fit: ConcessionFit;
  /** For the computer: the concession exponent its difficulty sets (the nominal e); null for a human. */
  nominalE: number | null;
}

export interface IssueBelief {
  issue: IssueId;
  name: string;
  /** The other side's estimate of this issue's weight, percent (0..100, two decimals). */
  estimatedPct: number;
  /** The true weight, percent. */
  truePct: number;
  /** Ranks (1 = most important); tied issues share the average rank. */
  estimatedRank: number;
  trueRank: number;
}

/** "What the other side thought you cared about." */
export interface OpponentModelView {
  /** The human side being modelled. */
  side: Side;
  /** The side that kept the model. */
  modelledBy: Side;
  issues: IssueBelief[];
  /** Spearman rank correlation of estimated vs true weights, −1..1 (null if a ranking is flat). */
  spearman: number | null;
  estimatedTop: IssueId;
  trueTop: IssueId;
  /** Does the estimated top issue carry the largest true weight (ties count)? */
  topMatches: boolean;
  /**
   * Pearson correlation, over every outcome of the space, between the model's estimated
   * utility (weights and level values) and the side's true utility; null if either is flat.
   */
  utilityCorrelation: number | null;
  /** Packages the model learnt from. */
  offersSeen: number;
}

/** Daily meters as parallel arrays (one entry per daily record), ready for charts. */
export interface MeterTimelines {
  day: number[];
  phase: Phase[];
  /** Union members' support for the committee, bp. */
  support: number[];
  /** Picket-line solidarity (Granovetter participation), bp. */
  solidarity: number[];
  /** Members' average savings, dollars per member (negative = debt). */
  savings: number[];
  /** Members' average hardship, bp. */
  hardship: number[];
  /** Public opinion for the union / for the studios, bp. */
  publicUnion: number[];
  publicStudio: number[];
  /** Studios' cumulative strike losses, k$. */
  studioLosses: number[];
  /** Studios' loss that day, k$ per day. */
  dailyLoss: number[];
  /** Content pipeline left, bp. */
  pipeline: number[];
  /** Share-price index, 10000 = 100.00. */
  sharePrice: number[];
  /** Alliance cohesion, bp. */
  cohesion: number[];
  /** Members' average expectation μ, deci-points of their own utility scale. */
  expectation: number[];
}

export interface JointCost {
  /** Members' lost earnings, dollars. */
  membersDollars: number;
  /** Studios' strike losses, dollars. */
  studiosDollars: number;
  totalDollars: number;
  strikeDays: number;
  /** totalDollars / strikeDays (null without a strike). */
  perStrikeDayDollars: number | null;
  /** The same costs on each side's own scoring schedule, points (as in the round's scores). */
  unionPoints: number;
  studioPoints: number;
}

export interface VoteView {
  kind: VoteResult['kind'];
  day: number;
  yesBp: number;
  turnoutBp: number;
  passed: boolean;
  bySegment: { id: string; name: string; shareBp: number; yesBp: number; turnoutBp: number }[] | null;
}

export interface Votes {
  /** Every vote, in order. */
  all: VoteView[];
  /** The latest of each kind (null if none was held). */
  authorization: VoteView | null;
  board: VoteView | null;
  ratification: VoteView | null;
}

export interface HistoryComparison {
  historical: PlanePoint & {
    package: Package;
    terms: Term[];
    strikeDays: number;
    ratification: { yesBp: number; turnoutBp: number };
    boardBp: number | null;
    lines: { text: string; source: Source }[];
  };
  player: {
    outcome: Outcome | null;
    package: Package | null;
    terms: Term[] | null;
    union: number | null;
    studio: number | null;
    strikeDays: number;
    ratification: { yesBp: number; turnoutBp: number } | null;
    boardBp: number | null;
  };
  /** Issue by issue: the historical level next to the player's (levelDiff = player − history). */
  issues: { issue: IssueId; name: string; historical: string; player: string | null; levelDiff: number | null }[];
}

export interface WalkAwayView extends PlanePoint {
  /** The hidden walk-away package (scenario data). */
  package: Package;
  terms: Term[];
  /** Its value on the side's own schedule, points, before and after the seed's shift and the difficulty's (a computer's studios only). */
  ownBasePoints: number;
  floorShiftPoints: number;
  difficultyShiftPoints: number;
  ownPoints: number;
}

export interface HiddenReveal {
  walkAway: Record<Side, WalkAwayView>;
  /** The seed's hidden draws (bp scales; floorShift in deci-points). */
  draws: HiddenDraw;
  /** The studios' loss tolerance this round (bp of the scenario's): the seed's draw, scaled by the difficulty when the computer plays them. */
  toleranceInPlay: number;
}

export interface Debrief {
  scenario: string;
  seed: string;
  human: Side | 'both';
  difficulty: Difficulty;
  finished: boolean;
  outcome: Outcome | null;
  day: number;
  strikeDays: number;
  /** The Pareto frontier, union descending (studio ascending), points. */
  frontier: FrontierPointView[];
  deal: DealView | null;
  /** Bargaining benchmarks from the day-0 and the deal-day disagreement points. */
  benchmarks: { day0: BenchmarkSet; dealDay: BenchmarkSet };
  /** null without a deal. */
  efficiency: Efficiency | null;
  zopa: Zopa;
  offers: OfferTracePoint[];
  concession: Record<Side, SideConcession>;
  /** One entry per human side. */
  opponentModel: OpponentModelView[];
  meters: MeterTimelines;
  jointCost: JointCost;
  votes: Votes;
  history: HistoryComparison;
  hidden: HiddenReveal;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** Deci-points → points. */
const pts = (deci: number): number => deci / 10;
/** A distance in deci-points → points, rounded to 0.1 point. */
const ptsDist = (deci: number): number => Math.round(deci) / 10;
const dist = (a1: number, b1: number, a2: number, b2: number): number => Math.sqrt((a1 - a2) * (a1 - a2) + (b1 - b2) * (b1 - b2));

/** A package in words, issue by issue. */
export function termsOf(sc: Scenario, pkg: Package): Term[] {
  return sc.issues.map((iss, i) => {
    const level = pkg[i]!;
    const def = iss.levels[level]!;
    return { issue: iss.id, name: iss.name, level, short: def.short, label: def.label };
  });
}

function split(gu: number, gs: number): SurplusSplit {
  const total = gu + gs;
  return {
    union: pts(gu),
    studio: pts(gs),
    total: pts(total),
    unionShareBp: total > 0 ? Math.round((gu * 10000) / total) : null,
    studioShareBp: total > 0 ? Math.round((gs * 10000) / total) : null,
  };
}

/** Frontier points with a ≥ da and b ≥ db (a strictly descending, b strictly ascending). */
export function zoneCount(f: Frontier, da: number, db: number): number {
  const n = f.a.length;
  // i1 = number of points with a ≥ da (a prefix)
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f.a[mid]! >= da) lo = mid + 1;
    else hi = mid;
  }
  const i1 = lo;
  // i2 = first index with b ≥ db (a suffix starts there)
  lo = 0;
  hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f.b[mid]! >= db) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, i1 - lo);
}

/**
 * Spearman rank correlation (Pearson correlation of average ranks, so ties are handled);
 * null if either list is constant or shorter than 2.
 */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  if (x.length !== y.length || x.length < 2) return null;
  return pearson(averageRanks(x), averageRanks(y));
}

/** Ranks with 1 = the largest value; tied values share their average rank. */
export function averageRanks(v: readonly number[]): number[] {
  const idx = v.map((_, i) => i).sort((p, q) => v[q]! - v[p]! || p - q);
  const ranks = new Array<number>(v.length).fill(0);
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && v[idx[j + 1]!] === v[idx[i]!]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[idx[k]!] = r;
    i = j + 1;
  }
  return ranks;
}

function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return clampUnit(sxy / Math.sqrt(sxx * syy));
}

const clampUnit = (r: number): number => (r > 1 ? 1 : r < -1 ? -1 : r);

/**
 * Pearson correlation between two linear-additive utilities over every outcome of the space
 * (all packages equally likely), computed exactly from per-issue moments: issues are
 * independent, so variances and covariances add up issue by issue. null if either is constant.
 */
export function additiveCorrelation(tabX: number[][], tabY: number[][]): number | null {
  let cov = 0;
  let vx = 0;
  let vy = 0;
  for (let i = 0; i < tabX.length; i++) {
    const rx = tabX[i]!;
    const ry = tabY[i]!;
    const k = rx.length;
    let mx = 0;
    let my = 0;
    for (let l = 0; l < k; l++) {
      mx += rx[l]!;
      my += ry[l]!;
    }
    mx /= k;
    my /= k;
    for (let l = 0; l < k; l++) {
      const dx = rx[l]! - mx;
      const dy = ry[l]! - my;
      cov += (dx * dy) / k;
      vx += (dx * dx) / k;
      vy += (dy * dy) / k;
    }
  }
  if (vx === 0 || vy === 0) return null;
  return clampUnit(cov / Math.sqrt(vx * vy));
}

// ---------------------------------------------------------------------------------------------
// Counting outcomes without enumerating them (meet in the middle)

interface HalfSpace {
  /** Group 1: utility pairs of every partial package over its issues, sorted by a ascending. */
  a1: Float64Array;
  b1: Float64Array;
  /** Group 2, sorted by a descending. */
  a2: Float64Array;
  b2: Float64Array;
  /** Distinct b values of group 2, ascending (for the Fenwick tree). */
  bVals: Float64Array;
  /** Index of each group-2 entry's b in bVals. */
  bIdx: Int32Array;
  size: number;
}

const halfCache = new WeakMap<number[][], WeakMap<number[][], HalfSpace>>();

function enumerateGroup(tabA: number[][], tabB: number[][], issues: number[]): { a: Float64Array; b: Float64Array } {
  let size = 1;
  for (const i of issues) size *= tabA[i]!.length;
  const a = new Float64Array(size);
  const b = new Float64Array(size);
  let n = 1; // filled so far
  for (const i of issues) {
    const ra = tabA[i]!;
    const rb = tabB[i]!;
    const k = ra.length;
    // expand in place from the back: entry j of the old list becomes entries j·k .. j·k + k − 1
    for (let j = n - 1; j >= 0; j--) {
      const sa = a[j]!;
      const sb = b[j]!;
      for (let l = k - 1; l >= 0; l--) {
        a[j * k + l] = sa + ra[l]!;
        b[j * k + l] = sb + rb[l]!;
      }
    }
    n *= k;
  }
  return { a, b };
}

function halfSpace(tabA: number[][], tabB: number[][]): HalfSpace {
  let inner = halfCache.get(tabA);
  const hit = inner?.get(tabB);
  if (hit) return hit;
  // Split the issues into two groups of balanced size (largest first, into the smaller group).
  const order = tabA.map((r, i) => ({ k: r.length, i })).sort((x, y) => y.k - x.k || x.i - y.i);
  const g1: number[] = [];
  const g2: number[] = [];
  let p1 = 1;
  let p2 = 1;
  for (const { k, i } of order) {
    if (p1 <= p2) {
      g1.push(i);
      p1 *= k;
    } else {
      g2.push(i);
      p2 *= k;
    }
  }
  const one = enumerateGroup(tabA, tabB, g1);
  const two = enumerateGroup(tabA, tabB, g2);
  const perm1 = Array.from({ length: one.a.length }, (_, j) => j).sort((x, y) => one.a[x]! - one.a[y]! || x - y);
  const perm2 = Array.from({ length: two.a.length }, (_, j) => j).sort((x, y) => two.a[y]! - two.a[x]! || x - y);
  const a1 = Float64Array.from(perm1, (j) => one.a[j]!);
  const b1 = Float64Array.from(perm1, (j) => one.b[j]!);
  const a2 = Float64Array.from(perm2, (j) => two.a[j]!);
  const b2 = Float64Array.from(perm2, (j) => two.b[j]!);
  const bVals = Float64Array.from(new Set(b2)).sort();
  const bIdx = Int32Array.from(b2, (v) => lowerBound(bVals, v));
  const hs: HalfSpace = { a1, b1, a2, b2, bVals, bIdx, size: p1 * p2 };
  if (!inner) {
    inner = new WeakMap();
    halfCache.set(tabA, inner);
  }
  inner.set(tabB, hs);
  return hs;
}

/** First index with arr[i] ≥ v (arr ascending). */
function lowerBound(arr: Float64Array, v: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many packages of the space have utility ≥ a for A and ≥ b for B. Exact, without
 * enumerating the space: the issues are split in two groups, each enumerated (≈ √N entries),
 * and the pairs are counted by a sweep over A with a Fenwick tree over B: O(√N·log N).
 */
export function outcomesAtLeast(tabA: number[][], tabB: number[][], a: number, b: number): number {
  const hs = halfSpace(tabA, tabB);
  const n1 = hs.a1.length;
  const m = hs.bVals.length;
  // Group-1 entry j needs a2 ≥ a − a1[j] and b2 ≥ b − b1[j]. Group 1 is sorted by a ascending,
  // so the need on A falls as j rises: insert group-2 entries (a descending) as they qualify.
  const tree = new Int32Array(m + 1);
  let inserted = 0;
  let ptr = 0;
  let total = 0;
  for (let j = 0; j < n1; j++) {
    const needA = a - hs.a1[j]!; // ascending a1 ⇒ descending need
    while (ptr < hs.a2.length && hs.a2[ptr]! >= needA) {
      for (let x = hs.bIdx[ptr]! + 1; x <= m; x += x & -x) tree[x]! += 1;
      inserted++;
      ptr++;
    }
    if (inserted === 0) continue;
    // count inserted entries with b2 ≥ needB = inserted − (entries with b2 < needB)
    const below = lowerBound(hs.bVals, b - hs.b1[j]!);
    let s = 0;
    for (let x = below; x > 0; x -= x & -x) s += tree[x]!;
    total += inserted - s;
  }
  return total;
}

/**
 * Packages that dominate (a, b): no worse for either side and better for one. Utilities are
 * integers, so by inclusion–exclusion: #(≥a+1, ≥b) + #(≥a, ≥b+1) − #(≥a+1, ≥b+1).
 */
export function outcomesDominating(tabA: number[][], tabB: number[][], a: number, b: number): number {
  return outcomesAtLeast(tabA, tabB, a + 1, b) + outcomesAtLeast(tabA, tabB, a, b + 1) - outcomesAtLeast(tabA, tabB, a + 1, b + 1);
}

// ---------------------------------------------------------------------------------------------
// The debrief

function dailyOn(s: GameState, day: number): DailyRecord | null {
  let best: DailyRecord | null = null;
  for (const r of s.daily) if (r.day <= day) best = r;
  return best;
}

function batnas(s: GameState, sc: Scenario, sp: Space, rec: DailyRecord | null): { day: number; union: number; studio: number } {
  if (rec) return { day: rec.day, union: rec.batnaUnion, studio: rec.batnaStudio };
  return { day: s.day, union: reservation(s, sc, sp, 'union'), studio: reservation(s, sc, sp, 'studio') };
}

function benchmark(sc: Scenario, f: Frontier, p: Point, da: number, db: number, deal: { a: number; b: number } | null): Benchmark {
  return {
    union: pts(p.a),
    studio: pts(p.b),
    package: f.packages[p.index]!.slice(),
    terms: termsOf(sc, f.packages[p.index]!),
    welfare: pts(p.a + p.b),
    surplus: split(p.a - da, p.b - db),
    dealDistance: deal ? ptsDist(dist(deal.a, deal.b, p.a, p.b)) : null,
  };
}

function benchmarkSet(
  basis: BenchmarkSet['basis'],
  sc: Scenario,
  sp: Space,
  f: Frontier,
  d: { day: number; union: number; studio: number },
  deal: { a: number; b: number } | null,
): BenchmarkSet {
  const nash = nashPoint(f, d.union, d.studio);
  const ks = kalaiSmorodinsky(f, d.union, d.studio);
  const mw = maxWelfare(f);
  const zoneFrontierPoints = zoneCount(f, d.union, d.studio);
  const zoneOutcomes = outcomesAtLeast(sp.tables.union, sp.tables.studio, d.union, d.studio);
  return {
    basis,
    day: d.day,
    disagreement: { union: pts(d.union), studio: pts(d.studio) },
    zoneOpen: zoneFrontierPoints > 0,
    zoneFrontierPoints,
    zoneOutcomes,
    zoneOutcomesShareBp: Math.round((zoneOutcomes * 10000) / sp.size),
    nash: nash ? benchmark(sc, f, nash, d.union, d.studio, deal) : null,
    kalaiSmorodinsky: ks ? benchmark(sc, f, ks, d.union, d.studio, deal) : null,
    maxWelfare: benchmark(sc, f, mw, d.union, d.studio, deal),
    deal: deal ? split(deal.a - d.union, deal.b - d.studio) : null,
  };
}

function efficiency(sc: Scenario, sp: Space, f: Frontier, a: number, b: number): Efficiency {
  let nearest = -1;
  let nearestD2 = Infinity;
  let dominating = 0;
  let minD2 = Infinity;
  for (let i = 0; i < f.a.length; i++) {
    const fa = f.a[i]!;
    const fb = f.b[i]!;
    const d2 = (fa - a) * (fa - a) + (fb - b) * (fb - b);
    if (d2 < minD2) minD2 = d2;
    if (fa >= a && fb >= b && (fa > a || fb > b)) {
      dominating++;
      if (d2 < nearestD2) {
        nearestD2 = d2;
        nearest = i;
      }
    }
  }
  const onFrontier = dominating === 0;
  const mw = maxWelfare(f);
  return {
    onFrontier,
    distance: onFrontier ? 0 : ptsDist(Math.sqrt(minD2)),
    nearestDominating:
      nearest < 0
        ? null
        : {
            union: pts(f.a[nearest]!),
            studio: pts(f.b[nearest]!),
            package: f.packages[nearest]!.slice(),
            terms: termsOf(sc, f.packages[nearest]!),
            gain: { union: pts(f.a[nearest]! - a), studio: pts(f.b[nearest]! - b) },
          },
    dominatingFrontierPoints: dominating,
    dominatingOutcomes: onFrontier ? 0 : outcomesDominating(sp.tables.union, sp.tables.studio, a, b),
    dealWelfare: pts(a + b),
    maxWelfare: pts(mw.a + mw.b),
    valueLeft: pts(mw.a + mw.b - a - b),
  };
}

function opponentModel(s: GameState, sc: Scenario, sp: Space, side: Side): OpponentModelView {
  const by = other(side);
  // What a committee watching `side`'s offers would believe: the computer's own model when it
  // played, and the same model rebuilt from the record in a two-player round.
  const model = paramsOf(s.config).ai.model;
  const mem = s.ai[by] ?? modelFromOffers(sp.radix, s.offers, side, model);
  const weights = estimatedWeights(mem, sc.openings[side], sc.openings[by], model);
  const est = sc.issues.map((_, i) => weights[i]! / 100);
  const truth = sc.issues.map((iss) => sc.weights[side][iss.id]);
  const er = averageRanks(est);
  const tr = averageRanks(truth);
  const argmax = (v: number[]): number => v.reduce((best, x, i) => (x > v[best]! ? i : best), 0);
  const eTop = argmax(est);
  const tTop = argmax(truth);
  const estTable = estimateTable(mem, weights, directions(sc.openings[side], sc.openings[by]), sp.radix, model, sc.openings[side]);
  return {
    side,
    modelledBy: by,
    issues: sc.issues.map((iss, i) => ({ issue: iss.id, name: iss.name, estimatedPct: est[i]!, truePct: truth[i]!, estimatedRank: er[i]!, trueRank: tr[i]! })),
    spearman: spearman(est, truth),
    estimatedTop: sc.issues[eTop]!.id,
    trueTop: sc.issues[tTop]!.id,
    topMatches: truth[eTop] === truth[tTop],
    utilityCorrelation: additiveCorrelation(estTable, sp.tables[side]),
    offersSeen: mem.counts[0] ? mem.counts[0].reduce((x, c) => x + c, 0) - mem.counts[0].length : 0,
  };
}

function meters(s: GameState): MeterTimelines {
  const d = s.daily;
  return {
    day: d.map((r) => r.day),
    phase: d.map((r) => r.phase),
    support: d.map((r) => r.support),
    solidarity: d.map((r) => r.solidarity),
    savings: d.map((r) => r.savings),
    hardship: d.map((r) => r.hardship),
    publicUnion: d.map((r) => r.publicUnion),
    publicStudio: d.map((r) => r.publicStudio),
    studioLosses: d.map((r) => r.studioLosses),
    dailyLoss: d.map((r) => r.dailyLoss),
    pipeline: d.map((r) => r.pipeline),
    sharePrice: d.map((r) => r.sharePrice),
    cohesion: d.map((r) => r.cohesion),
    expectation: d.map((r) => r.expectation),
  };
}

function voteView(sc: Scenario, v: VoteResult): VoteView {
  return {
    kind: v.kind,
    day: v.day,
    yesBp: v.yes,
    turnoutBp: v.turnout,
    passed: v.passed,
    bySegment: v.bySegment
      ? v.bySegment.map((b) => {
          const seg = sc.segments.find((x) => x.id === b.id);
          return { id: b.id, name: seg?.name ?? b.id, shareBp: seg?.share ?? 0, yesBp: b.yes, turnoutBp: b.turnout };
        })
      : null,
  };
}

function votes(s: GameState, sc: Scenario): Votes {
  const all = s.votes.map((v) => voteView(sc, v));
  const lastOf = (k: VoteResult['kind']): VoteView | null => {
    for (let i = all.length - 1; i >= 0; i--) if (all[i]!.kind === k) return all[i]!;
    return null;
  };
  return { all, authorization: lastOf('authorization'), board: lastOf('board'), ratification: lastOf('ratification') };
}

/** The day the deal was struck: the tentative agreement of a ratified deal, else the end. */
function dealDayOf(s: GameState): number | null {
  if (!s.deal) return null;
  if (s.outcome === 'ratified' && s.agreement) return s.agreement.day;
  return s.day;
}

/** The debrief of a round, finished or not (see the interfaces above for units). */
export function debrief(s: GameState): Debrief {
  const sc = getScenario(s.config.scenario);
  if (!sc) throw new Error(`debrief: unknown scenario "${s.config.scenario}"`);
  const sp = spaceOf(sc);
  const f = staticAnalysis(sp).frontier;

  const frontier: FrontierPointView[] = f.a.map((a, i) => ({ union: pts(a), studio: pts(f.b[i]!), package: f.packages[i]!.slice() }));

  // The deal
  const dealDay = dealDayOf(s);
  const dealU = s.deal ? utilityOf(sp, 'union', s.deal) : null;
  const dealS = s.deal ? utilityOf(sp, 'studio', s.deal) : null;
  const dealPt = s.deal ? { a: dealU!, b: dealS! } : null;
  const deal: DealView | null = s.deal
    ? {
        union: pts(dealU!),
        studio: pts(dealS!),
        package: s.deal.slice(),
        terms: termsOf(sc, s.deal),
        welfare: pts(dealU! + dealS!),
        day: dealDay!,
        imposed: s.outcome === 'strikeCrumbled' || s.outcome === 'mandateLost' ? 'studio' : s.outcome === 'allianceBroke' ? 'union' : null,
      }
    : null;

  // Disagreement points: day 0, and the deal day (or the last record for a round without a deal)
  const first = s.daily.length ? s.daily[0]! : null;
  const last = s.daily.length ? s.daily[s.daily.length - 1]! : null;
  const d0 = batnas(s, sc, sp, first);
  const dD = batnas(s, sc, sp, dealDay != null ? (dailyOn(s, dealDay) ?? last) : last);
  const benchmarks = {
    day0: benchmarkSet('day0', sc, sp, f, d0, dealPt),
    dealDay: benchmarkSet('dealDay', sc, sp, f, dD, dealPt),
  };

  // ZOPA over time
  const F = f.a.length;
  const series: ZopaDay[] = s.daily.map((r) => {
    const n = zoneCount(f, r.batnaUnion, r.batnaStudio);
    return {
      day: r.day,
      phase: r.phase,
      batnaUnion: pts(r.batnaUnion),
      batnaStudio: pts(r.batnaStudio),
      open: n > 0,
      frontierPoints: n,
      frontierShareBp: F ? Math.round((n * 10000) / F) : 0,
    };
  });
  const opened = series.find((z) => z.open);
  const zopa: Zopa = {
    series,
    firstOpenDay: opened ? opened.day : null,
    dealInZone: dealPt ? dealPt.a >= dD.union && dealPt.b >= dD.studio : null,
  };

  // Offers and concession styles
  const offers: OfferTracePoint[] = s.offers.map((o) => ({ day: o.day, by: o.by, union: pts(o.uUnion), studio: pts(o.uStudio), final: o.final, packages: o.packages.length }));
  const humanSides: Side[] = s.config.human === 'both' ? [...SIDES] : [s.config.human];
  const concession = {} as Record<Side, SideConcession>;
  for (const side of SIDES) {
    const human = humanSides.includes(side);
    concession[side] = { role: human ? 'human' : 'computer', fit: concessionStyle(s.offers, side), nominalE: human ? null : paramsOf(s.config).ai.concession[s.config.difficulty].e };
  }

  // Costs
  const membersDollars = s.memberLosses * 1000;
  const studiosDollars = s.studioLosses * 1000;
  const jointCost: JointCost = {
    membersDollars,
    studiosDollars,
    totalDollars: membersDollars + studiosDollars,
    strikeDays: s.strikeDays,
    perStrikeDayDollars: s.strikeDays > 0 ? Math.round((membersDollars + studiosDollars) / s.strikeDays) : null,
    unionPoints: pts(Math.round(s.memberLosses / sc.unionModel.kPerDeciPoint)),
    studioPoints: pts(Math.round(s.studioLosses / sc.studioModel.kPerDeciPoint)),
  };

  // Votes and history
  const v = votes(s, sc);
  const h = sc.history;
  const ratified = s.outcome === 'ratified' ? v.ratification : null;
  const history: HistoryComparison = {
    historical: {
      package: h.deal.slice(),
      terms: termsOf(sc, h.deal),
      union: pts(utilityOf(sp, 'union', h.deal)),
      studio: pts(utilityOf(sp, 'studio', h.deal)),
      strikeDays: h.strikeDays,
      ratification: { yesBp: h.ratification.yes, turnoutBp: h.ratification.turnout },
      boardBp: h.board,
      lines: h.lines.map((l) => ({ text: l.text, source: l.source })),
    },
    player: {
      outcome: s.outcome,
      package: s.deal ? s.deal.slice() : null,
      terms: deal ? deal.terms : null,
      union: deal ? deal.union : null,
      studio: deal ? deal.studio : null,
      strikeDays: s.strikeDays,
      ratification: ratified ? { yesBp: ratified.yesBp, turnoutBp: ratified.turnoutBp } : null,
      boardBp: s.outcome === 'ratified' && v.board ? v.board.yesBp : null,
    },
    issues: sc.issues.map((iss, i) => ({
      issue: iss.id,
      name: iss.name,
      historical: iss.levels[h.deal[i]!]!.short,
      player: s.deal ? iss.levels[s.deal[i]!]!.short : null,
      levelDiff: s.deal ? s.deal[i]! - h.deal[i]! : null,
    })),
  };

  // Hidden information
  const walk = (side: Side): WalkAwayView => {
    const pkg = sc.reservations[side];
    const base = utilityOf(sp, side, pkg);
    const shift = s.hidden.floorShift[side];
    const byDifficulty = floorShiftOf(s, side) - shift;
    return {
      union: pts(utilityOf(sp, 'union', pkg)),
      studio: pts(utilityOf(sp, 'studio', pkg)),
      package: pkg.slice(),
      terms: termsOf(sc, pkg),
      ownBasePoints: pts(base),
      floorShiftPoints: pts(shift),
      difficultyShiftPoints: pts(byDifficulty),
      ownPoints: pts(base + shift + byDifficulty),
    };
  };
  const hidden: HiddenReveal = {
    walkAway: { union: walk('union'), studio: walk('studio') },
    draws: {
      lossScale: s.hidden.lossScale,
      toleranceScale: s.hidden.toleranceScale,
      halfLifeScale: s.hidden.halfLifeScale,
      savingsScale: s.hidden.savingsScale,
      floorShift: { union: s.hidden.floorShift.union, studio: s.hidden.floorShift.studio },
    },
    toleranceInPlay: toleranceScaleOf(s),
  };

  return {
    scenario: sc.id,
    seed: s.config.seed,
    human: s.config.human,
    difficulty: s.config.difficulty,
    finished: s.phase === 'done',
    outcome: s.outcome,
    day: s.day,
    strikeDays: s.strikeDays,
    frontier,
    deal,
    benchmarks,
    efficiency: dealPt ? efficiency(sc, sp, f, dealPt.a, dealPt.b) : null,
    zopa,
    offers,
    concession,
    opponentModel: humanSides.map((side) => opponentModel(s, sc, sp, side)),
    meters: meters(s),
    jointCost,
    votes: v,
    history,
    hidden,
  };
}
