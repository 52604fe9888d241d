import { canonicalJson } from '../hash';
import type { GameConfig } from '../types';

/**
 * Every tuning number of the model and of the computer's committees, in one place, each with
 * its reason or source. Most are modelling choices ("derived" in research/models.md §6, the
 * shared research notes); the calibration and theory tests check that together they reproduce
 * history. The rules read them from their context (ctx.p), the computer and the bots from their
 * view (view.aiParams), so a test or a teacher can run the same round with other numbers through
 * GameConfig.tuning.
 *
 * Units, as in the state: bp = basis points (10000 = 100%); deci = deci-points of a side's own
 * utility (10 = 1 point); milli-logit = support in logit units × 1000; days are calendar days.
 */
export const DEFAULT_PARAMS = deepFreeze({
  /** The union's members (research/models.md §6.2 steps 1–4). */
  members: {
    /** The committee's starting mandate, bp of support: a committee fresh from its election (models.md §6.7, derived). */
    supportStart: 6500,
    /** Friedkin–Johnsen: share of the way support moves toward its target each day (models.md §5.2, derived). */
    supportRate: 0.15,
    /** Pull on support, logit per unit of (pro-union − pro-studio) public opinion (models.md §6.2 step 3, β_P). */
    supportPublic: 0.6,
    /** Push against the committee, logit per unit of hardship (models.md §6.2 step 3, β_H). */
    supportHardship: 1.8,
    /** "Take it": logit per σ by which the studios' offer beats members' expectations during a dispute (β_O). */
    supportTemptation: 0.7,
    /** "Sell-out": logit per σ by which the committee's own demand falls below members' expectations. */
    supportSellout: 0.9,
    /** Hardship reaches 100% when a member's debt equals this many days of lost earnings (models.md §1.7, derived). */
    hardshipDays: 60,
    /** Ashenfelter–Johnson: how much faster expectations fall at full hardship (a = a0·(1 + κ·h), models.md §6.2 step 2). */
    hardshipSpeedup: 1,
    /**
     * A committee that will not move loses its members: once the union's offer has not improved
     * for the studios for `stallGrace` strike days while theirs has, plus `stallGraceServed` days
     * times the square root of how far (0..1) it has already come from its opening toward the
     * even split, support's drive falls `stallPerDay` logit for each further day (the studios'
     * alliance splits by the same rule; DESIGN §6: members can vote down a leadership that will
     * not move; derived).
     */
    stallGrace: 21,
    stallGraceServed: 380,
    stallPerDay: 0.05,
  },
  /** Solidarity on the picket line: a Granovetter threshold cascade (models.md §5.1 and §6.2 step 4). */
  solidarity: {
    /** Participation at the start when no authorization vote is on record, bp (derived: near, not at, the tipping point). */
    start: 8000,
    /** Spread of members' thresholds, bp (models.md §6.7: σ ≈ 0.10–0.15). */
    spread: 1200,
    /** Threshold raised per unit of hardship, bp (γ_h). */
    hardship: 6500,
    /** Threshold lowered per unit of support above one half, bp (γ_o). */
    support: 3000,
    /** Share of the way participation moves to its cascade value each day (derived: a cascade takes about a week). */
    rate: 0.3,
  },
  /** The studios' alliance (models.md §6.2 step 1, Hicks' concession curve, §1.1). */
  studios: {
    /** Cohesion at the opening of talks, bp (derived: an alliance that has met and agreed its line). */
    cohesionStart: 9000,
    /** Cohesion the alliance drifts back to when its members are of one mind, bp (derived). */
    cohesionTop: 9500,
    /** Cohesion lost per bp of spread between the factions' patience (derived: legacy studios vs streamers, 2023). */
    cohesionSpread: 0.6,
    /** Cohesion lost per bp the least patient faction is below `lowPatience` (derived). */
    cohesionLowPatience: 0.4,
    /** Patience, bp, below which a faction starts to pull the alliance apart (derived: half its tolerance spent). */
    lowPatience: 5000,
    /** Share of the way cohesion moves to its target each day (derived). */
    cohesionRate: 0.1,
    /**
     * Cohesion's target falls this many bp for every strike day a company has borne with its
     * patience spent: a company that has lost more than it can bear talks more and more of signing
     * on its own, so a committee that outwaits the union's pickets risks its alliance first
     * (derived: in 2023 the streamers and legacy studios split over how long to hold out;
     * DESIGN §6, studio factions defect when losses pass their patience).
     */
    defectPerDay: 120,
    /**
     * A committee that will not move splits its alliance: once the studios' offer has not
     * improved for the union for `stallGrace` strike days, plus `stallGraceServed` days times the
     * square root of how far (0..1) it has already come from its opening toward the even split
     * (any real move buys time; none buys none), cohesion's target
     * falls `stallPerDay` bp for each further day (the doves want a deal; derived: in 2023 the
     * alliance held a serious offer through some 80 quiet strike days; DESIGN §6, a committee that
     * never moves risks a split).
     */
    stallGrace: 21,
    /**
     * Deci-points (on the other side's schedule) a side's offers must come, in all, since its last
     * counted move for the move to count: token one-level steps do not keep an alliance together
     * (derived; a strategy hunt found that a one-level step every sixth offer kept a never-moving
     * alliance whole).
     */
    stallMinMove: 15,
    stallGraceServed: 380,
    stallPerDay: 200,
    /** The share-price index never falls below this, bp of its starting value (derived: studio stocks fell 2–5% on the first day of the 2023 actors' strike). */
    sharePriceFloor: 1000,
    /** Off strike, the index wins back 1/this of its fall each day (derived: a recovery over a couple of months). */
    sharePriceRecovery: 50,
    /** A ratified deal wins back 1/this of the index's fall at once (studio stocks climbed when the 2023 strike ended). */
    sharePriceOnDeal: 3,
  },
  /** Public opinion and attention (models.md §6.2 step 5). */
  opinion: {
    /** Media attention at the opening of talks, bp (derived: a contract round is news, not front-page news). */
    attentionStart: 2500,
    /** Daily pull of the union's share toward its target at full attention (η). */
    rate: 0.04,
    /** Logit of the union's share of partisans when both sides are fair and nothing is disrupted (b0; Gallup 2023 ≈ 0.67 vs 0.24, models.md §5.3). */
    base: 1.0,
    /** Logit per deci-point of fairness tilt (b1: a 60-point tilt moves the odds by e^0.1, derived). */
    fairness: 1 / 600,
    /** Logit lost per strike day (b2: disruption wears on the public, derived). */
    disruption: 0.002,
    /** Share of the way attention falls back to its floor each day. */
    attentionDecay: 0.03,
    /** During a media blackout attention fades this many times faster (derived: nothing new to report). */
    blackoutDecay: 2,
    /** The attention a dispute keeps without news, bp: before a strike and during one (derived). */
    attentionFloor: { calm: 1500, strike: 4000 },
  },
  /** Breaking points, bp, and how many days in a row below them end the round (derived; the canvas marks them). */
  crumble: { solidarity: 3000, support: 2500, cohesion: 2500, days: 10 },
  /**
   * A leadership crisis: when members' support stays below the breaking point, the committee is
   * replaced rather than the round ended (DESIGN §6: a lost mandate continues the round on worse
   * terms). The new committee starts with support `supportAfter` bp, and its walk-away is
   * `walkAwayDrop` deci lower for each crisis (it must settle; derived).
   */
  crisis: { supportAfter: 5000, walkAwayDrop: 40 },
  /**
   * What a side's score charges beyond the deal and the strike's costs (DESIGN §6 Scoring): a
   * failure ending scores at most the side's own walk-away package less `failure` points, so it
   * is always below a reasonable ratified deal; a leadership crisis and a broken "final" cost
   * goodwill, for at most `crisesCharged` crises (points; derived).
   */
  score: { failure: 15, crisis: 8, crisesCharged: 3, brokenFinal: 3 },
  /** Each side's walk-away point (models.md §3.3 and §6.3, Hicks). */
  walkAway: {
    /** Credibility of a strike threat: not authorized / authorized (× yes share) / factor while the contract is extended (derived). */
    threat: { none: 0.5, authorized: 0.95, extended: 0.7 },
    /** Deci-points a side's walk-away falls per bp its solidarity (union) or cohesion (studios) is below `weakFrom`. */
    weakness: 0.04,
    /** Solidarity or cohesion, bp, below which a side's ranks are cracking (derived: 70%). */
    weakFrom: 7000,
    /** Time alone moves a committee at most 1/this of the way from its opening to its floor (derived). */
    timeRoom: 3,
    /**
     * Share of each deci-point of strike losses by which the studios' own floor gives way
     * (Hicks: costs move the employer's walk-away smoothly, not at a cliff; derived).
     */
    floorLossShare: 1,
  },
  /** How hard time and costs press on a committee (τ of models.md §6.3). */
  pressure: {
    /** Share of the time pressure a committee feels by the contract's expiry date (derived: the deadline effect). */
    expiryPull: 0.6,
    /** Pressure per unit of shortfall of the side's own solidarity or cohesion (derived: a fully cracked side feels half). */
    cracks: 0.5,
    /**
     * Pressure each strike day adds on the studios (Hicks 1932: the employer's concession curve
     * rises with the strike's length; derived: +0.3 after 100 days). A strike never lowers the
     * pressure of the deadline already felt.
     */
    strikeDay: 0.003,
  },
  /** What each table action costs (days) and does. Signed: + raises, − lowers. */
  table: {
    caucus: {
      /** A town hall or a meeting of member companies takes a weekend (derived). */
      days: 2,
      /** Members' expectations move 1/this of the way toward the studios' offer on the table (derived). */
      expectationToward: 5,
      /** Support gained, milli-logit and bp (derived: a town hall lifts support about 4 points). */
      supportZ: 160,
      support: 400,
      /** The studios' factions' patience moves 1/this of the way toward their mean (derived). */
      patienceToward: 5,
      /** Studios' cohesion gained, bp (derived). */
      cohesion: 1200,
    },
    statement: {
      /** A press conference is a day's news (derived). */
      days: 1,
      firm: {
        /** Public opinion moved toward the speaker, bp, plus attention/`publicPerAttention` (derived: louder when people listen). */
        public: 150,
        publicPerAttention: 20,
        /** Attention gained, bp. */
        attention: 800,
        /** A firm line stiffens members: expectations (deci) and support (milli-logit) rise. */
        expectation: 10,
        supportZ: 100,
        /** Studios' cohesion gained, bp. */
        cohesion: 300,
      },
      conciliatory: {
        /** Public opinion moved toward the speaker, bp. */
        public: 80,
        /** Members' expectations cooled, deci. */
        expectation: -15,
        /** Studios' cohesion lost (a conciliatory line splits hawks from doves), bp. */
        cohesion: -200,
        /** The other side's trust gained, bp. */
        trust: 800,
      },
    },
    authorize: {
      /** Ballots take a week to count (derived). */
      days: 7,
      /** Attention gained, bp. */
      attention: 1000,
      /** Members who voted to strike expect more, deci. */
      expectation: 10,
    },
    extend: {
      /** Signing an extension costs no time (2023: agreed as the contract ran out, to July 12). */
      days: 0,
      /** Members' expectations cool a little, deci. */
      expectation: -5,
    },
    strike: {
      /** Calling a strike costs no time: it starts the next day. */
      days: 0,
      /** Attention gained, bp (a strike is front-page news). */
      attention: 2500,
      /** Solidarity gained by the call itself, bp. */
      solidarity: 500,
    },
    suspend: {
      /** Talks stay off for two weeks (the AMPTP broke off on Oct 11, 2023; talks resumed Oct 24). */
      days: 14,
      /** Shows resolve at home: union support (milli-logit) or studios' cohesion (bp). */
      supportZ: 120,
      cohesion: 300,
      /** The public blames whoever walks out, bp of opinion. */
      blame: 150,
    },
    ceos: {
      /** A meeting with the chief executives takes two days (derived). */
      days: 2,
      /** How long the CEOs stay in the room (derived: about three weeks; they joined the writers' final talks on Sept 20, 2023). */
      lasts: 21,
      /** Extra pressure on both committees while they are there (derived). */
      pressure: 0.15,
      /** Attention gained, bp. */
      attention: 1500,
      /** The side that called them: studios' cohesion (bp) or union support (milli-logit). */
      cohesion: 500,
      supportZ: 120,
    },
    /**
     * Diminishing returns: a caucus or a public statement keeps 1/(1 + n)^`repeatPower` of its
     * effect, n counting the earlier ones of its kind, each fading linearly to nothing over
     * `repeatWindow` days (the tenth town hall of the summer moves nobody; one every three weeks
     * keeps about a quarter; derived). At power 1 the sum grew without limit: sixty town halls in a
     * strike-free summer cut the members' hopes from 88 to 69 points (measured with the balance
     * table's town-hall-holdout probe).
     */
    repeatWindow: 60,
    repeatPower: 2,
    mediator: {
      /**
       * A mediator hears both sides in confidence but reads each walk-away only roughly: up to
       * this many deci-points off either way (triangular error, seeded), so a hint is advice,
       * not a guarantee (derived). Measured over 30 seeds: at 5 points a studio that put the
       * mediator's package down as final against the easy 2026 union scored 69.9, above every
       * sensible strategy but one; its wider errors often read the union's walk-away low, and
       * a soft union took the package. At 3.5 it scores 68.0, and against the normal and hard
       * unions 10–12 of 30 such strikes still crumble.
       */
      noise: 35,
      /** A federal mediator's confidential hearings take most of a week (derived). */
      days: 5,
      /** A mediator can be called once in this many days (derived: no mediator shopping). */
      every: 30,
      /** Confidential talks calm the coverage, bp of attention. */
      attention: -500,
    },
    blackout: {
      /** Agreeing not to talk to the press costs no time (2026 talks opened under a blackout). */
      days: 0,
    },
  },
  /** Going back on a "last, best and final" offer, and a rejected tentative agreement. */
  agreement: {
    /** A broken "final" costs the breaker at home: union support (milli-logit, bp) or studios' cohesion (bp), and the other side's trust (bp). */
    brokenFinal: { supportZ: -600, support: -1500, cohesion: -1500, trust: -3000 },
    /** A rejected deal raises members' expectations (deci), costs the committee support (milli-logit) and both sides' trust (bp). */
    rejected: { expectation: 30, supportZ: -200, trust: -2000 },
  },
  /** Votes (models.md §4.3 and §6.4). */
  votes: {
    /** Turnout added by a long strike, bp, reached at `turnoutStrikeDays` (SAG-AFTRA ratification turnout 15% in 2017, 27% in 2020, 38% after the 2023 strike; models.md §4.1). */
    turnoutStrike: 600,
    turnoutStrikeDays: 120,
    /** Turnout added per bp of attention (derived). */
    turnoutAttention: 0.08,
    /** The board leans toward the deal its committee signed: offset in σ (the national board voted 86% for the 2023 deal, 67.6% for 2020's). */
    boardLean: 0.8,
    /** Support, bp, at which members lean neither way on an authorization (the starting mandate). */
    authorizationPivot: 6500,
    /** Yes share added per σ by which the offer on the table falls short of expectations (derived). */
    authorizationGap: 0.04,
  },
  /** Seeded events. */
  events: {
    /** An event that moves support by some bp moves its logit by bp/this milli-logit, so the shock persists and then relaxes (derived). */
    supportPerZ: 2.5,
  },
  /** The seed's hidden variation: scales in bp of the scenario's figure, floor shifts in deci (models.md "seeded variation"). */
  hidden: {
    /**
     * Each seed draws the round's hidden values from these ranges, wide enough that no two
     * classes play the same round (DESIGN §5; derived: estimates of the 2023 studio losses ran
     * from about $3B to $6B, and members' savings vary as much).
     */
    /** Studios' daily strike losses ±45% (at ±40% historical play's 2023 strikes against the hard studios spread by 9.9 days over 30 seeds, against a target of 10). */
    lossScale: { min: 5500, max: 14500 },
    /** Studios' tolerance of losses ±35% (at ±30% the historical studios' strikes spread by only 7 days over 30 seeds; at ±40% six hard alliances in 30 broke). */
    toleranceScale: { min: 6500, max: 13500 },
    /** Half-life of members' expectations ±30%. */
    halfLifeScale: { min: 7000, max: 13000 },
    /**
     * Members' savings ±40%: how long members can hold out is what most varies a strike's length
     * (at ±20% the historical studios' strikes spread by 7 days over 30 seeds, against a target
     * of 10; now 10–13 on every difficulty, with one easy strike in 30 crumbling). At ±45% more
     * strikes crumbled, and a studio that let them crumble on purpose came within 0.6 points of
     * sensible play on hard.
     */
    savingsScale: { min: 6000, max: 14000 },
    /** Each side's hidden floor ±4 points. */
    floorShift: { min: -40, max: 40 },
  },
  /** The computer's committees and the built-in bots. They reach these through their view (view.aiParams). */
  ai: {
    /**
     * By difficulty: concession exponent e, initial concession k and MESO packages (GENIUS
     * presets, models.md §6.7); `reciprocity`: the share of the other side's last concession (in
     * the committee's own points, tempered by trust) it gives back on top of its time concession;
     * `stonewall`: the share of its time concession it still makes when the other side did not
     * move (reciprocity both ways, models.md §2.4; derived); `firmness`: deci-points the
     * committee adds to its walk-away (a hard committee holds out for more; derived);
     * `strikeGap`: how far (deci) what the union's members need is from the studios' offer before
     * its committee walks out (an easy committee is slower to strike); `settleHardship`: the
     * members' hardship (0..1) past which a striking union settles for what is on the table
     * (pickets give way soon after hardship bites, Granovetter; an easy committee folds sooner,
     * a hard one keeps the line longer; derived). `tft` is no longer used.
     * When the computer plays the studios: `studioFloor`, deci-points added to their hidden floor,
     * and `studioTolerance`, the share (bp) of the scenario's loss tolerance its companies bear
     * before their patience runs out (a hard alliance holds together longer, an easy one less).
     * Without them a long strike ended where the alliance cracked, whatever the difficulty: over
     * 30 seeds the 2023 union's striker scored 65.1 / 60.3 / 61.3 on easy / normal / hard, and
     * the 2026 union's logroller 58.6 against 56.6 (`npm run balance`). With ×1.2 and +1 point on
     * hard, −3 points on easy, every sensible union strategy but the historical replays (then 5.8
     * in 2023, none in 2026: they replay real dates and calibration pins them) differed by 6
     * points or more (the slow logroller, then called sensible, is a probe now: it barely moves). An easy alliance bears 96%:
     * once the easy studios' offer moved during a strike (a soft stance no longer stiffens), the
     * 2023 striker settled a little earlier and its gap fell to 5.9; at 96% it is 6.4, and the
     * historical replay's 6.1. At 95% and below (×0.85 too) the alliance split before the real
     * union's final terms and the typical 2023 deal left history by more than a level; +2 points
     * on hard gave the real 2026 studios' replay strikes (derived). A hard alliance bears ×1.35
     * (from ×1.2) since the balance table's logrollers stopped asking for less than the studios
     * already offered: the 2023 striker's easy − hard gap fell to 5.5 at ×1.2, now 6.7, and the
     * union replay's 6.0 is 7.3 (30 seeds; 2023 replay strikes on hard 115 → 117 days).
     * The easy committee answers a concession with half as much again (reciprocity 1.5, up from
     * 1): the 2026 studios' hardliner then scored 70.5 against the easy union and 64.2 against
     * the hard one (its own floor, which no harder union can push it below), 6.3 apart, from
     * 5.4. A stronger conceder (e = 4) widened it to 6.5 but reached its walk-away in a step and
     * then sat there: against the easy 2026 union a studio's tit-for-tat saw the union's offer
     * unchanged for 96 days (median over 30 seeds), against 33 at e = 2 (derived).
     * `floorMargin`: the share (bp) of the union's margin over members' expectations it keeps
     * above its floor when that floor already sits above what members expect (the margin guards
     * the vote, which the floor then guards already): an easy union keeps none, settling at its
     * floor (2026 studio side, easy − hard: tit-for-tat 4.8 → 6.7 points; derived).
     */
    concession: {
      easy: { e: 2, tft: 0.4, k: 0.05, meso: 1, reciprocity: 1.5, stonewall: 0.8, firmness: -80, strikeGap: 100, settleHardship: 0.35, studioFloor: -30, studioTolerance: 9600, floorMargin: 0 },
      normal: { e: 1, tft: 0.3, k: 0, meso: 2, reciprocity: 0.7, stonewall: 0.5, firmness: 0, strikeGap: 30, settleHardship: 0.5, studioFloor: 0, studioTolerance: 10000, floorMargin: 10000 },
      hard: { e: 0.2, tft: 0.15, k: 0, meso: 3, reciprocity: 0.4, stonewall: 0.25, firmness: 60, strikeGap: 30, settleHardship: 0.6, studioFloor: 10, studioTolerance: 13500, floorMargin: 10000 },
    },
    /** Tit-for-tat over the last `window` offers (δ = 1..3, models.md §6.3); weight ×`ceosBoost` while the CEOs are in the room. */
    titForTat: { window: 3, ceosBoost: 1.5 },
    /**
     * A committee's firmness fades as pressure mounts, but only by this share of it: a hard
     * committee stays harder to the end, so difficulty changes results (DESIGN §6; derived).
     * A union committee is never softer than its members: below what they expect, a deal is
     * voted down, which serves no one. A soft (easy) stance does not fade: fading it toward zero
     * made the easy studios firmer as strike costs mounted, just as fast as those costs lowered
     * their walk-away, so their offer stood still through a strike (a playtester saw one package
     * for 80 days; over 30 seeds a union's tit-for-tat saw the easy studios' offer unchanged for
     * up to 102 days, now 52).
     */
    firmnessFade: 0.3,
    /** AC_time: near the deadline (τ ≥ this) accept the best offer received so far (models.md §6.3: 0.97). */
    acceptLate: 0.97,
    /**
     * A committee whose own ranks are cracking (its pickets, 0..1, for the union; its alliance's
     * cohesion for the studios, below this) settles: a union takes the offer on the table rather
     * than let the strike crumble (which would impose it anyway); an alliance takes what meets its
     * (lowered) walk-away (derived).
     */
    acceptCracking: 0.7,
    /**
     * A "last, best and final" offer is accepted at or above the walk-away only once time
     * presses: early on the committee calls the bluff unless the offer comes within this share of
     * the way from its walk-away to its own next offer, scaled by the time left (derived).
     */
    finalSkepticism: 0.6,
    /**
     * In the last `endgameDays` before the calendar runs out, a committee takes any offer at or
     * above its own floor rather than fail with no deal (derived: DESIGN §6, no deal is a failure).
     */
    endgameDays: 30,
    /**
     * A side whose offer is no better than it was `holdingOffers` offers ago is holding, not
     * bargaining: what costs take off the committee's walk-away then reaches the table at only its
     * difficulty's `stonewall` share; and a union that has never moved from its first offer gets
     * no endgame discount from the studios (derived: a strategy hunt's union held the Nash
     * package all round, never struck, and the hard studios took it in the last month, 71.0
     * against sensible play's 65.5).
     */
    holdingOffers: 3,
    /**
     * The studios' endgame bar falls from their walk-away (work going on under the old terms) to
     * their floor only as a strike's cost mounts: fully after this many strike days. A token
     * strike called just before the last month cost them almost nothing (derived: a strategy
     * hunt's union held town halls all summer, struck 8 days before the last month and took the
     * studios' floor, 70.1 against sensible play's 61; at 60 days a 17-day strike still won 69.3).
     */
    endgameStrikeDays: 90,
    /** A committee holds its "final" offer until τ reaches this (derived). */
    holdFinal: 0.98,
    /** It calls its offer "last, best and final" from τ ≥ `tau` when within `gap` deci of the other side. */
    goFinal: { tau: 0.9, gap: 60 },
    /** Within this many deci of the other side its counter-offer says "close" (words only). */
    closeGap: 40,
    /**
     * It says it has moved ("Here is real movement from our side") only when its offer gives up
     * at least this many deci of its own points, or gives the other side as much by its own
     * model of them; a smaller step comes with a firm line (words only; a playtester heard "real
     * movement" with 0.3 points for him, and 484 of 3,032 such lines in sensible play came with
     * less than a point for the player).
     */
    movedMin: 10,
    /** A MESO alternative may cost the committee at most this many deci more than its first package. */
    mesoSlack: 15,
    /** An offer this many deci below its walk-away is answered with a signal, at most `max` times in a row. */
    rebuff: { below: 120, max: 2 },
    /** Rebuffed this often during a strike, the studios walk out (Oct 11, 2023: "the gap is too great"). */
    walkOutAfter: 2,
    /** The union's committee: an authorization vote from `authorizeDays` before expiry when `authorizeGap` deci apart; an extension from `extendDays` before expiry when within `extendGap`; a strike when more than its difficulty's `strikeGap` apart; a town hall when a segment's support is below `caucusSupport`, at most every `caucusEvery` days; it holds out for `ratifyMargin` deci above what its members expect (about a third of their spread σ, so a deal it takes passes with some room; derived), and a firm (hard) union's stance is `firmnessScale` times its difficulty's firmness: members' hopes are its weapon, and at 1× a hard union moved a 2023 studio player's mean score by only 2.3 (tit-for-tat) and 4.8 (hardliner) points over 10 seeds (measured with `npm run balance`; derived); it signs nothing its members' poll (`view.standingYes`) puts below `signYes` (a majority with room for the weeks until the vote: an easy committee signed a deal 46% of its members backed, and four votes failed in a row; derived). */
    union: { authorizeDays: 10, authorizeGap: 40, extendDays: 2, extendGap: 150, caucusSupport: 0.4, caucusEvery: 21, ratifyMargin: 40, firmnessScale: 2.5, signYes: 0.55 },
    /** The studios' committee: the CEOs from τ ≥ `ceosTau` during a strike; a caucus when cohesion is below `caucusCohesion`, at most every `caucusEvery` days. */
    studio: { ceosTau: 0.6, caucusCohesion: 0.5, caucusEvery: 14 },
    /** The frequency opponent model (HardHeaded, GENIUS/BOA; models.md §2.5). */
    model: {
      /** Learning coefficient (HardHeaded default 0.2). */
      learnCoef: 0.2,
      /** An issue that varies across a MESO set keeps this share of its weight (the sender is flexible on it). */
      mesoFlexible: 0.8,
      /** A floor on how much an issue the other side moved on fully still counts (derived). */
      heldFloor: 0.05,
      /** Share of the HardHeaded weights in the blended estimate (the rest: the concession reading). */
      hardHeadedShare: 0.5,
      /** A level's estimated value: this share by rank (diminishing returns), the rest by how often it was asked for. */
      rankShare: 0.7,
      frequencyShare: 0.3,
    },
    /** The built-in bots (the CLI and the tests). */
    bots: {
      /** Concession exponents: a Boulware hardliner and a conceder (GENIUS convention, models.md §2.2). */
      hardliner: { e: 0.4 },
      conceder: { e: 2.5 },
      /** Their initial concession k: none (GENIUS default). */
      k: 0,
      /** A militant bot calls the authorization vote this many days before expiry; a peaceful one extends this many days before. */
      authorizeDays: 14,
      extendDays: 5,
      /** The random bot: accepts below `accept`, takes a table action below `act`, speaks firmly below `firm`, sends up to `maxPackages`, calls "final" below `final`. */
      random: { accept: 0.15, act: 0.35, firm: 0.5, maxPackages: 3, final: 0.05 },
      /**
       * The historical bot skips a real step `staleDays` past its date and accepts as good an offer
       * `acceptAfter` days past its final date; as the union, once its pickets thin below
       * `rescueBelow` (solidarity, 0..1), it takes an offer at least as good as its final terms on
       * every issue rather than let the strike collapse (derived: the 2023 strike held; a round
       * that runs longer than history should not crumble with better terms on the table); as the
       * studios, once its alliance's cohesion falls below `rescueCohesion` it puts its final terms
       * on the table at once rather than let the alliance split (derived, likewise); and once a
       * strike is on, it signs a union counter worth to it between `closeBelow` deci-points less
       * and `closeAbove` more than its final terms (the real committee's "last, best and final"
       * offer of Nov 3–4, 2023 was followed by four days on the union's counters before the Nov 8
       * agreement; derived: with the real positions alone the deal was the same in 28 of 30
       * rounds; a wider window signed the cheap counters of a union whose strike was collapsing,
       * which its members then voted down, and 4 of 12 easy calibration rounds failed).
       */
      historical: { staleDays: 30, acceptAfter: 14, rescueBelow: 0.9, rescueCohesion: 0.6, closeBelow: 10, closeAbove: 30 },
    },
  },
});

type Widen<T> = T extends number ? number : { readonly [K in keyof T]: Widen<T[K]> };
type DeepPartial<T> = T extends number ? number : { [K in keyof T]?: DeepPartial<T[K]> };

/** Every tuning number, nested by topic. */
export type Params = Widen<typeof DEFAULT_PARAMS>;
/** The computer's and the bots' numbers (what a committee's view carries). */
export type AiParams = Params['ai'];
/** Plain JSON that overrides some of the defaults (GameConfig.tuning). */
export type Tuning = DeepPartial<Params>;

/** The model's default constants, for readers outside the rules that show them (the canvas marks P.crumble). */
export const P: Params = DEFAULT_PARAMS;

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

const isPlainObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

/** Day counts: whole numbers, zero or more. */
const DAY_KEYS = new Set(['days', 'hardshipDays', 'lasts', 'every', 'turnoutStrikeDays', 'authorizeDays', 'extendDays', 'caucusEvery', 'endgameStrikeDays', 'staleDays', 'acceptAfter', 'thawDays']);
/** Divisors and sizes: must be above zero. */
const POSITIVE = new Set([
  'members.hardshipDays',
  'solidarity.spread',
  'studios.sharePriceRecovery',
  'studios.sharePriceOnDeal',
  'walkAway.timeRoom',
  'table.caucus.expectationToward',
  'table.caucus.patienceToward',
  'table.repeatWindow',
  'table.statement.firm.publicPerAttention',
  'votes.turnoutStrikeDays',
  'events.supportPerZ',
  'ai.titForTat.window',
  'ai.concession.easy.studioTolerance',
  'ai.concession.normal.studioTolerance',
  'ai.concession.hard.studioTolerance',
  'ai.bots.random.maxPackages',
  'ai.bots.hardliner.e',
  'ai.bots.conceder.e',
]);

/**
 * What is wrong with a tuning from outside (plain words), or null. Only known parameters, each a
 * finite number; day counts whole and not negative; divisors above zero; ranges in order.
 */
export function tuningProblem(t: unknown): string | null {
  if (!isPlainObject(t)) return 'The tuning must be an object of parameters, such as {"table": {"caucus": {"days": 3}}}.';
  return walk(t, DEFAULT_PARAMS as unknown as Record<string, unknown>, '');
}

function walk(t: Record<string, unknown>, base: Record<string, unknown>, at: string): string | null {
  for (const [key, value] of Object.entries(t)) {
    const path = at ? `${at}.${key}` : key;
    if (!Object.prototype.hasOwnProperty.call(base, key)) {
      const known = Object.keys(base).join(', ');
      return `Unknown tuning parameter "${path}". Known here: ${known}.`;
    }
    const def = base[key];
    if (typeof def === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `The tuning parameter "${path}" must be a finite number, not ${JSON.stringify(value) ?? String(value)}.`;
      if (DAY_KEYS.has(key) && !(Number.isInteger(value) && value >= 0)) return `The tuning parameter "${path}" is a number of days: a whole number, 0 or more.`;
      if (POSITIVE.has(path) && !(value > 0)) return `The tuning parameter "${path}" must be above 0.`;
      if (/^ai\.concession\.\w+\.meso$/.test(path) && !(Number.isInteger(value) && value >= 1 && value <= 3)) return `The tuning parameter "${path}" is how many packages an offer holds: 1, 2 or 3.`;
      if (/^ai\.concession\.\w+\.e$/.test(path) && !(value > 0)) return `The tuning parameter "${path}" must be above 0.`;
    } else {
      if (!isPlainObject(value)) return `The tuning parameter "${path}" is a group: give an object of its parameters (${Object.keys(def as object).join(', ')}).`;
      const inner = walk(value, def as Record<string, unknown>, path);
      if (inner) return inner;
    }
  }
  if (at.startsWith('hidden.')) {
    const r = { ...(base as { min: number; max: number }), ...(t as { min?: number; max?: number }) };
    if (!Number.isInteger(r.min) || !Number.isInteger(r.max) || r.min > r.max) return `The tuning range "${at}" needs whole numbers with min ≤ max (now ${r.min}..${r.max}).`;
  }
  return null;
}

function merge(base: unknown, t: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(t)) return t === undefined ? base : t;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(base)) out[key] = merge(base[key], t[key]);
  return out;
}

/**
 * The part of a (valid) tuning that differs from the defaults, or undefined if nothing does: a
 * round tuned to the defaults is the same round, with the same config and stateHash.
 */
export function tuningDiff(t: Tuning | undefined, base: unknown = DEFAULT_PARAMS): Tuning | undefined {
  if (!isPlainObject(t) || !isPlainObject(base)) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(base)) {
    const v = (t as Record<string, unknown>)[key];
    if (v === undefined) continue;
    if (isPlainObject(base[key])) {
      const d = tuningDiff(v as Tuning, base[key]);
      if (d) out[key] = d;
    } else if (v !== base[key]) out[key] = v;
  }
  return Object.keys(out).length ? (out as Tuning) : undefined;
}

const byConfig = new WeakMap<object, Params>();
const byTuning = new Map<string, Params>();

/** The parameters of a round: its config's tuning over the defaults (cached: cheap per action). */
export function paramsOf(config: GameConfig): Params {
  const t = config.tuning;
  if (t === undefined) return DEFAULT_PARAMS;
  const hit = byConfig.get(config);
  if (hit) return hit;
  const key = canonicalJson(t);
  let p = byTuning.get(key);
  if (!p) {
    p = deepFreeze(merge(DEFAULT_PARAMS, t) as Params);
    // A handful of tunings per process at most; the bound only keeps a long-lived server small.
    if (byTuning.size >= 64) byTuning.clear();
    byTuning.set(key, p);
  }
  byConfig.set(config, p);
  return p;
}
