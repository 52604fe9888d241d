import { h } from '../dom';
import { r1, s, svgId } from './svg';

/**
 * Marker shapes: every mark on a chart differs by shape (and has a text label or a legend
 * entry), never by colour alone, so it reads in grey print, on a washed-out projector and for
 * colour-blind players.
 */
export type Shape = 'circle' | 'ring' | 'square' | 'diamond' | 'triangle' | 'triangleDown' | 'cross' | 'plus' | 'star';

/** An SVG path for a shape of radius r centred at (x, y). */
export function shapePath(shape: Shape, x: number, y: number, r: number): string {
  const p = (dx: number, dy: number) => `${r1(x + dx)},${r1(y + dy)}`;
  switch (shape) {
    case 'circle':
    case 'ring':
      return `M${p(-r, 0)}A${r1(r)},${r1(r)} 0 1,0 ${p(r, 0)}A${r1(r)},${r1(r)} 0 1,0 ${p(-r, 0)}Z`;
    case 'square': {
      const a = r * 0.85;
      return `M${p(-a, -a)}L${p(a, -a)}L${p(a, a)}L${p(-a, a)}Z`;
    }
    case 'diamond':
      return `M${p(0, -r * 1.15)}L${p(r * 1.15, 0)}L${p(0, r * 1.15)}L${p(-r * 1.15, 0)}Z`;
    case 'triangle':
      return `M${p(0, -r * 1.15)}L${p(r * 1.05, r * 0.8)}L${p(-r * 1.05, r * 0.8)}Z`;
    case 'triangleDown':
      return `M${p(0, r * 1.15)}L${p(r * 1.05, -r * 0.8)}L${p(-r * 1.05, -r * 0.8)}Z`;
    case 'cross': {
      const a = r * 0.9;
      const w = r * 0.32;
      return `M${p(-a, -a + w)}L${p(-a + w, -a)}L${p(0, -w)}L${p(a - w, -a)}L${p(a, -a + w)}L${p(w, 0)}L${p(a, a - w)}L${p(a - w, a)}L${p(0, w)}L${p(-a + w, a)}L${p(-a, a - w)}L${p(-w, 0)}Z`;
    }
    case 'plus': {
      const a = r;
      const w = r * 0.3;
      return `M${p(-w, -a)}L${p(w, -a)}L${p(w, -w)}L${p(a, -w)}L${p(a, w)}L${p(w, w)}L${p(w, a)}L${p(-w, a)}L${p(-w, w)}L${p(-a, w)}L${p(-a, -w)}L${p(-w, -w)}Z`;
    }
    case 'star': {
      let d = '';
      for (let k = 0; k < 10; k++) {
        const rad = k % 2 === 0 ? r * 1.3 : r * 0.55;
        const ang = -Math.PI / 2 + (k * Math.PI) / 5;
        d += `${k === 0 ? 'M' : 'L'}${p(rad * Math.cos(ang), rad * Math.sin(ang))}`;
      }
      return `${d}Z`;
    }
  }
}

/** A marker as an SVG path; `cls` picks its colour from the palette (see debrief.css). */
export function marker(shape: Shape, x: number, y: number, r: number, cls: string): SVGPathElement {
  return s('path', { d: shapePath(shape, x, y, r), class: `mk ${cls}${shape === 'ring' ? ' hollow' : ''}` });
}

/** What a legend entry shows: a marker, a line style, a filled area, or a combination. */
export interface LegendItem {
  label: string;
  cls: string;
  shape?: Shape;
  line?: 'solid' | 'dashed' | 'dotted' | 'dashdot';
  area?: 'solid' | 'hatch';
}

export const DASH: Record<NonNullable<LegendItem['line']>, string | null> = { solid: null, dashed: '7 5', dotted: '2 4', dashdot: '9 4 2 4' };

/** An HTML legend (a list), each entry with a small picture of its mark; the pictures are decorative. */
export function legend(items: LegendItem[]): HTMLElement {
  return h(
    'ul',
    { class: 'chart-legend' },
    items.map((it) => {
      const pic = s('svg', { viewBox: '0 0 28 16', width: 28, height: 16, 'aria-hidden': 'true', focusable: 'false', class: 'chart-swatch' });
      if (it.area === 'solid') pic.appendChild(s('rect', { x: 2, y: 2, width: 24, height: 12, class: `area ${it.cls}` }));
      if (it.area === 'hatch') {
        const pat = hatch(it.cls);
        pic.appendChild(s('defs', {}, pat.def));
        pic.appendChild(s('rect', { x: 2, y: 2, width: 24, height: 12, fill: pat.url, class: `hatched ${it.cls}` }));
      }
      if (it.line) pic.appendChild(s('line', { x1: 1, y1: 8, x2: 27, y2: 8, class: `ln ${it.cls}`, 'stroke-dasharray': DASH[it.line] }));
      if (it.shape) pic.appendChild(marker(it.shape, 14, 8, 5.5, it.cls));
      return h('li', {}, pic, ' ', it.label);
    }),
  );
}

/** A diagonal hatch pattern in a palette colour (fills that differ by texture, not only hue). */
export function hatch(cls: string, gap = 6): { def: SVGPatternElement; url: string } {
  const id = svgId('hatch');
  const def = s(
    'pattern',
    { id, width: gap, height: gap, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    s('rect', { width: gap, height: gap, class: `hatch-bg ${cls}` }),
    s('line', { x1: 0, y1: 0, x2: 0, y2: gap, class: `hatch-ln ${cls}` }),
  );
  return { def, url: `url(#${id})` };
}
