import { concessionCurve, SIDES, type Side, type SideConcession } from '../../sim';
import { chartFigure, dataTable, replacePicture } from '../charts/figure';
import { lineChart } from '../charts/lines';
import { type PlanePoint, utilityPlane, zoomDomain } from '../charts/plane';
import { h } from '../dom';
import { dateOf } from '../format';
import { pair, section, toggle } from './section';
import { cap, p1, plural, sideNoun, STYLE_SENTENCE, who, whose, type DebriefCtx } from './words';

const SHAPE = { union: 'triangle', studio: 'square' } as const;
const LINE = { union: 'solid', studio: 'dashed' } as const;
const LETTER = { union: 'U', studio: 'S' } as const;

function traceFigure(c: DebriefCtx): HTMLElement {
  const { d } = c;
  const bySide = (side: Side) => d.offers.filter((o) => o.by === side);
  const traces = SIDES.filter((side) => bySide(side).length > 0).map((side) => {
    const pts = bySide(side);
    return { points: pts, shape: SHAPE[side], cls: side, line: LINE[side], ends: [`${LETTER[side]}1`, `${LETTER[side]}${pts.length}`] as [string, string] };
  });
  const marks = d.deal ? [{ union: d.deal.union, studio: d.deal.studio, shape: 'circle' as const, cls: 'deal', label: 'Deal', r: 8.5 }] : [];
  const focus: PlanePoint[] = [...d.offers, ...marks];
  const draw = (zoom: boolean) => utilityPlane({ frontier: d.frontier, traces, marks, domain: zoom && focus.length ? zoomDomain(focus, 4) : undefined, wide: c.projector });
  const nU = bySide('union').length;
  const nS = bySide('studio').length;
  const summary = d.offers.length
    ? `Every offer on the utility plane, in order: ${plural(nU, 'union offer')} (triangles, solid line) and ${plural(nS, 'studio offer')} (squares, dashed line)${d.deal ? `, ending at the deal (${p1(d.deal.union)} union, ${p1(d.deal.studio)} studio points)` : ''}.`
    : 'No offers were made.';
  const rows = d.offers.map((o, i) => [
    String(i + 1),
    `${o.day} (${dateOf(c.sc, o.day)})`,
    o.by === 'union' ? 'Union' : 'Studios',
    o.union,
    o.studio,
    [o.final ? 'last, best and final' : '', o.packages > 1 ? `${o.packages} packages (MESO); points of the first` : ''].filter(Boolean).join('; ') || null,
  ]);
  const fig = chartFigure({
    caption: 'The offer trace: both sides\u2019 offers on the utility plane, in order',
    svg: draw(focus.length > 0),
    summary,
    legend: [
      { label: 'Union offers (triangles, solid line; U1 is the first)', cls: 'union', shape: 'triangle', line: 'solid' },
      { label: 'Studio offers (squares, dashed line; S1 is the first)', cls: 'studio', shape: 'square', line: 'dashed' },
      ...(d.deal ? [{ label: 'The deal (large circle)', cls: 'deal', shape: 'circle' as const }] : []),
      { label: 'Pareto frontier', cls: 'frontier-key', line: 'solid' as const },
    ],
    table: dataTable('Every offer, in order', ['#', 'Day', 'By', 'Union points', 'Studio points', 'Note'], rows),
    controls: toggle('Show the whole plane', false, (on) => replacePicture(fig, draw(!on && focus.length > 0), summary)),
  });
  return fig;
}

function styleLine(c: DebriefCtx, side: Side, con: SideConcession): HTMLElement {
  const f = con.fit;
  const e = f.e === null ? '' : ` (fitted e = ${f.e < 0.1 ? f.e.toFixed(2) : f.e.toFixed(1)})`;
  const subject = con.role === 'human' ? (c.viewer === side ? 'You' : cap(sideNoun(side))) : `The computer playing ${sideNoun(side)}`;
  const head = con.role === 'human' && c.viewer === side ? 'Your concession style: ' : `${cap(sideNoun(side))}${con.role === 'computer' ? ' (computer)' : ''}: `;
  const nominal = con.nominalE === null ? null : con.nominalE < 2 / 3 ? 'Boulware' : con.nominalE > 3 / 2 ? 'Conceder' : 'Linear';
  return h(
    'div',
    { class: `db-style ${side}` },
    h('p', { class: 'big-line' }, head, h('strong', { class: 'style-label' }, f.label), e),
    h('p', {}, `${subject} ${STYLE_SENTENCE[f.label]}${f.pMax !== null && f.pMin !== null && f.offers > 0 ? `, from ${p1(f.pMax)} down to ${p1(f.pMin)} points on ${whose(c, side)} own schedule over ${plural(f.offers, 'offer')}` : ''}.`),
    con.role === 'computer' && nominal
      ? h(
          'p',
          { class: 'hint' },
          f.label === 'Too few offers'
            ? `Its difficulty set it to concede in a ${nominal} way (e = ${con.nominalE}).`
            : nominal === f.label
            ? `Its difficulty set it to concede in a ${nominal} way (e = ${con.nominalE}), and that is what it did.`
            : `Its difficulty set it to concede in a ${nominal} way (e = ${con.nominalE}), yet what it did looks ${f.label === 'Conceder' ? 'more yielding' : f.label === 'Boulware' ? 'firmer' : 'steadier'}: its clock counts only part of a move; strike costs, deadlines and its answers to your own moves (concession for concession, holding for holding) made the rest.`,
        )
      : null,
  );
}

function curveFigure(c: DebriefCtx): HTMLElement | null {
  const { d } = c;
  const points: { x: number; y: number; shape: 'triangle' | 'square'; cls: string }[] = [];
  const series = [];
  const xs = new Set<number>();
  const rows: (string | number | null)[][] = [];
  for (const side of SIDES) {
    const mine = d.offers.filter((o) => o.by === side);
    const horizon = mine.reduce((m, o) => Math.max(m, o.day), 0);
    const own = (o: { union: number; studio: number }) => (side === 'union' ? o.union : o.studio);
    for (const o of mine) points.push({ x: o.day, y: own(o), shape: SHAPE[side], cls: side });
    const curve = concessionCurve(d.concession[side].fit, 24);
    if (curve.length) {
      for (const p of curve) xs.add(Math.round(p.t * horizon * 100) / 100);
      series.push({ side, curve: curve.map((p) => ({ x: Math.round(p.t * horizon * 100) / 100, y: p.u })) });
    }
    const f = d.concession[side].fit;
    rows.push([
      cap(sideNoun(side)),
      d.concession[side].role === 'human' ? 'player' : 'computer',
      f.label,
      f.e === null ? null : f.e.toFixed(2),
      f.offers,
      f.pMax === null ? null : `${p1(f.pMax)} → ${p1(f.pMin!)}`,
      f.rmse === null ? null : p1(f.rmse),
    ]);
  }
  if (!points.length) return null;
  // one x grid for the line chart: the union of both curves' x values
  const grid = [...xs].sort((a, b) => a - b);
  const lineSeries = series.map(({ side, curve }) => {
    const at = new Map(curve.map((p) => [p.x, p.y]));
    return { name: `${cap(sideNoun(side))}: fitted curve`, cls: side, values: grid.map((x) => at.get(x) ?? null), line: LINE[side], shape: SHAPE[side], markers: 0 };
  });
  // a missing value breaks a line: fill the gaps by linear interpolation within each curve
  for (const ls of lineSeries) {
    const v = ls.values as (number | null)[];
    let lastI = -1;
    for (let i = 0; i < v.length; i++) {
      if (v[i] === null) continue;
      if (lastI >= 0 && i - lastI > 1) for (let j = lastI + 1; j < i; j++) v[j] = v[lastI]! + ((v[i]! - v[lastI]!) * (grid[j]! - grid[lastI]!)) / (grid[i]! - grid[lastI]!);
      lastI = i;
    }
  }
  const svg = lineChart({ x: grid.length ? grid : points.map((p) => p.x), series: lineSeries, points, xLabel: 'Day of the offer', yLabel: 'Points on the offering side\u2019s own schedule' });
  const human = SIDES.filter((s) => d.concession[s].role === 'human');
  const summary = `Each side's offers, valued on its own schedule, against the day, with the fitted concession curve. ${SIDES.map((s) => `${cap(sideNoun(s))}: ${d.concession[s].fit.label}`).join('. ')}.`;
  return chartFigure({
    caption: human.length === 2 ? 'How each side conceded: offers and fitted curves' : `How ${who(c, human[0]!)} conceded, next to the computer`,
    svg,
    summary,
    legend: [
      { label: 'Union offers (triangles); fitted curve (solid)', cls: 'union', shape: 'triangle', line: 'solid' },
      { label: 'Studio offers (squares); fitted curve (dashed)', cls: 'studio', shape: 'square', line: 'dashed' },
    ],
    table: dataTable('The concession fits', ['Side', 'Played by', 'Style', 'Fitted e', 'Offers', 'Own points, first → last', 'Fit error (points)'], rows),
  });
}

export function offersSection(c: DebriefCtx): HTMLElement {
  const { d } = c;
  const humans = SIDES.filter((s) => d.concession[s].role === 'human');
  const ordered = [...humans, ...SIDES.filter((s) => !humans.includes(s))];
  const explain = h(
    'p',
    { class: 'hint' },
    'The fit follows the classic time-dependent model: own points fall from the first offer to the last as time to the power 1/e. ',
    'e below 2/3 is Boulware (firm, then a late rush), near 1 is Linear, above 3/2 is Conceder (early moves).',
  );
  const curve = curveFigure(c);
  return section(
    'db-offers',
    c.viewer === 'both' ? 'The offer trace and the concession styles' : 'The offer trace and your concession style',
    pair(traceFigure(c), [h('p', {}, `${plural(d.offers.length, 'offer')} in all. Watch for the “dance”: offers that move toward the frontier, not just toward the other side.`), ...ordered.map((s) => styleLine(c, s, d.concession[s])), explain]),
    curve ? h('div', { class: 'db-wide' }, curve) : null,
  );
}
