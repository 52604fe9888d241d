import type { Screen } from '../app/store';
import { worth } from '../app/view';
import { dateOf, dollars, moneyK, points as pointsText, pct as pctBp, pct1 } from '../app/format';
import { OUTCOME_WORDS } from '../app/outcomes';
import { getScenario, logText, P, type IssueId, type Outcome, type Package, type Phase, type PlayerView, type Scenario, type Side } from '../sim';

/**
 * What the table shows, derived in plain data from the viewing side's own view (playerView):
 * no Phaser here, so it can be reasoned about (and tested) without a canvas. The scene only
 * draws this.
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
  phase: Phase;
  /** The round ended with a ratified contract (the banner celebrates). */
  ratified: boolean;
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

/** Where a scenario's issue is another thing under the same id (2026: health and pension money, not caps). */
const ISSUE_SHORT_IN: Record<string, Partial<Record<IssueId, string>>> = {
  '2026': { health: 'Health fund' },
};

export const issueShort = (scenario: string, id: IssueId): string | undefined => ISSUE_SHORT_IN[scenario]?.[id] ?? ISSUE_SHORT[id];

const OUTCOME_LINE = (o: Outcome): string => OUTCOME_WORDS[o].line;

const pct = (bp: number): string => pctBp(bp);
const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/** The board's vote on the tentative agreement now out, if it has been held. */
function boardVote(v: PlayerView) {
  const deal = v.agreement;
  return deal ? v.votes.filter((x) => x.kind === 'board' && x.day >= deal.day).pop() ?? null : null;
}

function phaseWords(v: PlayerView): { title: string; detail: string } {
  switch (v.phase) {
    case 'talks':
      return { title: 'TALKS', detail: 'Bargaining before the contract expires' };
    case 'holdout':
      // After expiry: an extension, if there was one, has run out too.
      return v.public.extended
        ? { title: 'EXTENSION OVER', detail: 'No strike: working under the old terms' }
        : { title: 'CONTRACT EXPIRED', detail: 'No strike: working under the old terms' };
    case 'strike':
      return { title: 'ON STRIKE', detail: 'Picket lines up; production stopped' };
    case 'ratification': {
      const board = boardVote(v);
      // To the tenth of a percent, as the talks log gives it (98.5% there read "98%" here).
      const detail = board ? `Board approved (${pct1(board.yes)} yes); members are voting` : 'Tentative agreement: members are voting';
      return { title: 'RATIFICATION VOTE', detail };
    }
    case 'done':
      return { title: 'ROUND OVER', detail: v.outcome ? OUTCOME_LINE(v.outcome) : 'The round has ended' };
  }
}

function roles(v: PlayerView): Record<Side, string> {
  const { players } = v;
  if (players.union === 'person' && players.studio === 'person') return { union: '(player)', studio: '(player)' };
  const role = (side: Side) => (players[side] === 'computer' ? '(computer)' : '(you)');
  return { union: role('union'), studio: role('studio') };
}

/** A share 0..1 → basis points, for the bars. */
const bp = (x: number): number => Math.round(x * 10000);
const opinionOf = (v: PlayerView): OpinionModel => ({ union: bp(v.public.opinion.union), neutral: bp(v.public.opinion.neutral), studio: bp(v.public.opinion.studio) });

function unionMeters(v: PlayerView, sc: Scenario): MetersModel | null {
  const m = v.meters;
  if (m.kind !== 'union') return null;
  const rowsA: MeterModel[] = m.segments.map((seg) => ({
    id: `support-${seg.id}`,
    label: seg.name,
    value: pct(bp(seg.support)),
    fraction: clamp01(seg.support),
    threshold: P.crumble.support / 10000,
    low: bp(seg.support) < P.crumble.support,
  }));
  const startSavings = sc.segments.reduce((a, seg) => a + seg.savings * seg.share, 0) / 10000;
  const inDebt = m.segments.some((seg) => seg.savings < 0);
  const striking = v.phase === 'strike';
  const solidarity = bp(v.public.solidarity);
  const rowsB: MeterModel[] = [
    {
      id: 'solidarity',
      label: striking ? 'Solidarity on the picket line' : 'Solidarity',
      value: pct(solidarity),
      fraction: clamp01(v.public.solidarity),
      threshold: P.crumble.solidarity / 10000,
      low: solidarity < P.crumble.solidarity,
    },
    {
      id: 'savings',
      label: inDebt ? 'Savings (avg; some in debt)' : 'Savings (average)',
      value: dollars(m.savings),
      fraction: startSavings > 0 ? clamp01(m.savings / startSavings) : 0,
      low: m.savings < startSavings / 4,
    },
    {
      id: 'hardship',
      label: 'Hardship (average)',
      value: pct(bp(m.hardship)),
      fraction: clamp01(m.hardship),
      low: m.hardship >= 0.5,
    },
  ];
  return { side: 'union', headingA: `MEMBER SUPPORT \u00b7 ALL ${pct(bp(m.support))}`, rowsA, rowsB, opinion: opinionOf(v) };
}

function studioMeters(v: PlayerView): MetersModel | null {
  const m = v.meters;
  if (m.kind !== 'studio') return null;
  const daily = v.phase === 'strike' ? m.dailyLossK : 0;
  const share = v.public.sharePrice;
  const cohesion = bp(m.cohesion);
  const rowsA: MeterModel[] = [
    {
      id: 'losses',
      label: 'Strike losses so far',
      value: moneyK(m.lossesK),
      // The bar fills over a billion dollars, then stays full: the words carry the number.
      fraction: clamp01(m.lossesK / 1_000_000),
      low: m.lossesK >= 1_000_000,
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
      value: pct(bp(m.pipeline)),
      fraction: clamp01(m.pipeline),
      low: m.pipeline < 0.25,
    },
  ];
  const rowsB: MeterModel[] = [
    {
      id: 'share',
      label: 'Share price index (start 100)',
      value: share.toFixed(2),
      fraction: clamp01(share / 120),
      threshold: 100 / 120,
      low: share < 75,
    },
    {
      id: 'cohesion',
      label: 'Alliance cohesion',
      value: pct(cohesion),
      fraction: clamp01(m.cohesion),
      threshold: P.crumble.cohesion / 10000,
      low: cohesion < P.crumble.cohesion,
    },
  ];
  return { side: 'studio', headingA: 'THE STUDIOS\u2019 COSTS', rowsA, rowsB, opinion: opinionOf(v) };
}

function rowsOf(v: PlayerView, pkg: Package): { issue: string; level: string }[] {
  return v.issues.map((iss, i) => ({
    issue: issueShort(v.scenario, iss.id) ?? iss.name,
    level: iss.levels[pkg[i] ?? 0]?.short ?? '?',
  }));
}

function points(v: PlayerView, pkg: Package): string {
  return `Worth ${pointsText(worth(v, pkg))} points to you`;
}

function cardsOf(v: PlayerView): { cards: CardModel[]; from: Side | null } {
  if (v.phase === 'done') {
    if (!v.deal || !v.outcome) return { cards: [], from: null };
    const title =
      v.outcome === 'ratified' ? 'RATIFIED CONTRACT' : v.outcome === 'allianceBroke' ? 'SIGNED: UNION TERMS' : 'IMPOSED: STUDIO TERMS';
    const by: Side | null = v.outcome === 'ratified' ? null : v.outcome === 'allianceBroke' ? 'union' : 'studio';
    return { cards: [{ kind: 'deal', by, title, tag: '', rows: rowsOf(v, v.deal), points: points(v, v.deal), final: false }], from: null };
  }
  if (v.phase === 'ratification' && v.agreement) {
    const pkg = v.agreement.package;
    return {
      cards: [{ kind: 'tentative', by: null, title: 'TENTATIVE AGREEMENT', tag: '', rows: rowsOf(v, pkg), points: points(v, pkg), final: false }],
      from: null,
    };
  }
  const st = v.standing;
  if (!st) return { cards: [], from: null };
  const n = st.packages.length;
  return {
    cards: st.packages.map((pkg, i) => ({
      kind: 'offer' as const,
      by: st.by,
      title: `${SIDE_NAME[st.by].upper} OFFER`,
      tag: n > 1 ? `${i + 1} of ${n}` : '',
      rows: rowsOf(v, pkg),
      points: points(v, pkg),
      final: st.final,
    })),
    from: st.by,
  };
}

function eventsOf(v: PlayerView, sc: Scenario): EventModel[] {
  const out: EventModel[] = [];
  v.log.forEach((e, index) => {
    if (e.kind !== 'event') return;
    const ev = v.events.find((d) => d.id === e.ref);
    out.push({
      index,
      title: ev?.title ?? 'An event',
      text: ev?.text ?? '',
      date: dateOf(sc, e.day),
    });
  });
  return out;
}

/** The computer committee's latest words (a person's own lines are not put in a bubble). */
function lineOf(v: PlayerView, sc: Scenario): TableModel['line'] {
  for (let i = v.log.length - 1; i >= 0; i--) {
    const e = v.log[i]!;
    if (e.kind === 'line' && e.side && v.players[e.side] === 'computer') {
      // Once a deal is signed, only the committee's acceptance still speaks for it: a playtester
      // saw "Nothing has changed on our side" in the bubble over a ratified contract.
      if ((v.phase === 'ratification' || v.phase === 'done') && e.ref !== 'accept') return null;
      return { side: e.side, text: logText(sc, e), index: i };
    }
  }
  return null;
}

export interface ViewInput {
  /** The viewing side's view (playerView), or null before a round starts. */
  view: PlayerView | null;
  /** Identifies the round (app/view roundKey): a new one resets what the scene has shown. */
  roundKey: string;
  screen: Screen;
  handoverTo: Side | null;
}

export function buildTableModel(input: ViewInput): TableModel | null {
  const v = input.view;
  if (!v) return null;
  const sc = getScenario(v.scenario);
  if (!sc) return null;
  const { title, detail } = phaseWords(v);
  const expired = v.day >= v.expiryDay;
  const expiryDate = dateOf(sc, v.expiryDay);
  const expiryLine = v.public.extended
    ? `${expired ? 'Extension ended' : 'Extended to'} ${expiryDate}`
    : `Contract ${expired ? 'expired' : 'expires'} ${expiryDate}`;
  // Hot-seat: while the device changes hands, nothing side-specific is drawn.
  const handoverTo = input.screen === 'handover' || input.handoverTo !== null ? (input.handoverTo ?? v.side) : null;
  const hidden = handoverTo !== null;
  const { cards, from } = hidden ? { cards: [], from: null } : cardsOf(v);
  const model: TableModel = {
    roundKey: input.roundKey,
    phase: v.phase,
    ratified: v.outcome === 'ratified',
    clock: {
      day: v.day,
      talksOpen: sc.calendar.talksOpen,
      expiryDay: v.expiryDay,
      hardCapDay: v.hardCapDay,
      phase: v.phase,
      strikeStartDay: v.strikeStartDay,
      strikeDays: v.strikeDays,
      extended: v.public.extended,
    },
    phaseTitle: title,
    phaseDetail: detail,
    dayLine: `Day ${v.day} of the round`,
    expiryLine,
    expired,
    turn: v.phase === 'done' || v.phase === 'ratification' ? null : v.turn,
    roles: roles(v),
    handoverTo,
    meters: hidden ? null : v.side === 'union' ? unionMeters(v, sc) : studioMeters(v),
    cards,
    cardsFrom: from,
    line: hidden ? null : lineOf(v, sc),
    events: eventsOf(v, sc),
    summary: '',
  };
  model.summary = summarize(v, sc, model);
  return model;
}

/** One sentence for the canvas container's accessible name. */
export function summarize(s: PlayerView, sc: Scenario, m: TableModel): string {
  const when = `${dateOf(sc, s.day)}, day ${s.day}`;
  let phase: string;
  switch (s.phase) {
    case 'talks':
      phase = `talks before the contract expires on ${dateOf(sc, s.expiryDay)}`;
      break;
    case 'holdout':
      phase = s.public.extended ? 'the contract is extended and members are working' : 'the contract has expired and members are still working';
      break;
    case 'strike':
      phase = `the union is on strike, strike day ${s.strikeDays}`;
      break;
    case 'ratification':
      phase = 'a tentative agreement is out for the members\u2019 ratification vote';
      break;
    case 'done':
      phase = `the round is over: ${s.outcome ? OUTCOME_LINE(s.outcome).toLowerCase() : 'ended'}`;
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
