import { type Box, type LabelRequest, placeLabels, textWidth } from './labels';
import { DASH, hatch, marker, type LegendItem, type Shape } from './marks';
import { linear, niceDomain, niceStep, ticks } from './scale';
import { pointsAttr, r1, s, svgId } from './svg';

/**
 * A time-series chart (days across). Series differ by line style and by the shape of the
 * markers along them, as well as by colour; the legend names them. Optional hatched bands
 * (e.g. the days the zone of agreement was open), vertical rules (the expiry, the deal) and
 * scatter points (offers beside a fitted curve).
 */
export interface LineSeries {
  name: string;
  cls: string;
  values: readonly (number | null)[];
  line: NonNullable<LegendItem['line']>;
  shape: Shape;
  /** Markers along the line (default about six). */
  markers?: number;
}

export interface LineOpts {
  x: readonly number[];
  series: LineSeries[];
  y?: [number, number];
  yFormat?: (v: number) => string;
  xLabel: string;
  yLabel?: string;
  bands?: { from: number; to: number; cls: string; label?: string }[];
  rules?: { x: number; label: string }[];
  hRules?: { y: number; label: string }[];
  points?: { x: number; y: number; shape: Shape; cls: string; label?: string }[];
  height?: number;
}

export const LINE_FONT = 14;

export function lineChart(o: LineOpts): SVGSVGElement {
  const W = 640;
  const H = o.height ?? 300;
  const L = 66;
  const R = 18;
  const T = 26;
  const B = 50;
  const allX = o.x.length ? o.x : [0, 1];
  const x0 = Math.min(...allX);
  const x1 = Math.max(...allX, x0 + 1);
  let yd = o.y;
  let yStep: number | undefined;
  if (!yd) {
    const vals: number[] = [];
    for (const se of o.series) for (const v of se.values) if (v !== null && Number.isFinite(v)) vals.push(v);
    for (const p of o.points ?? []) vals.push(p.y);
    for (const r of o.hRules ?? []) vals.push(r.y);
    yd = vals.length ? niceDomain(Math.min(...vals), Math.max(...vals), 4) : [0, 1];
    // ticks on the same round step as the domain, so the axis starts and ends on a label
    yStep = niceStep(Math.min(...vals, yd[1]), Math.max(...vals, yd[0]), 4);
  }
  const x = linear([x0, x1], [L, W - R]);
  const y = linear(yd, [H - B, T]);
  const fmt = o.yFormat ?? ((v: number) => String(v));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart-svg lines', preserveAspectRatio: 'xMidYMid meet', focusable: 'false' });
  const defs = s('defs');
  svg.appendChild(defs);
  const clipId = svgId('lines');
  defs.appendChild(s('clipPath', { id: clipId }, s('rect', { x: L - 6, y: T - 6, width: W - R - L + 12, height: H - B - T + 12 })));

  const labels: LabelRequest[] = [];
  const obstacles: Box[] = [];

  for (const b of o.bands ?? []) {
    const pat = hatch(b.cls, 8);
    defs.appendChild(pat.def);
    const bx0 = x(b.from);
    const bx1 = Math.max(x(b.to), bx0 + 2);
    svg.appendChild(s('rect', { x: r1(bx0), y: T, width: r1(bx1 - bx0), height: H - B - T, fill: pat.url, class: `band ${b.cls}` }));
  }

  const grid = s('g', { class: 'grid' });
  for (const v of ticks(yd[0], yd[1], 4, yStep)) {
    grid.appendChild(s('line', { x1: L, x2: W - R, y1: r1(y(v)), y2: r1(y(v)) }));
    grid.appendChild(s('text', { x: L - 8, y: r1(y(v)), 'text-anchor': 'end', 'dominant-baseline': 'central', class: 'tick' }, fmt(v)));
  }
  for (const v of ticks(x0, x1, 6)) {
    if (v < x0 || v > x1) continue;
    grid.appendChild(s('line', { x1: r1(x(v)), x2: r1(x(v)), y1: H - B, y2: H - B + 5 }));
    grid.appendChild(s('text', { x: r1(x(v)), y: H - B + 20, 'text-anchor': 'middle', class: 'tick' }, String(v)));
  }
  grid.appendChild(s('line', { x1: L, x2: W - R, y1: H - B, y2: H - B, class: 'axis' }));
  svg.appendChild(grid);
  svg.appendChild(s('text', { x: (L + W - R) / 2, y: H - 8, 'text-anchor': 'middle', class: 'axis-title' }, o.xLabel));
  if (o.yLabel) svg.appendChild(s('text', { x: 4, y: 12, class: 'axis-title', 'text-anchor': 'start' }, o.yLabel));

  for (const r of o.hRules ?? []) {
    svg.appendChild(s('line', { x1: L, x2: W - R, y1: r1(y(r.y)), y2: r1(y(r.y)), class: 'rule', 'stroke-dasharray': DASH.dotted }));
    labels.push({ x: W - R - 4, y: y(r.y), text: r.label, r: 1 });
  }
  for (const r of o.rules ?? []) {
    const rx = x(r.x);
    svg.appendChild(s('line', { x1: r1(rx), x2: r1(rx), y1: T - 4, y2: H - B, class: 'rule', 'stroke-dasharray': DASH.dotted }));
  }
  // The rules' labels (the expiry, the strike, the deal) and the bands' (where the zone opened)
  // sit just right of their line or of the band's left edge, in rows from the top of the plot,
  // in the order of the days: a playtester read "strike" left of "expiry" (the strike came the
  // day after) and "zone open" beside the deal line, 30 days after the zone opened.
  const edges = [...(o.rules ?? []).map((r) => ({ px: x(r.x), text: r.label, cls: '' })), ...(o.bands ?? []).filter((b) => b.label).map((b) => ({ px: x(b.from), text: b.label!, cls: b.cls }))];
  edges.sort((a, b) => a.px - b.px);
  const hgt = LINE_FONT * 1.25;
  const rows: Box[][] = [];
  const fixed = s('g', { class: 'labels' });
  for (const e of edges) {
    const w = textWidth(e.text, LINE_FONT);
    const right = e.px + 4 + w <= W - R;
    const bx0 = right ? e.px + 4 : e.px - 4 - w;
    let k = 0;
    while (rows[k]?.some((b) => b.x0 < bx0 + w + 6 && bx0 < b.x1 + 6)) k++;
    const cy = T + 2 + hgt * (k + 0.5);
    const box = { x0: bx0, y0: cy - hgt / 2, x1: bx0 + w, y1: cy + hgt / 2 };
    (rows[k] ??= []).push(box);
    obstacles.push(box);
    fixed.appendChild(s('text', { x: r1(right ? e.px + 4 : e.px - 4), y: r1(cy), 'dominant-baseline': 'central', 'text-anchor': right ? 'start' : 'end', class: `lbl ${e.cls}` }, e.text));
  }

  const plot = s('g', { 'clip-path': `url(#${clipId})` });
  svg.appendChild(plot);
  o.series.forEach((se, k) => {
    // break the line where a value is missing
    let run: { x: number; y: number }[] = [];
    const flush = () => {
      if (run.length > 1) plot.appendChild(s('polyline', { points: pointsAttr(run), class: `ln ${se.cls}`, 'stroke-dasharray': DASH[se.line] }));
      run = [];
    };
    const pts: { x: number; y: number }[] = [];
    se.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v) || o.x[i] === undefined) return flush();
      const p = { x: x(o.x[i]!), y: y(v) };
      run.push(p);
      pts.push(p);
    });
    flush();
    const n = pts.length;
    const count = Math.min(n, se.markers ?? 6);
    if (count > 0) {
      // stagger the markers of different series so they do not sit on each other
      const idx = new Set<number>();
      for (let j = 0; j < count; j++) idx.add(Math.min(n - 1, Math.round(((j + (k % 3) / 3) * (n - 1)) / Math.max(1, count - 1 + 0.34))));
      idx.add(n - 1);
      for (const i of idx) plot.appendChild(marker(se.shape, pts[i]!.x, pts[i]!.y, 4.5, se.cls));
    }
  });
  for (const p of o.points ?? []) {
    const px = x(p.x);
    const py = y(p.y);
    plot.appendChild(marker(p.shape, px, py, 5.5, p.cls));
    obstacles.push({ x0: px - 6, y0: py - 6, x1: px + 6, y1: py + 6 });
    if (p.label) labels.push({ x: px, y: py, text: p.label, cls: p.cls, r: 6 });
  }
  svg.appendChild(fixed);
  svg.appendChild(placeLabels(labels, { x0: L, y0: 0, x1: W - 2, y1: H - B }, obstacles, LINE_FONT));
  return svg;
}

/** Runs of consecutive records where a predicate holds, as [from day, to day] pairs. */
export function runsOf<T>(records: readonly T[], dayOf: (r: T) => number, test: (r: T) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let start: number | null = null;
  let prev = 0;
  for (const r of records) {
    const d = dayOf(r);
    if (test(r)) {
      if (start === null) start = d;
    } else if (start !== null) {
      out.push([start, d]);
      start = null;
    }
    prev = d;
  }
  if (start !== null) out.push([start, prev]);
  return out;
}
