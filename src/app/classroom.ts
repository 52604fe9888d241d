import { debrief, fnv1a64, getScenario, maxWelfare, scores, spaceOf, staticAnalysis, utilityOf } from '../sim';
import type { Action, ConcessionLabel, Difficulty, GameConfig, GameState, Outcome, Pace, Side } from '../sim';
import { makeClassCode, makeResultCode, verifyResultCode } from './codes';
import { readSave } from './persist';
import { OUTCOME_WORDS } from './outcomes';

/**
 * The teacher page's model, with no DOM: turn result codes and save files into class-table
 * rows (each one re-run through the engine), find duplicates and bad input without ever
 * touching rows already imported, sort, summarise, bin strike lengths, and write CSV.
 */

// ---- rows ---------------------------------------------------------------------------------

export interface ClassRow {
  /** Identity for duplicates: the result code (a save is turned into its result code). */
  key: string;
  from: 'code' | 'save';
  nickname: string;
  classCode: string;
  scenario: string;
  side: Side | 'both';
  difficulty: Difficulty;
  pace: Pace;
  seed: string;
  finished: boolean;
  outcome: Outcome | null;
  /** Days since talks opened when the round ended (or stopped). */
  days: number;
  strikeDays: number;
  /** The deal on each side's schedule, points (null without a deal). */
  deal: { union: number; studio: number } | null;
  /** Deal points minus what the dispute cost each side, points. */
  scores: { union: number; studio: number };
  onFrontier: boolean | null;
  /** Distance to the Pareto frontier and joint value left on the table, points. */
  distance: number | null;
  valueLeft: number | null;
  /** Fitted concession style of each human side. */
  concession: Partial<Record<Side, ConcessionLabel>>;
  /** Latest ratification vote, bp (null if none was counted). */
  ratificationYes: number | null;
  ratificationTurnout: number | null;
  moves: number;
}

export interface RoundInput {
  config: GameConfig;
  actions: Action[];
  nickname: string;
  state: GameState;
  classCode?: string;
}

/** A class-table row from a re-run round. */
export function rowOf(input: RoundInput, key: string, from: ClassRow['from']): ClassRow {
  const s = input.state;
  const d = debrief(s);
  const made = makeClassCode(input.config);
  const cc = input.classCode ?? (made.ok ? made.value : '');
  const humans: Side[] = input.config.human === 'both' ? ['union', 'studio'] : [input.config.human];
  const concession: Partial<Record<Side, ConcessionLabel>> = {};
  for (const side of humans) concession[side] = d.concession[side].fit.label;
  const rat = d.votes.ratification;
  return {
    key,
    from,
    nickname: input.nickname,
    classCode: cc,
    scenario: input.config.scenario,
    side: input.config.human,
    difficulty: input.config.difficulty,
    pace: input.config.pace,
    seed: input.config.seed,
    finished: d.finished,
    outcome: s.outcome,
    days: s.day,
    strikeDays: s.strikeDays,
    deal: d.deal ? { union: d.deal.union, studio: d.deal.studio } : null,
    scores: scores(s),
    onFrontier: d.efficiency ? d.efficiency.onFrontier : null,
    distance: d.efficiency ? d.efficiency.distance : null,
    valueLeft: d.efficiency ? round1(d.efficiency.valueLeft) : null,
    concession,
    ratificationYes: rat ? rat.yesBp : null,
    ratificationTurnout: rat ? rat.turnoutBp : null,
    moves: input.actions.length,
  };
}

const round1 = (v: number): number => Math.round(v * 10) / 10;

/** Is this a class-table row (as the teacher page keeps them in storage)? A shape check, field by field. */
export function isClassRow(r: unknown): r is ClassRow {
  if (!r || typeof r !== 'object') return false;
  const x = r as Record<string, unknown>;
  const str = (k: string) => typeof x[k] === 'string';
  const num = (k: string) => typeof x[k] === 'number' && Number.isFinite(x[k]);
  const numOrNull = (k: string) => x[k] === null || num(k);
  const sc = x.scores as Record<string, unknown> | undefined;
  const deal = x.deal as Record<string, unknown> | null | undefined;
  return (
    ['key', 'nickname', 'classCode', 'scenario', 'difficulty', 'pace', 'seed'].every(str) &&
    (x.from === 'code' || x.from === 'save') &&
    (x.side === 'union' || x.side === 'studio' || x.side === 'both') &&
    typeof x.finished === 'boolean' &&
    (x.outcome === null || (typeof x.outcome === 'string' && x.outcome in OUTCOME_LABEL)) &&
    ['days', 'strikeDays', 'moves'].every(num) &&
    ['distance', 'valueLeft', 'ratificationYes', 'ratificationTurnout'].every(numOrNull) &&
    (x.onFrontier === null || typeof x.onFrontier === 'boolean') &&
    !!sc && typeof sc.union === 'number' && typeof sc.studio === 'number' &&
    (deal === null || (!!deal && typeof deal.union === 'number' && typeof deal.studio === 'number')) &&
    !!x.concession && typeof x.concession === 'object' &&
    (x.name === undefined || typeof x.name === 'string')
  );
}

// ---- import -------------------------------------------------------------------------------

/** One thing to import: a result code (from a line of text or a .txt file) or a save file. */
export interface ImportItem {
  /** Where it came from, for messages: "line 3", "results.txt, line 2", "round.json". */
  where: string;
  kind: 'code' | 'save' | 'junk';
  text: string;
}

export interface ImportProblem {
  where: string;
  /** The start of what was given (never more than 60 characters). */
  excerpt: string;
  reason: string;
}

export interface ImportNote {
  where: string;
  nickname: string;
  text: string;
}

export interface ImportResult {
  /** Every row: the ones there before (untouched, in order), then the new ones. */
  rows: ClassRow[];
  added: ClassRow[];
  duplicates: ImportNote[];
  problems: ImportProblem[];
}

/** A short, single-line excerpt of what someone pasted (for a message; shown as text). */
export function excerpt(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/**
 * Split pasted text or a file into items. A whole text that looks like JSON is one save file.
 * Otherwise every non-empty line is read; each "SC1." word in it is a code (so a line like
 * "Maya: SC1.…" works), and a line with none is kept as junk, to be reported.
 */
export function splitInput(text: string, source = ''): ImportItem[] {
  const prefix = source ? `${source}, ` : '';
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trim();
  if (trimmed.startsWith('{')) return [{ where: source || 'pasted text', kind: 'save', text: trimmed }];
  const out: ImportItem[] = [];
  // line numbers count every line as given, blank ones included, so a message points at the right one
  body.split(/\r\n|\r|\n/).forEach((line, i) => {
    const l = line.trim();
    if (!l) return;
    const where = `${prefix}line ${i + 1}`;
    const codes = l.split(/[\s,;]+/).filter((w) => /^SC1\./i.test(w));
    if (codes.length === 0) out.push({ where, kind: 'junk', text: l });
    else for (const c of codes) out.push({ where, kind: 'code', text: c });
  });
  return out;
}

export type Checked = { ok: true; row: ClassRow } | { ok: false; problem: ImportProblem };

/** Verify one item by re-running it through the engine (the slow part: a few ms each). */
export function checkItem(item: ImportItem): Checked {
  const fail = (reason: string): Checked => ({ ok: false, problem: { where: item.where, excerpt: excerpt(item.text), reason } });
  if (item.kind === 'junk') {
    const r = verifyResultCode(item.text);
    return fail(r.ok ? 'Not a result code.' : r.error);
  }
  if (item.kind === 'code') {
    const code = item.text.replace(/\s+/g, '');
    const r = verifyResultCode(code);
    if (!r.ok) return fail(r.error);
    return { ok: true, row: rowOf(r.value, code, 'code') };
  }
  const r = readSave(item.text);
  if (!r.ok) return fail(r.error);
  const code = makeResultCode(r.value.config, r.value.actions, r.value.state, r.value.nickname);
  const key = code.ok ? code.value : `save:${fnv1a64(JSON.stringify({ c: r.value.config, a: r.value.actions, n: r.value.nickname }))}`;
  return { ok: true, row: rowOf(r.value, key, 'save') };
}

/** The identity an item will have once verified, when it can be known without re-running it. */
export function quickKey(item: ImportItem): string | null {
  return item.kind === 'code' ? item.text.replace(/\s+/g, '') : null;
}

/**
 * Add items to the rows already imported. Existing rows are never changed or dropped; an item
 * whose identity is already there (or earlier in the same batch) is noted as a duplicate, and
 * a known code is not even re-run. The page calls this on a few items at a time, feeding each
 * call's rows to the next, so it can show progress.
 */
export function importItems(existing: readonly ClassRow[], items: readonly ImportItem[]): ImportResult {
  const known = new Map(existing.map((r) => [r.key, r]));
  const added: ClassRow[] = [];
  const duplicates: ImportNote[] = [];
  const problems: ImportProblem[] = [];
  const dup = (item: ImportItem, row: ClassRow) => duplicates.push({ where: item.where, nickname: row.nickname, text: 'already in the table, so it was not added again' });
  for (const item of items) {
    const k = quickKey(item);
    const hit = k === null ? undefined : known.get(k);
    if (hit) {
      dup(item, hit);
      continue;
    }
    const result = checkItem(item);
    if (!result.ok) {
      problems.push(result.problem);
      continue;
    }
    const again = known.get(result.row.key);
    if (again) {
      dup(item, again);
      continue;
    }
    known.set(result.row.key, result.row);
    added.push(result.row);
  }
  return { rows: [...existing, ...added], added, duplicates, problems };
}

/** Import pasted text or a file's text in one go. */
export function importText(existing: readonly ClassRow[], text: string, source = ''): ImportResult {
  return importItems(existing, splitInput(text, source));
}

// ---- labels -------------------------------------------------------------------------------

/** The outcome's label (the one set of outcome words, app/outcomes.ts). */
export const OUTCOME_LABEL: Record<Outcome, string> = Object.fromEntries(Object.entries(OUTCOME_WORDS).map(([k, w]) => [k, w.label])) as Record<Outcome, string>;

export const outcomeLabel = (r: Pick<ClassRow, 'outcome' | 'finished'>): string => (r.outcome ? OUTCOME_LABEL[r.outcome] : r.finished ? 'Ended' : 'Not finished');
export const sideLabel = (s: ClassRow['side']): string => (s === 'union' ? 'Union' : s === 'studio' ? 'Studios' : 'Both (hot-seat)');
export function concessionText(r: Pick<ClassRow, 'concession' | 'side'>): string {
  if (r.side !== 'both') return r.concession[r.side] ?? '';
  return `union ${r.concession.union ?? '?'}; studios ${r.concession.studio ?? '?'}`;
}

// ---- columns, sorting, CSV ----------------------------------------------------------------

export type ColumnId =
  | 'nickname'
  | 'classCode'
  | 'scenario'
  | 'side'
  | 'difficulty'
  | 'outcome'
  | 'days'
  | 'strikeDays'
  | 'dealUnion'
  | 'dealStudio'
  | 'scoreUnion'
  | 'scoreStudio'
  | 'onFrontier'
  | 'distance'
  | 'valueLeft'
  | 'concession'
  | 'ratificationYes'
  | 'ratificationTurnout';

export interface Column {
  id: ColumnId;
  header: string;
  /** The value for sorting and CSV: a number, text, or null (empty). */
  value: (r: ClassRow) => number | string | null;
  numeric: boolean;
}

const bpToPct = (bp: number | null): number | null => (bp === null ? null : Math.round(bp) / 100);

export const COLUMNS: Column[] = [
  { id: 'nickname', header: 'Nickname', value: (r) => r.nickname, numeric: false },
  { id: 'classCode', header: 'Class code', value: (r) => r.classCode, numeric: false },
  { id: 'scenario', header: 'Scenario', value: (r) => r.scenario, numeric: false },
  { id: 'side', header: 'Side', value: (r) => sideLabel(r.side), numeric: false },
  { id: 'difficulty', header: 'Difficulty', value: (r) => r.difficulty, numeric: false },
  { id: 'outcome', header: 'Outcome', value: (r) => outcomeLabel(r), numeric: false },
  { id: 'days', header: 'Days', value: (r) => r.days, numeric: true },
  { id: 'strikeDays', header: 'Strike days', value: (r) => r.strikeDays, numeric: true },
  { id: 'dealUnion', header: 'Deal: union points', value: (r) => (r.deal ? r.deal.union : null), numeric: true },
  { id: 'dealStudio', header: 'Deal: studio points', value: (r) => (r.deal ? r.deal.studio : null), numeric: true },
  { id: 'scoreUnion', header: 'Score: union', value: (r) => r.scores.union, numeric: true },
  { id: 'scoreStudio', header: 'Score: studios', value: (r) => r.scores.studio, numeric: true },
  { id: 'onFrontier', header: 'On the frontier', value: (r) => (r.onFrontier === null ? null : r.onFrontier ? 'yes' : 'no'), numeric: false },
  { id: 'distance', header: 'Distance to frontier (points)', value: (r) => r.distance, numeric: true },
  { id: 'valueLeft', header: 'Value left on the table (points)', value: (r) => r.valueLeft, numeric: true },
  { id: 'concession', header: 'Concession style', value: (r) => concessionText(r), numeric: false },
  { id: 'ratificationYes', header: 'Ratification yes (%)', value: (r) => bpToPct(r.ratificationYes), numeric: true },
  { id: 'ratificationTurnout', header: 'Ratification turnout (%)', value: (r) => bpToPct(r.ratificationTurnout), numeric: true },
];

export const columnById = (id: ColumnId): Column => COLUMNS.find((c) => c.id === id)!;

/** Sorted copy: empty values last in either direction; ties keep the import order. */
export function sortRows(rows: readonly ClassRow[], id: ColumnId, dir: 'asc' | 'desc'): ClassRow[] {
  const col = columnById(id);
  const sign = dir === 'asc' ? 1 : -1;
  return rows
    .map((r, i) => ({ r, i, v: col.value(r) }))
    .sort((a, b) => {
      const an = a.v === null || a.v === '';
      const bn = b.v === null || b.v === '';
      if (an !== bn) return an ? 1 : -1;
      if (!an && !bn && a.v !== b.v) {
        const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v), 'en', { sensitivity: 'base', numeric: true });
        if (c !== 0) return c * sign;
      }
      return a.i - b.i;
    })
    .map((x) => x.r);
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote, or a line break, with quotes
 * doubled. Text that a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) gets a leading apostrophe, so a nickname like "=HYPERLINK(...)" stays text.
 * Numbers are written as they are (a negative score is a number, not a formula).
 */
export function csvCell(v: number | string | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  let t = v;
  if (/^[=+\-@\t\r]/.test(t)) t = `'${t}`;
  return /[",\r\n]/.test(t) || t !== t.trim() ? `"${t.replace(/"/g, '""')}"` : t;
}

/** The class table as CSV text (UTF-8 with a byte-order mark so spreadsheets read accents; CRLF lines). */
export function toCsv(rows: readonly ClassRow[], columns: readonly Column[] = COLUMNS): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(c.value(r))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// ---- class summaries ----------------------------------------------------------------------

export interface Bin {
  /** Inclusive bounds, days. */
  from: number;
  to: number;
  label: string;
  count: number;
}

const WIDTHS = [7, 14, 30, 60, 90, 120];

/**
 * Strike lengths in bins: "No strike" (0 days) on its own, then equal bins (a week, two weeks,
 * a month, ...) chosen so that there are at most `maxBins` of them, the last holding the longest.
 */
export function strikeHistogram(days: readonly number[], maxBins = 8): Bin[] {
  const bins: Bin[] = [{ from: 0, to: 0, label: 'No strike', count: days.filter((d) => d <= 0).length }];
  const max = Math.max(0, ...days);
  if (max <= 0) return bins;
  const width = WIDTHS.find((w) => Math.ceil(max / w) <= maxBins) ?? Math.ceil(max / maxBins);
  for (let from = 1; from <= max; from += width) {
    const to = from + width - 1;
    bins.push({ from, to, label: `${from}–${to}`, count: days.filter((d) => d >= from && d <= to).length });
  }
  return bins;
}

export interface ClassSummary {
  results: number;
  finished: number;
  ratified: number;
  struck: number;
  medianStrikeDays: number | null;
  onFrontier: number;
  withDeal: number;
  meanValueLeft: number | null;
}

export function median(v: readonly number[]): number | null {
  if (!v.length) return null;
  const a = [...v].sort((x, y) => x - y);
  const m = a.length >> 1;
  return a.length % 2 ? a[m]! : (a[m - 1]! + a[m]!) / 2;
}

export function classSummary(rows: readonly ClassRow[]): ClassSummary {
  const deals = rows.filter((r) => r.valueLeft !== null);
  return {
    results: rows.length,
    finished: rows.filter((r) => r.finished).length,
    ratified: rows.filter((r) => r.outcome === 'ratified').length,
    struck: rows.filter((r) => r.strikeDays > 0).length,
    medianStrikeDays: median(rows.map((r) => r.strikeDays)),
    onFrontier: rows.filter((r) => r.onFrontier === true).length,
    withDeal: deals.length,
    meanValueLeft: deals.length ? round1(deals.reduce((t, r) => t + r.valueLeft!, 0) / deals.length) : null,
  };
}

/** Rows grouped by scenario, in the order scenarios first appear. */
export function byScenario(rows: readonly ClassRow[]): Map<string, ClassRow[]> {
  const m = new Map<string, ClassRow[]>();
  for (const r of rows) {
    const list = m.get(r.scenario) ?? [];
    list.push(r);
    m.set(r.scenario, list);
  }
  return m;
}

/** A scenario's frontier, best-for-both package and historical deal, in points (for the class chart). */
export function scenarioPlane(scenario: string): { frontier: { union: number; studio: number }[]; maxWelfare: { union: number; studio: number }; history: { union: number; studio: number } } | null {
  const sc = getScenario(scenario);
  if (!sc) return null;
  const sp = spaceOf(sc);
  const f = staticAnalysis(sp).frontier;
  const mw = maxWelfare(f);
  return {
    frontier: f.a.map((a, i) => ({ union: a / 10, studio: f.b[i]! / 10 })),
    maxWelfare: { union: mw.a / 10, studio: mw.b / 10 },
    history: { union: utilityOf(sp, 'union', sc.history.deal) / 10, studio: utilityOf(sp, 'studio', sc.history.deal) / 10 },
  };
}
