import { staticAnalysis } from '../analysis/static';
import { findLast } from '../reducer';
import type { MediatorHint } from '../types';
import type { Ctx } from './ctx';
import { reservation } from './derived';

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
