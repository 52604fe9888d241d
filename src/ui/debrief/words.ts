import type { ConcessionLabel, Debrief, GameState, Scenario, Side } from '../../sim';
import { dateOf, pct1, plural as pluralWord, points, signedPoints } from '../format';

/** What every debrief section needs: the analysis, the scenario, the round, and whose eyes. */
export interface DebriefCtx {
  d: Debrief;
  sc: Scenario;
  g: GameState;
  /** The human side; 'both' in hot-seat, where the debrief speaks of "the union" and "the studios". */
  viewer: Side | 'both';
  /** Projector mode: charts stretch across the screen. */
  projector?: boolean;
}

export const cap = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);
export const sideNoun = (side: Side): string => (side === 'union' ? 'the union' : 'the studios');
/** "the union\u2019s" / "the studios\u2019". */
export const sidePossessive = (side: Side): string => (side === 'union' ? 'the union\u2019s' : 'the studios\u2019');

/** "you" for the player's own side (single player), else "the union" / "the studios". */
export const who = (c: DebriefCtx, side: Side): string => (c.viewer === side ? 'you' : sideNoun(side));
/** "your" / "the union's" / "the studios'". */
export const whose = (c: DebriefCtx, side: Side): string => (c.viewer === side ? 'your' : side === 'union' ? "the union's" : "the studios'");

/** Points with one decimal, no trailing ".0": 64.1, 70 (the shared formatter). */
export const p1 = points;
/** A signed points figure: "+1.5", "−2". */
export const signed = signedPoints;
export const plural = pluralWord;

/** "day 12 (Feb 21, 2026)". */
export const dayText = (sc: Scenario, day: number): string => `day ${day} (${dateOf(sc, day)})`;

export const STYLE_SENTENCE: Record<ConcessionLabel, string> = {
  Boulware: 'held firm and gave ground mostly near the end',
  Linear: 'gave ground at a steady pace, session after session',
  Conceder: 'gave ground early, then held what was left',
  'Too few offers': 'made too few offers to tell (it takes at least three, one of them mid-way)',
};

/** A correlation in words, for "what the other side thought you cared about". */
export function rankWords(r: number | null): string {
  if (r === null) return 'could not be compared (one of the rankings has no differences in it)';
  const v = `rank correlation ${r < 0 ? '−' : ''}${Math.abs(r).toFixed(2)}`;
  if (r >= 0.7) return `ranked the issues much as the truth does (${v})`;
  if (r >= 0.4) return `got the order of the issues partly right (${v})`;
  if (r >= 0.1) return `did only a little better than a guess at the order (${v})`;
  if (r > -0.4) return `did no better than a guess at the order (${v})`;
  return `had the order of the issues largely backwards (${v})`;
}

/** A bp share as a percentage with one decimal: 6220 → "62.2%". */
export const share = pct1;

/** Lower-case the first letter of a name unless it starts an acronym: "Contract length" → "contract length", "AI protections" stays. */
export const lowerFirst = (t: string): string => (/^[A-Z][a-z]/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t);
