import { type Box, type LabelRequest, placeLabels } from './labels';
import { DASH, hatch, marker, type LegendItem, type Shape } from './marks';
import { linear, ticks } from './scale';
import { pointsAttr, r1, s, svgId } from './svg';

/**
 * The utility plane: union points across, studio points up (each side's own scoring schedule,
 * 0–100). It draws the Pareto frontier as a staircase (the edge of what any package can give
 * both sides), optionally the zone of agreement above both walk-away points (hatched), the
 * walk-away points as dashed lines, offer traces, an arrow and labelled marks.
 */
export interface PlanePoint {
  union: number;
  studio: number;
}

export interface PlaneMark extends PlanePoint {
  shape: Shape;
  cls: string;
  /** A short direct label; omit it for unlabelled marks (a class's deals). */
  label?: string;
  r?: number;
  /** Drawing order: higher is on top (default 0). */
  z?: number;
}

export interface PlaneTrace {
  points: PlanePoint[];
  shape: Shape;
  cls: string;
  line: NonNullable<LegendItem['line']>;
  /** Labels for the first and the last point (e.g. "U1", "U6"). */
  ends?: [string, string];
}

export interface PlaneOpts {
  frontier: readonly PlanePoint[];
  marks?: PlaneMark[];
  walkAway?: PlanePoint;
  /** Hatch the packages both sides prefer to walking away (needs walkAway). */
  shadeZone?: boolean;
  traces?: PlaneTrace[];
  /** An arrow between two points, e.g. from the deal to a package better for both. */
  arrow?: { from: PlanePoint; to: PlanePoint; label?: string };
  domain?: { x: [number, number]; y: [number, number] };
  /** Stretch the plot across a wide screen (projector mode). */
  wide?: boolean;
}

export const PLANE_FONT = 15;

export function utilityPlane(o: PlaneOpts): SVGSVGElement {
  const L = 64;
  const T = 16;
  // The plot is square; `wide` (projector mode) stretches it across the screen's width.
  const PW = o.wide ? 860 : 470;
  const PH = 470;
  const R = 22;
  const B = 60;
  const W = L + PW + R;
  const H = T + PH + B;
  const dx = o.domain?.x ?? [0, 100];
  const dy = o.domain?.y ?? [0, 100];
  const x = linear(dx, [L, L + PW]);
  const y = linear(dy, [T + PH, T]);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart-svg plane', preserveAspectRatio: 'xMidYMid meet', focusable: 'false' });
  const defs = s('defs');
  svg.appendChild(defs);
  const clipId = svgId('plot');
  defs.appendChild(s('clipPath', { id: clipId }, s('rect', { x: L, y: T, width: PW, height: PH })));

  // grid and axes
  const grid = s('g', { class: 'grid' });
  const tx = ticks(dx[0], dx[1], 5);
  const ty = ticks(dy[0], dy[1], 5);
  for (const v of tx) {
    grid.appendChild(s('line', { x1: r1(x(v)), x2: r1(x(v)), y1: T, y2: T + PH }));
    grid.appendChild(s('text', { x: r1(x(v)), y: T + PH + 20, 'text-anchor': 'middle', class: 'tick' }, String(v)));
  }
  for (const v of ty) {
    grid.appendChild(s('line', { x1: L, x2: L + PW, y1: r1(y(v)), y2: r1(y(v)) }));
    grid.appendChild(s('text', { x: L - 8, y: r1(y(v)), 'text-anchor': 'end', 'dominant-baseline': 'central', class: 'tick' }, String(v)));
  }
  grid.appendChild(s('rect', { x: L, y: T, width: PW, height: PH, class: 'frame' }));
  svg.appendChild(grid);
  svg.appendChild(s('text', { x: L + PW / 2, y: H - 12, 'text-anchor': 'middle', class: 'axis-title' }, 'Union points →'));
  svg.appendChild(s('text', { x: 16, y: T + PH / 2, 'text-anchor': 'middle', transform: `rotate(-90 16 ${T + PH / 2})`, class: 'axis-title' }, 'Studio points →'));

  const plot = s('g', { 'clip-path': `url(#${clipId})` });
  svg.appendChild(plot);

  // the frontier as a staircase (union descending, studio ascending)
  const f = [...o.frontier].sort((p, q) => q.union - p.union || p.studio - q.studio);
  const stair: { x: number; y: number }[] = [];
  f.forEach((p, i) => {
    if (i > 0) stair.push({ x: x(p.union), y: y(f[i - 1]!.studio) });
    stair.push({ x: x(p.union), y: y(p.studio) });
  });
  if (f.length) {
    const first = f[0]!;
    const last = f[f.length - 1]!;
    const region = [{ x: x(0), y: y(0) }, { x: x(first.union), y: y(0) }, ...stair, { x: x(0), y: y(last.studio) }];
    plot.appendChild(s('polygon', { points: pointsAttr(region), class: 'attainable' }));
    if (o.shadeZone && o.walkAway) {
      const zid = svgId('zone');
      defs.appendChild(s('clipPath', { id: zid }, s('polygon', { points: pointsAttr(region) })));
      const pat = hatch('ok', 7);
      defs.appendChild(pat.def);
      const zx = x(Math.max(dx[0], o.walkAway.union));
      const zy = y(Math.max(dy[0], o.walkAway.studio));
      if (zx < L + PW && zy > T) plot.appendChild(s('rect', { x: r1(zx), y: T, width: r1(L + PW - zx), height: r1(zy - T), fill: pat.url, 'clip-path': `url(#${zid})`, class: 'zone' }));
    }
    plot.appendChild(s('polyline', { points: pointsAttr(stair), class: 'frontier' }));
  }

  const obstacles: Box[] = [];
  const labels: LabelRequest[] = [];

  if (o.walkAway) {
    const wx = x(o.walkAway.union);
    const wy = y(o.walkAway.studio);
    if (wx >= L && wx <= L + PW) {
      plot.appendChild(s('line', { x1: r1(wx), x2: r1(wx), y1: T, y2: T + PH, class: 'walk union', 'stroke-dasharray': DASH.dashed }));
      labels.push({ x: wx, y: T + 12, text: 'union walk-away', cls: 'union', r: 2 });
    }
    if (wy >= T && wy <= T + PH) {
      plot.appendChild(s('line', { x1: L, x2: L + PW, y1: r1(wy), y2: r1(wy), class: 'walk studio', 'stroke-dasharray': DASH.dashdot }));
      labels.push({ x: L + 10, y: wy, text: 'studio walk-away', cls: 'studio', r: 2 });
    }
  }

  for (const t of o.traces ?? []) {
    const pts = t.points.map((p) => ({ x: x(p.union), y: y(p.studio) }));
    plot.appendChild(s('polyline', { points: pointsAttr(pts), class: `trace ${t.cls}`, 'stroke-dasharray': DASH[t.line] }));
    for (const p of pts) {
      plot.appendChild(marker(t.shape, p.x, p.y, 5.5, t.cls));
      obstacles.push({ x0: p.x - 6, y0: p.y - 6, x1: p.x + 6, y1: p.y + 6 });
    }
    if (t.ends && pts.length) {
      labels.push({ x: pts[0]!.x, y: pts[0]!.y, text: t.ends[0], cls: t.cls, r: 6 });
      if (pts.length > 1) labels.push({ x: pts[pts.length - 1]!.x, y: pts[pts.length - 1]!.y, text: t.ends[1], cls: t.cls, r: 6 });
    }
  }

  if (o.arrow) {
    const mid = svgId('arrow');
    defs.appendChild(s('marker', { id: mid, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, s('path', { d: 'M0,0L10,5L0,10Z', class: 'arrowhead' })));
    const x1 = x(o.arrow.from.union);
    const y1 = y(o.arrow.from.studio);
    const x2 = x(o.arrow.to.union);
    const y2 = y(o.arrow.to.studio);
    plot.appendChild(s('line', { x1: r1(x1), y1: r1(y1), x2: r1(x2), y2: r1(y2), class: 'gain', 'marker-end': `url(#${mid})` }));
    if (o.arrow.label) labels.push({ x: x2, y: y2, text: o.arrow.label, cls: 'ok', r: 4 });
  }

  // marks in their drawing order (a stable sort keeps the given order within a level)
  const marks = [...(o.marks ?? [])].sort((a, b) => (a.z ?? 0) - (b.z ?? 0));
  for (const m of marks) {
    const px = x(m.union);
    const py = y(m.studio);
    const r = m.r ?? 7;
    plot.appendChild(marker(m.shape, px, py, r, m.cls));
    obstacles.push({ x0: px - r, y0: py - r, x1: px + r, y1: py + r });
  }
  for (const m of o.marks ?? []) if (m.label) labels.push({ x: x(m.union), y: y(m.studio), text: m.label, cls: m.cls, r: m.r ?? 7 });
  const placed = placeLabels(labels, { x0: L + 2, y0: T + 2, x1: L + PW - 2, y1: T + PH - 2 }, obstacles, PLANE_FONT);
  svg.appendChild(placed);
  if (placed.unplaced?.length) svg.dataset.unplaced = placed.unplaced.join('|');
  return svg;
}

/** A domain that frames the given points with a margin (for the "zoom in" view). */
export function zoomDomain(points: readonly PlanePoint[], pad = 6): { x: [number, number]; y: [number, number] } {
  const xs = points.map((p) => p.union);
  const ys = points.map((p) => p.studio);
  const fit = (v: number[]): [number, number] => {
    let lo = Math.floor((Math.min(...v) - pad) / 5) * 5;
    let hi = Math.ceil((Math.max(...v) + pad) / 5) * 5;
    lo = Math.max(0, lo);
    hi = Math.min(100, hi);
    return [lo, hi];
  };
  let X = fit(xs);
  let Y = fit(ys);
  // keep the plot square: the same number of points on both axes
  const span = Math.max(X[1] - X[0], Y[1] - Y[0]);
  const grow = (d: [number, number]): [number, number] => {
    let lo = d[0];
    let hi = d[0] + span;
    if (hi > 100) {
      lo -= hi - 100;
      hi = 100;
    }
    return [Math.max(0, lo), hi];
  };
  X = grow(X);
  Y = grow(Y);
  return { x: X, y: Y };
}
