import { aiDaily, aiRespond, observe } from './ai/negotiator';
import { Draw } from './rng';
import { countVotes, putOnTable, reachAgreement } from './rules/bargain';
import type { Ctx } from './rules/ctx';
import { advanceDays, recordToday } from './rules/daily';
import { applyTableAction, TABLE_ACTIONS, tableActionProblem } from './rules/table';
import { getScenario } from './scenarios';
import { packageProblem, samePackage, spaceOf } from './space';
import type { Action, ActionError, GameState, Side, TableActionKind } from './types';
import { other, SIDES } from './types';

const err = (error: string, message: string): ActionError => ({ error, message });

const TABLE_KINDS = Object.keys(TABLE_ACTIONS) as TableActionKind[];
const TYPES = ['propose', 'accept', 'reject', 'countVotes', ...TABLE_KINDS];

/** Is `side` played by a human in this round? */
export const isHuman = (s: GameState, side: Side): boolean => s.config.human === 'both' || s.config.human === side;

/** Days one bargaining session costs now. */
export function sessionDays(s: GameState): number {
  const sc = getScenario(s.config.scenario)!;
  const table = sc.calendar.sessionDays[s.config.pace];
  const base = s.phase === 'strike' ? table.strike : s.phase === 'holdout' ? table.holdout : table.talks;
  // Hot-seat: each move is half a session (a session is a move and its answer).
  return s.config.human === 'both' ? Math.ceil(base / 2) : base;
}

/** Shape and permission checks for an action from outside. null if it may be applied. */
export function actionProblem(s: GameState, a: unknown): ActionError | null {
  if (!a || typeof a !== 'object') return err('bad-action', 'An action must be an object with a "type".');
  const action = a as Record<string, unknown>;
  if (typeof action.type !== 'string' || !TYPES.includes(action.type)) return err('bad-action', `Unknown action "${String(action.type)}".`);
  if (typeof action.side !== 'string' || !SIDES.includes(action.side as Side)) return err('bad-action', 'An action must say which side takes it: "union" or "studio".');
  const side = action.side as Side;
  if (s.phase === 'done') return err('round-over', 'The round is over.');
  if (!isHuman(s, side)) return err('not-your-side', `The ${side === 'union' ? 'union' : 'studios'} are played by the computer in this round.`);
  const sc = getScenario(s.config.scenario)!;
  const sp = spaceOf(sc);
  switch (action.type) {
    case 'countVotes':
      return s.phase === 'ratification' ? null : err('no-agreement', 'There is no tentative agreement to vote on.');
    case 'propose': {
      if (s.phase === 'ratification') return err('awaiting-vote', 'A tentative agreement is waiting for the vote.');
      if (s.turn !== side) return err('not-your-turn', 'It is the other side\u2019s turn at the table.');
      const pk = action.packages;
      if (!Array.isArray(pk) || pk.length < 1 || pk.length > 3) return err('bad-packages', 'Send one package, or up to three equivalent packages at once.');
      for (const p of pk) {
        const problem = packageProblem(sp, p);
        if (problem) return err('bad-package', `That package is not valid: ${problem}.`);
      }
      for (let i = 0; i < pk.length; i++)
        for (let j = i + 1; j < pk.length; j++) if (samePackage(pk[i] as number[], pk[j] as number[])) return err('bad-packages', 'The packages in a set must differ from each other.');
      if (action.final !== undefined && typeof action.final !== 'boolean') return err('bad-action', '"final" must be true or false.');
      return null;
    }
    case 'accept': {
      if (s.phase === 'ratification') return err('awaiting-vote', 'A tentative agreement is waiting for the vote.');
      if (s.turn !== side) return err('not-your-turn', 'It is the other side\u2019s turn at the table.');
      if (!s.standing || s.standing.by !== other(side)) return err('nothing-to-accept', 'There is no offer from the other side on the table.');
      const i = action.index;
      if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= s.standing.packages.length)
        return err('bad-index', `Choose package 1 to ${s.standing.packages.length}.`);
      return null;
    }
    case 'reject': {
      if (s.phase === 'ratification') return err('awaiting-vote', 'A tentative agreement is waiting for the vote.');
      if (s.turn !== side) return err('not-your-turn', 'It is the other side\u2019s turn at the table.');
      return null;
    }
    default: {
      if (action.type === 'statement' && action.tone !== 'firm' && action.tone !== 'conciliatory') return err('bad-action', 'A statement is "firm" or "conciliatory".');
      if (s.turn !== side) return err('not-your-turn', 'It is the other side\u2019s turn at the table.');
      const why = tableActionProblem(s, sc, side, action.type as TableActionKind);
      return why ? err('not-now', why) : null;
    }
  }
}

/**
 * The one way to change a game: returns the next state, or an error (and the old state is
 * untouched). Pure: the same state and action always give the same result.
 */
export function applyAction(state: GameState, action: Action): GameState | ActionError {
  const problem = actionProblem(state, action);
  if (problem) return problem;
  const sc = getScenario(state.config.scenario)!;
  const s = structuredClone(state);
  const ctx: Ctx = { s, sc, sp: spaceOf(sc), rng: new Draw(s.rng) };
  const hook = (c: Ctx) => {
    for (const side of SIDES) if (!isHuman(c.s, side)) aiDaily(c, side);
  };
  const ai = other(action.side);
  const aiAnswers = !isHuman(s, ai);

  // Talks on hold: the next session waits for them to resume.
  const waitForTalks = () => {
    if (s.talksSuspendedUntil > s.day) advanceDays(ctx, s.talksSuspendedUntil - s.day, hook);
  };

  switch (action.type) {
    case 'propose':
    case 'reject': {
      waitForTalks();
      if ((s.phase as string) === 'done') break;
      const days = sessionDays(s);
      if (action.type === 'propose') putOnTable(ctx, action.side, action.packages, action.final === true);
      else ctx.s.log.push({ day: s.day, kind: 'reject', side: action.side, text: `${action.side === 'union' ? 'The union' : 'The studios'}: the gap is too great. No counter-offer.` });
      if (aiAnswers) aiRespond(ctx, ai, action.type === 'propose' ? action.packages : null, action.type === 'propose' && action.final === true);
      else {
        // Hot-seat: no AI answers, but the same model of the sender is kept for the debrief.
        if (action.type === 'propose') observe(ctx, ai, action.packages);
        s.turn = ai;
      }
      if (s.phase !== 'ratification' && s.phase !== 'done') advanceDays(ctx, days, hook);
      break;
    }
    case 'accept':
      reachAgreement(ctx, action.side, action.index);
      break;
    case 'countVotes':
      countVotes(ctx);
      break;
    default: {
      const kind = action.type as TableActionKind;
      applyTableAction(ctx, action.side, kind, action.type === 'statement' ? action.tone : 'firm');
      if (kind === 'suspend') waitForTalks();
      else advanceDays(ctx, TABLE_ACTIONS[kind].days, hook);
      recordToday(ctx);
      // Hot-seat: a table action is that side's move, so the other player gets the device
      // (otherwise one side could chain actions and run out the clock).
      if (s.config.human === 'both' && s.phase !== 'done' && s.phase !== 'ratification') s.turn = other(action.side);
    }
  }
  // In a round against the computer the human is always the one to move next.
  if (s.config.human !== 'both') s.turn = s.config.human;
  else if (s.phase === 'ratification' || s.phase === 'done') s.turn = 'union';
  s.actionsTaken += 1;
  s.rng = ctx.rng.state();
  return s;
}
