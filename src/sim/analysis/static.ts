import { paretoFrontier, type Frontier } from './frontier';
import { nashPoint, type Point } from './solutions';
import type { Space } from '../space';

/** Per-scenario analysis that does not change during a round (cached with the space). */
export interface StaticAnalysis {
  frontier: Frontier;
  /** The even split: the Nash point measured from each side's worst outcome (the public's yardstick of fairness). */
  fair: Point;
}

const cache = new WeakMap<Space, StaticAnalysis>();

export function staticAnalysis(sp: Space): StaticAnalysis {
  const hit = cache.get(sp);
  if (hit) return hit;
  const frontier = paretoFrontier(sp.tables.union, sp.tables.studio);
  const fair = nashPoint(frontier, 0, 0) ?? { index: 0, a: frontier.a[0]!, b: frontier.b[0]! };
  const out: StaticAnalysis = { frontier, fair };
  cache.set(sp, out);
  return out;
}
