import type { Package } from '../types';

/**
 * Exact Pareto frontier of a linear-additive two-party outcome space, without enumerating it.
 *
 * Because utilities add up issue by issue, a partial package that is dominated stays dominated
 * after any identical completion. So the frontier of issues 1..i is the frontier of
 * (frontier of 1..i−1) ⊕ (levels of issue i): merge issue by issue and prune each time.
 * Ties: points with equal (a, b) keep one representative package (the first found).
 */
export interface Frontier {
  /** Utilities for party A, descending. */
  a: number[];
  /** Utilities for party B, ascending (same order). */
  b: number[];
  /** A representative package for each point. */
  packages: Package[];
}

interface Node {
  a: number;
  b: number;
  prev: number; // index into the previous layer
  level: number;
}

/**
 * @param tabA [issue][level] → utility for A (integers)
 * @param tabB [issue][level] → utility for B (integers)
 * @param fixed optional: fixed[i] = level forces issue i to that level
 * @param opts optional: `allowed[i][l]` false bars level l of issue i; `minA` keeps only the part
 *   of the frontier with A's utility at least minA (partial packages that cannot reach it are
 *   dropped early, so a search for offers above a target is faster and still exact there)
 */
export function paretoFrontier(tabA: number[][], tabB: number[][], fixed?: (number | null)[], opts: { allowed?: boolean[][]; minA?: number } = {}): Frontier {
  const layers: Node[][] = [];
  let current: Node[] = [{ a: 0, b: 0, prev: -1, level: -1 }];
  const ok = (i: number, l: number) => (fixed?.[i] == null || fixed[i] === l) && (opts.allowed?.[i]?.[l] ?? true);
  // The most A can still gain from the issues after each one (for the minA bound).
  const rest = new Array<number>(tabA.length + 1).fill(0);
  for (let i = tabA.length - 1; i >= 0; i--) {
    let best = -Infinity;
    tabA[i]!.forEach((u, l) => ok(i, l) && (best = Math.max(best, u)));
    rest[i] = rest[i + 1]! + (best === -Infinity ? 0 : best);
  }
  const minA = opts.minA ?? -Infinity;
  for (let i = 0; i < tabA.length; i++) {
    const rowA = tabA[i]!;
    const rowB = tabB[i]!;
    const cands: Node[] = [];
    for (let p = 0; p < current.length; p++) {
      const node = current[p]!;
      for (let l = 0; l < rowA.length; l++) {
        if (!ok(i, l)) continue;
        const a = node.a + rowA[l]!;
        if (a + rest[i + 1]! < minA) continue;
        cands.push({ a, b: node.b + rowB[l]!, prev: p, level: l });
      }
    }
    current = prune(cands);
    layers.push(current);
  }
  const a: number[] = [];
  const b: number[] = [];
  const packages: Package[] = [];
  for (let k = 0; k < current.length; k++) {
    const pkg = new Array<number>(tabA.length);
    let idx = k;
    for (let i = tabA.length - 1; i >= 0; i--) {
      const node = layers[i]![idx]!;
      pkg[i] = node.level;
      idx = node.prev;
    }
    a.push(current[k]!.a);
    b.push(current[k]!.b);
    packages.push(pkg);
  }
  return { a, b, packages };
}

/** Keep the non-dominated nodes: sort by a desc (b desc on ties), sweep keeping strictly rising b. */
function prune(nodes: Node[]): Node[] {
  nodes.sort((x, y) => y.a - x.a || y.b - x.b || x.prev - y.prev || x.level - y.level);
  const out: Node[] = [];
  let best = -Infinity;
  for (const n of nodes) {
    if (n.b > best) {
      out.push(n);
      best = n.b;
    }
  }
  return out;
}

/**
 * The plain method, for checking and benchmarking: enumerate every outcome into typed arrays,
 * one sort by (a desc, b desc), one sweep. Returns the frontier's (a, b) points.
 */
export function bruteForceFrontier(tabA: number[][], tabB: number[][]): { a: number[]; b: number[]; size: number } {
  const radix = tabA.map((r) => r.length);
  const size = radix.reduce((x, y) => x * y, 1);
  const ua = new Int32Array(size);
  const ub = new Int32Array(size);
  const digits = new Array<number>(radix.length).fill(0);
  for (let idx = 0; idx < size; idx++) {
    let sa = 0;
    let sb = 0;
    for (let i = 0; i < radix.length; i++) {
      sa += tabA[i]![digits[i]!]!;
      sb += tabB[i]![digits[i]!]!;
    }
    ua[idx] = sa;
    ub[idx] = sb;
    // increment the mixed-radix counter (last issue fastest)
    for (let i = radix.length - 1; i >= 0; i--) {
      digits[i]!++;
      if (digits[i]! < radix[i]!) break;
      digits[i] = 0;
    }
  }
  // Sort keys: a desc then b desc, packed into one Float64 key for a single typed-array sort
  // (b is shifted to be non-negative so that the packing is exact).
  let minB = Infinity;
  let maxB = -Infinity;
  for (let i = 0; i < size; i++) {
    if (ub[i]! < minB) minB = ub[i]!;
    if (ub[i]! > maxB) maxB = ub[i]!;
  }
  const span = Math.max(1, maxB - minB + 1);
  const keys = new Float64Array(size);
  for (let i = 0; i < size; i++) keys[i] = -(ua[i]! * span + (ub[i]! - minB));
  keys.sort();
  const a: number[] = [];
  const b: number[] = [];
  let best = -Infinity;
  for (let i = 0; i < size; i++) {
    const k = -keys[i]!;
    const va = Math.floor(k / span);
    const vb = k - va * span + minB;
    if (vb > best) {
      a.push(va);
      b.push(vb);
      best = vb;
    }
  }
  return { a, b, size };
}
