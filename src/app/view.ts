import { playerView, projectedRatification, type ActionType, type GameConfig, type GameState, type LegalAction, type Package, type PlayerView, type Side } from '../sim';
import { points } from './format';

/**
 * Selectors over playerView: the page and the canvas draw a side's screen from what that side
 * may know, never from the game state's internals (so the other side's walk-away cannot leak
 * onto a screen, and a live client with only its view could draw the same).
 */

const views = new WeakMap<GameState, Partial<Record<Side, PlayerView>>>();

/** The view of `side`, made once per game state (the DOM and the canvas share it). */
export function viewOf(game: GameState, side: Side): PlayerView {
  let bySide = views.get(game);
  if (!bySide) views.set(game, (bySide = {}));
  return (bySide[side] ??= playerView(game, side));
}

/** What a package is worth on the view's own schedule, in points (to 0.1, as the engine counts). */
export function worth(view: PlayerView, pkg: Package): number {
  let sum = 0;
  view.issues.forEach((iss, i) => (sum += iss.levels[pkg[i]!]?.points ?? 0));
  return Math.round(sum * 10) / 10;
}

/** The legal move of that type now, or null. */
export const legal = (view: PlayerView, type: ActionType): LegalAction | null => view.legal.find((a) => a.type === type) ?? null;

/** May this side move at the table now (propose, answer, act)? False while a deal awaits the vote. */
export const atTable = (view: PlayerView): boolean => view.yourMove && view.phase !== 'ratification' && view.phase !== 'done';

/** Identifies a round (a different round resets what the canvas remembers having shown). */
export const roundKey = (c: GameConfig): string => `${c.scenario}|${c.seed}|${c.human}|${c.difficulty}|${c.pace}`;

/** What the members would vote on a package today, and why: the one source the form, the accept question and the canvas use. */
export interface VoteProjection {
  /** Projected yes share, bp. */
  yesBp: number;
  /** What members expect now, points on the committee's schedule (the view's meter). */
  expectation: number;
  /** The package's worth on the committee's schedule. */
  points: number;
  /** One sentence: why the vote is what it is. */
  why: string;
}

/**
 * The union's projected ratification vote on `pkg` (null for the studios' screens: the members'
 * expectations are the union's to know). The figure is the engine's projection; the words read the
 * union's own view.
 */
export function projectedVote(game: GameState, view: PlayerView, pkg: Package): VoteProjection | null {
  if (view.side !== 'union' || view.meters.kind !== 'union') return null;
  const yesBp = projectedRatification(game, pkg).yes;
  const expectation = view.meters.expectation;
  const p = worth(view, pkg);
  const gap = Math.round((expectation - p) * 10) / 10;
  const strike = view.phase === 'strike';
  const why =
    gap > 0
      ? `members still expect about ${points(expectation)} points on your schedule, ${points(gap)} more than this gives. ${strike ? 'Their expectations are falling as the strike wears on them.' : 'Their expectations fall only during a strike.'}`
      : `this gives at least the ${points(expectation)} points or so that members expect${strike ? ' (their expectations fell during the strike)' : ''}; each group weighs the issues its own way.`;
  return { yesBp, expectation, points: p, why };
}
