import { applyAction } from '../reducer';
import { createGame, isError } from '../setup';
import type { Action, ActionError, GameConfig, GameState, Side } from '../types';
import type { Bot } from './bots';

export interface PlayedRound {
  state: GameState;
  actions: Action[];
  /** Moves a bot proposed that the engine refused (the random bot tries things). */
  refused: number;
}

/** Play a whole round headless: `bots` move for the human side(s); the AI answers. */
export function playRound(config: GameConfig, bots: Partial<Record<Side, Bot>>, maxMoves = 400): PlayedRound | ActionError {
  const start = createGame(config);
  if (isError(start)) return start;
  let state = start;
  const actions: Action[] = [];
  let refused = 0;
  for (let moves = 0; moves < maxMoves && state.phase !== 'done'; moves++) {
    const bot = bots[state.turn];
    if (!bot) return { error: 'no-bot', message: `No bot plays the ${state.turn} side.` };
    let action = bot(state, state.turn);
    let next = applyAction(state, action);
    if (isError(next)) {
      refused += 1;
      // Fall back to "no counter" so time moves on; a ratification needs its count.
      action = state.phase === 'ratification' ? { type: 'countVotes', side: state.turn } : { type: 'reject', side: state.turn };
      next = applyAction(state, action);
      if (isError(next)) return next;
    }
    actions.push(action);
    state = next;
  }
  return { state, actions, refused };
}
