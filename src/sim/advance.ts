import { decide } from './ai/computer';
import { applyMove, isHuman } from './reducer';
import type { ActionError, GameState, Side } from './types';
import { playerView } from './view';

const isErr = (x: unknown): x is ActionError => !!x && typeof x === 'object' && 'error' in x;

/**
 * Who must act now: the side whose move it is at the table, or, while a tentative agreement
 * awaits its count, the first side a person plays. null when the round is over.
 */
export function toMove(s: GameState): Side | null {
  if (s.phase === 'done') return null;
  if (s.phase === 'ratification') return isHuman(s, 'union') ? 'union' : isHuman(s, 'studio') ? 'studio' : s.turn;
  return s.turn;
}

/**
 * Let the computer's committees move until a person must act or the round ends. Each asks
 * decide() with its own side's view and memory only; its move goes through applyAction like
 * anyone's, and its memory is kept in the state for next time. Every driver (the page, the
 * CLI, the tests, the live server) is the same loop: applyAction, then advance.
 */
export function advance(state: GameState): GameState {
  let s = state;
  // A committee's move always passes the turn or moves the clock, so this ends; the bound is a guard.
  for (let moves = 0; moves < 1000; moves++) {
    const side = toMove(s);
    if (side === null || isHuman(s, side)) return s;
    const { action, memory } = decide(playerView(s, side), s.ai[side]);
    let next = applyMove(s, action);
    // A committee never stalls the round: if its move is refused, it holds its position.
    if (isErr(next)) next = applyMove(s, s.phase === 'ratification' ? { type: 'countVotes', side } : { type: 'reject', side });
    if (isErr(next)) throw new Error(`the ${side} committee cannot move: ${next.message}`);
    s = { ...next, ai: { ...next.ai, [side]: memory } };
  }
  return s;
}
