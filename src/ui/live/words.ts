import type { Phase, PlayerView, Side } from '../../sim';
import { points } from '../../app/format';

/**
 * The live screens' words, with no DOM (a test renders the other side's lines with these very
 * functions to check that a page never shows them).
 */

/** One issue of a side's scoring schedule: every level with what it is worth to that side. */
export function scheduleLine(issue: PlayerView['issues'][number]): string {
  return `${issue.name}: ${issue.levels.map((l) => `${l.short} = ${points(l.points)}`).join(' · ')}`;
}

/** The walk-away sentence of a briefing. */
export const walkAwayLine = (view: PlayerView): string => `Your walk-away today: about ${points(view.walkAway)} points. Below it, your side would rather have no deal.`;

export const committee = (side: Side): string => (side === 'union' ? 'the union committee' : 'the studios\u2019 committee');
export const theSide = (side: Side): string => (side === 'union' ? 'the union' : 'the studios');

export const PHASE: Record<Phase, string> = {
  talks: 'Talks before the contract expires',
  holdout: 'Contract expired: working under the old terms',
  strike: 'On strike',
  ratification: 'Tentative agreement: the members vote',
  done: 'The round is over',
};

/** The address students open to join: this page with ?live=CODE. */
export function joinAddress(pageUrl: string, joinCode: string): string {
  const u = new URL(pageUrl);
  u.search = `?live=${joinCode}`;
  u.hash = '';
  return u.toString();
}
