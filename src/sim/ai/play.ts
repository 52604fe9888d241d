import { advance, toMove } from '../advance';
import { applyAction } from '../reducer';
import { createGame, isError } from '../setup';
import type { Action, ActionError, GameConfig, GameState, Side } from '../types';
import { playerView, type PlayerView } from '../view';

/** A player from outside the engine: it sees one side's view and returns one action. */
export type Bot = (view: PlayerView) => Action;

export interface Refusal {
  /** Which move of the round (0-based, counting the bots' moves). */
  move: number;
  action: unknown;
  message: string;
}

export interface PlayedRound {
  state: GameState;
  /** The bots' actions that were applied, in order: the round's replayable log. */
  actions: Action[];
  /** Moves a bot proposed that the engine refused. */
  refused: number;
  refusals: Refusal[];
  /** The bot's moves were refused too often in a row (strict play only). */
  botError: boolean;
}

export interface PlayOptions {
  maxMoves?: number;
  /**
   * Strict: a refused move is asked again (a bot from outside must get it right), and after
   * `maxRefusals` refusals in a row the round stops with botError. Lenient (the built-in random
   * bot): a refused move becomes "no counter" (or the vote count) so time moves on.
   */
  strict?: boolean;
  maxRefusals?: number;
}

/** Play a whole round headless: `bots` move for the sides people would play; the computer answers. */
export function playRound(config: GameConfig, bots: Partial<Record<Side, Bot>>, opts: PlayOptions = {}): PlayedRound | ActionError {
  const start = createGame(config);
  if (isError(start)) return start;
  const maxMoves = opts.maxMoves ?? 400;
  const maxRefusals = opts.maxRefusals ?? 3;
  let state = advance(start);
  const actions: Action[] = [];
  const refusals: Refusal[] = [];
  let inRow = 0;
  for (let moves = 0; moves < maxMoves && state.phase !== 'done'; moves++) {
    const side = toMove(state)!;
    const bot = bots[side];
    if (!bot) return { error: 'no-bot', message: `No bot plays the ${side} side.` };
    let action: Action;
    try {
      action = bot(playerView(state, side));
    } catch (e) {
      action = { error: (e as Error).message } as unknown as Action;
    }
    let next = applyAction(state, action);
    if (isError(next)) {
      refusals.push({ move: moves, action, message: next.message });
      if (opts.strict) {
        inRow += 1;
        if (inRow >= maxRefusals) return { state, actions, refused: refusals.length, refusals, botError: true };
        continue;
      }
      action = state.phase === 'ratification' ? { type: 'countVotes', side } : { type: 'reject', side };
      next = applyAction(state, action);
      if (isError(next)) return next;
    }
    inRow = 0;
    actions.push(action);
    state = advance(next);
  }
  return { state, actions, refused: refusals.length, refusals, botError: false };
}
