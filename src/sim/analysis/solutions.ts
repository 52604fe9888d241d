import type { Frontier } from './frontier';

export interface Point {
  index: number; // index into the frontier
  a: number;
  b: number;
}

/**
 * Bargaining solutions over a frontier (a = union, b = studios), given disagreement points.
 * Only frontier points that both sides prefer to disagreement count; if there are none,
 * the result is null (no zone of agreement).
 */
export function nashPoint(f: Frontier, da: number, db: number): Point | null {
  let best: Point | null = null;
  let bestV = -1;
  for (let i = 0; i < f.a.length; i++) {
    const ga = f.a[i]! - da;
    const gb = f.b[i]! - db;
    if (ga < 0 || gb < 0) continue;
    const v = ga * gb;
    if (v > bestV) {
      bestV = v;
      best = { index: i, a: f.a[i]!, b: f.b[i]! };
    }
  }
  return best;
}

/** Kalai–Smorodinsky: the point that keeps the ratio of maximal gains, argmax min_i (u_i − d_i)/(u_i^max − d_i). */
export function kalaiSmorodinsky(f: Frontier, da: number, db: number): Point | null {
  let maxA = -Infinity;
  let maxB = -Infinity;
  for (let i = 0; i < f.a.length; i++) {
    if (f.a[i]! >= da && f.b[i]! >= db) {
      maxA = Math.max(maxA, f.a[i]!);
      maxB = Math.max(maxB, f.b[i]!);
    }
  }
  if (maxA === -Infinity || maxA === da || maxB === db) return nashPoint(f, da, db);
  let best: Point | null = null;
  let bestV = -Infinity;
  for (let i = 0; i < f.a.length; i++) {
    const ga = f.a[i]! - da;
    const gb = f.b[i]! - db;
    if (ga < 0 || gb < 0) continue;
    const v = Math.min(ga / (maxA - da), gb / (maxB - db));
    if (v > bestV) {
      bestV = v;
      best = { index: i, a: f.a[i]!, b: f.b[i]! };
    }
  }
  return best;
}

/** The point with the largest joint utility a + b. */
export function maxWelfare(f: Frontier): Point {
  let best = 0;
  for (let i = 1; i < f.a.length; i++) if (f.a[i]! + f.b[i]! > f.a[best]! + f.b[best]!) best = i;
  return { index: best, a: f.a[best]!, b: f.b[best]! };
}

/** Is (a, b) on the frontier (no point weakly better on both and strictly on one)? */
export function dominatedBy(f: Frontier, a: number, b: number): Point | null {
  let best: Point | null = null;
  for (let i = 0; i < f.a.length; i++) {
    if (f.a[i]! >= a && f.b[i]! >= b && (f.a[i]! > a || f.b[i]! > b)) {
      // prefer the dominating point closest to the deal
      if (!best || f.a[i]! - a + (f.b[i]! - b) < best.a - a + (best.b - b)) best = { index: i, a: f.a[i]!, b: f.b[i]! };
    }
  }
  return best;
}

/** Euclidean distance from (a, b) to the nearest frontier point. */
export function distanceToFrontier(f: Frontier, a: number, b: number): number {
  if (!dominatedBy(f, a, b)) return 0;
  let best = Infinity;
  for (let i = 0; i < f.a.length; i++) {
    const dx = f.a[i]! - a;
    const dy = f.b[i]! - b;
    const d = Math.sqrt(dx * dx + dy * dy); // exactly rounded everywhere, unlike Math.hypot
    if (d < best) best = d;
  }
  return best;
}
