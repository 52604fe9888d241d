import { r1, s } from './svg';

/**
 * Direct labels next to chart marks, placed greedily so that they never cover each other: each
 * label tries the spots around its mark (right, left, above, below, the diagonals), then the
 * same spots further out with a leader line, taking the free spot that covers the fewest marks.
 * A label with no free spot is not drawn (its mark is named in the legend and the data table)
 * and is reported, so the figure can name it under the chart. Text widths are estimated
 * generously (system fonts vary).
 */
export interface LabelRequest {
  x: number;
  y: number;
  text: string;
  cls?: string;
  /** Radius of the mark being labelled. */
  r?: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlap = (a: Box, b: Box): number => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

export const textWidth = (text: string, fontSize: number): number => text.length * fontSize * 0.62 + 4;

/** The labels group, and the labels that found no free spot. */
export function placeLabels(reqs: readonly LabelRequest[], bounds: Box, obstacles: readonly Box[], fontSize: number): SVGGElement & { unplaced?: string[] } {
  const g: SVGGElement & { unplaced?: string[] } = s('g', { class: 'labels' });
  const unplaced: string[] = [];
  const placed: Box[] = [];
  const hgt = fontSize * 1.2;
  for (const q of reqs) {
    const w = textWidth(q.text, fontSize);
    const r = (q.r ?? 5) + 3;
    type Cand = { box: Box; tx: number; ty: number; anchor: 'start' | 'end' | 'middle'; far: boolean };
    const cands: Cand[] = [];
    for (const k of [1, 2.2, 3.6, 5.2, 7]) {
      const d = r * k;
      const far = k > 1;
      const spots: [number, number, 'start' | 'end' | 'middle'][] = [
        [q.x + d, q.y, 'start'],
        [q.x - d, q.y, 'end'],
        [q.x, q.y - d - hgt * 0.35, 'middle'],
        [q.x, q.y + d + hgt * 0.65, 'middle'],
        [q.x + d * 0.8, q.y - d * 0.8 - hgt * 0.2, 'start'],
        [q.x - d * 0.8, q.y - d * 0.8 - hgt * 0.2, 'end'],
        [q.x + d * 0.8, q.y + d * 0.8 + hgt * 0.4, 'start'],
        [q.x - d * 0.8, q.y + d * 0.8 + hgt * 0.4, 'end'],
      ];
      for (const [cx, cy, anchor] of spots) {
        const x0 = anchor === 'start' ? cx : anchor === 'end' ? cx - w : cx - w / 2;
        cands.push({ box: { x0, y0: cy - hgt / 2, x1: x0 + w, y1: cy + hgt / 2 }, tx: cx, ty: cy, anchor, far });
      }
    }
    let best: Cand | null = null;
    let bestCost = Infinity;
    for (const c of cands) {
      const out = c.box.x0 < bounds.x0 || c.box.x1 > bounds.x1 || c.box.y0 < bounds.y0 || c.box.y1 > bounds.y1;
      if (out || placed.some((b) => overlap(c.box, b) > 0)) continue;
      let cost = c.far ? 1 : 0;
      for (const b of obstacles) cost += overlap(c.box, b);
      if (cost === 0) {
        best = c;
        break;
      }
      if (cost < bestCost) {
        bestCost = cost;
        best = c;
      }
    }
    if (!best) {
      unplaced.push(q.text);
      continue;
    }
    placed.push(best.box);
    if (best.far) {
      const cx = Math.max(best.box.x0, Math.min(best.box.x1, q.x));
      const cy = Math.max(best.box.y0, Math.min(best.box.y1, q.y));
      g.appendChild(s('line', { x1: r1(q.x), y1: r1(q.y), x2: r1(cx), y2: r1(cy), class: 'leader' }));
    }
    g.appendChild(s('text', { x: r1(best.tx), y: r1(best.ty), 'dominant-baseline': 'central', 'text-anchor': best.anchor, class: `lbl ${q.cls ?? ''}` }, q.text));
  }
  g.unplaced = unplaced;
  return g;
}
