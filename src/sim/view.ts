import { FAILURES, scores } from './analysis/summary';
import { floorShiftOf, memberAverage, pressure, reservation } from './rules/derived';
import { paramsOf, type AiParams } from './rules/params';
import { tableActions } from './rules/table';
import { actionProblem, sessionDays } from './reducer';
import { getScenario } from './scenarios';
import { addDays } from './scenarios/dates';
import { spaceOf, utilityOf } from './space';
import type { Action, ActionType, Difficulty, GameState, IssueId, LogEntry, MediatorHint, Outcome, Package, Pace, Phase, Side, VoteResult } from './types';
import { memberPoll, pollYes, type MemberPoll } from './rules/votes';
import { other } from './types';

/**
 * The game as one side sees it: plain JSON with exactly what a person on that side may know.
 * Never the other side's weights, walk-away, hidden variation or the computer's memory. Points
 * are numbers of points (13.4), on this side's own scoring schedule. A package is a list of
 * level indices in the order of `issues`. Bots, the page, the canvas and the live server all
 * read the game through this.
 */
export interface PlayerView {
  side: Side;
  scenario: string;
  difficulty: Difficulty;
  pace: Pace;
  /** Who plays each side: 'person' (or a bot from outside) or 'computer'. */
  players: Record<Side, 'person' | 'computer'>;
  day: number;
  /** The calendar date, ISO. */
  date: string;
  phase: Phase;
  /** Whose move it is at the table. */
  turn: Side;
  /** Is it this side's move now? */
  yourMove: boolean;
  expiryDay: number;
  extensionDay: number | null;
  hardCapDay: number;
  strikeDays: number;
  strikeStartDay: number | null;
  issues: { id: IssueId; name: string; levels: { short: string; label: string; points: number }[] }[];
  /** This side's walk-away today, in points: it would rather have no deal than less. */
  walkAway: number;
  /** This side's walk-away package when talks opened (its briefing's bottom line). */
  floor: Package;
  target: Package;
  opening: Package;
  theirOpening: Package;
  /** The points of those packages on this side's schedule. */
  points: { target: number; opening: number; theirOpening: number; floor: number };
  /** The offer on the table now. */
  standing: { by: Side; packages: Package[]; final: boolean } | null;
  /**
   * The union's committee polls its members: the share (0..1) who would vote yes to each package
   * of the studios' standing offer if it were put to them today (the table shows the same
   * projection to a person playing the union). Null for the studios and when no studio offer stands.
   */
  standingYes: number[] | null;
  /**
   * The union's committee's reading of its members, enough to poll them on any package
   * (`pollOf`): the projection the union's form shows a person for every package. Null for the
   * studios, who cannot poll the union's members.
   */
  memberPoll: MemberPoll | null;
  /** Every offer so far, oldest first. */
  offers: { day: number; by: Side; packages: Package[]; final: boolean }[];
  /** This side's score so far (the deal, or the old terms, minus what the road has cost). */
  score: number;
  /** How this side's score is made, so a briefing can say it and a bot can plan on it. */
  scoring: ScoringRules;
  /** How hard time and costs press on this side now, 0..1. */
  pressure: number;
  /** How far this side trusts the other, 0..1. */
  trust: number;
  /** This side's own meters. */
  meters: UnionMeters | StudioMeters;
  /** What everyone can see. */
  public: {
    opinion: { union: number; neutral: number; studio: number };
    attention: number;
    solidarity: number;
    sharePrice: number;
    authorized: boolean;
    authorizationYes: number;
    extended: boolean;
    blackout: boolean;
    talksSuspendedUntil: number;
    ceosUsed: boolean;
    ceosUntil: number;
    mediatorDay: number;
    mediator: MediatorHint | null;
    /** Sides that called an offer "last, best and final", and those that then went past it. */
    finalBy: Side[];
    brokeFinal: Side[];
  };
  /** Events that have happened, newest last. */
  events: { id: string; day: number; title: string; text: string; impact: string }[];
  /** The talks log (structured; words.ts makes the sentences). */
  log: LogEntry[];
  votes: VoteResult[];
  agreement: { package: Package; day: number } | null;
  outcome: Outcome | null;
  deal: Package | null;
  /** What this side may do now: each action with its cost in days and what it does. */
  legal: LegalAction[];
  /**
   * The round's numbers for the computer's committees and the built-in bots (their concession
   * curves, thresholds, opponent model): the defaults unless the round is tuned. Nothing about
   * the other side is in it.
   */
  aiParams: AiParams;
}

export interface ScoringRules {
  /** Strike costs: this many thousand dollars of this side's losses cost one point. */
  strikeLossKPerPoint: number;
  /** The endings that are a failure for this side. */
  failures: Outcome[];
  /** A failure scores at most this side's floor package's points less this. */
  failurePenalty: number;
  /** The floor package's points (before the round's hidden draw): a failure is capped at this less the penalty. */
  failureCapBase: number;
  /** Points lost per leadership crisis (union only; 0 for the studios), for at most `crisesCharged`. */
  crisis: number;
  crisesCharged: number;
  /** Points lost for going back on one's own "last, best and final" offer. */
  brokenFinal: number;
}

export interface LegalAction {
  type: ActionType;
  days: number;
  effect: string;
}

export interface UnionMeters {
  kind: 'union';
  /** Members' approval of the committee, 0..1. */
  support: number;
  /** Members' savings (average dollars) and hardship, 0..1. */
  savings: number;
  hardship: number;
  /** What members expect, in points of the committee's schedule (the walk-away follows it). */
  expectation: number;
  /** Members' lost earnings so far, $ thousands. */
  lostEarningsK: number;
  segments: { id: string; name: string; share: number; support: number; hardship: number; savings: number; expectation: number }[];
}

export interface StudioMeters {
  kind: 'studio';
  cohesion: number;
  /** Each member company's remaining patience, 0..1. */
  factions: { id: string; name: string; share: number; patience: number; lossesK: number }[];
  lossesK: number;
  dailyLossK: number;
  pipeline: number;
}

const pts = (deci: number): number => deci / 10;
const unit = (bp: number): number => bp / 10000;

const EFFECTS: Record<'propose' | 'accept' | 'reject' | 'countVotes', string> = {
  propose: 'Put one package (or up to three equivalent ones) on the table; the other side answers.',
  accept: 'Accept the offer on the table: a tentative agreement goes to the union\u2019s board and then to the members.',
  reject: 'Answer without a counter-offer: your last offer stands.',
  countVotes: 'Count the ballots on the tentative agreement.',
};

function legalActions(s: GameState, side: Side): LegalAction[] {
  const out: LegalAction[] = [];
  const sc = getScenario(s.config.scenario)!;
  const table = tableActions(paramsOf(s.config));
  const tries: Action[] = [
    { type: 'countVotes', side },
    { type: 'propose', side, packages: [sc.openings[side].slice()] },
    { type: 'accept', side, index: 0 },
    { type: 'reject', side },
  ];
  for (const kind of Object.keys(table) as (keyof typeof table)[]) {
    tries.push(kind === 'statement' ? { type: 'statement', side, tone: 'firm' } : ({ type: kind, side } as Action));
  }
  for (const a of tries) {
    if (actionProblem(s, a)) continue;
    if (a.type in EFFECTS) {
      const t = a.type as keyof typeof EFFECTS;
      // A move at the table waits for suspended talks to resume, then takes its half session.
      const wait = Math.max(0, s.talksSuspendedUntil - s.day);
      out.push({ type: t, days: t === 'propose' || t === 'reject' ? wait + sessionDays(s, side) : t === 'countVotes' ? sc.ratificationDays : 0, effect: EFFECTS[t] });
    } else {
      const info = table[a.type as keyof typeof table];
      out.push({ type: a.type, days: info.days, effect: `${info.effectFor?.[side] ?? info.effect} ${info.cost}` });
    }
  }
  return out;
}

export function playerView(s: GameState, side: Side): PlayerView {
  const sc = getScenario(s.config.scenario)!;
  const sp = spaceOf(sc);
  const tab = sp.tables[side];
  const own = (p: Package) => pts(utilityOf(sp, side, p));
  const lastDaily = s.daily[s.daily.length - 1];
  const poll = side === 'union' ? memberPoll(s) : null;
  const meters: UnionMeters | StudioMeters =
    side === 'union'
      ? {
          kind: 'union',
          support: unit(memberAverage(s, sc, 'support')),
          savings: memberAverage(s, sc, 'savings'),
          hardship: unit(memberAverage(s, sc, 'hardship')),
          expectation: pts(memberAverage(s, sc, 'expectation')),
          lostEarningsK: s.memberLosses,
          segments: s.members.map((m, i) => {
            const seg = sc.segments[i]!;
            return { id: seg.id, name: seg.name, share: unit(seg.share), support: unit(m.support), hardship: unit(m.hardship), savings: m.savings, expectation: pts(m.expectation) };
          }),
        }
      : {
          kind: 'studio',
          cohesion: unit(s.cohesion),
          factions: s.factions.map((f, i) => ({ id: f.id, name: sc.factions[i]!.name, share: unit(sc.factions[i]!.share), patience: unit(f.patience), lossesK: f.losses })),
          lossesK: s.studioLosses,
          dailyLossK: lastDaily?.dailyLoss ?? 0,
          pipeline: unit(s.pipeline),
        };
  const events = s.firedEvents.map((id) => {
    const ev = sc.events.find((e) => e.id === id)!;
    const entry = s.log.find((l) => l.kind === 'event' && l.ref === id);
    return { id, day: entry?.day ?? 0, title: ev.title, text: ev.text, impact: ev.impact };
  });
  const score = scores(s)[side];
  const sp0 = paramsOf(s.config).score;
  const scoring: ScoringRules = {
    strikeLossKPerPoint: (side === 'union' ? sc.unionModel.kPerDeciPoint : sc.studioModel.kPerDeciPoint) * 10,
    failures: FAILURES[side].slice(),
    failurePenalty: sp0.failure,
    failureCapBase: own(sc.reservations[side]),
    crisis: side === 'union' ? sp0.crisis : 0,
    crisesCharged: sp0.crisesCharged,
    brokenFinal: sp0.brokenFinal,
  };
  return {
    side,
    scenario: sc.id,
    difficulty: s.config.difficulty,
    pace: s.config.pace,
    players: { union: s.config.human === 'both' || s.config.human === 'union' ? 'person' : 'computer', studio: s.config.human === 'both' || s.config.human === 'studio' ? 'person' : 'computer' },
    day: s.day,
    date: addDays(sc.calendar.talksOpen, s.day),
    phase: s.phase,
    turn: s.turn,
    yourMove: s.phase === 'ratification' ? true : s.phase !== 'done' && s.turn === side,
    expiryDay: s.expiryDay,
    extensionDay: sc.calendar.extensionDay,
    hardCapDay: sc.calendar.hardCapDay,
    strikeDays: s.strikeDays,
    strikeStartDay: s.strikeStartDay,
    issues: sc.issues.map((iss, i) => ({ id: iss.id, name: iss.name, levels: iss.levels.map((l, k) => ({ short: l.short, label: l.label, points: pts(tab[i]![k]!) })) })),
    walkAway: pts(reservation(s, sc, sp, side)),
    floor: sc.reservations[side].slice(),
    target: sc.targets[side].slice(),
    opening: sc.openings[side].slice(),
    theirOpening: sc.openings[other(side)].slice(),
    points: { target: own(sc.targets[side]), opening: own(sc.openings[side]), theirOpening: own(sc.openings[other(side)]), floor: pts(utilityOf(sp, side, sc.reservations[side]) + floorShiftOf(s, side)) },
    standing: s.standing ? { by: s.standing.by, packages: s.standing.packages.map((p) => p.slice()), final: s.standing.final } : null,
    standingYes: poll && s.standing && s.standing.by === 'studio' ? s.standing.packages.map((p) => unit(pollYes(poll, p))) : null,
    memberPoll: poll,
    offers: s.offers.map((o) => ({ day: o.day, by: o.by, packages: o.packages.map((p) => p.slice()), final: o.final })),
    score,
    scoring,
    pressure: pressure(s, sc, side),
    trust: unit(s.trust[side]),
    meters,
    public: {
      opinion: { union: unit(s.publicOpinion.union), neutral: unit(s.publicOpinion.neutral), studio: unit(s.publicOpinion.studio) },
      attention: unit(s.attention),
      solidarity: unit(s.solidarity),
      sharePrice: s.sharePrice / 100,
      authorized: s.authorized,
      authorizationYes: unit(s.authorizationYes),
      extended: s.extended,
      blackout: s.blackout,
      talksSuspendedUntil: s.talksSuspendedUntil,
      ceosUsed: s.ceosUsed,
      ceosUntil: s.ceosUntil,
      mediatorDay: s.mediatorDay,
      // The gap in points, like every figure of the view.
      mediator: s.mediatorHint ? copyHint(s.mediatorHint, pts) : null,
      finalBy: s.finalBy.slice(),
      brokeFinal: s.brokeFinal.slice(),
    },
    events,
    log: s.log.map(copyEntry),
    votes: s.votes.map((v) => ({ ...v, ...(v.bySegment ? { bySegment: v.bySegment.map((b) => ({ ...b })) } : {}) })),
    agreement: s.agreement ? { package: s.agreement.packages.slice(), day: s.agreement.day } : null,
    outcome: s.outcome,
    deal: s.deal ? s.deal.slice() : null,
    legal: legalActions(s, side),
    aiParams: paramsOf(s.config).ai,
  };
}

export { pollOf } from './rules/votes';

/** A view owns its copies: a bot or a page that edits its view can never change the game. */
function copyHint(h: MediatorHint, scale: (x: number) => number = (x) => x): MediatorHint {
  return { ...h, ...(h.gap != null ? { gap: scale(h.gap) } : {}), ...(h.package ? { package: h.package.slice() } : {}) };
}

function copyEntry(e: LogEntry): LogEntry {
  if (!e.data) return { ...e };
  const d = e.data;
  return { ...e, data: { ...d, ...(d.packages ? { packages: d.packages.map((p) => p.slice()) } : {}), ...(d.hint ? { hint: copyHint(d.hint) } : {}) } };
}
