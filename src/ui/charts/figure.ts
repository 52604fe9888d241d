import { h, type Child } from '../dom';
import { legend, type LegendItem } from './marks';
import { s } from './svg';

/**
 * Every chart is a <figure>: a caption, the picture (role="img" with a one-sentence summary
 * as its name), a legend in words, and the numbers in a table inside a <details> (closed on
 * screen to save room, opened for printing), so a screen reader or a printout gets the data.
 */
export interface FigureOpts {
  caption: Child;
  svg: SVGSVGElement;
  /** The accessible name of the picture: what it shows, in one or two sentences. */
  summary: string;
  legend?: LegendItem[];
  table: HTMLTableElement;
  /** The disclosure's label (default: "The numbers behind this chart"). */
  tableLabel?: string;
  /** Controls shown above the picture (a zoom toggle...). */
  controls?: Child;
  /** Text shown under the picture. */
  note?: Child;
  cls?: string;
}

function label(svg: SVGSVGElement, summary: string): SVGSVGElement {
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', summary);
  svg.insertBefore(s('title', {}, summary), svg.firstChild);
  return svg;
}

/** Swap a figure's picture (e.g. zoomed in), keeping its accessible summary. */
export function replacePicture(figure: HTMLElement, svg: SVGSVGElement, summary: string): void {
  figure.querySelector('.chart-pic')?.replaceChildren(label(svg, summary));
}

export function chartFigure(o: FigureOpts): HTMLElement {
  label(o.svg, o.summary);
  // Labels that found no free spot on the picture are named under it (never drawn over another).
  const unplaced = o.svg.dataset.unplaced ? o.svg.dataset.unplaced.split('|') : [];
  const note = unplaced.length ? [o.note ?? null, ` Marks not labelled on the chart for lack of room (see the legend): ${unplaced.join(', ')}.`] : o.note;
  return h(
    'figure',
    { class: `chart${o.cls ? ` ${o.cls}` : ''}` },
    h('figcaption', {}, o.caption),
    o.controls ? h('div', { class: 'chart-controls' }, o.controls) : null,
    h('div', { class: 'chart-pic' }, o.svg),
    o.legend && o.legend.length ? legend(o.legend) : null,
    note ? h('p', { class: 'hint chart-note' }, note) : null,
    h('details', { class: 'chart-data' }, h('summary', {}, o.tableLabel ?? 'The numbers behind this chart'), h('div', { class: 'table-wrap' }, o.table)),
  );
}

export type Cell = string | number | Node | null | undefined;

/** A table.data: the first cell of each row is its header (scope="row") unless told otherwise. */
export function dataTable(caption: Child, head: string[], rows: Cell[][], opts: { rowHeaders?: boolean; cls?: string; foot?: Cell[][] } = {}): HTMLTableElement {
  const rowHeaders = opts.rowHeaders ?? true;
  const cell = (c: Cell, i: number) => {
    const v = c === null || c === undefined ? '—' : c;
    return rowHeaders && i === 0 ? h('th', { scope: 'row' }, v) : h('td', {}, v);
  };
  return h(
    'table',
    { class: `data${opts.cls ? ` ${opts.cls}` : ''}` },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, head.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map(cell)))),
    opts.foot ? h('tfoot', {}, opts.foot.map((r) => h('tr', {}, r.map(cell)))) : null,
  );
}

/**
 * Open every closed <details> under `root` while the page prints, and close them again after;
 * returns a function that removes the listeners.
 */
export function openDetailsWhilePrinting(root: HTMLElement): () => void {
  let opened: HTMLDetailsElement[] = [];
  const before = () => {
    opened = [...root.querySelectorAll('details')].filter((d) => !d.open && d.dataset.print !== 'closed');
    for (const d of opened) d.open = true;
  };
  const after = () => {
    for (const d of opened) d.open = false;
    opened = [];
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}

/**
 * Sample a long daily series for a printed table: at most about `max` rows, always keeping
 * the first and last record and any `keep` indices (days where something happened).
 */
export function sampleIndices(n: number, max: number, keep: readonly number[] = []): number[] {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const step = Math.ceil(n / max);
  const set = new Set<number>([0, n - 1, ...keep.filter((i) => i >= 0 && i < n)]);
  for (let i = 0; i < n; i += step) set.add(i);
  return [...set].sort((a, b) => a - b);
}
