/**
 * The exact Pareto frontier (src/sim/analysis/frontier.ts) against truth computed
 * independently: every outcome enumerated and checked against every other (O(N²)), and the
 * enumerate-and-sweep brute force. Random integer tables with many ties, the real 2023 and
 * 2026 tables restricted to subsets of levels, the full real tables, and the `fixed` argument.
 */
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { bruteForceFrontier, paretoFrontier, type Frontier } from '../../src/sim/analysis/frontier';
import { staticAnalysis } from '../../src/sim/analysis/static';
import { getScenario } from '../../src/sim/scenarios';
import { spaceOf, utilityOf } from '../../src/sim/space';

type Table = number[][];
type Rng = () => number;

interface Outcome {
  pkg: number[];
  a: number;
  b: number;
}

/** Sum of a package's values in a table (independent of space.ts). */
function sum(tab: Table, pkg: number[]): number {
  let s = 0;
  for (let i = 0; i < tab.length; i++) s += tab[i]![pkg[i]!]!;
  return s;
}

/** Every package of the space (optionally with some issues fixed), with both utilities. */
function enumerate(tabA: Table, tabB: Table, fixed?: (number | null)[]): Outcome[] {
  const out: Outcome[] = [];
  const pkg: number[] = [];
  const rec = (i: number): void => {
    if (i === tabA.length) {
      out.push({ pkg: pkg.slice(), a: sum(tabA, pkg), b: sum(tabB, pkg) });
      return;
    }
    for (let l = 0; l < tabA[i]!.length; l++) {
      if (fixed?.[i] != null && fixed[i] !== l) continue;
      pkg[i] = l;
      rec(i + 1);
    }
  };
  rec(0);
  return out;
}

/**
 * The naive O(N²) frontier: a point is on it iff no outcome is at least as good for both and
 * better for one. Returns the distinct frontier points as "a,b" keys, sorted by a descending.
 */
function naiveFrontier(outcomes: Outcome[]): string[] {
  // distinct points first (a point's dominance does not depend on how many packages share it)
  const seen = new Map<string, { a: number; b: number }>();
  for (const o of outcomes) seen.set(`${o.a},${o.b}`, { a: o.a, b: o.b });
  const pts = [...seen.values()];
  const keep: { a: number; b: number }[] = [];
  for (const p of pts) {
    let dominated = false;
    for (const q of pts) {
      if (q.a >= p.a && q.b >= p.b && (q.a > p.a || q.b > p.b)) {
        dominated = true;
        break;
      }
    }
    if (!dominated) keep.push(p);
  }
  keep.sort((x, y) => y.a - x.a || x.b - y.b);
  return keep.map((p) => `${p.a},${p.b}`);
}

const keys = (f: { a: number[]; b: number[] }): string[] => f.a.map((a, i) => `${a},${f.b[i]}`);

/** Structural checks plus: each package is valid, honours `fixed`, and has the reported utilities. */
function checkFrontier(f: Frontier, tabA: Table, tabB: Table, fixed?: (number | null)[]): void {
  expect(f.b.length).toBe(f.a.length);
  expect(f.packages.length).toBe(f.a.length);
  expect(f.a.length).toBeGreaterThan(0);
  for (let i = 1; i < f.a.length; i++) {
    expect(f.a[i]!).toBeLessThan(f.a[i - 1]!);
    expect(f.b[i]!).toBeGreaterThan(f.b[i - 1]!);
  }
  f.packages.forEach((pkg, i) => {
    expect(pkg.length).toBe(tabA.length);
    pkg.forEach((lvl, k) => {
      expect(Number.isInteger(lvl)).toBe(true);
      expect(lvl).toBeGreaterThanOrEqual(0);
      expect(lvl).toBeLessThan(tabA[k]!.length);
      if (fixed?.[k] != null) expect(lvl).toBe(fixed[k]);
    });
    expect(sum(tabA, pkg)).toBe(f.a[i]);
    expect(sum(tabB, pkg)).toBe(f.b[i]);
  });
}

function randomTables(rng: Rng, opts: { negative?: boolean } = {}): { A: Table; B: Table } {
  const issues = 3 + Math.floor(rng() * 4); // 3..6
  const ranges = [2, 5, 20, 100, 1000];
  const R = ranges[Math.floor(rng() * ranges.length)]!;
  const value = () => (opts.negative ? Math.floor(rng() * (2 * R + 1)) - R : Math.floor(rng() * (R + 1)));
  const A: Table = [];
  const B: Table = [];
  for (let i = 0; i < issues; i++) {
    const k = 2 + Math.floor(rng() * 7); // 2..8
    A.push(Array.from({ length: k }, value));
    B.push(Array.from({ length: k }, value));
  }
  return { A, B };
}

const size = (t: Table): number => t.reduce((p, r) => p * r.length, 1);
const NAIVE_LIMIT = 4000;

describe('paretoFrontier on random integer tables', () => {
  it('matches the brute force on 300 random spaces and the O(N²) check on every small one', () => {
    let naiveChecked = 0;
    let maxSize = 0;
    for (let k = 0; k < 300; k++) {
      const rng = seedrandom.alea(`frontier-random-${k}`);
      const { A, B } = randomTables(rng);
      const f = paretoFrontier(A, B);
      checkFrontier(f, A, B);
      const bf = bruteForceFrontier(A, B);
      expect(bf.size).toBe(size(A));
      expect(keys(f)).toEqual(keys(bf));
      maxSize = Math.max(maxSize, size(A));
      if (size(A) <= NAIVE_LIMIT) {
        expect(keys(f)).toEqual(naiveFrontier(enumerate(A, B)));
        naiveChecked++;
      }
    }
    expect(naiveChecked).toBeGreaterThanOrEqual(150);
    expect(maxSize).toBeGreaterThan(NAIVE_LIMIT); // the brute force also saw large spaces
  });

  it('matches the O(N²) check with negative utilities too', () => {
    let checked = 0;
    for (let k = 0; checked < 120; k++) {
      const rng = seedrandom.alea(`frontier-negative-${k}`);
      const { A, B } = randomTables(rng, { negative: true });
      if (size(A) > NAIVE_LIMIT) continue;
      const f = paretoFrontier(A, B);
      checkFrontier(f, A, B);
      expect(keys(f)).toEqual(naiveFrontier(enumerate(A, B)));
      checked++;
    }
  });

  it('the brute force itself matches the O(N²) check with negative utilities (b packed with an offset)', () => {
    let checked = 0;
    let negativeB = 0;
    for (let k = 0; checked < 120; k++) {
      const rng = seedrandom.alea(`brute-negative-${k}`);
      const { A, B } = randomTables(rng, { negative: true });
      if (size(A) > NAIVE_LIMIT) continue;
      const bf = bruteForceFrontier(A, B);
      expect(bf.size).toBe(size(A));
      expect(keys(bf)).toEqual(naiveFrontier(enumerate(A, B)));
      if (bf.b.some((b) => b < 0)) negativeB++;
      checked++;
    }
    expect(negativeB).toBeGreaterThan(30);
    // A space whose every b is negative, and one whose b are all large: exact either way.
    const A = [
      [3, 1, 4],
      [1, 5, 9],
    ];
    const neg = [
      [-7, -2, -9],
      [-6, -5, -3],
    ];
    expect(keys(bruteForceFrontier(A, neg))).toEqual(naiveFrontier(enumerate(A, neg)));
    for (const big of [1 << 20, (1 << 20) + 1, 3_000_000, 40_000_000]) {
      const B = neg.map((r) => r.map((v) => v + big));
      const bf = bruteForceFrontier(A, B);
      expect(keys(bf), `b around ${big}`).toEqual(naiveFrontier(enumerate(A, B)));
      const wideA = A.map((r) => r.map((v) => v * 1000 - big));
      expect(keys(bruteForceFrontier(wideA, B)), `a and b around ${big}`).toEqual(naiveFrontier(enumerate(wideA, B)));
    }
  });

  it('the brute force matches the O(N²) check on random spaces with utilities in the millions', () => {
    for (let k = 0; k < 40; k++) {
      const rng = seedrandom.alea(`brute-large-${k}`);
      const issues = 3 + Math.floor(rng() * 3);
      const value = () => Math.floor(rng() * 4_000_001) - 1_000_000;
      const A: Table = [];
      const B: Table = [];
      for (let i = 0; i < issues; i++) {
        const levels = 2 + Math.floor(rng() * 5);
        A.push(Array.from({ length: levels }, value));
        B.push(Array.from({ length: levels }, value));
      }
      if (size(A) > NAIVE_LIMIT) continue;
      const truth = naiveFrontier(enumerate(A, B));
      expect(keys(bruteForceFrontier(A, B))).toEqual(truth);
      expect(keys(paretoFrontier(A, B))).toEqual(truth);
    }
  });

  it('finds the single best point when both sides agree, and one point when every outcome ties', () => {
    const rng = seedrandom.alea('frontier-agree');
    for (let k = 0; k < 20; k++) {
      const { A } = randomTables(rng);
      const f = paretoFrontier(A, A);
      const best = A.reduce((s, r) => s + Math.max(...r), 0);
      expect(keys(f)).toEqual([`${best},${best}`]);
      checkFrontier(f, A, A);
    }
    const zeros = [
      [0, 0, 0],
      [0, 0],
    ];
    expect(keys(paretoFrontier(zeros, zeros))).toEqual(['0,0']);
  });

  it('handles an issue with a single level and a one-issue space', () => {
    const A = [[5], [1, 9, 3], [0, 2]];
    const B = [[7], [8, 0, 6], [4, 1]];
    const f = paretoFrontier(A, B);
    checkFrontier(f, A, B);
    expect(keys(f)).toEqual(naiveFrontier(enumerate(A, B)));
    const one = paretoFrontier([[3, 1, 4, 1, 5]], [[9, 2, 6, 5, 3]]);
    expect(keys(one)).toEqual(['5,3', '4,6', '3,9']);
    expect(one.packages).toEqual([[4], [2], [0]]);
  });
});

describe('the fixed argument', () => {
  it('restricts the frontier to packages with the fixed levels (random spaces, O(N²) truth)', () => {
    let checked = 0;
    for (let k = 0; checked < 150; k++) {
      const rng = seedrandom.alea(`frontier-fixed-${k}`);
      const { A, B } = randomTables(rng, { negative: k % 2 === 1 });
      if (size(A) > NAIVE_LIMIT) continue;
      const fixed = A.map((r) => (rng() < 0.4 ? Math.floor(rng() * r.length) : null));
      const f = paretoFrontier(A, B, fixed);
      checkFrontier(f, A, B, fixed);
      expect(keys(f)).toEqual(naiveFrontier(enumerate(A, B, fixed)));
      checked++;
    }
  });

  it('with every entry null it is the unrestricted frontier; with every issue fixed it is that package', () => {
    const rng = seedrandom.alea('frontier-fixed-edges');
    for (let k = 0; k < 20; k++) {
      const { A, B } = randomTables(rng);
      const free = paretoFrontier(A, B);
      const nulls = paretoFrontier(
        A,
        B,
        A.map(() => null),
      );
      expect(keys(nulls)).toEqual(keys(free));
      const pkg = A.map((r) => Math.floor(rng() * r.length));
      const all = paretoFrontier(A, B, pkg);
      expect(all.packages).toEqual([pkg]);
      expect(keys(all)).toEqual([`${sum(A, pkg)},${sum(B, pkg)}`]);
    }
  });

  it('on the real tables: fixing term and reopener equals the brute force over the restricted tables', () => {
    for (const id of ['2023', '2026']) {
      const sp = spaceOf(getScenario(id)!);
      const U = sp.tables.union;
      const S = sp.tables.studio;
      for (const fixedLevels of [
        [null, null, null, null, null, 1, 0],
        [null, null, 2, null, null, 0, 1],
        [10, null, null, 3, null, null, null],
      ]) {
        const f = paretoFrontier(U, S, fixedLevels);
        checkFrontier(f, U, S, fixedLevels);
        // independent truth: replace each fixed issue's row by its one allowed value
        const rU = U.map((r, i) => (fixedLevels[i] != null ? [r[fixedLevels[i]!]!] : r));
        const rS = S.map((r, i) => (fixedLevels[i] != null ? [r[fixedLevels[i]!]!] : r));
        expect(keys(f)).toEqual(keys(bruteForceFrontier(rU, rS)));
      }
    }
  });
});

describe('paretoFrontier on the real scenario tables', () => {
  for (const id of ['2023', '2026']) {
    it(`${id}: subsets of levels match the O(N²) check, and packages map back to the full space`, () => {
      const sc = getScenario(id)!;
      const sp = spaceOf(sc);
      for (let k = 0; k < 12; k++) {
        const rng = seedrandom.alea(`frontier-real-${id}-${k}`);
        // 2 or 3 distinct levels of each issue, in order
        const subsets = sp.radix.map((r) => {
          const want = Math.min(r, 2 + Math.floor(rng() * 2));
          const pool = Array.from({ length: r }, (_, l) => l);
          const pick: number[] = [];
          while (pick.length < want) pick.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]!);
          return pick.sort((x, y) => x - y);
        });
        const rU = sp.tables.union.map((row, i) => subsets[i]!.map((l) => row[l]!));
        const rS = sp.tables.studio.map((row, i) => subsets[i]!.map((l) => row[l]!));
        const f = paretoFrontier(rU, rS);
        checkFrontier(f, rU, rS);
        expect(keys(f)).toEqual(naiveFrontier(enumerate(rU, rS)));
        expect(keys(f)).toEqual(keys(bruteForceFrontier(rU, rS)));
        f.packages.forEach((pkg, j) => {
          const full = pkg.map((l, i) => subsets[i]![l]!);
          expect(utilityOf(sp, 'union', full)).toBe(f.a[j]);
          expect(utilityOf(sp, 'studio', full)).toBe(f.b[j]);
        });
      }
    });

    it(`${id}: the full frontier equals the brute force over all ${'1.28M'} outcomes`, () => {
      const sc = getScenario(id)!;
      const sp = spaceOf(sc);
      const f = paretoFrontier(sp.tables.union, sp.tables.studio);
      const bf = bruteForceFrontier(sp.tables.union, sp.tables.studio);
      expect(bf.size).toBe(sp.size);
      expect(keys(f)).toEqual(keys(bf));
      checkFrontier(f, sp.tables.union, sp.tables.studio);
      // the cached static analysis is the same frontier
      expect(keys(staticAnalysis(sp).frontier)).toEqual(keys(f));
      // its ends are each side's best package
      const bestU = sp.tables.union.reduce((s, r) => s + Math.max(...r), 0);
      const bestS = sp.tables.studio.reduce((s, r) => s + Math.max(...r), 0);
      expect(f.a[0]).toBe(bestU);
      expect(f.b[f.b.length - 1]).toBe(bestS);
    });
  }
});
