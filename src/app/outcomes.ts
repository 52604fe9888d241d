import type { Outcome, Phase } from '../sim';

/**
 * The one set of words for how a round ended, used by the table, the canvas, the ending, the
 * debrief, the saved-rounds list and the teacher's class table. (The talks log's own sentence
 * for an ending is the engine's: logText.)
 */
export const OUTCOME_WORDS: Record<Outcome, { label: string; headline: string; line: string }> = {
  ratified: { label: 'Ratified', headline: 'A new contract', line: 'The members ratified the contract' },
  strikeCrumbled: { label: 'Strike crumbled', headline: 'The strike crumbled', line: 'The strike crumbled: the union took the studios\u2019 terms' },
  mandateLost: { label: 'Mandate lost', headline: 'The members withdrew their mandate', line: 'The committee lost its mandate: the studios\u2019 terms took effect' },
  allianceBroke: { label: 'Alliance broke', headline: 'The alliance broke ranks', line: 'The studio alliance broke ranks and signed the union\u2019s terms' },
  noDeal: { label: 'No deal', headline: 'No contract', line: 'No contract: the calendar ran out' },
};

export const PHASE_WORDS: Record<Phase, string> = {
  talks: 'talks before the contract expires',
  holdout: 'working under the expired contract',
  strike: 'on strike',
  ratification: 'the members are voting on a deal',
  done: 'finished',
};

export const sideWord = (human: 'union' | 'studio' | 'both'): string => (human === 'union' ? 'the union' : human === 'studio' ? 'the studios' : 'both sides (hot-seat)');
