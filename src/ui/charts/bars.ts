import { textWidth } from './labels';
import { DASH, hatch } from './marks';
import { linear, ticks } from './scale';
import { r1, s } from './svg';

/**
 * Horizontal bars in groups (one group per category, one bar per series). Series differ by
 * fill (solid or hatched) as well as colour, and every bar carries its value as text.
 */
export interface BarSeries {
  name: string;
  cls: string;
  fill: 'solid' | 'hatch';
}

export interface BarOpts {
  categories: string[];
  series: BarSeries[];
  /** values[category][series]; null draws no bar and writes "—". */
  values: (number | null)[][];
  max: number;
  format: (v: number) => string;
  refLine?: { value: number; label: string };
}

export const BAR_FONT = 14;

/** Break a label into lines of about `max` characters at spaces. */
export function wrap(text: string, max = 24): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && (line + ' ' + w).length > max) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}

export function barChart(o: BarOpts): SVGSVGElement {
  const W = 640;
  const lines = o.categories.map((c) => wrap(c));
  const labelW = Math.min(260, Math.max(110, ...lines.flat().map((l) => textWidth(l, BAR_FONT) + 12)));
  const L = labelW;
  const R = 64;
  const T = o.refLine ? 26 : 8;
  const barH = 17;
  const gap = 4;
  const groupGap = 14;
  const groupH = o.series.length * barH + (o.series.length - 1) * gap;
  const H = T + o.categories.length * (groupH + groupGap) + 26;
  const x = linear([0, o.max], [L, W - R]);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart-svg bars', preserveAspectRatio: 'xMidYMid meet', focusable: 'false' });
  const defs = s('defs');
  svg.appendChild(defs);
  const fills = o.series.map((se) => {
    if (se.fill === 'solid') return null;
    const p = hatch(se.cls, 6);
    defs.appendChild(p.def);
    return p.url;
  });
  const bottom = H - 26;
  const grid = s('g', { class: 'grid' });
  for (const v of ticks(0, o.max, 4)) {
    grid.appendChild(s('line', { x1: r1(x(v)), x2: r1(x(v)), y1: T, y2: bottom }));
    grid.appendChild(s('text', { x: r1(x(v)), y: bottom + 18, 'text-anchor': 'middle', class: 'tick' }, o.format(v)));
  }
  svg.appendChild(grid);
  o.categories.forEach((cat, ci) => {
    const gy = T + ci * (groupH + groupGap) + groupGap / 2;
    const ls = lines[ci] ?? [cat];
    const lh = BAR_FONT * 1.15;
    svg.appendChild(
      s(
        'text',
        { x: L - 8, y: r1(gy + groupH / 2 - ((ls.length - 1) * lh) / 2), 'text-anchor': 'end', 'dominant-baseline': 'central', class: 'cat' },
        ls.map((l, i) => s('tspan', { x: L - 8, dy: i === 0 ? 0 : r1(lh) }, l)),
      ),
    );
    o.series.forEach((se, si) => {
      const v = o.values[ci]?.[si] ?? null;
      const by = gy + si * (barH + gap);
      if (v === null) {
        svg.appendChild(s('text', { x: L + 4, y: r1(by + barH / 2), 'dominant-baseline': 'central', class: 'val' }, '—'));
        return;
      }
      const w = Math.max(1, x(Math.min(v, o.max)) - L);
      // a hatched bar takes its fill from the pattern, so it must not carry the solid-fill class
      svg.appendChild(s('rect', { x: L, y: r1(by), width: r1(w), height: barH, class: fills[si] ? `hbar hatched ${se.cls}` : `bar ${se.cls}`, fill: fills[si] ?? undefined }));
      svg.appendChild(s('text', { x: r1(L + w + 5), y: r1(by + barH / 2), 'dominant-baseline': 'central', class: 'val' }, o.format(v)));
    });
  });
  if (o.refLine) {
    const rx = x(o.refLine.value);
    svg.appendChild(s('line', { x1: r1(rx), x2: r1(rx), y1: T - 6, y2: bottom, class: 'rule', 'stroke-dasharray': DASH.dashed }));
    svg.appendChild(s('text', { x: r1(rx), y: T - 10, 'text-anchor': 'middle', class: 'lbl' }, o.refLine.label));
  }
  return svg;
}

/** A histogram: one vertical bar per bin, its count written above it. */
export function histogram(bins: readonly { label: string; count: number }[], opts: { xLabel: string; yLabel?: string; cls?: string } = { xLabel: '' }): SVGSVGElement {
  const W = 640;
  const H = 300;
  const L = 48;
  const R = 12;
  const T = 24;
  const B = 58;
  const maxCount = Math.max(1, ...bins.map((b) => b.count));
  const yTicks = ticks(0, maxCount, Math.min(5, maxCount)).filter((v) => Number.isInteger(v));
  const top = Math.max(maxCount, yTicks[yTicks.length - 1] ?? 1);
  const y = linear([0, top], [H - B, T]);
  const n = Math.max(1, bins.length);
  const slot = (W - L - R) / n;
  const barW = Math.min(90, slot * 0.78);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart-svg histogram', preserveAspectRatio: 'xMidYMid meet', focusable: 'false' });
  const grid = s('g', { class: 'grid' });
  for (const v of yTicks) {
    grid.appendChild(s('line', { x1: L, x2: W - R, y1: r1(y(v)), y2: r1(y(v)) }));
    grid.appendChild(s('text', { x: L - 8, y: r1(y(v)), 'text-anchor': 'end', 'dominant-baseline': 'central', class: 'tick' }, String(v)));
  }
  grid.appendChild(s('line', { x1: L, x2: W - R, y1: H - B, y2: H - B, class: 'axis' }));
  svg.appendChild(grid);
  const cls = opts.cls ?? 'danger';
  const long = bins.some((b) => textWidth(b.label, 13) > slot - 4);
  bins.forEach((b, i) => {
    const cx = L + slot * (i + 0.5);
    const top = y(b.count);
    if (b.count > 0) svg.appendChild(s('rect', { x: r1(cx - barW / 2), y: r1(top), width: r1(barW), height: r1(H - B - top), class: `bar ${cls}` }));
    svg.appendChild(s('text', { x: r1(cx), y: r1(top - 6), 'text-anchor': 'middle', class: 'val' }, String(b.count)));
    svg.appendChild(
      long
        ? s('text', { x: r1(cx), y: H - B + 14, 'text-anchor': 'end', transform: `rotate(-28 ${r1(cx)} ${H - B + 14})`, class: 'tick small' }, b.label)
        : s('text', { x: r1(cx), y: H - B + 18, 'text-anchor': 'middle', class: 'tick small' }, b.label),
    );
  });
  if (opts.xLabel) svg.appendChild(s('text', { x: (L + W - R) / 2, y: H - 6, 'text-anchor': 'middle', class: 'axis-title' }, opts.xLabel));
  if (opts.yLabel) svg.appendChild(s('text', { x: 4, y: 12, 'text-anchor': 'start', class: 'axis-title' }, opts.yLabel));
  return svg;
}
