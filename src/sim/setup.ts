import { clampBp, logistic } from './detmath';
import { Draw, seedState } from './rng';
import { putOnTable } from './rules/bargain';
import type { Ctx } from './rules/ctx';
import { recordToday } from './rules/daily';
import { logit, segmentUtility } from './rules/derived';
import { fireDueEvents, scheduleEvents } from './rules/events';
import { log } from './rules/log';
import { paramsOf, tuningDiff, tuningProblem, type Tuning } from './rules/params';
import { getScenario, SCENARIO_IDS } from './scenarios';
import { spaceOf, utilityOf } from './space';
import type { ActionError, GameConfig, GameState, Side } from './types';

const DIFFICULTIES = ['easy', 'normal', 'hard'];
const PACES = ['standard', 'quick'];
const HUMANS = ['union', 'studio', 'both'];

/** Check a config from outside (URL, class code, save file): null if fine, else what is wrong. */
export function configProblem(c: unknown): ActionError | null {
  const bad = (message: string): ActionError => ({ error: 'bad-config', message });
  if (!c || typeof c !== 'object') return bad('The game settings are missing.');
  const o = c as Record<string, unknown>;
  if (typeof o.scenario !== 'string' || !getScenario(o.scenario)) return bad(`Unknown scenario "${String(o.scenario)}": choose ${SCENARIO_IDS.join(' or ')}.`);
  if (typeof o.seed !== 'string' || o.seed.length === 0 || o.seed.length > 64) return bad('The seed must be 1 to 64 characters.');
  if (typeof o.human !== 'string' || !HUMANS.includes(o.human)) return bad('The side must be union, studio or both (hot-seat).');
  if (typeof o.difficulty !== 'string' || !DIFFICULTIES.includes(o.difficulty)) return bad('Difficulty must be easy, normal or hard.');
  if (typeof o.pace !== 'string' || !PACES.includes(o.pace)) return bad('Pace must be standard or quick.');
  if (o.tuning !== undefined) {
    const why = tuningProblem(o.tuning);
    if (why) return bad(why);
  }
  return null;
}

/** The state at the opening of talks (day 0). */
export function createGame(config: GameConfig): GameState | ActionError {
  const problem = configProblem(config);
  if (problem) return problem;
  const sc = getScenario(config.scenario)!;
  const sp = spaceOf(sc);
  const cfg: GameConfig = { scenario: config.scenario, seed: config.seed, human: config.human, difficulty: config.difficulty, pace: config.pace };
  // Only what differs from the defaults is kept (a copy): a round tuned to the defaults is the same round.
  const tuning = tuningDiff(config.tuning);
  if (tuning) cfg.tuning = structuredClone(tuning) as Tuning;
  const p = paramsOf(cfg);
  const z0 = Math.round(logit(p.members.supportStart) * 1000);
  const s: GameState = {
    schema: 1,
    config: cfg,
    rng: seedState(`${cfg.scenario}|${cfg.seed}`),
    // Placeholders (×1, no shift) until the seed's draw below.
    hidden: { lossScale: 10000, toleranceScale: 10000, halfLifeScale: 10000, savingsScale: 10000, floorShift: { union: 0, studio: 0 } },
    day: 0,
    expiryDay: sc.calendar.expiryDay,
    phase: 'talks',
    resumePhase: 'talks',
    turn: cfg.human === 'studio' ? 'studio' : 'union',
    strikeDays: 0,
    strikeStartDay: null,
    authorized: sc.authorizedAtStart != null,
    authorizationYes: sc.authorizedAtStart?.yes ?? 0,
    extended: false,
    blackout: false,
    talksSuspendedUntil: 0,
    ceosUsed: false,
    ceosUntil: -1,
    mediatorDay: -1,
    mediatorHint: null,
    finalBy: [],
    brokeFinal: [],
    trust: { union: 10000, studio: 10000 },
    members: sc.segments.map((seg, i) => ({
      id: seg.id,
      savings: seg.savings,
      hardship: 0,
      expectation: segmentUtility(sp, i, sc.expectations.hopes),
      support: clampBp(logistic(z0 / 1000) * 10000),
      supportZ: z0,
      turnoutBoost: 0,
    })),
    solidarity: sc.authorizedAtStart ? sc.authorizedAtStart.yes : p.solidarity.start,
    crises: 0,
    streaks: { solidarity: 0, support: 0, cohesion: 0 },
    publicOpinion: { union: sc.publicOpinion.union, neutral: sc.publicOpinion.neutral, studio: sc.publicOpinion.studio },
    attention: p.opinion.attentionStart,
    factions: sc.factions.map((f) => ({ id: f.id, losses: 0, patience: 10000, spentDays: 0 })),
    pipeline: 10000,
    dryDays: 0,
    sharePrice: 10000,
    cohesion: p.studios.cohesionStart,
    studioLosses: 0,
    memberLosses: 0,
    standing: null,
    agreement: null,
    offers: [],
    firedEvents: [],
    eventSchedule: [],
    votes: [],
    daily: [],
    log: [],
    ai: { union: null, studio: null },
    outcome: null,
    deal: null,
    actionsTaken: 0,
  };
  const ctx: Ctx = { s, sc, sp, rng: new Draw(s.rng), p };
  // The seed's hidden variation, drawn in this order (the order is part of every replay).
  const h = p.hidden;
  const draw = (r: { min: number; max: number }) => ctx.rng.int(r.min, r.max);
  s.hidden = {
    lossScale: draw(h.lossScale),
    toleranceScale: draw(h.toleranceScale),
    halfLifeScale: draw(h.halfLifeScale),
    floorShift: { union: draw(h.floorShift), studio: draw(h.floorShift) },
    savingsScale: draw(h.savingsScale),
  };
  s.members.forEach((m) => (m.savings = Math.round((m.savings * s.hidden.savingsScale) / 10000)));
  log(ctx, 'phase', undefined, 'open', { day: s.expiryDay });
  if (sc.authorizedAtStart) {
    // Data, not tuning: the 2023 vote's turnout, 47.69% (World Screen, June 2023), beside its yes share in the scenario.
    s.votes.push({ day: 0, kind: 'authorization', yes: sc.authorizedAtStart.yes, turnout: 4769, passed: true });
    log(ctx, 'vote', 'union', 'pre-authorized', { yes: sc.authorizedAtStart.yes, passed: true });
  }
  scheduleEvents(ctx);
  // Both openings are public. The side that moves first answers the other's opening.
  const first = s.turn;
  const second: Side = first === 'union' ? 'studio' : 'union';
  putOnTable(ctx, first, [sc.openings[first].slice()], false);
  putOnTable(ctx, second, [sc.openings[second].slice()], false);
  fireDueEvents(ctx);
  recordToday(ctx);
  s.rng = ctx.rng.state();
  return s;
}

export const isError = (x: unknown): x is ActionError => !!x && typeof x === 'object' && 'error' in x && 'message' in x;
