import { byScenario, displayName, termsImposed, type ClassRow, type ColumnId, classCodesOf, classSummary, COLUMNS, concessionText, outcomeLabel, rowsOfClass, scenarioPlane, sideLabel, sortRows, strikeHistogram, summaryText, toCsv } from '../../app/classroom';
import { getScenario } from '../../sim';
import { histogram } from '../charts/bars';
import { chartFigure, dataTable } from '../charts/figure';
import type { LegendItem } from '../charts/marks';
import { type PlaneMark, utilityPlane, zoomDomain } from '../charts/plane';
import { fill, h } from '../dom';
import { pct, points } from '../format';
import type { Announcer } from '../announce';
import type { Services } from '../mount';

const p1 = points;
/** Rows shown at once in a large class (the rest behind a button). */
const PAGE = 50;
const pctBp = (bp: number | null): string => (bp === null ? '—' : pct(bp, 1));

/** The columns the page shows (the CSV has them all). */
const SHOWN: { id: ColumnId; label: string; num?: boolean; code?: boolean; cell: (r: ClassRow) => string }[] = [
  { id: 'nickname', label: 'Nickname', cell: (r) => displayName(r) || '(none)' },
  { id: 'classCode', label: 'Class code', code: true, cell: (r) => r.classCode },
  { id: 'side', label: 'Side', cell: (r) => sideLabel(r.side) },
  { id: 'outcome', label: 'Outcome', cell: (r) => outcomeLabel(r) },
  { id: 'strikeDays', label: 'Strike days', num: true, cell: (r) => String(r.strikeDays) },
  // Terms a failure imposed are marked as such: they are not a deal anyone signed.
  { id: 'dealUnion', label: 'Union deal pts', num: true, cell: (r) => (r.deal ? `${p1(r.deal.union)}${termsImposed(r) ? ' (imposed)' : ''}` : '—') },
  { id: 'dealStudio', label: 'Studio deal pts', num: true, cell: (r) => (r.deal ? `${p1(r.deal.studio)}${termsImposed(r) ? ' (imposed)' : ''}` : '—') },
  { id: 'scoreUnion', label: 'Union score', num: true, cell: (r) => (r.finished ? p1(r.scores.union) : '—') },
  { id: 'scoreStudio', label: 'Studio score', num: true, cell: (r) => (r.finished ? p1(r.scores.studio) : '—') },
  { id: 'onFrontier', label: 'On frontier', cell: (r) => (r.onFrontier === null ? '—' : r.onFrontier ? 'yes' : 'no') },
  { id: 'distance', label: 'Distance', num: true, cell: (r) => (r.distance === null ? '—' : p1(r.distance)) },
  { id: 'valueLeft', label: 'Value left', num: true, cell: (r) => (r.valueLeft === null ? '—' : p1(r.valueLeft)) },
  { id: 'concession', label: 'Concession', cell: (r) => concessionText(r) || '—' },
  { id: 'ratificationYes', label: 'Ratified: yes', num: true, cell: (r) => pctBp(r.ratificationYes) },
];

export interface ClassViewHost {
  rows(): readonly ClassRow[];
  sort: { id: ColumnId; dir: 'asc' | 'desc' } | null;
  /** The class code shown (null: all). */
  filter: string | null;
  services: Services;
  announcer: Announcer;
  /** Projector mode: the class chart is drawn across the screen. */
  projector(): boolean;
  /** The table was offered as a file (so leaving the page loses nothing). */
  downloaded(): void;
  clear(): void;
}

/**
 * (c)–(f): the class table (sortable, filtered by class code), all deals on the frontier, the
 * strike histogram, CSV. A row's <tr> is built once and kept, so sorting or adding results only
 * moves rows; the charts are redrawn when asked (at the end of an import, on a filter change).
 */
export function classView(host: ClassViewHost): { el: HTMLElement; render(opts?: { charts?: boolean }): void } {
  const summary = h('p', { class: 't-summary', id: 't-class-summary' });
  const mixNote = h('p', { class: 'notice', id: 't-mixed', hidden: true });
  const filterSel = h('select', { id: 't-filter', on: { change: () => setFilter(filterSel.value || null) } });
  const filterBox = h('div', { class: 't-filter', hidden: true }, h('label', { for: 't-filter' }, 'Show the results of'), filterSel);
  const tableBox = h('div', { class: 'table-wrap' });
  const charts = h('div', { class: 't-charts' });
  const csvBtn = h('button', { type: 'button', class: 'btn primary' }, 'Download the table as CSV');
  const clearBtn = h('button', { type: 'button', class: 'btn danger' }, 'Clear the table');
  csvBtn.addEventListener('click', () => {
    const rows = shownRows();
    if (!rows.length) return;
    host.services.download('strike-clock-class.csv', toCsv(rows), 'text/csv');
    host.downloaded();
    host.announcer.say(`The table of ${rows.length} results was offered as a CSV file.`);
  });
  clearBtn.addEventListener('click', () => host.clear());

  const filtered = (): ClassRow[] => rowsOfClass(host.rows(), host.filter);
  const shownRows = (): ClassRow[] => (host.sort ? sortRows(filtered(), host.sort.id, host.sort.dir) : filtered());

  // One <tr> per row, made once (rows never change once imported).
  const trs = new WeakMap<ClassRow, HTMLTableRowElement>();
  const trOf = (r: ClassRow): HTMLTableRowElement => {
    let tr = trs.get(r);
    if (!tr) {
      tr = h('tr', {}, SHOWN.map((col, i) => (i === 0 ? h('th', { scope: 'row' }, col.cell(r)) : h('td', { class: col.num ? 'num' : col.code ? 'code' : undefined }, col.cell(r)))));
      trs.set(r, tr);
    }
    return tr;
  };
  const headRow = h('tr', {});
  const tbody = h('tbody', {});
  const table = h(
    'table',
    { class: 'data class-table', id: 't-class-table' },
    h('caption', {}, 'The class: one row per verified result. Select a column heading to sort by it.'),
    h('thead', {}, headRow),
    tbody,
  );

  // The header cells are made once and updated in place, so the button just pressed keeps the focus.
  const heads = SHOWN.map((col) => {
    const mark = h('span', { class: 'sort-mark', 'aria-hidden': 'true' });
    const th = h('th', { scope: 'col' }, h('button', { type: 'button', on: { click: () => sortBy(col.id) } }, col.label, mark));
    return { id: col.id, th, mark };
  });
  headRow.append(...heads.map((x) => x.th));
  const renderHeads = () => {
    const s = host.sort;
    for (const x of heads) {
      const on = s && s.id === x.id;
      if (on) x.th.setAttribute('aria-sort', s.dir === 'asc' ? 'ascending' : 'descending');
      else x.th.removeAttribute('aria-sort');
      x.mark.textContent = on ? (s.dir === 'asc' ? '\u25B2' : '\u25BC') : '';
    }
  };
  const sortBy = (id: ColumnId) => {
    const s = host.sort;
    host.sort = { id, dir: s && s.id === id && s.dir === 'asc' ? 'desc' : 'asc' };
    renderTable();
    const label = SHOWN.find((c) => c.id === id)!.label;
    host.announcer.say(`Sorted by ${label}, ${host.sort.dir === 'asc' ? 'ascending' : 'descending'}.`);
  };
  const setFilter = (code: string | null) => {
    host.filter = code;
    render({ charts: true });
    host.announcer.say(code ? `Showing the results of class code ${code}.` : 'Showing the results of every class code.');
  };

  /**
   * The header and the rows, in order (rows are moved, not rebuilt). A large class shows its
   * first PAGE rows of the order chosen, with a button for the rest: a table of thousands of
   * cells takes the browser a tenth of a second to lay out again, every sort.
   */
  let showAll = false;
  const more = h('button', { type: 'button', class: 'btn small', on: { click: () => ((showAll = !showAll), renderTable(), more.focus()) } });
  const moreBox = h('p', { class: 't-more', hidden: true }, more);
  const renderTable = () => {
    renderHeads();
    const rows = shownRows();
    const cut = showAll ? rows : rows.slice(0, PAGE);
    tbody.replaceChildren(...cut.map(trOf));
    moreBox.hidden = rows.length <= PAGE;
    more.textContent = showAll ? `Show only the first ${PAGE} rows` : `Show all ${rows.length} rows (the CSV and the charts always have every row)`;
  };

  const renderFilter = () => {
    const all = host.rows();
    const codes = classCodesOf(all);
    if (host.filter !== null && !codes.some((c) => c.code === host.filter)) host.filter = null;
    filterBox.hidden = codes.length < 2;
    mixNote.hidden = codes.length < 2 || host.filter !== null;
    mixNote.textContent = `These ${all.length} results come from ${codes.length} different class codes (${codes.map((c) => `${c.code}: ${c.count}`).join(', ')}). Choose one under \u201cShow the results of\u201d to compare like with like.`;
    const key = codes.map((c) => `${c.code}:${c.count}`).join('|');
    if (filterSel.dataset.key !== key) {
      filterSel.dataset.key = key;
      fill(filterSel, h('option', { value: '' }, `Every class code (${all.length})`), codes.map((c) => h('option', { value: c.code }, `${c.code} (${c.count})`)));
    }
    filterSel.value = host.filter ?? '';
  };

  const render = (opts: { charts?: boolean } = {}) => {
    renderFilter();
    const rows = filtered();
    csvBtn.disabled = rows.length === 0;
    clearBtn.disabled = host.rows().length === 0;
    if (!rows.length) {
      summary.textContent = 'No results yet. Import some above.';
      tableBox.replaceChildren();
      charts.replaceChildren();
      return;
    }
    summary.textContent = summaryText(classSummary(rows));
    if (tableBox.firstChild !== table) tableBox.replaceChildren(table);
    renderTable();
    if (opts.charts !== false) fill(charts, ...[...byScenario(rows)].map(([scenario, list]) => frontierChart(scenario, list, host.projector())), strikeChart(rows));
  };

  const el = h(
    'section',
    { class: 't-block t-class', 'aria-labelledby': 't-class-title' },
    h('h3', { id: 't-class-title' }, 'The class'),
    filterBox,
    mixNote,
    summary,
    tableBox,
    moreBox,
    h('div', { class: 'actions' }, csvBtn, clearBtn),
    h('p', { class: 'hint' }, `The CSV has every column (${COLUMNS.length}) of the results shown, including days, difficulty and ratification turnout. Points are on each side\u2019s own 0–100 schedule; a score is the deal\u2019s points minus what the dispute cost that side.`),
    charts,
  );
  return { el, render };
}

const SIDE_MARK: Record<ClassRow['side'], { shape: PlaneMark['shape']; cls: string; label: string }> = {
  union: { shape: 'triangle', cls: 'deal-union', label: 'Played as the union (triangle)' },
  studio: { shape: 'square', cls: 'deal-studio', label: 'Played as the studios (square)' },
  both: { shape: 'diamond', cls: 'deal-both', label: 'A pair of players, one per side: hot-seat or live (diamond)' },
};

function frontierChart(scenario: string, rows: ClassRow[], wide: boolean): HTMLElement {
  const sc = getScenario(scenario);
  const plane = scenarioPlane(scenario);
  const title = sc ? sc.title : scenario;
  const deals = rows.filter((r) => r.deal);
  if (!plane) return h('p', {}, `Unknown scenario ${scenario}.`);
  const marks: PlaneMark[] = deals.map((r) => ({ union: r.deal!.union, studio: r.deal!.studio, shape: SIDE_MARK[r.side].shape, cls: `${SIDE_MARK[r.side].cls}${termsImposed(r) ? ' imposed' : ''}`, r: 6.5, z: 1 }));
  marks.push({ ...plane.maxWelfare, shape: 'star', cls: 'bench', label: 'Max welfare', r: 8, z: 2 });
  marks.push({ ...plane.history, shape: 'cross', cls: 'history', label: `History ${scenario}`, r: 9, z: 0 });
  const sides = [...new Set(deals.map((r) => r.side))];
  const legend: LegendItem[] = [
    { label: 'Pareto frontier', cls: 'frontier-key', line: 'solid' },
    ...sides.map((s) => ({ label: SIDE_MARK[s].label, cls: SIDE_MARK[s].cls, shape: SIDE_MARK[s].shape })),
    { label: 'Max welfare: the most points in total (star)', cls: 'bench', shape: 'star' },
    { label: `The real ${scenario} deal (cross)`, cls: 'history', shape: 'cross' },
    ...(deals.some(termsImposed) ? [{ label: 'Terms a failure imposed: a crumbled strike, a broken alliance (outline only)', cls: 'deal-both imposed', shape: 'square' as const }] : []),
  ];
  const imposed = deals.filter(termsImposed).length;
  const onF = deals.filter((r) => r.onFrontier && !termsImposed(r)).length;
  const svg = utilityPlane({ frontier: plane.frontier, marks, domain: deals.length ? zoomDomain([...marks], 5) : undefined, wide });
  return chartFigure({
    caption: `${title}: every deal on the utility plane`,
    svg,
    summary: `${deals.length - imposed} deal${deals.length - imposed === 1 ? '' : 's'} of the class in ${title}, union points across and studio points up, with the Pareto frontier; ${onF} on the frontier.${imposed ? ` ${imposed} more ${imposed === 1 ? 'round' : 'rounds'} ended in terms a failure imposed (drawn in outline).` : ''}`,
    legend,
    table: dataTable(
      `Deals in ${title}`,
      ['Nickname', 'Side', 'Union points', 'Studio points', 'On the frontier', 'Value left', 'How it ended'],
      deals.map((r) => [displayName(r) || '(none)', sideLabel(r.side), p1(r.deal!.union), p1(r.deal!.studio), r.onFrontier ? 'yes' : 'no', r.valueLeft === null ? null : p1(r.valueLeft), termsImposed(r) ? `${outcomeLabel(r)}: terms imposed` : outcomeLabel(r)]),
    ),
  });
}

function strikeChart(rows: readonly ClassRow[]): HTMLElement {
  const bins = strikeHistogram(rows.map((r) => r.strikeDays));
  const svg = histogram(bins, { xLabel: 'Strike days', yLabel: 'Results', cls: 'danger' });
  return chartFigure({
    caption: 'How long the strikes lasted',
    svg,
    summary: `Strike lengths across ${rows.length} result${rows.length === 1 ? '' : 's'}: ${bins.map((b) => `${b.label}${b.from ? ' days' : ''}: ${b.count}`).join('; ')}.`,
    table: dataTable('Strike lengths', ['Strike days', 'Results'], bins.map((b) => [b.label, String(b.count)])),
  });
}
