/**
 * The engine's types. Everything in GameState is plain JSON: integers for money (thousands of
 * dollars, "k$"), basis points (bp, 10000 = 100%) for shares, deci-points (10 = 1 point) for
 * utilities. No float that could differ between engines is ever stored.
 */

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
  | 'mandateLost' //    union: members withdrew support from the leadership
  | 'allianceBroke' //  studios: member companies broke ranks and signed separately
  | 'noDeal'; //        the hard cap of the calendar was reached without a deal

export interface GameConfig {
  scenario: string; // '2023' | '2026'
  seed: string;
  /** Which side(s) a human plays; 'both' is hot-seat with no AI. */
  human: Side | 'both';
  difficulty: Difficulty;
  pace: Pace;
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

export type Action =
  | { type: 'propose'; side: Side; packages: Package[]; final?: boolean }
  | { type: 'accept'; side: Side; index: number }
  | { type: 'reject'; side: Side } // hot-seat: answer without a counter ("the gap is too great")
  | { type: 'caucus'; side: Side }
  | { type: 'statement'; side: Side; tone: 'firm' | 'conciliatory' }
  | { type: 'authorize'; side: 'union' }
  | { type: 'extend'; side: 'union' }
  | { type: 'strike'; side: 'union' }
  | { type: 'suspend'; side: Side }
  | { type: 'ceos'; side: Side }
  | { type: 'mediator'; side: Side }
  | { type: 'blackout'; side: Side }
  | { type: 'countVotes'; side: Side };

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

export type LogKind = 'offer' | 'accept' | 'reject' | 'signal' | 'action' | 'event' | 'phase' | 'vote' | 'ending' | 'line';

export interface LogEntry {
  day: number;
  kind: LogKind;
  side?: Side;
  text: string;
  /** Machine detail for the UI (event id, action kind, vote numbers...). */
  ref?: string;
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

/** The AI's private memory (it never sees the human's weights). */
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
  trust: number; // bp; lowered by a rejected ratification or a broken last-best-final
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
  mediatorHint: string | null;
  /** Sides that called an offer "last, best and final", and those that later improved on it. */
  finalBy: Side[];
  brokeFinal: Side[];
  /** Consecutive "gap too great" answers by each side's AI. */
  signals: Record<Side, number>;
  members: SegmentState[];
  solidarity: number; //    bp (Granovetter participation)
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
  ai: Record<Side, AiMemory>;
  outcome: Outcome | null;
  deal: Package | null;
  actionsTaken: number;
}
