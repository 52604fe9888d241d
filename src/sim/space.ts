import type { Scenario } from './scenarios/types';
import { ISSUE_IDS, type IssueId, type Package, type Side } from './types';

/**
 * The outcome space of a scenario and its utility tables. Utilities are linear-additive over
 * the issues, in deci-points (10 = 1 point; each side's best package is worth 1000 = 100 points),
 * like a classroom scoring schedule.
 */
export interface Space {
  scenario: Scenario;
  radix: number[];
  size: number;
  /** [issue][level] → deci-points. */
  tables: Record<Side, number[][]>;
  /** [segment][issue][level] → deci-points on the segment's own 0..1000 scale. */
  segments: number[][][];
}

const cache = new Map<string, Space>();

function table(weights: Record<IssueId, number>, shapes: number[][]): number[][] {
  return ISSUE_IDS.map((id, i) => (shapes[i] ?? []).map((pct) => Math.round((weights[id] * pct) / 10)));
}

export function spaceOf(scenario: Scenario): Space {
  const hit = cache.get(scenario.id);
  if (hit && hit.scenario === scenario) return hit;
  const radix = scenario.issues.map((i) => i.levels.length);
  const unionShapes = scenario.issues.map((i) => i.unionShape);
  const studioShapes = scenario.issues.map((i) => i.studioShape);
  const space: Space = {
    scenario,
    radix,
    size: radix.reduce((a, b) => a * b, 1),
    tables: { union: table(scenario.weights.union, unionShapes), studio: table(scenario.weights.studio, studioShapes) },
    segments: scenario.segments.map((s) => table(s.weights, unionShapes)),
  };
  cache.set(scenario.id, space);
  return space;
}

/** Sum of a package's per-issue values in a table. */
export function score(tab: number[][], pkg: Package): number {
  let u = 0;
  for (let i = 0; i < tab.length; i++) u += tab[i]![pkg[i]!]!;
  return u;
}

export const utilityOf = (space: Space, side: Side, pkg: Package): number => score(space.tables[side], pkg);

/** Mixed-radix index of a package (issue 0 is the most significant digit). */
export function encode(space: Space, pkg: Package): number {
  let idx = 0;
  for (let i = 0; i < space.radix.length; i++) idx = idx * space.radix[i]! + pkg[i]!;
  return idx;
}

export function decode(space: Space, idx: number): Package {
  const pkg = new Array<number>(space.radix.length).fill(0);
  for (let i = space.radix.length - 1; i >= 0; i--) {
    const r = space.radix[i]!;
    pkg[i] = idx % r;
    idx = Math.floor(idx / r);
  }
  return pkg;
}

/** null if the package is well formed for this space, else what is wrong with it, in words. */
export function packageProblem(space: Space, pkg: unknown): string | null {
  if (!Array.isArray(pkg)) return 'a package must list one level for every issue';
  if (pkg.length !== space.radix.length) return `a package must have ${space.radix.length} levels, one per issue (got ${pkg.length})`;
  for (let i = 0; i < pkg.length; i++) {
    const v = pkg[i];
    const r = space.radix[i]!;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= r) {
      return `the level for "${space.scenario.issues[i]!.name}" must be a whole number from 0 to ${r - 1}`;
    }
  }
  return null;
}

export const samePackage = (a: Package, b: Package): boolean => a.length === b.length && a.every((v, i) => v === b[i]);
