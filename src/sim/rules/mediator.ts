import { staticAnalysis } from '../analysis/static';
import { findLast } from '../reducer';
import type { MediatorHint, Package } from '../types';
import type { Ctx } from './ctx';
import { reservation } from './derived';
import { score } from '../space';

/**
 * A federal mediator hears both sides in confidence: it reads both walk-away points today, each
 * only roughly, and says whether they overlap. If they do, it proposes what mediators propose:
 * a package in that zone as close as it can to splitting the difference between the two sides'
 * latest offers (so a mediator's word is advice from the middle, not a key to the other side's
 * bottom line).
 */
export function mediatorHint(ctx: Ctx): MediatorHint {
  const { s, sc, sp } = ctx;
  const f = staticAnalysis(sp).frontier;
  // Each walk-away is read roughly: a triangular error of up to `noise` deci-points either way.
  const n = ctx.p.table.mediator.noise;
  const err = () => Math.round((ctx.rng.next() + ctx.rng.next() - 1) * n);
  const ru = reservation(s, sc, sp, 'union') + err();
  const rs = reservation(s, sc, sp, 'studio') + err();
  let mid: { a: number; b: number } | null = null;
  const lastU = findLast(s.offers, (o) => o.by === 'union');
  const lastS = findLast(s.offers, (o) => o.by === 'studio');
  if (lastU && lastS) mid = { a: (lastU.uUnion + lastS.uUnion) / 2, b: (lastU.uStudio + lastS.uStudio) / 2 };
  // What mediators propose: a package between the two sides' latest positions on every issue,
  // in the zone as read, sharing the gains over both walk-aways as evenly as it can (the largest
  // product of the two gains). Only if no package between them is in the zone does it reach
  // beyond, to the frontier (a playtester was offered 0.5% later raises with both sides at 3%+).
  if (lastU && lastS) {
    const between = betweenPackage(sp.tables.union, sp.tables.studio, lastU.packages[0]!, lastS.packages[0]!, ru, rs);
    if (between) return { day: s.day, possible: true, package: between };
  }
  let pick = -1;
  let dist = Infinity;
  for (let i = 0; i < f.a.length; i++) {
    if (f.a[i]! < ru || f.b[i]! < rs) continue;
    const d = mid ? Math.abs(f.a[i]! - mid.a) + Math.abs(f.b[i]! - mid.b) : 0;
    if (d < dist) (dist = d), (pick = i);
  }
  if (pick < 0) {
    let best = Infinity;
    for (let i = 0; i < f.a.length; i++) best = Math.min(best, Math.max(0, ru - f.a[i]!) + Math.max(0, rs - f.b[i]!));
    return { day: s.day, possible: false, gap: best };
  }
  return { day: s.day, possible: true, package: f.packages[pick]!.slice() };
}

/** Most packages a mediator weighs between two positions (beyond it, it looks to the frontier). */
const BETWEEN_LIMIT = 200_000; // structural: a bound on the search, far above the scenarios' boxes

/**
 * The package between two positions (each issue's level from one side's to the other's) that is
 * in the zone (at least `ru` for the union and `rs` for the studios) with the largest product of
 * the two gains over them; null if none is, or the box is too large to search. Ties go to the
 * first found, so the choice is the same everywhere.
 */
export function betweenPackage(tu: number[][], ts: number[][], a: Package, b: Package, ru: number, rs: number): Package | null {
  const lo = a.map((l, i) => Math.min(l, b[i]!));
  const hi = a.map((l, i) => Math.max(l, b[i]!));
  let size = 1;
  for (let i = 0; i < lo.length; i++) size *= hi[i]! - lo[i]! + 1;
  if (size > BETWEEN_LIMIT) return null;
  const cur = lo.slice();
  let best: Package | null = null;
  let bestProduct = -Infinity;
  const midU = score(tu, a) + score(tu, b);
  const midV = score(ts, a) + score(ts, b);
  for (;;) {
    let u = 0;
    let v = 0;
    for (let i = 0; i < cur.length; i++) (u += tu[i]![cur[i]!]!), (v += ts[i]![cur[i]!]!);
    if (u >= ru && v >= rs) {
      const product = -(Math.abs(2 * u - midU) + Math.abs(2 * v - midV));
      if (product > bestProduct) (bestProduct = product), (best = cur.slice());
    }
    let k = 0;
    while (k < cur.length && cur[k] === hi[k]) (cur[k] = lo[k]!), k++;
    if (k === cur.length) break;
    cur[k] = cur[k]! + 1;
  }
  return best;
}
