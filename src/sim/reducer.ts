import { Draw } from './rng';
import { countVotes, putOnTable, reachAgreement } from './rules/bargain';
import type { Ctx } from './rules/ctx';
import { advanceDays, recordToday } from './rules/daily';
import { paramsOf } from './rules/params';
import { applyTableAction, TABLE_ACTIONS, tableActionProblem } from './rules/table';
import { getScenario } from './scenarios';
import { packageProblem, samePackage, spaceOf } from './space';
import type { Action, ActionError, GameState, Side, TableActionKind } from './types';
import { MOODS, other, SIDES } from './types';

const err = (error: string, message: string): ActionError => ({ error, message });

const TABLE_KINDS = Object.keys(TABLE_ACTIONS) as TableActionKind[];
const TYPES = ['propose', 'accept', 'reject', 'countVotes', ...TABLE_KINDS];

/** Is `side` played by a person (or a bot from outside) in this round, rather than the computer's committee? */
export const isHuman = (s: GameState, side: Side): boolean => s.config.human === 'both' || s.config.human === side;

/**
 * Days one move at the table (a package, or an answer without one) costs now. A session is a
 * move and its answer, so each costs half a session: the union's half rounds down and the
 * studios' up, so that a whole session costs exactly the scenario's days.
 */
export function sessionDays(s: GameState, side: Side = s.turn): number {
  const sc = getScenario(s.config.scenario)!;
  const table = sc.calendar.sessionDays[s.config.pace];
  const base = s.phase === 'strike' ? table.strike : s.phase === 'holdout' ? table.holdout : table.talks;
  return side === 'union' ? Math.floor(base / 2) : Math.ceil(base / 2);
}

/**
 * Shape and rule checks for an action: null if it may be applied now. Anyone may propose an
 * action for a side; whether the side is played by a person or the computer is the driver's
 * business (the reducer applies moves, it does not choose them).
 */
export function actionProblem(s: GameState, a: unknown): ActionError | null {
  if (!a || typeof a !== 'object') return err('bad-action', 'An action must be an object with a "type".');
  const action = a as Record<string, unknown>;
  if (typeof action.type !== 'string' || !TYPES.includes(action.type)) return err('bad-action', `Unknown action "${String(action.type)}".`);
  if (typeof action.side !== 'string' || !SIDES.includes(action.side as Side)) return err('bad-action', 'An action must say which side takes it: "union" or "studio".');
  if (action.say !== undefined && !MOODS.includes(action.say as never)) return err('bad-action', `Unknown line "${String(action.say)}".`);
  const side = action.side as Side;
  if (s.phase === 'done') return err('round-over', 'The round is over.');
  const sc = getScenario(s.config.scenario)!;
  const sp = spaceOf(sc);
  if (action.type === 'countVotes') return s.phase === 'ratification' ? null : err('no-agreement', 'There is no tentative agreement to vote on.');
  if (s.phase === 'ratification') return err('awaiting-vote', 'A tentative agreement is waiting for the vote.');
  if (s.turn !== side) return err('not-your-turn', 'It is the other side\u2019s turn at the table.');
  switch (action.type) {
    case 'propose': {
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
      if (!s.standing || s.standing.by !== other(side)) return err('nothing-to-accept', 'There is no offer from the other side on the table.');
      const i = action.index;
      if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= s.standing.packages.length)
        return err('bad-index', `Choose package 1 to ${s.standing.packages.length}.`);
      return null;
    }
    case 'reject':
      return null;
    default: {
      if (action.type === 'statement' && action.tone !== 'firm' && action.tone !== 'conciliatory') return err('bad-action', 'A statement is "firm" or "conciliatory".');
      const why = tableActionProblem(s, sc, side, action.type as TableActionKind);
      return why ? err('not-now', why) : null;
    }
  }
}

/**
 * A working copy of the state for one action. Only what rules change in place is copied; the
 * long records (days, log, offers, votes) only ever grow, so they are copied as lists of the
 * same entries rather than cloned entry by entry.
 */
function draft(s: GameState): GameState {
  return {
    ...s,
    rng: { ...s.rng },
    trust: { ...s.trust },
    streaks: { ...s.streaks },
    publicOpinion: { ...s.publicOpinion },
    finalBy: s.finalBy.slice(),
    brokeFinal: s.brokeFinal.slice(),
    members: s.members.map((m) => ({ ...m })),
    factions: s.factions.map((f) => ({ ...f })),
    firedEvents: s.firedEvents.slice(),
    eventSchedule: s.eventSchedule.slice(),
    offers: s.offers.slice(),
    votes: s.votes.slice(),
    daily: s.daily.slice(),
    log: s.log.slice(),
  };
}

/**
 * The one way to change a game from outside: a move for a side a person (or an outside bot)
 * plays. Returns the next state, or an error (and the old state is untouched). Pure: the same
 * state and action always give the same result. The computer's committees move in advance().
 */
export function applyAction(state: GameState, action: Action): GameState | ActionError {
  const a = action as unknown as Record<string, unknown> | null;
  if (a && typeof a === 'object' && (a.side === 'union' || a.side === 'studio') && !isHuman(state, a.side) && a.type !== 'countVotes')
    return err('not-your-side', `The ${a.side === 'union' ? 'union' : 'studios'} are played by the computer in this round.`);
  return applyMove(state, action);
}

/**
 * Apply a move for either side (advance() uses it for the computer's committees). It applies
 * moves only; it never chooses them.
 */
export function applyMove(state: GameState, action: Action): GameState | ActionError {
  const problem = actionProblem(state, action);
  if (problem) return problem;
  const sc = getScenario(state.config.scenario)!;
  const s = draft(state);
  const ctx: Ctx = { s, sc, sp: spaceOf(sc), rng: new Draw(s.rng), p: paramsOf(s.config) };
  const side = action.side;
  const them = other(side);
  // What the committee says as it moves (the words are picked here, so replays agree).
  if (action.say) ctx.s.log.push({ day: s.day, kind: 'line', side, ref: action.say, data: { pick: ctx.rng.int(0, 999) } });

  // Talks on hold: the next session waits for them to resume.
  const waitForTalks = () => {
    if (s.talksSuspendedUntil > s.day) advanceDays(ctx, s.talksSuspendedUntil - s.day);
  };

  switch (action.type) {
    case 'propose':
    case 'reject': {
      waitForTalks();
      if ((s.phase as string) === 'done') break;
      const days = sessionDays(s, side);
      if (action.type === 'propose') putOnTable(ctx, side, action.packages, action.final === true);
      else {
        // No counter-offer: the side's own last offer stands again.
        const mine = findLast(s.offers, (o) => o.by === side);
        const restored = !!mine && s.standing?.by !== side;
        if (mine) s.standing = { by: side, packages: mine.packages.map((p) => p.slice()), final: mine.final, day: s.day };
        s.log.push({ day: s.day, kind: 'reject', side, ...(restored ? { data: { on: true } } : {}) });
      }
      s.turn = them;
      advanceDays(ctx, days);
      break;
    }
    case 'accept':
      reachAgreement(ctx, side, action.index);
      break;
    case 'countVotes':
      countVotes(ctx);
      break;
    default: {
      const kind = action.type as TableActionKind;
      applyTableAction(ctx, side, kind, action.type === 'statement' ? action.tone : 'firm');
      if (kind === 'suspend') waitForTalks();
      else advanceDays(ctx, ctx.p.table[kind].days);
      recordToday(ctx);
      // A table action is that side's move: the other side answers next (so no side can chain
      // actions to run out the clock while the other waits).
      if (s.phase !== 'done' && s.phase !== 'ratification') s.turn = them;
    }
  }
  s.actionsTaken += 1;
  s.rng = ctx.rng.state();
  return s;
}

export function findLast<T>(list: readonly T[], test: (x: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return list[i];
  return undefined;
}
