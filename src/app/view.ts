import { playerView, type ActionType, type GameConfig, type GameState, type LegalAction, type Package, type PlayerView, type Side } from '../sim';

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
