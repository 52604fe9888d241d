import { getScenario, spaceOf, utilityOf, type DailyRecord, type GameState, type Package, type Phase, type Side } from '../sim';

/**
 * The round told offer by offer and day by day, for `npm run sim -- --json --trace`. Built from
 * the state alone, so a round played by a bot and the replay of its log give the same trace.
 * Units follow playerView: points (not deci-points), shares 0..1 (not basis points), money in
 * $ thousands, the share price as an index (100 = where it started).
 */
export interface Trace {
  offers: TraceOffer[];
  days: TraceDay[];
}

export interface TraceOffer {
  day: number;
  by: Side;
  packages: Package[];
  final: boolean;
  /** Each package's value on both sides' scoring schedules, in the order of `packages`. */
  points: { union: number; studio: number }[];
}

export interface TraceDay {
  day: number;
  phase: Phase;
  union: {
    /** Members' approval of the committee, 0..1. */
    support: number;
    solidarity: number;
    /** Members' average savings, dollars. */
    savings: number;
    hardship: number;
    /** What members expect, points. */
    expectation: number;
    /** The union's walk-away that day, points. */
    batna: number;
  };
  studio: {
    cohesion: number;
    /** Losses so far and that day's loss, $ thousands. */
    studioLosses: number;
    dailyLoss: number;
    /** Share of the content pipeline left, 0..1. */
    pipeline: number;
    sharePrice: number;
    /** The studios' walk-away that day, points. */
    batna: number;
  };
  /** Public opinion: the shares siding with each side (the rest is neutral), 0..1. */
  public: { union: number; studio: number };
}

const pts = (deci: number): number => Math.round(deci) / 10;
const unit = (bp: number): number => bp / 10000;

function traceDay(d: DailyRecord): TraceDay {
  return {
    day: d.day,
    phase: d.phase,
    union: {
      support: unit(d.support),
      solidarity: unit(d.solidarity),
      savings: d.savings,
      hardship: unit(d.hardship),
      expectation: pts(d.expectation),
      batna: pts(d.batnaUnion),
    },
    studio: {
      cohesion: unit(d.cohesion),
      studioLosses: d.studioLosses,
      dailyLoss: d.dailyLoss,
      pipeline: unit(d.pipeline),
      sharePrice: d.sharePrice / 100,
      batna: pts(d.batnaStudio),
    },
    public: { union: unit(d.publicUnion), studio: unit(d.publicStudio) },
  };
}

export function buildTrace(s: GameState): Trace {
  const sp = spaceOf(getScenario(s.config.scenario)!);
  return {
    offers: s.offers.map((o) => ({
      day: o.day,
      by: o.by,
      packages: o.packages.map((p) => p.slice()),
      final: o.final,
      points: o.packages.map((p) => ({ union: pts(utilityOf(sp, 'union', p)), studio: pts(utilityOf(sp, 'studio', p)) })),
    })),
    days: s.daily.map(traceDay),
  };
}
