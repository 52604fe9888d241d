import { applyAction } from './reducer';
import { createGame, isError } from './setup';
import type { Action, ActionError, GameConfig, GameState } from './types';

export interface ReplayResult {
  state: GameState;
  /** The first action that failed, if any (replay stops there). */
  failed?: { index: number; error: ActionError };
}

/** Fold an action log over a new game. */
export function replay(config: GameConfig, actions: Action[]): ReplayResult | ActionError {
  const start = createGame(config);
  if (isError(start)) return start;
  let state = start;
  for (let i = 0; i < actions.length; i++) {
    const next = applyAction(state, actions[i]!);
    if (isError(next)) return { state, failed: { index: i, error: next } };
    state = next;
  }
  return { state };
}
