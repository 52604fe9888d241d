import { advance } from './advance';
import { applyAction } from './reducer';
import { createGame, isError } from './setup';
import type { Action, ActionError, GameConfig, GameState } from './types';

export interface ReplayResult {
  state: GameState;
  /** The first action that failed, if any (replay stops there). */
  failed?: { index: number; error: ActionError };
}

/**
 * Fold a log of the people's actions over a new game: each is applied, then the computer's
 * committees move (recomputed from the seed, so a log holds only what people did).
 */
export function replay(config: GameConfig, actions: Action[]): ReplayResult | ActionError {
  const start = createGame(config);
  if (isError(start)) return start;
  let state = advance(start);
  for (let i = 0; i < actions.length; i++) {
    const next = applyAction(state, actions[i]!);
    if (isError(next)) return { state, failed: { index: i, error: next } };
    state = advance(next);
  }
  return { state };
}
