import type { AiParams } from '../rules/params';
import type { Difficulty, Side } from '../types';

/**
 * How far (deci-points) a computer committee holds out above its walk-away: its difficulty's
 * firmness, fading by a share as pressure mounts, gone once its own ranks crack (holding out
 * then breaks it). A union committee is never softer than its members and keeps a margin over
 * what they expect, since a deal at their expectation is a coin flip at the vote; `aboveMembers`
 * (deci) is how far its walk-away already sits above that (its floor binding), which covers as
 * much of the margin as its difficulty's `floorMargin` lets it.
 */
export function stance(ai: AiParams, difficulty: Difficulty, side: Side, pressure: number, ranks: number, hardship: number, aboveMembers = 0): number {
  const firmness = ai.concession[difficulty].firmness;
  const strained = ranks < ai.acceptCracking || (side === 'union' && hardship > ai.concession[difficulty].settleHardship);
  if (strained) return Math.min(0, firmness);
  // Only a firm stance fades with pressure: a soft one stays soft (fading it toward zero made an
  // easy committee firmer as costs mounted, and cancelled what they took off its walk-away).
  const base = side === 'union' ? Math.max(0, firmness) * ai.union.firmnessScale : firmness;
  const firm = Math.round(base > 0 ? base * (1 - ai.firmnessFade * pressure) : base);
  // The margin guards the vote: where the walk-away (the floor) already sits above what members
  // expect, an easy committee keeps none of it above the floor (floorMargin 0), a firmer one all.
  const cover = Math.round((Math.max(0, aboveMembers) * (10000 - ai.concession[difficulty].floorMargin)) / 10000);
  return side === 'union' ? Math.max(firm, ai.union.ratifyMargin - cover) : firm;
}
