import type { Term } from '../../sim';
import { chartFigure, dataTable, replacePicture } from '../charts/figure';
import type { LegendItem } from '../charts/marks';
import { type PlaneMark, type PlanePoint, utilityPlane, zoomDomain } from '../charts/plane';
import { h } from '../dom';
import { pair, section, toggle } from './section';
import { cap, dayText, p1, plural, sideNoun, signed, type DebriefCtx } from './words';
import { pointsWord } from '../format';

/** The issues on which two packages differ, in words: "AI protections: level 3 → level 4". */
export function changes(from: readonly Term[], to: readonly Term[]): HTMLElement | null {
  const diff = to.filter((t, i) => t.level !== from[i]!.level);
  if (!diff.length) return null;
  return h(
    'ul',
    { class: 'terms' },
    diff.map((t) => {
      const f = from.find((x) => x.issue === t.issue)!;
      return h('li', {}, h('strong', {}, t.name), `: ${f.short} → ${t.short}`);
    }),
  );
}

/** Why terms were imposed, in words: "the strike crumbled". */
export function failureWhy(c: DebriefCtx): string {
  const o = c.g.outcome;
  return o === 'allianceBroke' ? 'the studios’ alliance broke ranks' : o === 'mandateLost' ? 'the members withdrew the committee’s mandate' : 'the strike crumbled';
}

/** Marks shared by the frontier chart and the class chart's reference points. */
export function benchmarkMarks(c: DebriefCtx): { marks: PlaneMark[]; legend: LegendItem[]; rows: (string | number | null)[][] } {
  const { d } = c;
  const set = d.benchmarks.dealDay.nash ? d.benchmarks.dealDay : d.benchmarks.day0;
  const marks: PlaneMark[] = [];
  const legend: LegendItem[] = [{ label: 'Pareto frontier: the best either side can get without hurting the other', cls: 'frontier-key', line: 'solid' }];
  const rows: (string | number | null)[][] = [];
  if (d.deal) {
    // A failure imposes terms; they are not a deal anyone signed (a playtester read "Your deal"
    // beside a crumbled strike that scored 18.8).
    const imposed = !!d.deal.imposed;
    const label = imposed ? 'Terms imposed' : c.viewer === 'both' ? 'Deal' : 'Your deal';
    marks.push({ union: d.deal.union, studio: d.deal.studio, shape: 'circle', cls: 'deal', label, r: 8.5, z: 2 });
    legend.push({ label: imposed ? `The terms imposed when ${failureWhy(c)} (large circle)` : c.viewer === 'both' ? 'The deal (large circle)' : 'Your deal (large circle)', cls: 'deal', shape: 'circle' });
    rows.push([imposed ? 'The terms imposed' : 'The deal', d.deal.union, d.deal.studio, p1(d.deal.welfare)]);
  }
  if (set.nash) {
    marks.push({ union: set.nash.union, studio: set.nash.studio, shape: 'diamond', cls: 'bench', label: 'Nash' });
    legend.push({ label: 'Nash point (diamond)', cls: 'bench', shape: 'diamond' });
    rows.push([`Nash point (from ${set.basis === 'day0' ? 'day 0' : 'the deal day'})`, set.nash.union, set.nash.studio, p1(set.nash.welfare)]);
  }
  if (set.kalaiSmorodinsky) {
    const ks = set.kalaiSmorodinsky;
    marks.push({ union: ks.union, studio: ks.studio, shape: 'triangle', cls: 'bench', label: 'K–S' });
    legend.push({ label: 'Kalai–Smorodinsky point, K–S (triangle)', cls: 'bench', shape: 'triangle' });
    rows.push([`Kalai–Smorodinsky point (from ${set.basis === 'day0' ? 'day 0' : 'the deal day'})`, ks.union, ks.studio, p1(ks.welfare)]);
  }
  const mw = set.maxWelfare;
  marks.push({ union: mw.union, studio: mw.studio, shape: 'square', cls: 'bench', label: 'Max welfare' });
  legend.push({ label: 'Max welfare: the most points in total (square)', cls: 'bench', shape: 'square' });
  rows.push(['Max welfare', mw.union, mw.studio, p1(mw.welfare)]);
  const hist = d.history.historical;
  marks.push({ union: hist.union, studio: hist.studio, shape: 'cross', cls: 'history', label: `History ${c.sc.id}`, r: 12, z: -1 });
  legend.push({ label: `What really happened in ${c.sc.id} (cross)`, cls: 'history', shape: 'cross' });
  rows.push([`The real ${c.sc.id} deal`, hist.union, hist.studio, p1(hist.union + hist.studio)]);
  return { marks, legend, rows };
}

export function frontierSection(c: DebriefCtx): HTMLElement {
  const { d, sc } = c;
  const eff = d.efficiency;
  const walk = d.benchmarks.dealDay.disagreement;
  const walkDay = d.benchmarks.dealDay.day;
  const { marks, legend, rows } = benchmarkMarks(c);
  const better = eff?.nearestDominating ?? null;
  legend.push({ label: `Union\u2019s walk-away on ${dayText(sc, walkDay)} (dashed)`, cls: 'union', line: 'dashed' });
  legend.push({ label: `Studios\u2019 walk-away that day (dash-dot)`, cls: 'studio', line: 'dashdot' });
  legend.push({ label: 'Zone of agreement: packages both prefer to walking away (hatched)', cls: 'ok', area: 'hatch' });
  if (better) legend.push({ label: 'Arrow: the nearest package better for both', cls: 'ok', line: 'solid' });
  rows.push([`Union walk-away, ${dayText(sc, walkDay)}`, walk.union, null, null]);
  rows.push([`Studios' walk-away, ${dayText(sc, walkDay)}`, null, walk.studio, null]);
  if (better) rows.push(['Nearest package better for both', better.union, better.studio, p1(better.union + better.studio)]);
  const ends = d.frontier.length ? [d.frontier[0]!, d.frontier[d.frontier.length - 1]!] : [];

  const focus: PlanePoint[] = [...marks, walk, ...(better ? [better] : [])];
  const draw = (zoom: boolean) =>
    utilityPlane({
      frontier: d.frontier,
      marks,
      walkAway: walk,
      shadeZone: true,
      arrow: better && d.deal ? { from: d.deal, to: better, label: 'better for both' } : undefined,
      domain: zoom ? zoomDomain(focus) : undefined,
      wide: c.projector,
    });

  const imposed = !!d.deal?.imposed;
  const the = imposed ? 'the terms imposed' : 'the deal';
  const The = cap(the);
  const summary = d.deal
    ? `The utility plane: union points across, studio points up. The Pareto frontier runs from ${ends.length ? `${p1(ends[0]!.union)} union and ${p1(ends[0]!.studio)} studio points to ${p1(ends[1]!.union)} and ${p1(ends[1]!.studio)}` : 'corner to corner'}. ${The} ${imposed ? 'sit' : 'sits'} at ${p1(d.deal.union)} union and ${p1(d.deal.studio)} studio points, ${eff!.onFrontier ? 'on the frontier' : `${p1(eff!.distance)} points inside it`}.`
    : `The utility plane: union points across, studio points up, with the Pareto frontier. There was no deal to place on it.`;
  const fig = chartFigure({
    caption: `${The} on the utility plane, with the Pareto frontier and the fair-split benchmarks`,
    svg: draw(false),
    summary,
    legend,
    table: dataTable('Points on the chart (each side\u2019s own schedule, 0–100)', ['Point', 'Union points', 'Studio points', 'Joint points'], rows),
    controls: toggle(`Zoom in on ${the}`, false, (on) => replacePicture(fig, draw(on), summary)),
  });
  const all = h(
    'details',
    { class: 'chart-data', 'data-print': 'closed' },
    h('summary', {}, `All ${d.frontier.length} points of the frontier`),
    h('div', { class: 'table-wrap scroll' }, dataTable('The Pareto frontier (union points descending)', ['#', 'Union points', 'Studio points'], d.frontier.map((p, i) => [String(i + 1), p.union, p.studio]))),
  );

  const words: HTMLElement[] = [];
  if (!d.deal || !eff) {
    words.push(h('p', {}, 'There was no deal, so there is nothing to place on the frontier. The chart shows what was possible: every package on the frontier was better for both sides than many others.'));
  } else if (eff.onFrontier) {
    if (imposed) words.push(h('p', {}, `There was no agreement: ${failureWhy(c)}, and the terms below were imposed. They are placed on the plane all the same.`));
    words.push(h('p', { class: 'big-line' }, `${The} ${imposed ? 'are' : 'is'} on the Pareto frontier.`));
    words.push(h('p', {}, 'No other package was better for one side without being worse for the other: nothing was left on the table that both could have shared.'));
  } else {
    if (imposed) words.push(h('p', {}, `There was no agreement: ${failureWhy(c)}, and the terms below were imposed. They are placed on the plane all the same.`));
    words.push(h('p', { class: 'big-line' }, `${The} ${imposed ? 'are' : 'is'} ${pointsWord(eff.distance)} inside the frontier.`));
    words.push(h('p', {}, `${cap(plural(eff.dominatingOutcomes, 'other package'))} ${eff.dominatingOutcomes === 1 ? 'was' : 'were'} better for one side and no worse for the other.`));
    if (better) {
      words.push(h('p', {}, `What both could have had: the nearest such package gave ${sideNoun('union')} ${signed(better.gain.union)} and ${sideNoun('studio')} ${signed(better.gain.studio)} points. It differs from ${the} on these issues:`));
      const ch = changes(d.deal.terms, better.terms);
      if (ch) words.push(ch);
    }
  }
  if (eff) {
    words.push(
      h(
        'p',
        {},
        `Value left on the table: ${pointsWord(eff.valueLeft)}. Together ${the} gave both sides ${p1(eff.dealWelfare)} points; the best package for the two together (max welfare) gave ${p1(eff.maxWelfare)}.`,
      ),
    );
  }
  words.push(h('p', { class: 'hint' }, 'How to read it: further right is better for the union, higher is better for the studios. Every possible package of terms lies on or under the staircase; the packages on it cannot be improved for one side without a loss for the other.'));

  return section('db-frontier', imposed ? 'The imposed terms on the Pareto frontier' : c.viewer === 'both' ? 'The deal on the Pareto frontier' : 'Your deal on the Pareto frontier', pair([fig, all], words));
}
