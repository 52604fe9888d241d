import { playerView, type ZopaDay } from '../../sim';
import { chartFigure, dataTable } from '../charts/figure';
import { lineChart, runsOf } from '../charts/lines';
import { h } from '../dom';
import { pair, section } from './section';
import { dayText, p1, share, type DebriefCtx } from './words';
import { points } from '../format';

/** Days that matter on every timeline: the expiry, the first strike day, the deal. */
export function keyDays(c: DebriefCtx): { x: number; label: string }[] {
  const out: { x: number; label: string }[] = [];
  const { g, d } = c;
  if (g.expiryDay <= d.day) out.push({ x: g.expiryDay, label: 'expiry' });
  if (g.strikeStartDay !== null) out.push({ x: g.strikeStartDay, label: 'strike' });
  if (d.deal) out.push({ x: d.deal.day, label: 'deal' });
  return out;
}

/** Consecutive days with the same walk-away points, phase and zone, as one table row. */
function compress(series: readonly ZopaDay[]): { from: number; to: number; z: ZopaDay }[] {
  const out: { from: number; to: number; z: ZopaDay }[] = [];
  for (const z of series) {
    const last = out[out.length - 1];
    if (last && last.z.batnaUnion === z.batnaUnion && last.z.batnaStudio === z.batnaStudio && last.z.open === z.open && last.z.phase === z.phase && last.z.frontierPoints === z.frontierPoints) last.to = z.day;
    else out.push({ from: z.day, to: z.day, z });
  }
  return out;
}

const PHASE: Record<string, string> = { talks: 'talks', holdout: 'after expiry', strike: 'strike', ratification: 'ratification', done: 'done' };

export function zoneSection(c: DebriefCtx): HTMLElement {
  const { d, sc } = c;
  const z = d.zopa;
  const s = z.series;
  const open = runsOf(s, (r) => r.day, (r) => r.open);
  const svg = lineChart({
    x: s.map((r) => r.day),
    series: [
      { name: "Union's walk-away", cls: 'union', values: s.map((r) => r.batnaUnion), line: 'solid', shape: 'triangle' },
      { name: "Studios' walk-away", cls: 'studio', values: s.map((r) => r.batnaStudio), line: 'dashed', shape: 'square' },
    ],
    xLabel: 'Days since talks opened',
    yLabel: 'Walk-away, points on the side\u2019s own schedule',
    bands: open.map(([from, to], i) => ({ from, to, cls: 'ok', label: i === 0 ? 'zone open' : undefined })),
    rules: keyDays(c),
  });
  const first = z.firstOpenDay;
  const openDays = s.filter((r) => r.open).length;
  const summary = `Both sides' walk-away points by day, from day 0 to day ${d.day}. ${first === null ? 'The zone of agreement never opened.' : first === 0 ? 'The zone of agreement was open from the first day.' : `The zone of agreement first opened on day ${first}.`} It was open on ${openDays} of ${s.length} recorded days.`;
  const rows = compress(s).map(({ from, to, z: r }) => [
    from === to ? `Day ${from}` : `Days ${from}–${to}`,
    PHASE[r.phase] ?? r.phase,
    p1(r.batnaUnion),
    p1(r.batnaStudio),
    r.open ? 'open' : 'closed',
    `${r.frontierPoints} (${share(r.frontierShareBp)})`,
  ]);
  const fig = chartFigure({
    caption: 'The zone of agreement over time: each side\u2019s walk-away point, day by day',
    svg,
    summary,
    legend: [
      { label: "Union's walk-away (solid, triangles)", cls: 'union', line: 'solid', shape: 'triangle' },
      { label: "Studios' walk-away (dashed, squares)", cls: 'studio', line: 'dashed', shape: 'square' },
      { label: 'Days the zone of agreement was open (hatched)', cls: 'ok', area: 'hatch' },
      { label: 'Dotted lines: the contract\u2019s expiry, the strike, the deal', cls: 'ink', line: 'dotted' },
    ],
    table: dataTable('Walk-away points by day (runs of identical days merged)', ['Days', 'Phase', 'Union walk-away', 'Studios\u2019 walk-away', 'Zone', 'Frontier packages in the zone'], rows),
  });

  const words: HTMLElement[] = [];
  words.push(
    h(
      'p',
      { class: 'big-line', id: 'zone-opened' },
      first === null ? 'The zone of agreement never opened.' : first === 0 ? `The zone of agreement was open from the first day, ${dayText(sc, 0)}.` : `The zone of agreement first opened on ${dayText(sc, first)}.`,
    ),
  );
  words.push(
    h(
      'p',
      {},
      'A walk-away point is what a side would rather have than no deal that day: for the union, what its members now expect; for the studios, the old terms minus what a strike costs them. ',
      'The zone of agreement is open when some package beats both walk-away points at once.',
    ),
  );
  if (first !== null && first > 0) words.push(h('p', {}, 'Until then every package one side could accept was worse for the other than carrying on: only time, costs and the members\u2019 expectations could open it.'));
  if (d.deal && z.dealInZone !== null) {
    const split = d.benchmarks.dealDay.deal;
    const below = split ? [split.union < 0 ? 'the union got less than its walk-away point' : null, split.studio < 0 ? `the studios got less than ${split.union < 0 ? 'theirs' : 'their walk-away point'}` : null].filter(Boolean) : [];
    words.push(
      h(
        'p',
        {},
        z.dealInZone
          ? `The deal was inside the zone on the day it was made (day ${d.deal.day}): both sides did better than walking away.`
          : `The deal was outside the zone on the day it was made (day ${d.deal.day}): ${below.length ? below.join(' and ') : 'one side got less than its walk-away point'}${d.deal.imposed ? ', because the terms were imposed when a side\u2019s ranks broke' : ''}.`,
      ),
    );
    // An easy computer's studios settle below their own walk-away (their stance is soft): the
    // zone as drawn never held the deal they made, and a student should hear why rather than
    // doubt what they lived through.
    const soft = -playerView(c.g, 'studio').aiParams.concession.easy.firmness / 10;
    if (!z.dealInZone && !d.deal.imposed && c.g.config.human === 'union' && c.g.config.difficulty === 'easy' && soft > 0 && split && split.studio < 0)
      words.push(h('p', {}, `That is the easy difficulty at work: the computer\u2019s studios settle for up to ${points(soft)} points less than their own walk-away, so they signed a deal the zone above does not hold.`));
  } else if (!d.deal) words.push(h('p', {}, 'There was no deal.'));
  return section('db-zone', 'The zone of agreement over time', pair(fig, words));
}
