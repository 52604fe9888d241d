/**
 * Bargaining solutions, the concession-style fit, the outcome counters and the debrief, each
 * against truth computed independently in the test (enumeration, brute force over the
 * frontier, synthetic paths with a known exponent) — never against a copy of the output.
 */
import seedrandom from 'seedrandom';
import { estimatedWeights, freshMemory, learn, modelFromOffers } from '../../src/sim/ai/opponentModel';
import { describe, expect, it } from 'vitest';
import { botFor, type BotName } from '../../src/sim/ai/bots';
import { playRound } from '../../src/sim/ai/play';
import {
  BOULWARE_BELOW,
  CONCEDER_ABOVE,
  concessionCurve,
  concessionPath,
  concessionStyle,
  E_MAX,
  E_MIN,
  fitConcession,
  labelFor,
  type ConcessionPoint,
} from '../../src/sim/analysis/concession';
import { additiveCorrelation, averageRanks, debrief, outcomesAtLeast, outcomesDominating, spearman, zoneCount, type Debrief } from '../../src/sim/analysis/debrief';
import { paretoFrontier, type Frontier } from '../../src/sim/analysis/frontier';
import { distanceToFrontier, kalaiSmorodinsky, maxWelfare, nashPoint } from '../../src/sim/analysis/solutions';
import { staticAnalysis } from '../../src/sim/analysis/static';
import { applyAction } from '../../src/sim/reducer';
import { getScenario } from '../../src/sim/scenarios';
import { createGame, isError } from '../../src/sim/setup';
import { DEFAULT_PARAMS } from '../../src/sim/rules/params';
import { spaceOf, utilityOf } from '../../src/sim/space';
import type { Action, GameConfig, GameState, OfferRecord, Side } from '../../src/sim/types';
import { ISSUE_IDS, SIDES } from '../../src/sim/types';

type Table = number[][];
type Rng = () => number;

// ---------------------------------------------------------------------------------------------
// Independent helpers

function sum(tab: Table, pkg: number[]): number {
  let s = 0;
  for (let i = 0; i < tab.length; i++) s += tab[i]![pkg[i]!]!;
  return s;
}

/** Every outcome's (a, b), by plain recursion. */
function enumerate(tabA: Table, tabB: Table): { a: number; b: number }[] {
  const out: { a: number; b: number }[] = [];
  const rec = (i: number, a: number, b: number): void => {
    if (i === tabA.length) {
      out.push({ a, b });
      return;
    }
    for (let l = 0; l < tabA[i]!.length; l++) rec(i + 1, a + tabA[i]![l]!, b + tabB[i]![l]!);
  };
  rec(0, 0, 0);
  return out;
}

function randomTables(rng: Rng, opts: { negative?: boolean; maxLevels?: number } = {}): { A: Table; B: Table } {
  const issues = 3 + Math.floor(rng() * 4);
  const R = [3, 20, 100, 1000][Math.floor(rng() * 4)]!;
  const value = () => (opts.negative ? Math.floor(rng() * (2 * R + 1)) - R : Math.floor(rng() * (R + 1)));
  const A: Table = [];
  const B: Table = [];
  for (let i = 0; i < issues; i++) {
    const k = 2 + Math.floor(rng() * ((opts.maxLevels ?? 8) - 1));
    A.push(Array.from({ length: k }, value));
    B.push(Array.from({ length: k }, value));
  }
  return { A, B };
}

const frontierPoints = (f: Frontier) => f.a.map((a, i) => ({ a, b: f.b[i]!, i }));

function nonFinite(value: unknown, path = '$', out: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path}=${value}`);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) nonFinite(v, `${path}.${k}`, out);
  } else if (value === undefined) out.push(`${path} is undefined`);
  return out;
}

const cfg = (over: Partial<GameConfig>): GameConfig => ({ scenario: '2023', seed: 'debrief', human: 'union', difficulty: 'normal', pace: 'standard', ...over });

function must<T>(x: T | { error: string; message: string }): T {
  if (isError(x)) throw new Error(`${x.error}: ${x.message}`);
  return x as T;
}

// ---------------------------------------------------------------------------------------------

describe('Nash, Kalai–Smorodinsky and max welfare', () => {
  it('Nash maximises the product of gains over all outcomes of random spaces (null iff no zone)', () => {
    let withZone = 0;
    let without = 0;
    for (let k = 0; k < 120; k++) {
      const rng = seedrandom.alea(`nash-${k}`);
      const { A, B } = randomTables(rng, { negative: k % 3 === 0, maxLevels: 6 });
      const all = enumerate(A, B);
      const f = paretoFrontier(A, B);
      const minA = Math.min(...all.map((o) => o.a));
      const maxA = Math.max(...all.map((o) => o.a));
      const minB = Math.min(...all.map((o) => o.b));
      const maxB = Math.max(...all.map((o) => o.b));
      for (let j = 0; j < 6; j++) {
        const da = minA + Math.floor(rng() * (maxA - minA + 2));
        const db = minB + Math.floor(rng() * (maxB - minB + 2));
        const inZone = all.filter((o) => o.a >= da && o.b >= db);
        const n = nashPoint(f, da, db);
        if (inZone.length === 0) {
          expect(n).toBeNull();
          without++;
          continue;
        }
        withZone++;
        expect(n).not.toBeNull();
        const best = Math.max(...inZone.map((o) => (o.a - da) * (o.b - db)));
        expect((n!.a - da) * (n!.b - db)).toBe(best);
        expect(n!.a).toBe(f.a[n!.index]);
        expect(n!.b).toBe(f.b[n!.index]);
        // max welfare over the frontier is max welfare over the whole space
        const mw = maxWelfare(f);
        expect(mw.a + mw.b).toBe(Math.max(...all.map((o) => o.a + o.b)));
      }
    }
    expect(withZone).toBeGreaterThan(100);
    expect(without).toBeGreaterThan(20);
  });

  it('Nash and KS are the brute-force optimum over the real frontiers, for day-0 and later disagreement points', () => {
    for (const id of ['2023', '2026']) {
      const sp = spaceOf(getScenario(id)!);
      const f = staticAnalysis(sp).frontier;
      const pts = frontierPoints(f);
      const rng = seedrandom.alea(`real-solutions-${id}`);
      for (let j = 0; j < 40; j++) {
        const da = Math.floor(rng() * 900);
        const db = Math.floor(rng() * 900);
        const zone = pts.filter((p) => p.a >= da && p.b >= db);
        expect(zoneCount(f, da, db)).toBe(zone.length);
        const n = nashPoint(f, da, db);
        const ks = kalaiSmorodinsky(f, da, db);
        if (!zone.length) {
          expect(n).toBeNull();
          expect(ks).toBeNull();
          continue;
        }
        expect((n!.a - da) * (n!.b - db)).toBe(Math.max(...zone.map((p) => (p.a - da) * (p.b - db))));
        const gA = Math.max(...zone.map((p) => p.a)) - da;
        const gB = Math.max(...zone.map((p) => p.b)) - db;
        if (gA > 0 && gB > 0) {
          const ratio = (p: { a: number; b: number }) => Math.min((p.a - da) / gA, (p.b - db) / gB);
          expect(ratio(ks!)).toBe(Math.max(...zone.map(ratio)));
        }
      }
    }
  });

  it('KS (and Nash) on a symmetric frontier give the symmetric point', () => {
    // a quarter circle, mirrored exactly about the diagonal, with a point on the diagonal
    const m = 10;
    const R = 1000;
    const half: { a: number; b: number }[] = [];
    for (let k = 0; k <= m; k++) {
      const th = (Math.PI / 4) * (k / m);
      half.push({ a: Math.round(R * Math.cos(th)), b: Math.round(R * Math.sin(th)) });
    }
    half[m] = { a: 707, b: 707 };
    const pts = [...half, ...half.slice(0, m).reverse().map((p) => ({ a: p.b, b: p.a }))];
    const f: Frontier = { a: pts.map((p) => p.a), b: pts.map((p) => p.b), packages: pts.map((_, i) => [i]) };
    for (const d of [0, 100, 350, 600]) {
      const ks = kalaiSmorodinsky(f, d, d)!;
      expect(ks.a).toBe(ks.b);
      const n = nashPoint(f, d, d)!;
      expect(n.a).toBe(n.b);
    }
    // KS keeps the ratio of maximal gains: stretch one axis ×2 and it picks the same point
    const f2: Frontier = { a: f.a, b: f.b.map((b) => b * 2), packages: f.packages };
    for (const d of [0, 200]) expect(kalaiSmorodinsky(f2, d, 2 * d)!.index).toBe(kalaiSmorodinsky(f, d, d)!.index);
  });

  it('on a symmetric space (B = A with levels reversed) KS reaches the best equal-ratio value, as its mirror does', () => {
    for (let k = 0; k < 30; k++) {
      const rng = seedrandom.alea(`ks-sym-${k}`);
      const { A } = randomTables(rng);
      const B = A.map((r) => r.slice().reverse());
      const f = paretoFrontier(A, B);
      const keysF = new Set(f.a.map((a, i) => `${a},${f.b[i]}`));
      // the frontier is closed under swapping the sides
      f.a.forEach((a, i) => expect(keysF.has(`${f.b[i]},${a}`)).toBe(true));
      const d = Math.min(...f.b); // symmetric disagreement point (d, d), below every frontier point's worst
      const ks = kalaiSmorodinsky(f, d, d)!;
      const g = Math.max(...f.a) - d;
      const ratio = (p: { a: number; b: number }) => Math.min((p.a - d) / g, (p.b - d) / g);
      const best = Math.max(...frontierPoints(f).map(ratio));
      expect(ratio(ks)).toBe(best);
      expect(ratio({ a: ks.b, b: ks.a })).toBe(best);
    }
  });
});

describe('distance to the frontier', () => {
  /** The exact squared distance (integers), its minimum over the frontier, then one correctly rounded root. */
  const truth = (f: Frontier, a: number, b: number): number => {
    const dominated = f.a.some((fa, i) => fa >= a && f.b[i]! >= b && (fa > a || f.b[i]! > b));
    if (!dominated) return 0;
    let min: bigint | null = null;
    f.a.forEach((fa, i) => {
      const dx = BigInt(fa - a);
      const dy = BigInt(f.b[i]! - b);
      const d2 = dx * dx + dy * dy;
      if (min === null || d2 < min) min = d2;
    });
    return Math.sqrt(Number(min!));
  };

  it('is exactly the rounded root of the least squared distance (0 on or outside the frontier), on random spaces', () => {
    let dominatedSeen = 0;
    for (let k = 0; k < 60; k++) {
      const rng = seedrandom.alea(`distance-${k}`);
      const { A, B } = randomTables(rng, { negative: k % 3 === 0, maxLevels: 6 });
      const f = paretoFrontier(A, B);
      const all = enumerate(A, B);
      for (let j = 0; j < 10; j++) {
        const o = all[Math.floor(rng() * all.length)]!;
        const d = distanceToFrontier(f, o.a, o.b);
        expect(d).toBe(truth(f, o.a, o.b));
        if (d > 0) dominatedSeen++;
      }
      // every frontier point is at distance 0
      f.a.forEach((a, i) => expect(distanceToFrontier(f, a, f.b[i]!)).toBe(0));
    }
    expect(dominatedSeen).toBeGreaterThan(200);
  });

  it('uses an exactly rounded root where Math.hypot is not (e.g. a gap of 1 and 5: \u221a26)', () => {
    const f: Frontier = { a: [11, 4], b: [15, 30], packages: [[0], [1]] };
    expect(distanceToFrontier(f, 10, 10)).toBe(Math.sqrt(26));
    // and on the real frontiers, from the status quo and the historical deal
    for (const id of ['2023', '2026']) {
      const sc = getScenario(id)!;
      const sp = spaceOf(sc);
      const fr = staticAnalysis(sp).frontier;
      for (const pkg of [sc.statusQuo, sc.history.deal, sc.openings.union, sc.openings.studio]) {
        const a = utilityOf(sp, 'union', pkg);
        const b = utilityOf(sp, 'studio', pkg);
        expect(distanceToFrontier(fr, a, b), `${id} ${pkg.join(',')}`).toBe(truth(fr, a, b));
      }
    }
  });
});

describe('concession style', () => {
  const synthetic = (e: number, n: number, pMax = 90, pMin = 40): ConcessionPoint[] =>
    Array.from({ length: n }, (_, i) => {
      const t = i / (n - 1);
      return { t, u: pMax - (pMax - pMin) * Math.pow(t, 1 / e) };
    });

  it('recovers a known e from exact paths and labels it', () => {
    for (const [e, label] of [
      [0.2, 'Boulware'],
      [1, 'Linear'],
      [2, 'Conceder'],
      [0.5, 'Boulware'],
      [5, 'Conceder'],
    ] as const) {
      for (const n of [6, 12, 30]) {
        const fit = fitConcession(synthetic(e, n));
        expect(fit.label).toBe(label);
        expect(Math.abs(Math.log(fit.e! / e))).toBeLessThan(0.02);
        expect(fit.rmse!).toBeLessThan(0.05);
        expect(fit.offers).toBe(n);
        expect(fit.pMax).toBe(90);
        expect(fit.pMin).toBe(40);
      }
    }
  });

  it('recovers e from offers on a calendar, with rounding and noise, ignoring the other side', () => {
    for (const [e, label] of [
      [0.2, 'Boulware'],
      [1, 'Linear'],
      [2, 'Conceder'],
    ] as const) {
      for (let k = 0; k < 5; k++) {
        const rng = seedrandom.alea(`conc-${e}-${k}`);
        const offers: OfferRecord[] = [];
        const last = 120 + Math.floor(rng() * 60);
        for (let day = 0; day <= last; day += 4) {
          const t = day / last;
          const noise = Math.round((rng() - 0.5) * 10); // ±0.5 point
          const own = Math.round(950 - 500 * Math.pow(t, 1 / e)) + (day === 0 || day === last ? 0 : noise);
          offers.push({ day, by: 'studio', packages: [[0]], final: false, uUnion: 1000 - own, uStudio: own });
          // the other side's offers must not count
          offers.push({ day, by: 'union', packages: [[0]], final: false, uUnion: 999, uStudio: Math.floor(rng() * 1000) });
        }
        if (last % 4 !== 0) offers.push({ day: last, by: 'studio', packages: [[0]], final: false, uUnion: 550, uStudio: 450 });
        const fit = concessionStyle(offers, 'studio');
        expect(fit.label).toBe(label);
        expect(Math.abs(Math.log(fit.e! / e))).toBeLessThan(0.25);
        expect(fit.points.length).toBe(offers.filter((o) => o.by === 'studio').length);
        // points are in points (deci / 10) on t in [0, 1]
        expect(fit.points[0]).toEqual({ t: 0, u: 95 });
        expect(fit.points[fit.points.length - 1]!.t).toBe(1);
        expect(fit.rmse!).toBeLessThan(2);
      }
    }
  });

  it('uses the given horizon for t, and the side\u2019s own utility', () => {
    const offers: OfferRecord[] = [0, 10, 20, 30].map((day, i) => ({ day, by: 'union', packages: [[0]], final: false, uUnion: 900 - 100 * i, uStudio: 100 + 100 * i }));
    expect(concessionPath(offers, 'union').map((p) => p.t)).toEqual([0, 1 / 3, 2 / 3, 1]);
    expect(concessionPath(offers, 'union', 60).map((p) => p.t)).toEqual([0, 1 / 6, 1 / 3, 0.5]);
    expect(concessionPath(offers, 'union').map((p) => p.u)).toEqual([90, 80, 70, 60]);
    expect(concessionPath(offers, 'studio')).toEqual([]);
    const lin = concessionStyle(offers, 'union');
    expect(lin.label).toBe('Linear');
    expect(Math.abs(lin.e! - 1)).toBeLessThan(0.01);
  });

  it('says "Too few offers" when the shape cannot be seen, and Boulware for a side that never moved', () => {
    expect(fitConcession([]).label).toBe('Too few offers');
    expect(fitConcession([]).e).toBeNull();
    expect(fitConcession([{ t: 0, u: 90 }, { t: 1, u: 50 }]).label).toBe('Too few offers');
    // three offers but none strictly inside the time span
    const ends = fitConcession([{ t: 0, u: 90 }, { t: 0, u: 85 }, { t: 1, u: 50 }]);
    expect(ends.label).toBe('Too few offers');
    expect(ends.rmse).toBeNull();
    const flat = fitConcession([0, 0.3, 0.6, 1].map((t) => ({ t, u: 80 })));
    expect(flat.label).toBe('Boulware');
    expect(flat.e).toBe(E_MIN);
    expect(flat.rmse).toBe(0);
  });

  it('labels by the documented thresholds and stays within the search bounds', () => {
    expect(BOULWARE_BELOW).toBeCloseTo(2 / 3);
    expect(CONCEDER_ABOVE).toBe(1.5);
    expect(labelFor(0.66)).toBe('Boulware');
    expect(labelFor(0.67)).toBe('Linear');
    expect(labelFor(1.5)).toBe('Linear');
    expect(labelFor(1.51)).toBe('Conceder');
    // a step at the very end (extreme Boulware) and at the very start (extreme Conceder)
    const late = fitConcession([0, 0.2, 0.4, 0.6, 0.8, 1].map((t) => ({ t, u: t < 1 ? 90 : 40 })));
    expect(late.e!).toBeGreaterThanOrEqual(E_MIN);
    expect(late.e!).toBeLessThan(0.1);
    const early = fitConcession([0, 0.2, 0.4, 0.6, 0.8, 1].map((t) => ({ t, u: t > 0 ? 40 : 90 })));
    expect(early.e!).toBeLessThanOrEqual(E_MAX);
    expect(early.e!).toBeGreaterThan(10);
  });

  it('draws the fitted curve from Pmax at t = 0 to Pmin at t = 1', () => {
    const fit = fitConcession(synthetic(2, 10));
    const curve = concessionCurve(fit, 10);
    expect(curve.length).toBe(11);
    expect(curve[0]!.u).toBe(90);
    expect(curve[10]!.u).toBeCloseTo(40, 10);
    curve.forEach((p) => expect(p.u).toBeCloseTo(90 - 50 * Math.pow(p.t, 1 / fit.e!), 9));
    expect(concessionCurve(fitConcession([]))).toEqual([]);
  });
});

describe('counting outcomes and correlations', () => {
  it('outcomesAtLeast and outcomesDominating equal counts over every outcome (random spaces)', () => {
    for (let k = 0; k < 80; k++) {
      const rng = seedrandom.alea(`count-${k}`);
      const { A, B } = randomTables(rng, { negative: k % 2 === 0, maxLevels: 7 });
      const all = enumerate(A, B);
      for (let j = 0; j < 5; j++) {
        const o = all[Math.floor(rng() * all.length)]!;
        // thresholds at an outcome (ties) and at random values
        for (const [a, b] of [
          [o.a, o.b],
          [o.a + Math.floor(rng() * 7) - 3, o.b + Math.floor(rng() * 7) - 3],
        ] as const) {
          expect(outcomesAtLeast(A, B, a, b)).toBe(all.filter((x) => x.a >= a && x.b >= b).length);
          expect(outcomesDominating(A, B, a, b)).toBe(all.filter((x) => x.a >= a && x.b >= b && (x.a > a || x.b > b)).length);
        }
      }
      expect(outcomesAtLeast(A, B, -1e9, -1e9)).toBe(all.length);
      expect(outcomesAtLeast(A, B, 1e9, -1e9)).toBe(0);
    }
  });

  it('outcomesAtLeast equals a full enumeration of the real 2023 space', () => {
    const sp = spaceOf(getScenario('2023')!);
    const U = sp.tables.union;
    const S = sp.tables.studio;
    const thresholds = [
      [500, 500],
      [650, 700],
      [837, 693],
      [300, 900],
      [0, 0],
    ] as const;
    const counts = thresholds.map(() => 0);
    const digits = new Array<number>(sp.radix.length).fill(0);
    for (let idx = 0; idx < sp.size; idx++) {
      const a = sum(U, digits);
      const b = sum(S, digits);
      thresholds.forEach(([ta, tb], j) => {
        if (a >= ta && b >= tb) counts[j]!++;
      });
      for (let i = digits.length - 1; i >= 0; i--) {
        digits[i]!++;
        if (digits[i]! < sp.radix[i]!) break;
        digits[i] = 0;
      }
    }
    thresholds.forEach(([ta, tb], j) => expect(outcomesAtLeast(U, S, ta, tb)).toBe(counts[j]));
    expect(counts[4]).toBe(sp.size);
  });

  it('additiveCorrelation is the Pearson correlation over every outcome', () => {
    for (let k = 0; k < 40; k++) {
      const rng = seedrandom.alea(`corr-${k}`);
      const { A, B } = randomTables(rng, { negative: k % 2 === 1, maxLevels: 6 });
      const all = enumerate(A, B);
      const n = all.length;
      const ma = all.reduce((s, o) => s + o.a, 0) / n;
      const mb = all.reduce((s, o) => s + o.b, 0) / n;
      let sab = 0;
      let saa = 0;
      let sbb = 0;
      for (const o of all) {
        sab += (o.a - ma) * (o.b - mb);
        saa += (o.a - ma) ** 2;
        sbb += (o.b - mb) ** 2;
      }
      expect(additiveCorrelation(A, B)!).toBeCloseTo(sab / Math.sqrt(saa * sbb), 9);
      expect(additiveCorrelation(A, A)!).toBeCloseTo(1, 12);
    }
    expect(additiveCorrelation([[1, 1]], [[0, 5]])).toBeNull();
  });

  it('spearman handles ties with average ranks', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
    expect(spearman([10, 20, 30, 40, 50], [1, 3, 2, 5, 4])).toBeCloseTo(0.8, 12);
    expect(averageRanks([5, 9, 5, 1])).toEqual([2.5, 1, 2.5, 4]);
    // with ties: Pearson on average ranks, computed by hand: x ranks [4, 2.5, 2.5, 1], y ranks [4, 2, 3, 1]
    expect(spearman([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(4.5 / Math.sqrt(4.5 * 5), 12);
    expect(spearman([3, 3, 3], [1, 2, 3])).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// The debrief on real rounds

interface Round {
  name: string;
  state: GameState;
}

function play(config: GameConfig, bots: Partial<Record<Side, BotName>>, maxMoves?: number): GameState {
  const b = Object.fromEntries(Object.entries(bots).map(([side, name]) => [side, botFor(name, config.seed)]));
  return must(playRound(config, b, { maxMoves })).state;
}

const finishedRounds: Round[] = [];
for (const scenario of ['2023', '2026']) {
  for (const human of ['union', 'studio'] as const) {
    for (const bot of ['historical', 'hardliner', 'conceder', 'random'] as const) {
      finishedRounds.push({ name: `${scenario} ${human} ${bot}`, state: play(cfg({ scenario, human, seed: `db-${bot}` }), { [human]: bot }) });
    }
  }
  finishedRounds.push({ name: `${scenario} hard union hardliner`, state: play(cfg({ scenario, human: 'union', difficulty: 'hard', seed: 'db-hard' }), { union: 'hardliner' }) });
  finishedRounds.push({ name: `${scenario} hot-seat historical`, state: play(cfg({ scenario, human: 'both', seed: 'db-both' }), { union: 'historical', studio: 'historical' }) });
}

function checkDebrief(s: GameState, d: Debrief): void {
  const sc = getScenario(s.config.scenario)!;
  const sp = spaceOf(sc);
  const f = staticAnalysis(sp).frontier;
  const pts = frontierPoints(f);

  expect(nonFinite(d)).toEqual([]);
  expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  expect(d.finished).toBe(s.phase === 'done');
  expect(d.outcome).toBe(s.outcome);

  // frontier: points and packages agree with the utility tables
  expect(d.frontier.length).toBe(f.a.length);
  d.frontier.forEach((p, i) => {
    expect(p.union * 10).toBeCloseTo(f.a[i]!, 9);
    expect(p.studio * 10).toBeCloseTo(f.b[i]!, 9);
    expect(utilityOf(sp, 'union', p.package)).toBe(f.a[i]);
    expect(utilityOf(sp, 'studio', p.package)).toBe(f.b[i]);
  });

  // the deal and its efficiency
  if (s.deal) {
    const a = utilityOf(sp, 'union', s.deal);
    const b = utilityOf(sp, 'studio', s.deal);
    expect(d.deal!.package).toEqual(s.deal);
    expect(d.deal!.union * 10).toBeCloseTo(a, 9);
    expect(d.deal!.studio * 10).toBeCloseTo(b, 9);
    const e = d.efficiency!;
    const dominated = pts.filter((p) => p.a >= a && p.b >= b && (p.a > a || p.b > b));
    expect(e.onFrontier).toBe(dominated.length === 0);
    expect(e.onFrontier).toBe(e.distance === 0);
    expect(e.onFrontier).toBe(e.nearestDominating === null);
    expect(e.dominatingFrontierPoints).toBe(dominated.length);
    expect(e.dominatingOutcomes).toBeGreaterThanOrEqual(dominated.length);
    if (e.onFrontier) expect(e.dominatingOutcomes).toBe(0);
    else {
      const nearest = Math.min(...pts.map((p) => Math.sqrt((p.a - a) ** 2 + (p.b - b) ** 2)));
      expect(Math.abs(e.distance * 10 - nearest)).toBeLessThanOrEqual(0.5 + 1e-9);
      const nd = e.nearestDominating!;
      expect(nd.union * 10).toBeGreaterThanOrEqual(a);
      expect(nd.studio * 10).toBeGreaterThanOrEqual(b);
      expect(utilityOf(sp, 'union', nd.package) - a).toBeCloseTo(nd.gain.union * 10, 9);
      const dMin = Math.min(...dominated.map((p) => (p.a - a) ** 2 + (p.b - b) ** 2));
      expect((nd.union * 10 - a) ** 2 + (nd.studio * 10 - b) ** 2).toBeCloseTo(dMin, 6);
    }
    const best = Math.max(...pts.map((p) => p.a + p.b));
    expect(e.valueLeft).toBeGreaterThanOrEqual(0);
    expect(e.valueLeft * 10).toBeCloseTo(best - a - b, 9);
    expect(e.maxWelfare * 10).toBeCloseTo(best, 9);
    // the player's side of the history comparison is the deal
    expect(d.history.player.package).toEqual(s.deal);
    expect(d.history.issues.map((x) => x.levelDiff)).toEqual(s.deal.map((l, i) => l - sc.history.deal[i]!));
    // deal-day benchmarks use the latest recorded day no later than the deal
    expect(d.benchmarks.dealDay.day).toBe(Math.max(...s.daily.filter((r) => r.day <= d.deal!.day).map((r) => r.day)));
    if (s.outcome === 'ratified') expect(d.deal!.day).toBe(s.agreement!.day);
    if (s.outcome === 'strikeCrumbled' || s.outcome === 'mandateLost') expect(d.deal!.imposed).toBe('studio');
  } else {
    expect(d.deal).toBeNull();
    expect(d.efficiency).toBeNull();
    expect(d.benchmarks.dealDay.deal).toBeNull();
    expect(d.zopa.dealInZone).toBeNull();
  }

  // benchmarks: the right disagreement points, and brute-force optima over the frontier
  expect(d.benchmarks.day0.day).toBe(s.daily[0]!.day);
  expect(d.benchmarks.day0.disagreement.union * 10).toBeCloseTo(s.daily[0]!.batnaUnion, 9);
  expect(d.benchmarks.day0.disagreement.studio * 10).toBeCloseTo(s.daily[0]!.batnaStudio, 9);
  for (const set of [d.benchmarks.day0, d.benchmarks.dealDay]) {
    const rec = s.daily.find((r) => r.day === set.day)!;
    expect(rec).toBeDefined();
    const da = rec.batnaUnion;
    const db = rec.batnaStudio;
    expect(set.disagreement.union * 10).toBeCloseTo(da, 9);
    const zone = pts.filter((p) => p.a >= da && p.b >= db);
    expect(set.zoneOpen).toBe(zone.length > 0);
    expect(set.zoneFrontierPoints).toBe(zone.length);
    expect(set.zoneOutcomes > 0).toBe(zone.length > 0);
    expect(set.nash === null).toBe(zone.length === 0);
    if (set.nash) {
      const prod = (set.nash.union * 10 - da) * (set.nash.studio * 10 - db);
      expect(prod).toBeCloseTo(Math.max(...zone.map((p) => (p.a - da) * (p.b - db))), 6);
      expect(set.nash.surplus.unionShareBp! + set.nash.surplus.studioShareBp!).toBeGreaterThanOrEqual(9999);
      expect(set.nash.surplus.unionShareBp! + set.nash.surplus.studioShareBp!).toBeLessThanOrEqual(10001);
      expect(utilityOf(sp, 'union', set.nash.package) / 10).toBeCloseTo(set.nash.union, 9);
    }
    expect(set.maxWelfare.welfare * 10).toBeCloseTo(Math.max(...pts.map((p) => p.a + p.b)), 9);
    if (s.deal && set.deal) {
      const a = utilityOf(sp, 'union', s.deal);
      expect(set.deal.union * 10).toBeCloseTo(a - da, 9);
      if (set.nash) expect(set.nash.dealDistance).not.toBeNull();
    }
  }

  // ZOPA over time
  expect(d.zopa.series.length).toBe(s.daily.length);
  d.zopa.series.forEach((z, i) => {
    const r = s.daily[i]!;
    expect(z.day).toBe(r.day);
    const n = pts.filter((p) => p.a >= r.batnaUnion && p.b >= r.batnaStudio).length;
    expect(z.frontierPoints).toBe(n);
    expect(z.open).toBe(n > 0);
    expect(z.frontierShareBp).toBe(Math.round((n * 10000) / pts.length));
  });
  const firstOpen = s.daily.find((r) => pts.some((p) => p.a >= r.batnaUnion && p.b >= r.batnaStudio));
  expect(d.zopa.firstOpenDay).toBe(firstOpen ? firstOpen.day : null);
  const zDeal = d.zopa.series.find((z) => z.day === d.benchmarks.dealDay.day)!;
  expect(d.benchmarks.dealDay.zoneOpen).toBe(zDeal.open);

  // offers
  expect(d.offers.length).toBe(s.offers.length);
  d.offers.forEach((o, i) => {
    const r = s.offers[i]!;
    expect([o.day, o.by, o.final, o.packages]).toEqual([r.day, r.by, r.final, r.packages.length]);
    expect(o.union * 10).toBeCloseTo(utilityOf(sp, 'union', r.packages[0]!), 9);
    expect(o.studio * 10).toBeCloseTo(utilityOf(sp, 'studio', r.packages[0]!), 9);
  });

  // concession styles
  const humans: Side[] = s.config.human === 'both' ? ['union', 'studio'] : [s.config.human];
  for (const side of SIDES) {
    const c = d.concession[side];
    expect(c.role).toBe(humans.includes(side) ? 'human' : 'computer');
    expect(c.nominalE === null).toBe(c.role === 'human');
    expect(c.fit.points.length).toBe(s.offers.filter((o) => o.by === side).length);
    expect(['Boulware', 'Linear', 'Conceder', 'Too few offers']).toContain(c.fit.label);
    if (c.fit.e !== null) {
      expect(c.fit.e).toBeGreaterThanOrEqual(E_MIN - 1e-12);
      expect(c.fit.e).toBeLessThanOrEqual(E_MAX + 1e-9);
      expect(c.fit.label).toBe(labelFor(c.fit.e));
    }
  }

  // the other side's model of each human side
  expect(d.opponentModel.map((m) => m.side)).toEqual(humans);
  for (const m of d.opponentModel) {
    expect(m.issues.map((x) => x.issue)).toEqual([...ISSUE_IDS]);
    expect(m.issues.reduce((t, x) => t + x.estimatedPct, 0)).toBeCloseTo(100, 9);
    expect(m.issues.reduce((t, x) => t + x.truePct, 0)).toBe(100);
    m.issues.forEach((x, i) => {
      expect(x.truePct).toBe(sc.weights[m.side][x.issue]);
      const mem = s.ai[m.modelledBy] ?? modelFromOffers(sc.issues.map((iss) => iss.levels.length), s.offers, m.side);
      expect(x.estimatedPct).toBe(estimatedWeights(mem, sc.openings[m.side], sc.openings[m.modelledBy])[i]! / 100);
      expect(x.trueRank).toBeGreaterThanOrEqual(1);
      expect(x.trueRank).toBeLessThanOrEqual(ISSUE_IDS.length);
    });
    expect(m.spearman).not.toBeNull();
    expect(m.spearman!).toBeGreaterThanOrEqual(-1);
    expect(m.spearman!).toBeLessThanOrEqual(1);
    if (m.utilityCorrelation !== null) {
      expect(Math.abs(m.utilityCorrelation)).toBeLessThanOrEqual(1);
    }
    const trueMax = Math.max(...Object.values(sc.weights[m.side]));
    expect(sc.weights[m.side][m.trueTop]).toBe(trueMax);
    expect(m.topMatches).toBe(sc.weights[m.side][m.estimatedTop] === trueMax);
  }

  // meters, costs, votes, history, hidden
  expect(d.meters.day).toEqual(s.daily.map((r) => r.day));
  for (const k of ['support', 'solidarity', 'savings', 'hardship', 'publicUnion', 'publicStudio', 'studioLosses', 'dailyLoss', 'pipeline', 'sharePrice', 'cohesion', 'expectation'] as const) {
    expect(d.meters[k]).toEqual(s.daily.map((r) => r[k]));
  }
  expect(d.meters.phase).toEqual(s.daily.map((r) => r.phase));
  // one point a day up to today, the ballot days of a vote included
  expect(d.meters.day).toEqual(Array.from({ length: s.day + 1 }, (_, i) => i));
  if (s.outcome === 'ratified') {
    const ballot = d.meters.day.map((day, i) => ({ day, phase: d.meters.phase[i]! })).filter((x) => x.day > s.agreement!.day);
    expect(ballot.length).toBe(sc.ratificationDays);
    expect(ballot.every((x) => x.phase === 'ratification')).toBe(true);
  }
  // the day's loss is what the studios lost that day: the daily losses add up to the total
  expect(d.meters.dailyLoss[0]).toBe(0);
  expect(d.meters.dailyLoss.reduce((x, y) => x + y, 0)).toBe(d.meters.studioLosses[d.meters.studioLosses.length - 1]);
  expect(d.jointCost.membersDollars).toBe(s.memberLosses * 1000);
  expect(d.jointCost.studiosDollars).toBe(s.studioLosses * 1000);
  expect(d.jointCost.totalDollars).toBe((s.memberLosses + s.studioLosses) * 1000);
  expect(d.jointCost.strikeDays).toBe(s.strikeDays);
  expect(d.votes.all.length).toBe(s.votes.length);
  const rat = [...s.votes].reverse().find((v) => v.kind === 'ratification');
  expect(d.votes.ratification?.yesBp ?? null).toBe(rat?.yes ?? null);
  if (d.votes.ratification) {
    expect(d.votes.ratification.bySegment!.map((b) => b.name)).toEqual(sc.segments.map((g) => g.name));
  }
  if (s.outcome === 'ratified') expect(d.history.player.ratification!.yesBp).toBe(rat!.yes);
  expect(d.history.historical.union * 10).toBeCloseTo(utilityOf(sp, 'union', sc.history.deal), 9);
  expect(d.history.historical.studio * 10).toBeCloseTo(utilityOf(sp, 'studio', sc.history.deal), 9);
  expect(d.history.historical.lines.length).toBe(sc.history.lines.length);
  expect(d.history.historical.terms.map((t) => t.short)).toEqual(sc.issues.map((iss, i) => iss.levels[sc.history.deal[i]!]!.short));
  for (const side of SIDES) {
    const w = d.hidden.walkAway[side];
    expect(w.package).toEqual(sc.reservations[side]);
    // A computer's studios hold a floor its difficulty moves; a person's floor is the seed's alone.
    const byDifficulty = side === 'studio' && s.config.human === 'union' ? DEFAULT_PARAMS.ai.concession[s.config.difficulty].studioFloor : 0;
    expect(w.difficultyShiftPoints * 10).toBeCloseTo(byDifficulty, 9);
    expect(w.ownPoints * 10).toBeCloseTo(utilityOf(sp, side, sc.reservations[side]) + s.hidden.floorShift[side] + byDifficulty, 9);
  }
  expect(d.hidden.draws).toEqual(s.hidden);
}

describe('debrief on real rounds', () => {
  it('played a varied set of rounds', () => {
    const outcomes = new Set(finishedRounds.map((r) => r.state.outcome));
    expect(finishedRounds.every((r) => r.state.phase === 'done')).toBe(true);
    expect(outcomes.has('ratified')).toBe(true);
    expect(finishedRounds.some((r) => r.state.strikeDays > 0)).toBe(true);
  });

  for (const r of finishedRounds) {
    it(`${r.name}: consistent with the state and with independent checks`, () => {
      const before = JSON.stringify(r.state);
      const d = debrief(r.state);
      expect(JSON.stringify(r.state)).toBe(before); // the state is not touched
      checkDebrief(r.state, d);
      expect(debrief(r.state)).toEqual(d); // deterministic
    });
  }

  it('a round without a deal (constructed: the calendar ran out) has no efficiency and uses the last day', () => {
    const s = structuredClone(finishedRounds.find((r) => r.state.strikeDays > 0)!.state);
    s.deal = null;
    s.outcome = 'noDeal';
    const d = debrief(s);
    checkDebrief(s, d);
    expect(d.benchmarks.dealDay.day).toBe(s.daily[s.daily.length - 1]!.day);
    expect(d.history.player.terms).toBeNull();
  });

  it('a deal on the frontier (constructed) has distance 0, nothing dominating it and full efficiency', () => {
    for (const scenario of ['2023', '2026']) {
      const base = finishedRounds.find((r) => r.state.config.scenario === scenario && r.state.outcome === 'ratified')!.state;
      const sp = spaceOf(getScenario(scenario)!);
      const f = staticAnalysis(sp).frontier;
      for (const i of [0, Math.floor(f.a.length / 3), f.a.length - 1]) {
        const s = structuredClone(base);
        s.deal = f.packages[i]!.slice();
        const d = debrief(s);
        checkDebrief(s, d);
        expect(d.efficiency!.onFrontier).toBe(true);
        expect(d.efficiency!.distance).toBe(0);
        expect(d.efficiency!.dominatingOutcomes).toBe(0);
      }
      // the status quo is far inside: dominated by many outcomes
      const s = structuredClone(base);
      s.deal = getScenario(scenario)!.statusQuo.slice();
      const d = debrief(s);
      checkDebrief(s, d);
      expect(d.efficiency!.onFrontier).toBe(false);
      expect(d.efficiency!.distance).toBeGreaterThan(0);
      expect(d.efficiency!.dominatingOutcomes).toBeGreaterThan(0);
      if (scenario !== '2023') continue; // one full enumeration is enough (and the slow part)
      const a = utilityOf(sp, 'union', s.deal);
      const b = utilityOf(sp, 'studio', s.deal);
      let brute = 0;
      const digits = new Array<number>(sp.radix.length).fill(0);
      for (let idx = 0; idx < sp.size; idx++) {
        const ua = sum(sp.tables.union, digits);
        const ub = sum(sp.tables.studio, digits);
        if (ua >= a && ub >= b && (ua > a || ub > b)) brute++;
        for (let i = digits.length - 1; i >= 0; i--) {
          digits[i]!++;
          if (digits[i]! < sp.radix[i]!) break;
          digits[i] = 0;
        }
      }
      expect(brute).toBeGreaterThan(0);
      expect(d.efficiency!.dominatingOutcomes).toBe(brute);
    }
  });

  it('runs well under 20 ms for a finished round', () => {
    const long = finishedRounds.reduce((x, y) => (y.state.daily.length > x.state.daily.length ? y : x));
    debrief(long.state); // warm caches
    const runs = 10;
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) debrief(long.state);
    expect((performance.now() - t0) / runs).toBeLessThan(20);
  });
});

describe('the hidden reveal', () => {
  it('shows every hidden draw of the seed, the members\u2019 savings scale included', () => {
    const seen = new Set<number>();
    let checked = 0;
    for (const scenario of ['2023', '2026']) {
      const sc = getScenario(scenario)!;
      for (let k = 0; k < 6; k++) {
        const s = must(createGame(cfg({ scenario, seed: `reveal-${k}` })));
        const d = debrief(s);
        expect(Object.keys(d.hidden.draws).sort()).toEqual(['floorShift', 'halfLifeScale', 'lossScale', 'savingsScale', 'toleranceScale']);
        expect(d.hidden.draws.savingsScale).toBe(s.hidden.savingsScale);
        // the revealed scale is the one the members' starting savings were drawn with (unless an
        // event fired on day 0 moved them too)
        const savingsEvents = s.firedEvents.some((id) => sc.events.find((e) => e.id === id)!.effects.some((e) => e.kind === 'savings'));
        if (!savingsEvents) {
          s.members.forEach((m, i) => expect(m.savings).toBe(Math.round((sc.segments[i]!.savings * d.hidden.draws.savingsScale) / 10000)));
          checked++;
        }
        // a copy, not the state's own object
        expect(d.hidden.draws).not.toBe(s.hidden);
        seen.add(d.hidden.draws.savingsScale);
      }
    }
    expect(seen.size).toBeGreaterThan(3);
    expect(checked).toBeGreaterThan(6);
  });
});

describe('debrief on unfinished rounds', () => {
  it('at the opening of talks', () => {
    for (const scenario of ['2023', '2026']) {
      for (const human of ['union', 'studio', 'both'] as const) {
        const s = must(createGame(cfg({ scenario, human })));
        const d = debrief(s);
        checkDebrief(s, d);
        expect(d.finished).toBe(false);
        expect(d.deal).toBeNull();
        expect(d.concession.union.fit.label).toBe('Too few offers');
        expect(d.concession.studio.fit.label).toBe('Too few offers');
        expect(d.benchmarks.dealDay.day).toBe(0);
      }
    }
  });

  it('after a few moves, mid-strike, and with a tentative agreement awaiting the vote', () => {
    const states: GameState[] = [];
    for (const scenario of ['2023', '2026']) {
      for (const human of ['union', 'studio'] as const) {
        for (const moves of [3, 12, 25]) states.push(play(cfg({ scenario, human, seed: `mid-${moves}` }), { [human]: 'hardliner' }, moves));
      }
      states.push(play(cfg({ scenario, human: 'both', seed: 'mid-both' }), { union: 'random', studio: 'random' }, 8));
      // accept the studios' opening at once: a tentative agreement, no deal yet
      const g = must(createGame(cfg({ scenario, human: 'union' })));
      const accept: Action = { type: 'accept', side: 'union', index: 0 };
      states.push(must(applyAction(g, accept)));
    }
    expect(states.some((s) => s.phase === 'ratification')).toBe(true);
    expect(states.some((s) => s.phase !== 'done' && s.offers.length > 6)).toBe(true);
    for (const s of states) {
      if (s.phase === 'done') continue;
      const d = debrief(s);
      checkDebrief(s, d);
      expect(d.finished).toBe(false);
      expect(d.deal).toBeNull();
      expect(d.efficiency).toBeNull();
    }
  });
});

describe('the opponent model\u2019s weights', () => {
  it('reads an issue the other side held as more important than one it gave up', () => {
    const sc = getScenario('2023')!;
    const radix = spaceOf(sc).radix;
    const mem = freshMemory(radix);
    const open = sc.openings.union.slice();
    // The union holds its year-1 raise and gives up its whole streaming ask, and nothing else moves.
    const later = open.slice();
    later[2] = sc.openings.studio[2]!;
    learn(mem, [open]);
    learn(mem, [later]);
    learn(mem, [later]);
    const w = estimatedWeights(mem, sc.openings.union, sc.openings.studio);
    expect(w.reduce((a, b) => a + b, 0)).toBe(10000);
    expect(w[0]!).toBeGreaterThan(w[2]!);
    // With nothing seen it falls back to the frequency weights (uniform at the start).
    expect(estimatedWeights(freshMemory(radix), sc.openings.union, sc.openings.studio)).toEqual(freshMemory(radix).weights);
  });
});

describe('the frontier holds sensible contracts (the scoring schedules price raises like money)', () => {
  for (const id of ['2023', '2026']) {
    const sc = getScenario(id)!;
    const sp = spaceOf(sc);
    const { frontier: f, fair } = staticAnalysis(sp);
    const step = (i: number) => Number.parseFloat(sc.issues[i]!.levels[1]!.short) / 100; // share per level

    // The defect measured: 11% in year 1, then 0%. A first-year raise of 4% or more should never
    // come with later raises of 0.5% or less anywhere on the frontier. In 2023 it took pricing a
    // percent of raise alike for the studios in every year (26/16 -> 30/12 points; at 26/16, 27
    // frontier contracts were that lopsided).
    it(`${id}: no frontier contract pairs a big first-year raise with next to nothing after it`, () => {
      const lopsided = f.packages.filter((p) => p[0]! * step(0) >= 0.04 && p[1]! * step(1) <= 0.005);
      expect(lopsided).toEqual([]);
    });

    it(`${id}: the even split is a contract a person would sign: raises every year, some streaming and AI terms`, () => {
      const nash = f.packages[fair.index]!;
      expect(nash[0]! * step(0)).toBeGreaterThanOrEqual(0.02);
      expect(nash[0]! * step(0)).toBeLessThanOrEqual(0.09);
      expect(nash[1]!).toBeGreaterThan(0);
      expect(nash[2]!).toBeGreaterThan(0);
      expect(nash[3]!).toBeGreaterThanOrEqual(2);
    });

    it(`${id}: the real deal lies near the frontier (no frontier contract beats it by 5 points for both sides)`, () => {
      const deal = sc.history.deal;
      const a = utilityOf(sp, 'union', deal);
      const b = utilityOf(sp, 'studio', deal);
      let gain = -Infinity;
      for (let k = 0; k < f.a.length; k++) gain = Math.max(gain, Math.min(f.a[k]! - a, f.b[k]! - b));
      expect(gain).toBeGreaterThanOrEqual(0);
      expect(gain).toBeLessThan(50);
    });
  }
});
