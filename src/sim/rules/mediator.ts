import { staticAnalysis } from '../analysis/static';
import { nashPoint } from '../analysis/solutions';
import type { MediatorHint } from '../types';
import type { Ctx } from './ctx';
import { reservation } from './derived';

/**
 * A federal mediator hears both sides in confidence: it knows both walk-away points today and
 * says whether they overlap and, if so, names a package near the Nash point of that zone.
 */
export function mediatorHint(ctx: Ctx): MediatorHint {
  const { s, sc, sp } = ctx;
  const f = staticAnalysis(sp).frontier;
  // Each walk-away is read roughly: a triangular error of up to `noise` deci-points either way.
  const n = ctx.p.table.mediator.noise;
  const err = () => Math.round((ctx.rng.next() + ctx.rng.next() - 1) * n);
  const ru = reservation(s, sc, sp, 'union') + err();
  const rs = reservation(s, sc, sp, 'studio') + err();
  const p = nashPoint(f, ru, rs);
  if (!p) {
    let best = Infinity;
    for (let i = 0; i < f.a.length; i++) best = Math.min(best, Math.max(0, ru - f.a[i]!) + Math.max(0, rs - f.b[i]!));
    return { day: s.day, possible: false, gap: best };
  }
  return { day: s.day, possible: true, package: f.packages[p.index]!.slice() };
}
