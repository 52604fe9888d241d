import type { IssueId, Package, Phase, Side } from '../types';

/** A source beside a figure: where it comes from, and how sure we are. */
export interface Source {
  text: string; // short citation a player can read
  url?: string;
  /** primary: union/AMPTP/plan page; secondary: news; derived: our arithmetic; provisional: not yet confirmed. */
  kind: 'primary' | 'secondary' | 'derived' | 'provisional';
}

export interface LevelDef {
  /** Short label, e.g. "7%". */
  short: string;
  /** The level in words, for the form and screen readers. */
  label: string;
  /** Estimated cost to the studios, k$ per year of the contract. */
  studioCostK: number;
  /** Estimated value to members, k$ per year. */
  memberValueK: number;
}

export interface IssueDef {
  id: IssueId;
  name: string;
  /** One sentence for the glossary and the form's help text. */
  help: string;
  levels: LevelDef[];
  /**
   * How much of the issue's weight each level earns, in percent (0..100), for the union
   * committee (and its member segments) and for the studios. Integers.
   */
  unionShape: number[];
  studioShape: number[];
  /** Where the money per level comes from. */
  moneySource: Source;
}

export interface SegmentDef {
  id: string;
  name: string;
  blurb: string;
  /** Share of the membership, bp. */
  share: number;
  /** How this segment weighs the issues (integers summing to 100). */
  weights: Record<IssueId, number>;
  /** Savings cushion per member at the start, dollars. */
  savings: number;
  /** Covered earnings lost per member per strike day, in dollars. */
  dailyEarnings: number;
  /** Half-life of the gap between hopes and the floor of expectations, in strike days (A&J). */
  halfLifeDays: number;
  /** Spread of members' reservation utilities, deci-points (ratification σ). */
  sigma: number;
  /** Base turnout in a ratification vote, bp. */
  turnout: number;
  /** How much the segment's voice carries with the others (influence), bp. */
  visibility: number;
  /** Attachment to its own starting view (Friedkin–Johnsen stubbornness), bp. */
  stubbornness: number;
  /** Mean Granovetter threshold for staying out on the picket line, bp. */
  threshold: number;
  source: Source;
}

export interface FactionDef {
  id: string;
  name: string;
  blurb: string;
  /** Share of the alliance's voice, bp. */
  share: number;
  /** Losses per strike day while the pipeline lasts, k$ (can be negative: cash saved). */
  dailyLossK: number;
  /** Losses it can absorb before its patience is gone, k$. */
  toleranceK: number;
  source: Source;
}

export type EventEffect =
  | { kind: 'public'; bp: number } // toward the union (+) or the studios (−)
  | { kind: 'attention'; bp: number }
  | { kind: 'savings'; segment?: string; dollars: number } // per member (relief funds, lost work)
  | { kind: 'expectation'; segment?: string; deci: number }
  | { kind: 'support'; segment?: string; bp: number }
  | { kind: 'solidarity'; bp: number }
  | { kind: 'pipeline'; bp: number }
  | { kind: 'losses'; faction?: string; k: number }
  | { kind: 'patience'; faction?: string; bp: number }
  | { kind: 'sharePrice'; bp: number }
  | { kind: 'cohesion'; bp: number }
  | { kind: 'pauseTalks'; untilDay: number }
  | { kind: 'blackout' };

export interface EventDef {
  id: string;
  title: string;
  /** What happened, in plain words (shown on the card). */
  text: string;
  /** The real date, ISO (the card shows it); the event fires on the matching game day. */
  date: string;
  /**
   * Earliest and latest day it can fire, counted from talks opening (or from the first strike
   * day if `anchor` is 'strike'); the seed picks a day in this window (inclusive).
   */
  window: [number, number];
  anchor?: 'talks' | 'strike';
  /** Chance it happens at all in a given round, bp (10000: always, as in history). */
  chance: number;
  /** Fires only in these phases (any if absent). */
  phases?: Phase[];
  /** Fires only if a strike is (true) or is not (false) on. */
  strike?: boolean;
  effects: EventEffect[];
  /** What the effect means for play, in one line. */
  impact: string;
  source: Source;
}

/** A step of what the real committee did, for the `historical` bot. */
export interface HistoryStep {
  date: string;
  day: number;
  /** The position it held from that day (a package), or a table action it took. */
  position?: Package;
  action?: 'authorize' | 'extend' | 'strike' | 'statement' | 'suspend' | 'ceos' | 'blackout' | 'caucus' | 'mediator';
  /**
   * The real committee moved this many days after an event (in 2023 the endgame ran to the clock
   * the writers' settlement started): in a round where that event fired, the step comes that
   * many days after it fired, on whatever day the seed gave it; otherwise on `day`.
   */
  after?: { event: string; days: number };
  note: string;
  source: Source;
}

export interface Scenario {
  id: string;
  title: string;
  subtitle: string;
  /** A paragraph for the briefing. */
  situation: string;
  calendar: {
    talksOpen: string; // ISO date of day 0
    expiry: string;
    expiryDay: number;
    /** The latest date an extension can run to, if any. */
    extensionTo: string | null;
    extensionDay: number | null;
    /** The round ends with no deal on this day. */
    hardCapDay: number;
    /** Days one bargaining session costs, by phase and pace. */
    sessionDays: Record<'standard' | 'quick', Record<'talks' | 'holdout' | 'strike', number>>;
    source: Source;
  };
  issues: IssueDef[]; // in ISSUE_IDS order
  /** Issue weights of each committee (integers summing to 100): the scoring schedule. */
  weights: Record<Side, Record<IssueId, number>>;
  openings: Record<Side, Package> & { source: Source };
  /** What each committee realistically aims for (in its briefing). */
  targets: Record<Side, Package>;
  /** Hidden walk-away packages, revealed at the debrief. */
  reservations: Record<Side, Package> & { source: Source };
  /** The terms that continue if nobody agrees (the expired contract). */
  statusQuo: Package;
  /** Members' hopes at the start and the floor their expectations decay toward (A&J). */
  expectations: { hopes: Package; floor: Package; source: Source };
  segments: SegmentDef[];
  factions: FactionDef[];
  studioModel: {
    /** Days of finished content in the pipeline when a strike starts. */
    pipelineDays: number;
    /** Growth of daily losses per 30 days once the pipeline is dry, bp. */
    dryGrowth: number;
    /** k$ of studio losses worth one deci-point of the studios' utility. */
    kPerDeciPoint: number;
    /** The AI studio's time horizon in days from talks opening (its "deadline"). */
    horizonDay: number;
    /** Strike length the studios anticipate when they weigh a strike threat, days. */
    anticipatedStrikeDays: number;
    /** Share-price fall per $1M of daily loss, bp of the index per day. */
    sharePerMillion: number;
    source: Source;
  };
  unionModel: {
    /** Strike authorization: base yes share if members are content, bp. */
    authorizationBase: number;
    /** The union AI's horizon in days from talks opening. */
    horizonDay: number;
    /** k$ of members' lost earnings worth one deci-point of the committee's utility. */
    kPerDeciPoint: number;
  };
  /** Starting public opinion, bp (sums to 10000). */
  publicOpinion: { union: number; neutral: number; studio: number; source: Source };
  /** How many members the union has (scales members' lost earnings). */
  membership: { count: number; source: Source };
  /** Days between a tentative agreement and the count of the ratification vote. */
  ratificationDays: number;
  /** Strike authorization already held when talks open (2023: the vote closed June 5). */
  authorizedAtStart: { yes: number; source: Source } | null;
  events: EventDef[];
  history: {
    deal: Package;
    strikeDays: number;
    ratification: { yes: number; turnout: number };
    board: number | null;
    /** Lines for "what really happened", each with its source. */
    lines: { text: string; source: Source }[];
    steps: Record<Side, HistoryStep[]>;
  };
}
