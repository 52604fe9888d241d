import { stateHash } from '../hash';
import { getScenario } from '../scenarios';
import { spaceOf, utilityOf } from '../space';
import { paramsOf } from '../rules/params';
import type { GameState, IssueId, Outcome, Side } from '../types';
import { staticAnalysis } from './static';
import { distanceToFrontier, dominatedBy, maxWelfare } from './solutions';

export interface RoundSummary {
  scenario: string;
  side: string;
  seed: string;
  difficulty: string;
  outcome: Outcome | null;
  deal: Record<IssueId, number> | null;
  days: number;
  strikeDays: number;
  ratification: { yes: number; turnout: number } | null;
  scores: { union: number; studio: number };
  efficiency: { onFrontier: boolean; distance: number; valueLeft: number };
  stateHash: string;
}

const pts = (deci: number): number => Math.round(deci) / 10;

/** The endings that are a failure for each side's committee. */
export const FAILURES: Record<Side, readonly Outcome[]> = {
  union: ['strikeCrumbled', 'mandateLost', 'noDeal'],
  studio: ['allianceBroke', 'noDeal'],
};

/** How a side's score is made, term by term (deci-points), for the ending and the debrief to explain. */
export interface ScoreParts {
  /** The deal (or, if none, the old terms) on the side's own scoring schedule. */
  deal: number;
  /** A failure ending counts at most the side's own walk-away package, less a penalty. */
  failureCap: number | null;
  /** What the strike cost the side, converted at the scenario's rate. */
  strikeCost: number;
  /** Lost goodwill: leadership crises and broken "final" offers. */
  goodwill: number;
  total: number;
}

export function scoreParts(s: GameState, side: Side): ScoreParts {
  const sc = getScenario(s.config.scenario)!;
  const sp = spaceOf(sc);
  const p = paramsOf(s.config).score;
  const deal = utilityOf(sp, side, s.deal ?? sc.statusQuo);
  const failed = s.outcome != null && FAILURES[side].includes(s.outcome);
  const failureCap = failed ? Math.min(deal, utilityOf(sp, side, sc.reservations[side])) - p.failure * 10 : null;
  const strikeCost = side === 'union' ? s.memberLosses / sc.unionModel.kPerDeciPoint : s.studioLosses / sc.studioModel.kPerDeciPoint;
  const goodwill = ((side === 'union' ? Math.min(s.crises, p.crisesCharged) * p.crisis : 0) + (s.brokeFinal.includes(side) ? p.brokenFinal : 0)) * 10;
  const total = (failureCap ?? deal) - strikeCost - goodwill;
  return { deal, failureCap, strikeCost, goodwill, total };
}

/**
 * Each side's score, in points: the deal's value on its own scoring schedule, minus what the
 * road cost it (members' lost earnings or the studios' losses, converted at the scenario's
 * rate, and lost goodwill). A failure ending counts at most the side's own walk-away package
 * less a penalty, so it always scores below a ratified deal a reasonable player reaches.
 */
export function scores(s: GameState): { union: number; studio: number } {
  return { union: pts(scoreParts(s, 'union').total), studio: pts(scoreParts(s, 'studio').total) };
}

export function summarize(s: GameState): RoundSummary {
  const sc = getScenario(s.config.scenario)!;
  const sp = spaceOf(sc);
  const f = staticAnalysis(sp).frontier;
  const rat = [...s.votes].reverse().find((v) => v.kind === 'ratification' && v.passed);
  let efficiency = { onFrontier: false, distance: 0, valueLeft: 0 };
  if (s.deal) {
    const a = utilityOf(sp, 'union', s.deal);
    const b = utilityOf(sp, 'studio', s.deal);
    const mw = maxWelfare(f);
    efficiency = { onFrontier: dominatedBy(f, a, b) === null, distance: pts(distanceToFrontier(f, a, b)), valueLeft: pts(mw.a + mw.b - a - b) };
  }
  return {
    scenario: sc.id,
    side: s.config.human,
    seed: s.config.seed,
    difficulty: s.config.difficulty,
    outcome: s.outcome,
    deal: s.deal ? (Object.fromEntries(sc.issues.map((iss, i) => [iss.id, s.deal![i]!])) as Record<IssueId, number>) : null,
    days: s.day,
    strikeDays: s.strikeDays,
    ratification: rat ? { yes: rat.yes / 100, turnout: rat.turnout / 100 } : null,
    scores: scores(s),
    efficiency,
    stateHash: stateHash(s),
  };
}
