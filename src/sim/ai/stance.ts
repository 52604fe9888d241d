import type { AiParams } from '../rules/params';
import type { Difficulty, Side } from '../types';

/**
 * How far (deci-points) a computer committee holds out above its walk-away: its difficulty's
 * firmness, fading by a share as pressure mounts, gone once its own ranks crack (holding out
 * then breaks it). A union committee is never softer than its members and keeps a margin over
 * what they expect, since a deal at their expectation is a coin flip at the vote.
 */
export function stance(ai: AiParams, difficulty: Difficulty, side: Side, pressure: number, ranks: number, hardship: number): number {
  const firmness = ai.concession[difficulty].firmness;
  const strained = ranks < ai.acceptCracking || (side === 'union' && hardship > ai.concession[difficulty].settleHardship);
  if (strained) return Math.min(0, firmness);
  // Only a firm stance fades with pressure: a soft one stays soft (fading it toward zero made an
  // easy committee firmer as costs mounted, and cancelled what they took off its walk-away).
  const base = side === 'union' ? Math.max(0, firmness) * ai.union.firmnessScale : firmness;
  const firm = Math.round(base > 0 ? base * (1 - ai.firmnessFade * pressure) : base);
  return side === 'union' ? Math.max(firm, ai.union.ratifyMargin) : firm;
}
