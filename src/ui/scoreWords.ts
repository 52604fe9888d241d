import { scoreParts, type GameState, type ScoreParts, type Side } from '../sim';
import { viewOf } from '../app/view';
import { points } from './format';

/** Deci-points as the page writes points. */
export const p = (deci: number): string => points(Math.round(deci) / 10);

/**
 * How one side's score was made, in words a player can check: its parts, and what the road
 * cost (the strike, leadership crises, a broken "final" offer), each as "N for …". `own` is the
 * possessive the sentence uses ("your", "its").
 */
export function scoreRoad(g: GameState, side: Side, own: string): { parts: ScoreParts; road: string[]; failurePenalty: number } {
  const parts = scoreParts(g, side);
  const rules = viewOf(g, side).scoring;
  const road: string[] = [];
  if (Math.round(parts.strikeCost) > 0) road.push(`${p(parts.strikeCost)} for what the strike cost ${side === 'union' ? 'members' : 'the studios'}`);
  const crises = side === 'union' ? Math.min(g.crises, rules.crisesCharged) : 0;
  if (crises > 0) road.push(`${p(crises * rules.crisis * 10)} for ${crises === 1 ? 'a leadership crisis' : `${crises} leadership crises`}`);
  if (g.brokeFinal.includes(side)) road.push(`${p(rules.brokenFinal * 10)} for going back on ${own} \u201clast, best and final\u201d offer`);
  return { parts, road, failurePenalty: rules.failurePenalty };
}

/** One side's score and how it was made, in one clause: "55.3: the deal's 81, less 9.7 for … and 16 for …". */
export function scoreClause(g: GameState, side: Side): string {
  const { parts, road, failurePenalty } = scoreRoad(g, side, 'its');
  const less = road.length ? `, less ${road.join(' and ')}` : '';
  if (parts.failureCap != null) return `${p(parts.total)} (a failed round: at most ${side === 'union' ? 'the union\u2019s' : 'the studios\u2019'} floor package or the terms, whichever is less, less ${points(failurePenalty)}, ${p(parts.failureCap)}${less})`;
  return `${p(parts.total)} (the deal\u2019s ${p(parts.deal)}${less || ', nothing taken off'})`;
}
