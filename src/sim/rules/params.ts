/**
 * Model constants that are not scenario data. Each is a modelling choice ([DERIVED] in
 * research/models.md §6); the calibration tests check that together they reproduce history.
 */
export const P = {
  /** Initial support for the committee's course, bp. */
  supportStart: 6500,
  /** Friedkin–Johnsen: how fast support moves toward its target each day. */
  supportRate: 0.15,
  /** Drivers of support, in logit units per unit of cause. */
  supportPublic: 0.6, //      per share of (pro-union − pro-studio) public opinion
  supportHardship: 1.8, //    per unit of hardship
  supportTemptation: 0.7, //  per σ by which the studios' offer beats members' expectations (during a dispute)
  supportSellout: 0.9, //     per σ by which the union's own demand falls below expectations
  /** Granovetter: spread of thresholds, bp; weight of hardship and support in a member's threshold. */
  thresholdSpread: 1200,
  thresholdHardship: 6500,
  thresholdSupport: 3000,
  solidarityRate: 0.3,
  /** Hardship reaches 100% when a member's debt equals this many days of lost earnings. */
  hardshipDays: 60,
  /** Public opinion: daily pull toward its target at full attention. */
  publicRate: 0.04,
  publicBase: 1.0,
  publicFairness: 1 / 600, // per deci-point of fairness tilt
  publicDisruption: 0.002, // per strike day
  attentionDecay: 0.03,
  attentionFloor: { calm: 1500, strike: 4000 },
  /** Cohesion: how far the factions' patience may drift apart before the alliance strains. */
  cohesionSpread: 0.6,
  cohesionLowPatience: 0.4,
  cohesionRate: 0.1,
  cohesionStart: 9000,
  /** Breaking points (bp) and how many days in a row below them end the round. */
  crumble: { solidarity: 3000, support: 2500, cohesion: 2500, days: 10 },
  /** Credibility of a strike threat: not authorized / authorized (× yes share) / extended factor. */
  threat: { none: 0.5, authorized: 0.95, extended: 0.7 },
  /** Deci-points a side's walk-away falls per bp its solidarity (union) or cohesion (studios) is below 7000. */
  weakness: 0.04,
  /** Concession exponents (GENIUS convention) and tit-for-tat weights by difficulty. */
  concession: {
    easy: { e: 2, tft: 0.4, k: 0.05, meso: 1 },
    normal: { e: 1, tft: 0.3, k: 0, meso: 2 },
    hard: { e: 0.2, tft: 0.15, k: 0, meso: 3 },
  },
  /** Share of the time pressure a committee feels by the contract's expiry date. */
  expiryPull: 0.6,
  /** Extra pressure while the CEOs are in the room, and for how long (days). */
  ceos: { pressure: 0.15, days: 21 },
  /** A mediator can be called once in this many days. */
  mediatorEvery: 30,
  /** The frequency opponent model's learning coefficient (HardHeaded default 0.2). */
  learnCoef: 0.2,
  /** Turnout boost from a long strike (bp at 120 strike days) and from attention. */
  turnoutStrike: 600,
  turnoutAttention: 0.08,
  /** The board leans toward the deal its committee signed: offset in σ. */
  boardLean: 0.8,
  /** A rejected deal raises expectations by this many deci-points. */
  rejectionAnger: 30,
} as const;
