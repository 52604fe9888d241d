/**
 * The engine's types. Everything in GameState is plain JSON: integers for money (thousands of
 * dollars, "k$"), basis points (bp, 10000 = 100%) for shares, deci-points (10 = 1 point) for
 * utilities. No float that could differ between engines is ever stored.
 */

import type { Tuning } from './rules/params';

export type Side = 'union' | 'studio';
export const SIDES: readonly Side[] = ['union', 'studio'];
export const other = (s: Side): Side => (s === 'union' ? 'studio' : 'union');

export type IssueId = 'wageY1' | 'wageLater' | 'streaming' | 'ai' | 'health' | 'term' | 'aiReopener';
export const ISSUE_IDS: readonly IssueId[] = ['wageY1', 'wageLater', 'streaming', 'ai', 'health', 'term', 'aiReopener'];

/** A package: one level index per issue, in ISSUE_IDS order. */
export type Package = number[];

export type Difficulty = 'easy' | 'normal' | 'hard';
export type Pace = 'standard' | 'quick';

export type Phase =
  | 'talks' //       before the contract expires
  | 'holdout' //     after expiry, working under the expired contract (or an extension)
  | 'strike'
  | 'ratification' // a tentative agreement awaits the board and the members
  | 'done';

export type Outcome =
  | 'ratified'
  | 'strikeCrumbled' // union: solidarity collapsed, the union must take the studios' offer
  | 'mandateLost' //    (no longer an ending: a lost mandate is a leadership crisis and talks go on; kept for the words of old saves)
  | 'allianceBroke' //  studios: member companies broke ranks and signed separately
  | 'noDeal'; //        the hard cap of the calendar was reached without a deal

export interface GameConfig {
  scenario: string; // '2023' | '2026'
  seed: string;
  /** Which side(s) a human plays; 'both' is hot-seat with no AI. */
  human: Side | 'both';
  difficulty: Difficulty;
  pace: Pace;
  /**
   * Other model or AI numbers for this round, over the defaults (src/sim/rules/params.ts). Absent
   * in a normal round; createGame keeps only what differs from the defaults.
   */
  tuning?: Tuning;
}

export type TableActionKind =
  | 'caucus'
  | 'statement'
  | 'authorize'
  | 'extend'
  | 'strike'
  | 'suspend'
  | 'ceos'
  | 'mediator'
  | 'blackout';

/**
 * What a committee says as it moves (the computer's committees speak; a person may too). The
 * words are chosen by the views from this mood, so rewording a line changes no replay.
 */
export type Mood = 'accept' | 'counter-firm' | 'counter-moving' | 'counter-close' | 'signal' | 'hold' | 'final' | 'reject-final' | 'withdraw' | 'suspend' | 'ceos' | 'strike' | 'authorize' | 'extend' | 'caucus';
export const MOODS: readonly Mood[] = ['accept', 'counter-firm', 'counter-moving', 'counter-close', 'signal', 'hold', 'final', 'reject-final', 'withdraw', 'suspend', 'ceos', 'strike', 'authorize', 'extend', 'caucus'];

export type Action = (
  | { type: 'propose'; side: Side; packages: Package[]; final?: boolean }
  | { type: 'accept'; side: Side; index: number }
  | { type: 'reject'; side: Side } // answer without a counter ("the gap is too great"): one's own last offer stands
  | { type: 'caucus'; side: Side }
  | { type: 'statement'; side: Side; tone: 'firm' | 'conciliatory' }
  | { type: 'authorize'; side: 'union' }
  | { type: 'extend'; side: 'union' }
  | { type: 'strike'; side: 'union' }
  | { type: 'suspend'; side: Side }
  | { type: 'ceos'; side: Side }
  | { type: 'mediator'; side: Side }
  | { type: 'blackout'; side: Side }
  | { type: 'countVotes'; side: Side }
) & { say?: Mood };

export type ActionType = Action['type'];

export interface ActionError {
  error: string; // a machine code, e.g. 'not-your-turn'
  message: string; // plain words for a player
}

/** The alea generator's state (seedrandom), kept inside the game state. */
export interface RngState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

export interface SegmentState {
  id: string;
  savings: number; //     dollars per member, can go negative (debt)
  hardship: number; //    bp
  expectation: number; // deci-points of the segment's own utility scale (μ)
  support: number; //     bp: approval of the leadership (o_s)
  supportZ: number; //    logit of support ×1000 (Friedkin–Johnsen state)
  turnoutBoost: number; // bp added to the base turnout (salience)
}

export interface FactionState {
  id: string;
  losses: number; //      k$ cumulative strike losses
  patience: number; //    bp
  /** Strike days this company has spent with its patience gone (each one pulls it further from the alliance). */
  spentDays: number;
}

export interface Standing {
  by: Side;
  packages: Package[];
  final: boolean;
  day: number;
}

export interface OfferRecord {
  day: number;
  by: Side;
  packages: Package[];
  final: boolean;
  /** Utilities of the first package, recorded for the debrief (deci-points). */
  uUnion: number;
  uStudio: number;
}

export type LogKind = 'offer' | 'accept' | 'reject' | 'action' | 'event' | 'phase' | 'vote' | 'ending' | 'line';

/**
 * One line of the talks log, as structured data: what happened, never the words for it (the
 * views make those, see words.ts), so a reworded sentence changes no stateHash and no result code.
 */
export interface LogEntry {
  day: number;
  kind: LogKind;
  side?: Side;
  /** What it was: the action kind, event id, vote kind, outcome, mood or phase change. */
  ref?: string;
  /** Its numbers: packages, vote shares, days, the line picked... */
  data?: LogData;
}

export interface LogData {
  packages?: Package[];
  final?: boolean;
  yes?: number;
  turnout?: number;
  passed?: boolean;
  day?: number;
  tone?: 'firm' | 'conciliatory';
  on?: boolean;
  /** Which of the mood's lines (the view takes it modulo the number of lines). */
  pick?: number;
  hint?: MediatorHint;
}

/** What a mediator said: whether the walk-aways overlap, and a package near the middle or the size of the gap. */
export interface MediatorHint {
  day: number;
  possible: boolean;
  /** Deci-points: the gap between the sides (no zone yet). */
  gap?: number;
  /** A package the mediator suggests (a zone exists). */
  package?: Package;
}

export interface DailyRecord {
  day: number;
  phase: Phase;
  support: number; //      bp, union members overall
  solidarity: number; //   bp
  savings: number; //      dollars, members' average
  hardship: number; //     bp, members' average
  publicUnion: number; //  bp
  publicStudio: number; // bp
  studioLosses: number; // k$ cumulative
  dailyLoss: number; //    k$ per day
  pipeline: number; //     bp of the content pipeline left
  sharePrice: number; //   index, 10000 = 100.00
  cohesion: number; //     bp
  batnaUnion: number; //   deci-points
  batnaStudio: number; //  deci-points
  expectation: number; //  deci-points, members' average μ
}

export interface VoteResult {
  day: number;
  kind: 'authorization' | 'board' | 'ratification';
  yes: number; // bp
  turnout: number; // bp
  passed: boolean;
  bySegment?: { id: string; yes: number; turnout: number }[];
}

/**
 * A computer committee's private memory (it never sees the other side's weights): the opponent
 * model it learns from offers, and what it has offered and received. It travels in the state,
 * never appears in the other side's view, and is changed only by the committee's own decide().
 */
export interface AiMemory {
  /** Frequency model of the human's preferences (HardHeaded style), ×10000 fixed point. */
  weights: number[];
  counts: number[][];
  /** The first and latest packages seen from the other side (their concessions between them). */
  firstSeen: Package | null;
  lastSeen: Package | null;
  /** The AI's own utility of each package it sent, newest last (deci-points). */
  ownOffers: number[];
  /** The AI's own utility of each package it received, newest last (deci-points). */
  received: number[];
  bestReceived: number;
  /** Its walk-away (deci-points) when it last made an offer: what costs have taken since passes straight into its next one. */
  lastReserve: number | null;
  /** How many entries of the offer record it has read. */
  read: number;
  /** Consecutive "gap too great" answers it gave. */
  signals: number;
}

/**
 * Hidden per-round variation drawn from the seed at setup: the same seed gives the whole class
 * the same round; another seed gives another plausible one. Revealed at the debrief.
 */
export interface HiddenDraw {
  lossScale: number; //      bp applied to the studios' daily losses
  toleranceScale: number; // bp applied to how much loss the studios can absorb
  halfLifeScale: number; //  bp applied to how fast members' expectations fall in a strike
  savingsScale: number; //   bp applied to members' starting savings
  floorShift: Record<Side, number>; // deci-points added to each side's hidden walk-away
}

export interface GameState {
  schema: 1;
  config: GameConfig;
  rng: RngState;
  hidden: HiddenDraw;
  day: number; //           days since talks opened
  expiryDay: number; //     moves once if the contract is extended
  phase: Phase;
  /** The phase to go back to if a tentative agreement is rejected. */
  resumePhase: Phase;
  turn: Side; //            who acts at the table now
  strikeDays: number;
  strikeStartDay: number | null;
  authorized: boolean;
  authorizationYes: number; // bp, 0 if no vote
  extended: boolean;
  blackout: boolean;
  talksSuspendedUntil: number; // day; talks resume then
  ceosUsed: boolean;
  ceosUntil: number; //     day until which the CEOs' presence speeds concessions
  mediatorDay: number; //   last day a mediator was called (-1 never)
  mediatorHint: MediatorHint | null;
  /** Sides that called an offer "last, best and final", and those that later improved on it. */
  finalBy: Side[];
  brokeFinal: Side[];
  /** How far each side trusts the other, bp: lowered by a broken "final" or a rejected deal, raised by conciliatory words. */
  trust: Record<Side, number>;
  members: SegmentState[];
  solidarity: number; //    bp (Granovetter participation)
  /** Leadership crises so far: each time members withdrew their support, the union's committee was replaced. */
  crises: number;
  /** Consecutive days each crisis meter has been below its breaking point. */
  streaks: { solidarity: number; support: number; cohesion: number };
  publicOpinion: { union: number; neutral: number; studio: number }; // bp, sums to 10000
  attention: number; //     bp of media attention
  factions: FactionState[];
  pipeline: number; //      bp of the content pipeline left
  dryDays: number; //       strike days since the pipeline ran dry
  sharePrice: number; //    index ×100 (10000 = 100.00)
  cohesion: number; //      bp
  studioLosses: number; //  k$ cumulative
  memberLosses: number; //  k$ cumulative earnings lost by members (all members)
  standing: Standing | null;
  agreement: { packages: Package; day: number; board: VoteResult | null } | null;
  offers: OfferRecord[];
  firedEvents: string[];
  eventSchedule: { id: string; at: number; anchor: 'talks' | 'strike' }[];
  votes: VoteResult[];
  daily: DailyRecord[];
  log: LogEntry[];
  /** The computer committees' memories (null for a side a person plays). */
  ai: Record<Side, AiMemory | null>;
  outcome: Outcome | null;
  deal: Package | null;
  actionsTaken: number;
}
