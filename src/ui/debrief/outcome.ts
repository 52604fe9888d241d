import type { VoteView } from '../../sim';
import { barChart } from '../charts/bars';
import { chartFigure, dataTable } from '../charts/figure';
import { h } from '../dom';
import { dollars, moneyK } from '../format';
import { pair, section } from './section';
import { dayText, lowerFirst, p1, plural, share, type DebriefCtx } from './words';

/** Members' lost earnings and the studios' losses, in dollars and on each schedule. */
export function costSection(c: DebriefCtx): HTMLElement {
  const j = c.d.jointCost;
  if (j.totalDollars <= 0) {
    return section(
      'db-cost',
      'The joint cost of the dispute',
      h('p', { class: 'big-line' }, 'No strike, no lost work: the dispute cost neither side anything in earnings or revenue.'),
      h('p', {}, 'A strike is each side\u2019s walk-away made real. Here the threat of one was enough (or never needed).'),
    );
  }
  const svg = barChart({
    categories: ['Members\u2019 lost earnings', 'Studios\u2019 losses'],
    series: [{ name: 'Dollars', cls: 'danger', fill: 'solid' }],
    values: [[j.membersDollars / 1000], [j.studiosDollars / 1000]],
    max: Math.max(j.membersDollars, j.studiosDollars) / 1000,
    format: (k) => moneyK(k),
  });
  const fig = chartFigure({
    caption: 'What the strike cost each side',
    svg,
    summary: `Members lost ${moneyK(j.membersDollars / 1000)} in earnings and the studios lost ${moneyK(j.studiosDollars / 1000)}: ${moneyK(j.totalDollars / 1000)} together over ${plural(j.strikeDays, 'strike day')}.`,
    table: dataTable(
      'The joint cost of the dispute',
      ['Cost', 'Dollars', 'Points on the side\u2019s own schedule'],
      [
        ['Members\u2019 lost earnings', dollars(j.membersDollars), `${p1(j.unionPoints)} (union)`],
        ['Studios\u2019 losses', dollars(j.studiosDollars), `${p1(j.studioPoints)} (studios)`],
        ['Both together', dollars(j.totalDollars), null],
        ['Per strike day', j.perStrikeDayDollars === null ? null : dollars(j.perStrikeDayDollars), null],
      ],
    ),
  });
  return section(
    'db-cost',
    'The joint cost of the dispute',
    pair(fig, [
      h('p', { class: 'big-line' }, `${moneyK(j.totalDollars / 1000)} lost over ${plural(j.strikeDays, 'strike day')}${j.perStrikeDayDollars !== null ? `: about ${moneyK(j.perStrikeDayDollars / 1000)} a day` : ''}.`),
      h('p', {}, `Members lost ${moneyK(j.membersDollars / 1000)} in earnings; the studios lost ${moneyK(j.studiosDollars / 1000)} in revenue, pipeline and share price.`),
      h(
        'p',
        {},
        `On the scoring schedules that is ${p1(j.unionPoints)} points for the union and ${p1(j.studioPoints)} for the studios, taken off each side\u2019s deal points in the final scores. A strike is a joint loss: whatever it wins has to be worth more than this.`,
      ),
    ]),
  );
}

const KIND: Record<VoteView['kind'], string> = { authorization: 'Strike authorization', board: 'Union board', ratification: 'Ratification by the members' };

/** The ratification vote by member segment, and every vote of the round. */
export function votesSection(c: DebriefCtx): HTMLElement {
  const v = c.d.votes;
  const rat = v.ratification;
  const allTable = v.all.length
    ? dataTable(
        'Every vote of the round',
        ['Vote', 'Day', 'Yes', 'Turnout', 'Result'],
        v.all.map((x) => [KIND[x.kind], dayText(c.sc, x.day), share(x.yesBp), x.kind === 'board' ? null : share(x.turnoutBp), x.passed ? 'passed' : 'failed']),
      )
    : h('p', {}, 'No votes were held.');
  if (!rat || !rat.bySegment) {
    return section('db-votes', 'Ratification by member segment', h('p', {}, 'The members never voted on a contract in this round.'), h('div', { class: 'table-wrap' }, allTable));
  }
  const segs = rat.bySegment;
  const svg = barChart({
    categories: [...segs.map((s) => `${s.name} (${share(s.shareBp)})`), 'All members'],
    series: [
      { name: 'Yes', cls: 'ok', fill: 'solid' },
      { name: 'Turnout', cls: 'ink', fill: 'hatch' },
    ],
    values: [...segs.map((s) => [s.yesBp / 100, s.turnoutBp / 100]), [rat.yesBp / 100, rat.turnoutBp / 100]],
    max: 100,
    format: (x) => `${(Math.round(x * 10) / 10).toFixed(1).replace(/\.0$/, '')}%`,
    refLine: { value: 50, label: '50% to pass' },
  });
  const least = [...segs].sort((a, b) => a.yesBp - b.yesBp)[0]!;
  const most = [...segs].sort((a, b) => b.yesBp - a.yesBp)[0]!;
  const fig = chartFigure({
    caption: 'How each group of members voted on the contract',
    svg,
    summary: `The ratification vote: ${share(rat.yesBp)} yes at ${share(rat.turnoutBp)} turnout. ${segs.map((s) => `${s.name}: ${share(s.yesBp)} yes, ${share(s.turnoutBp)} turnout`).join('; ')}.`,
    legend: [
      { label: 'Yes share (solid)', cls: 'ok', area: 'solid' },
      { label: 'Turnout (hatched)', cls: 'ink', area: 'hatch' },
      { label: '50%: a contract needs a majority of the votes cast', cls: 'ink', line: 'dashed' },
    ],
    table: dataTable(
      'Ratification by member segment',
      ['Segment', 'Share of members', 'Yes', 'Turnout'],
      segs.map((s) => [s.name, share(s.shareBp), share(s.yesBp), share(s.turnoutBp)]),
      { foot: [['All members', '100%', share(rat.yesBp), share(rat.turnoutBp)]] },
    ),
  });
  return section(
    'db-votes',
    'Ratification by member segment',
    pair(fig, [
      h('p', { class: 'big-line' }, `The members ${rat.passed ? 'ratified' : 'rejected'} the contract: ${share(rat.yesBp)} yes at ${share(rat.turnoutBp)} turnout.`),
      segs.length > 1 ? h('p', {}, `${most.name} were the keenest (${share(most.yesBp)} yes); ${lowerFirst(least.name)} the least keen (${share(least.yesBp)} yes).`) : null,
      h('p', {}, 'Each group weighs the issues differently and compares the deal with what it had come to expect; groups with more at stake turn out more.'),
      h('div', { class: 'table-wrap' }, allTable),
    ]),
  );
}
