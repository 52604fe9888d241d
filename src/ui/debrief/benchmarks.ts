import type { Benchmark, BenchmarkSet, SurplusSplit } from '../../sim';
import { dataTable } from '../charts/figure';
import { h } from '../dom';
import { section } from './section';
import { dayText, p1, share, type DebriefCtx } from './words';
import { pointsWord } from '../format';

/** A side's share of the joint gain; only meaningful when neither side is below its walk-away. */
const shareOf = (s: SurplusSplit | null, side: 'union' | 'studio'): string | null => {
  if (!s) return null;
  if (s.union < 0 || s.studio < 0) return s[side] < 0 ? 'below walk-away' : '—';
  const bp = side === 'union' ? s.unionShareBp : s.studioShareBp;
  return bp === null ? 'no gain to share' : share(bp);
};

function splitWords(set: BenchmarkSet): string {
  const s = set.deal;
  if (!s) return 'There was no deal to compare.';
  if (s.unionShareBp !== null && s.union >= 0 && s.studio >= 0) {
    return `Of the ${p1(s.total)} points both sides gained over walking away, ${share(s.unionShareBp)} went to the union and ${share(s.studioShareBp!)} to the studios.`;
  }
  const below = [s.union < 0 ? `the union ${pointsWord(-s.union)} below its walk-away` : null, s.studio < 0 ? `the studios ${pointsWord(-s.studio)} below theirs` : null].filter(Boolean);
  return `The deal left ${below.join(' and ')} of that day, so there is no shared gain to split${set.basis === 'day0' ? ' (the walk-away points moved between day 0 and the deal)' : ''}.`;
}

function table(c: DebriefCtx, set: BenchmarkSet): HTMLElement {
  const row = (name: string, b: Benchmark | null, note: string) =>
    b ? [name, b.union, b.studio, shareOf(b.surplus, 'union'), shareOf(b.surplus, 'studio'), b.dealDistance === null ? null : p1(b.dealDistance)] : [name, note, null, null, null, null];
  const rows: (string | number | null)[][] = [];
  if (c.d.deal) rows.push(['The deal', c.d.deal.union, c.d.deal.studio, shareOf(set.deal, 'union'), shareOf(set.deal, 'studio'), '0']);
  rows.push(row('Nash point', set.nash, 'none (no zone)'));
  rows.push(row('Kalai–Smorodinsky point', set.kalaiSmorodinsky, 'none (no zone)'));
  rows.push(row('Max welfare', set.maxWelfare, ''));
  const t = dataTable(
    `Measured from the walk-away points of ${dayText(c.sc, set.day)}: union ${p1(set.disagreement.union)}, studios ${p1(set.disagreement.studio)}`,
    ['Point', 'Union points', 'Studio points', 'Union\u2019s share of the gain', 'Studios\u2019 share of the gain', 'Distance to the deal'],
    rows,
  );
  return h('div', { class: 'table-wrap' }, t);
}

/** Nash, Kalai–Smorodinsky and max welfare, from day 0 and from the deal day. */
export function benchmarksSection(c: DebriefCtx): HTMLElement {
  const { d, sc } = c;
  const block = (set: BenchmarkSet, title: string) =>
    h(
      'div',
      { class: 'db-bench' },
      h('h4', {}, title),
      set.zoneOpen
        ? h('p', {}, `${set.zoneFrontierPoints} frontier packages (and ${set.zoneOutcomes.toLocaleString('en-US')} packages in all, ${share(set.zoneOutcomesShareBp)} of every possible one) were better than walking away for both sides.`)
        : h('p', {}, `On ${dayText(sc, set.day)} no package was better than walking away for both sides: there was no zone of agreement, so there is no Nash or Kalai–Smorodinsky point to aim at.`),
      table(c, set),
      h('p', {}, splitWords(set)),
    );
  const same = d.benchmarks.day0.day === d.benchmarks.dealDay.day;
  return section(
    'db-benchmarks',
    'Fair-split benchmarks',
    h(
      'p',
      {},
      'Three classic answers to “what would a fair deal be?”, each on the frontier and each measured from what the two sides could get by walking away: ',
      h('strong', {}, 'Nash'),
      ' makes the product of both gains as large as possible; ',
      h('strong', {}, 'Kalai–Smorodinsky'),
      ' gives each side the same share of the most it could hope to gain; ',
      h('strong', {}, 'max welfare'),
      ' gives the most points in total, however they are split.',
    ),
    h('div', { class: 'db-bench-grid' }, block(d.benchmarks.day0, `From the start of talks (day 0)`), same ? null : block(d.benchmarks.dealDay, d.deal ? `From the day of the deal (day ${d.benchmarks.dealDay.day})` : `From the last day (day ${d.benchmarks.dealDay.day})`)),
  );
}
