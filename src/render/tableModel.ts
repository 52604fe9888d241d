import type { Screen } from '../app/store';
import { memberAverage } from '../sim/rules/derived';
import { P } from '../sim/rules/params';
import { getScenario, logText } from '../sim';
import { addDays, prettyDate } from '../sim/scenarios/dates';
import type { Scenario } from '../sim/scenarios/types';
import { spaceOf, utilityOf } from '../sim/space';
import { ISSUE_IDS, type GameState, type IssueId, type Outcome, type Package, type Phase, type Side } from '../sim/types';

/**
 * What the table shows, derived from the store in plain data: no Phaser here, so it can be
 * reasoned about (and tested) without a canvas. The scene only draws this.
 */

export interface MeterModel {
  id: string;
  label: string;
  value: string;
  /** 0..1 of the bar. */
  fraction: number;
  /** Where the bar breaks (0..1), drawn as a tick, if the meter has a breaking point. */
  threshold?: number;
  /** Below its breaking point or otherwise alarming: drawn in the danger colour, and "low" in words. */
  low: boolean;
}

export interface OpinionModel {
  union: number; // bp
  neutral: number;
  studio: number;
}

export interface MetersModel {
  side: Side;
  /** Column A: heading and rows. */
  headingA: string;
  rowsA: MeterModel[];
  /** Column B rows (public opinion is drawn last, as its own stacked bar). */
  rowsB: MeterModel[];
  opinion: OpinionModel;
}

export type CardKind = 'offer' | 'tentative' | 'deal';

export interface CardModel {
  kind: CardKind;
  /** Whose card: colours the header band (words say it too). */
  by: Side | null;
  title: string;
  /** "1 of 3" for several equivalent packages. */
  tag: string;
  rows: { issue: string; level: string }[];
  /** "Worth 61.3 points to you", or null when hidden. */
  points: string;
  final: boolean;
}

export interface EventModel {
  /** Index in state.log: identifies the entry. */
  index: number;
  title: string;
  text: string;
  date: string; // pretty date
}

export interface ClockModel {
  day: number;
  talksOpen: string; // ISO
  expiryDay: number;
  hardCapDay: number;
  phase: Phase;
  strikeStartDay: number | null;
  strikeDays: number;
  extended: boolean;
}

export interface TableModel {
  /** Changes when a different round is loaded: the scene resets its memory of what it has shown. */
  roundKey: string;
  clock: ClockModel;
  phaseTitle: string;
  phaseDetail: string;
  /** Lines under the date. */
  dayLine: string;
  expiryLine: string;
  expired: boolean;
  turn: Side | null;
  roles: Record<Side, string>;
  /** Hot-seat hand-over: the side about to take the device; side views are hidden. */
  handoverTo: Side | null;
  meters: MetersModel | null;
  cards: CardModel[];
  /** Where the cards came from (they slide in from that side). */
  cardsFrom: Side | null;
  line: { side: Side; text: string; index: number } | null;
  events: EventModel[];
  summary: string;
}

export const SIDE_NAME: Record<Side, { upper: string; lower: string; the: string; theCap: string; poss: string }> = {
  union: { upper: 'UNION', lower: 'COMMITTEE', the: 'the union', theCap: 'The union', poss: "the union's" },
  studio: { upper: 'STUDIO', lower: 'ALLIANCE', the: 'the studios', theCap: 'The studios', poss: "the studios'" },
};

/** Short issue names that fit on a card; the DOM form carries the full names. */
export const ISSUE_SHORT: Record<IssueId, string> = {
  wageY1: 'Raise, yr 1',
  wageLater: 'Later raises',
  streaming: 'Streaming',
  ai: 'AI terms',
  health: 'Health caps',
  term: 'Term',
  aiReopener: 'AI reopener',
};

const OUTCOME_LINE: Record<Outcome, string> = {
  ratified: 'The members ratified the contract',
  strikeCrumbled: 'The strike crumbled',
  mandateLost: 'The committee lost its mandate',
  allianceBroke: 'The studio alliance broke ranks',
  noDeal: 'No contract: both sides walked away',
};

const pct = (bp: number): string => `${Math.round(bp / 100)}%`;
const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/** Dollars, whole: "$20,214", "−$423". */
export function dollars(n: number): string {
  const abs = Math.abs(Math.round(n)).toLocaleString('en-US');
  return n < 0 ? `\u2212$${abs}` : `$${abs}`;
}

/** Thousands of dollars, short: "$1.32B", "$18.4M", "$950K". */
export function moneyK(k: number): string {
  const abs = Math.abs(k);
  const sign = k < 0 ? '\u2212' : '';
  if (abs >= 1_000_000) return `${sign}$${(abs / 1_000_000).toFixed(abs >= 10_000_000 ? 1 : 2)}B`;
  if (abs >= 1_000) return `${sign}$${(abs / 1_000).toFixed(abs >= 100_000 ? 0 : 1)}M`;
  return abs === 0 ? '$0' : `${sign}$${Math.round(abs)}K`;
}

export function dateOf(sc: Scenario, day: number): string {
  return prettyDate(addDays(sc.calendar.talksOpen, day));
}

function phaseWords(s: GameState): { title: string; detail: string } {
  switch (s.phase) {
    case 'talks':
      return { title: 'TALKS', detail: 'Bargaining before the contract expires' };
    case 'holdout':
      return s.extended
        ? { title: 'CONTRACT EXTENDED', detail: 'Working under the old terms' }
        : { title: 'CONTRACT EXPIRED', detail: 'No strike: working under the old terms' };
    case 'strike':
      return { title: 'ON STRIKE', detail: 'Picket lines are up; production has stopped' };
    case 'ratification': {
      const board = s.agreement?.board;
      const detail = board ? `Board approved (${pct(board.yes)} yes); members are voting` : 'Tentative agreement: members are voting';
      return { title: 'RATIFICATION VOTE', detail };
    }
    case 'done':
      return { title: 'ROUND OVER', detail: s.outcome ? OUTCOME_LINE[s.outcome] : 'The round has ended' };
  }
}

function roles(human: Side | 'both'): Record<Side, string> {
  if (human === 'both') return { union: '(player)', studio: '(player)' };
  return human === 'union' ? { union: '(you)', studio: '(computer)' } : { union: '(computer)', studio: '(you)' };
}

function unionMeters(s: GameState, sc: Scenario): MetersModel {
  const support = memberAverage(s, sc, 'support');
  const rowsA: MeterModel[] = s.members.map((m, i) => ({
    id: `support-${m.id}`,
    label: sc.segments[i]?.name ?? m.id,
    value: pct(m.support),
    fraction: clamp01(m.support / 10000),
    threshold: P.crumble.support / 10000,
    low: m.support < P.crumble.support,
  }));
  const startSavings = sc.segments.reduce((a, seg) => a + seg.savings * seg.share, 0) / 10000;
  const savings = memberAverage(s, sc, 'savings');
  const hardship = memberAverage(s, sc, 'hardship');
  const inDebt = s.members.some((m) => m.savings < 0);
  const striking = s.phase === 'strike';
  const rowsB: MeterModel[] = [
    {
      id: 'solidarity',
      label: striking ? 'Solidarity on the picket line' : 'Solidarity',
      value: pct(s.solidarity),
      fraction: clamp01(s.solidarity / 10000),
      threshold: P.crumble.solidarity / 10000,
      low: s.solidarity < P.crumble.solidarity,
    },
    {
      id: 'savings',
      label: inDebt ? 'Savings (avg; some in debt)' : 'Savings (average)',
      value: dollars(savings),
      fraction: startSavings > 0 ? clamp01(savings / startSavings) : 0,
      low: savings < startSavings / 4,
    },
    {
      id: 'hardship',
      label: 'Hardship (average)',
      value: pct(hardship),
      fraction: clamp01(hardship / 10000),
      low: hardship >= 5000,
    },
  ];
  return { side: 'union', headingA: `MEMBER SUPPORT \u00b7 ALL ${pct(support)}`, rowsA, rowsB, opinion: { ...s.publicOpinion } };
}

function studioMeters(s: GameState): MetersModel {
  const last = s.daily[s.daily.length - 1];
  const daily = s.phase === 'strike' && last ? last.dailyLoss : 0;
  const rowsA: MeterModel[] = [
    {
      id: 'losses',
      label: 'Strike losses so far',
      value: moneyK(s.studioLosses),
      // The bar fills over a billion dollars, then stays full: the words carry the number.
      fraction: clamp01(s.studioLosses / 1_000_000),
      low: s.studioLosses >= 1_000_000,
    },
    {
      id: 'daily',
      label: 'Losing each day',
      value: daily > 0 ? `${moneyK(daily)}/day` : 'nothing',
      fraction: clamp01(daily / 25_000),
      low: daily >= 15_000,
    },
    {
      id: 'pipeline',
      label: 'Content pipeline left',
      value: pct(s.pipeline),
      fraction: clamp01(s.pipeline / 10000),
      low: s.pipeline < 2500,
    },
  ];
  const rowsB: MeterModel[] = [
    {
      id: 'share',
      label: 'Share price index (start 100)',
      value: (s.sharePrice / 100).toFixed(2),
      fraction: clamp01(s.sharePrice / 12000),
      threshold: 10000 / 12000,
      low: s.sharePrice < 7500,
    },
    {
      id: 'cohesion',
      label: 'Alliance cohesion',
      value: pct(s.cohesion),
      fraction: clamp01(s.cohesion / 10000),
      threshold: P.crumble.cohesion / 10000,
      low: s.cohesion < P.crumble.cohesion,
    },
  ];
  return { side: 'studio', headingA: 'THE STUDIOS\u2019 COSTS', rowsA, rowsB, opinion: { ...s.publicOpinion } };
}

function rowsOf(sc: Scenario, pkg: Package): { issue: string; level: string }[] {
  return ISSUE_IDS.map((id, i) => ({
    issue: ISSUE_SHORT[id],
    level: sc.issues[i]?.levels[pkg[i] ?? 0]?.short ?? '?',
  }));
}

function points(sc: Scenario, viewSide: Side, pkg: Package): string {
  const u = utilityOf(spaceOf(sc), viewSide, pkg);
  return `Worth ${(u / 10).toFixed(1)} points to you`;
}

function cardsOf(s: GameState, sc: Scenario, viewSide: Side): { cards: CardModel[]; from: Side | null } {
  if (s.phase === 'done') {
    if (!s.deal || !s.outcome) return { cards: [], from: null };
    const title =
      s.outcome === 'ratified' ? 'RATIFIED CONTRACT' : s.outcome === 'allianceBroke' ? 'SIGNED: UNION TERMS' : 'IMPOSED: STUDIO TERMS';
    const by: Side | null = s.outcome === 'ratified' ? null : s.outcome === 'allianceBroke' ? 'union' : 'studio';
    return { cards: [{ kind: 'deal', by, title, tag: '', rows: rowsOf(sc, s.deal), points: points(sc, viewSide, s.deal), final: false }], from: null };
  }
  if (s.phase === 'ratification' && s.agreement) {
    const pkg = s.agreement.packages;
    return {
      cards: [{ kind: 'tentative', by: null, title: 'TENTATIVE AGREEMENT', tag: '', rows: rowsOf(sc, pkg), points: points(sc, viewSide, pkg), final: false }],
      from: null,
    };
  }
  const st = s.standing;
  if (!st) return { cards: [], from: null };
  const n = st.packages.length;
  return {
    cards: st.packages.map((pkg, i) => ({
      kind: 'offer' as const,
      by: st.by,
      title: `${SIDE_NAME[st.by].upper} OFFER`,
      tag: n > 1 ? `${i + 1} of ${n}` : '',
      rows: rowsOf(sc, pkg),
      points: points(sc, viewSide, pkg),
      final: st.final,
    })),
    from: st.by,
  };
}

function eventsOf(s: GameState, sc: Scenario): EventModel[] {
  const out: EventModel[] = [];
  s.log.forEach((e, index) => {
    if (e.kind !== 'event') return;
    const def = sc.events.find((d) => d.id === e.ref);
    out.push({
      index,
      title: def?.title ?? 'An event',
      text: def?.text ?? '',
      date: dateOf(sc, e.day),
    });
  });
  return out;
}

function lineOf(s: GameState, sc: Scenario): TableModel['line'] {
  const human = s.config.human;
  if (human === 'both') return null;
  for (let i = s.log.length - 1; i >= 0; i--) {
    const e = s.log[i]!;
    if (e.kind === 'line' && e.side && e.side !== human) return { side: e.side, text: logText(sc, e), index: i };
  }
  return null;
}

export interface ViewInput {
  game: GameState | null;
  viewSide: Side;
  screen: Screen;
  handoverTo: Side | null;
}

export function buildTableModel(input: ViewInput): TableModel | null {
  const s = input.game;
  if (!s) return null;
  const sc = getScenario(s.config.scenario);
  if (!sc) return null;
  const cal = sc.calendar;
  const { title, detail } = phaseWords(s);
  const expired = s.day >= s.expiryDay;
  const expiryDate = dateOf(sc, s.expiryDay);
  const expiryLine = s.extended
    ? `${expired ? 'Extension ended' : 'Extended to'} ${expiryDate}`
    : `Contract ${expired ? 'expired' : 'expires'} ${expiryDate}`;
  // Hot-seat: while the device changes hands, nothing side-specific is drawn.
  const handoverTo = input.screen === 'handover' || input.handoverTo !== null ? (input.handoverTo ?? input.viewSide) : null;
  const hidden = handoverTo !== null;
  const { cards, from } = hidden ? { cards: [], from: null } : cardsOf(s, sc, input.viewSide);
  const model: TableModel = {
    roundKey: `${s.config.scenario}|${s.config.seed}|${s.config.human}|${s.config.difficulty}|${s.config.pace}`,
    clock: {
      day: s.day,
      talksOpen: cal.talksOpen,
      expiryDay: s.expiryDay,
      hardCapDay: cal.hardCapDay,
      phase: s.phase,
      strikeStartDay: s.strikeStartDay,
      strikeDays: s.strikeDays,
      extended: s.extended,
    },
    phaseTitle: title,
    phaseDetail: detail,
    dayLine: `Day ${s.day} of the round`,
    expiryLine,
    expired,
    turn: s.phase === 'done' || s.phase === 'ratification' ? null : s.turn,
    roles: roles(s.config.human),
    handoverTo,
    meters: hidden ? null : input.viewSide === 'union' ? unionMeters(s, sc) : studioMeters(s),
    cards,
    cardsFrom: from,
    line: hidden ? null : lineOf(s, sc),
    events: eventsOf(s, sc),
    summary: '',
  };
  model.summary = summarize(s, sc, model);
  return model;
}

/** One sentence for the canvas container's accessible name. */
export function summarize(s: GameState, sc: Scenario, m: TableModel): string {
  const when = `${dateOf(sc, s.day)}, day ${s.day}`;
  let phase: string;
  switch (s.phase) {
    case 'talks':
      phase = `talks before the contract expires on ${dateOf(sc, s.expiryDay)}`;
      break;
    case 'holdout':
      phase = s.extended ? 'the contract is extended and members are working' : 'the contract has expired and members are still working';
      break;
    case 'strike':
      phase = `the union is on strike, strike day ${s.strikeDays}`;
      break;
    case 'ratification':
      phase = 'a tentative agreement is out for the members\u2019 ratification vote';
      break;
    case 'done':
      phase = `the round is over: ${s.outcome ? OUTCOME_LINE[s.outcome].toLowerCase() : 'ended'}`;
      break;
  }
  let table: string;
  if (m.handoverTo) table = `hand the device to the ${m.handoverTo} committee; side views are hidden`;
  else if (s.phase === 'done') table = s.deal ? 'the final terms are on the table' : 'there is no contract';
  else if (s.phase === 'ratification') table = 'the tentative agreement is on the table';
  else if (s.standing) {
    const n = s.standing.packages.length;
    table = `${SIDE_NAME[s.standing.by].poss} ${s.standing.final ? 'last, best and final ' : ''}offer is on the table${n > 1 ? ` (${n} packages)` : ''}`;
  } else table = 'no offer is on the table yet';
  return `The negotiating table, ${when}: ${phase}; ${table}.`;
}
