import { stateHash } from '../hash';
import { getScenario } from '../scenarios';
import { spaceOf, utilityOf } from '../space';
import type { GameState, IssueId, Outcome } from '../types';
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

/**
 * Each side's score, in points: the deal's value on its own scoring schedule, minus what the
 * dispute cost it (members' lost earnings; studios' losses), converted at the scenario's rate.
 */
export function scores(s: GameState): { union: number; studio: number } {
  const sc = getScenario(s.config.scenario)!;
  const sp = spaceOf(sc);
  const deal = s.deal ?? sc.statusQuo;
  const uCost = s.memberLosses / sc.unionModel.kPerDeciPoint;
  const sCost = s.studioLosses / sc.studioModel.kPerDeciPoint;
  return { union: pts(utilityOf(sp, 'union', deal) - uCost), studio: pts(utilityOf(sp, 'studio', deal) - sCost) };
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
