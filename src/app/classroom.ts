import { debrief, fnv1a64, getScenario, maxWelfare, scores, spaceOf, staticAnalysis, utilityOf } from '../sim';
import type { Action, ConcessionLabel, Difficulty, GameConfig, GameState, Outcome, Pace, Side } from '../sim';
import { canonicalCode, cleanCode, makeClassCode, makeResultCode, MAX_NICKNAME, verifyResultCode } from './codes';
import { readSave } from './persist';
import { OUTCOME_WORDS } from './outcomes';
import { points } from './format';

/**
 * The teacher page's model, with no DOM: turn result codes and save files into class-table
 * rows (each one re-run through the engine), find duplicates and bad input without ever
 * touching rows already imported, sort, summarise, bin strike lengths, and write CSV.
 */

// ---- rows ---------------------------------------------------------------------------------

export interface ClassRow {
  /**
   * Identity for duplicates: the round's canonical result code, re-made from what verifying it
   * gave, so one round is one row however its code was spelled (a save becomes its result code).
   */
  key: string;
  from: 'code' | 'save';
  /** The nickname the code carries ('' if none; displayName falls back to `name`). */
  nickname: string;
  /** The name written before the code on its line, if any. */
  name?: string;
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
  // The members' vote that ratified the deal: an earlier one that failed is no ratification
  // (the teacher's column read "Ratified: yes 45.1%" where the code's own check said none).
  const rat = d.votes.ratification?.passed ? d.votes.ratification : null;
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
  /** A name written before the code on its line ("Kim: SC1…"). */
  name?: string;
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

/** Where a code starts in a line: "SC1." in any case, with spaces around the dot, or full-width. */
const CODE_START = /[SＳｓs][CＣｃc][1１]\s*[.\u3002\uFF0E]\s*/g;
/** What a code is made of, typographic dashes and full-width forms included (cleaned later). */
const CODE_RUN = /^[A-Za-z0-9._*~$=\-\u2010-\u2015\u2212\uFF0D\u3002\uFF0E\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]*/;
/** A whole line that is only the rest of a code broken over two lines. */
const CONTINUATION = /^[A-Za-z0-9._*~$=\-]{2,}$/;

/** The name before a code on its line: "Kim:", "1. Ana Li -", "“Jo” —" give Kim, Ana Li, Jo. */
function nameBefore(text: string): string {
  return cleanName(text.replace(/^\s*\d+[.)]\s+/, ''));
}
const cleanName = (t: string): string =>
  t
    .normalize('NFKC')
    .replace(/[\u200B-\u200F\u2060\uFEFF]/g, '')
    .replace(/^[\s"'\u2018\u2019\u201C\u201D\u00AB\u00BB([*,;:.|\u2013\u2014-]+|[\s"'\u2018\u2019\u201C\u201D\u00AB\u00BB)\]*:;,|\u2013\u2014-]+$/g, '')
    .trim()
    .slice(0, MAX_NICKNAME);

/**
 * Split pasted text or a file into items. A whole text that looks like JSON is one save file.
 * Otherwise every non-empty line is read: every "SC1." in it starts a code (typographic noise
 * around and inside is cleaned later; see codes.ts cleanCode), the words before the first code
 * are the student's name ("Maya: SC1.…"), a line that only continues the code above it (a code
 * wrapped on a slide) is joined to it, and a line with no code is kept as junk, to be reported.
 */
export function splitInput(text: string, source = ''): ImportItem[] {
  const prefix = source ? `${source}, ` : '';
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trim();
  if (trimmed.startsWith('{')) return [{ where: source || 'pasted text', kind: 'save', text: trimmed }];
  const out: ImportItem[] = [];
  let lastCode: ImportItem | null = null;
  // line numbers count every line as given, blank ones included, so a message points at the right one
  body.split(/\r\n|\r|\n/).forEach((line, i) => {
    const l = line.replace(/[\u200B-\u200F\u2060\uFEFF]/g, '').trim();
    if (!l) return;
    const where = `${prefix}line ${i + 1}`;
    const starts = [...l.matchAll(CODE_START)].map((m) => m.index!);
    if (starts.length === 0) {
      // The rest of a code broken across lines: join it, unless the code above already looks whole.
      const parts = lastCode ? cleanCode(lastCode.text).split('.') : [];
      if (lastCode && CONTINUATION.test(l) && (parts.length < 7 || !/^[0-9A-F]{6}$/i.test(parts[6] ?? ''))) {
        lastCode.text += l;
        return;
      }
      lastCode = null;
      out.push({ where, kind: 'junk', text: l });
      return;
    }
    // Each code's name is the words between the code before it (or the line's start) and it.
    let from = 0;
    for (const start of starts) {
      const name = nameBefore(l.slice(from, start));
      const head = new RegExp(CODE_START.source, 'y');
      head.lastIndex = start;
      const m = head.exec(l)!;
      const rest = CODE_RUN.exec(l.slice(start + m[0].length))?.[0] ?? '';
      from = start + m[0].length + rest.length;
      const item: ImportItem = { where, kind: 'code', text: `SC1.${rest}`, ...(name ? { name } : {}) };
      out.push(item);
      lastCode = item;
    }
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
    const r = verifyResultCode(item.text);
    if (!r.ok) return fail(r.error);
    // The same round written another way (case, dashes, noise) is the same key: the code as it
    // was made, whose checksum has just been checked.
    const row = rowOf(r.value, canonicalCode(item.text), 'code');
    return { ok: true, row: named(row, item.name) };
  }
  const r = readSave(item.text);
  if (!r.ok) return fail(r.error);
  const code = makeResultCode(r.value.config, r.value.actions, r.value.state, r.value.nickname);
  const key = code.ok ? code.value : `save:${fnv1a64(JSON.stringify({ c: r.value.config, a: r.value.actions, n: r.value.nickname }))}`;
  return { ok: true, row: rowOf(r.value, key, 'save') };
}

/** A row with the name written before its code (shown when the code carries no nickname). */
function named(row: ClassRow, name: string | undefined): ClassRow {
  return name ? { ...row, name } : row;
}

/** Who a row is: the code's nickname, else the name written before the code on its line. */
export const displayName = (r: Pick<ClassRow, 'nickname' | 'name'>): string => r.nickname || r.name || '';

/** The identity an item will have once verified, when it can be known without re-running it. */
export function quickKey(item: ImportItem): string | null {
  return item.kind === 'code' ? canonicalCode(item.text) : null;
}

/** What one checked item does to the table: a new row, a note that it is a duplicate, or a problem. */
export interface Merged {
  added?: ClassRow;
  duplicate?: ImportNote;
  problem?: ImportProblem;
}

// A code without a nickname is the same for every student who made the same moves (two who
// accepted at once, say): the note says so, so a teacher missing a result knows why.
const dupNote = (item: ImportItem, row: ClassRow): ImportNote => ({
  where: item.where,
  nickname: displayName(row),
  text: row.nickname
    ? 'already in the table, so it was not added again'
    : 'already in the table, so it was not added again (a code without a nickname is the same for everyone who made the same moves: ask students to add a nickname before they copy their code)',
});

/** A known code, before re-running it (its cleaned text is the key of a row already there). */
export function knownBefore(known: ReadonlyMap<string, ClassRow>, item: ImportItem): ImportNote | null {
  const k = quickKey(item);
  const hit = k === null ? undefined : known.get(k);
  return hit ? dupNote(item, hit) : null;
}

/** Add a checked item to `known` (rows by key), unless it is a duplicate or a problem. */
export function mergeChecked(known: Map<string, ClassRow>, item: ImportItem, result: Checked): Merged {
  if (!result.ok) return { problem: result.problem };
  const again = known.get(result.row.key);
  if (again) return { duplicate: dupNote(item, again) };
  known.set(result.row.key, result.row);
  return { added: result.row };
}

/**
 * Add items to the rows already imported. Existing rows are never changed or dropped; an item
 * whose identity is already there (or earlier in the same batch) is noted as a duplicate, and
 * a known code is not even re-run. (The page does the same through workers; see ui/teacher.)
 */
export function importItems(existing: readonly ClassRow[], items: readonly ImportItem[]): ImportResult {
  const known = new Map(existing.map((r) => [r.key, r]));
  const added: ClassRow[] = [];
  const duplicates: ImportNote[] = [];
  const problems: ImportProblem[] = [];
  for (const item of items) {
    const early = knownBefore(known, item);
    if (early) {
      duplicates.push(early);
      continue;
    }
    const m = mergeChecked(known, item, checkItem(item));
    if (m.added) added.push(m.added);
    if (m.duplicate) duplicates.push(m.duplicate);
    if (m.problem) problems.push(m.problem);
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
// 'both': two people, one per side, on one device or (a live class) on two; a code cannot tell which.
export const sideLabel = (s: ClassRow['side']): string => (s === 'union' ? 'Union' : s === 'studio' ? 'Studios' : 'Both (a pair of players)');
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
  | 'imposed'
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
  { id: 'nickname', header: 'Nickname', value: (r) => displayName(r), numeric: false },
  { id: 'classCode', header: 'Class code', value: (r) => r.classCode, numeric: false },
  { id: 'scenario', header: 'Scenario', value: (r) => r.scenario, numeric: false },
  { id: 'side', header: 'Side', value: (r) => sideLabel(r.side), numeric: false },
  { id: 'difficulty', header: 'Difficulty', value: (r) => r.difficulty, numeric: false },
  { id: 'outcome', header: 'Outcome', value: (r) => outcomeLabel(r), numeric: false },
  { id: 'days', header: 'Days', value: (r) => r.days, numeric: true },
  { id: 'strikeDays', header: 'Strike days', value: (r) => r.strikeDays, numeric: true },
  { id: 'dealUnion', header: 'Deal: union points', value: (r) => (r.deal ? r.deal.union : null), numeric: true },
  { id: 'dealStudio', header: 'Deal: studio points', value: (r) => (r.deal ? r.deal.studio : null), numeric: true },
  { id: 'imposed', header: 'Terms imposed by a failure', value: (r) => (r.deal ? (termsImposed(r) ? 'yes' : 'no') : null), numeric: false },
  // An unfinished round has no score (it would count the old terms as a deal: 97.7 for the studios).
  { id: 'scoreUnion', header: 'Score: union', value: (r) => (r.finished ? r.scores.union : null), numeric: true },
  { id: 'scoreStudio', header: 'Score: studios', value: (r) => (r.finished ? r.scores.studio : null), numeric: true },
  { id: 'onFrontier', header: 'On the frontier', value: (r) => (r.onFrontier === null ? null : r.onFrontier ? 'yes' : 'no'), numeric: false },
  { id: 'distance', header: 'Distance to frontier (points)', value: (r) => r.distance, numeric: true },
  { id: 'valueLeft', header: 'Value left on the table (points)', value: (r) => r.valueLeft, numeric: true },
  { id: 'concession', header: 'Concession style', value: (r) => concessionText(r), numeric: false },
  { id: 'ratificationYes', header: 'Ratification yes (%)', value: (r) => bpToPct(r.ratificationYes), numeric: true },
  { id: 'ratificationTurnout', header: 'Ratification turnout (%)', value: (r) => bpToPct(r.ratificationTurnout), numeric: true },
];

export const columnById = (id: ColumnId): Column => COLUMNS.find((c) => c.id === id)!;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

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
        const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
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
  /** Rounds whose terms a failure imposed (not counted among the deals). */
  imposed: number;
  meanValueLeft: number | null;
}

export function median(v: readonly number[]): number | null {
  if (!v.length) return null;
  const a = [...v].sort((x, y) => x - y);
  const m = a.length >> 1;
  return a.length % 2 ? a[m]! : (a[m - 1]! + a[m]!) / 2;
}

/** Did a failure impose the row's terms (a crumbled strike, a broken alliance, a lost mandate) rather than a vote ratify them? */
export const termsImposed = (r: Pick<ClassRow, 'outcome' | 'deal'>): boolean => !!r.deal && (r.outcome === 'strikeCrumbled' || r.outcome === 'allianceBroke' || r.outcome === 'mandateLost');

export function classSummary(rows: readonly ClassRow[]): ClassSummary {
  // Imposed terms are not deals: they are counted apart (a playtester saw a crumbled strike's
  // terms in the table as "Union deal pts 74.9" and on the class chart among the deals).
  const deals = rows.filter((r) => r.valueLeft !== null && !termsImposed(r));
  return {
    results: rows.length,
    finished: rows.filter((r) => r.finished).length,
    ratified: rows.filter((r) => r.outcome === 'ratified').length,
    struck: rows.filter((r) => r.strikeDays > 0).length,
    // Over the rounds that had a strike ("2 with a strike (median 0 days)" read as a contradiction).
    medianStrikeDays: median(rows.filter((r) => r.strikeDays > 0).map((r) => r.strikeDays)),
    onFrontier: deals.filter((r) => r.onFrontier === true).length,
    withDeal: deals.length,
    imposed: rows.filter(termsImposed).length,
    meanValueLeft: deals.length ? round1(deals.reduce((t, r) => t + r.valueLeft!, 0) / deals.length) : null,
  };
}

/** The class summary in words (the teacher page's line above the table). */
export function summaryText(s: ClassSummary): string {
  const med = s.medianStrikeDays === null ? '0' : points(s.medianStrikeDays);
  return (
    `${s.results} result${s.results === 1 ? '' : 's'}: ${s.ratified} ratified, ${s.results - s.finished} not finished; ` +
    `${s.struck} with a strike${s.struck ? ` (median strike length ${med} days)` : ''}; ` +
    `${s.onFrontier} of ${s.withDeal} deals on the Pareto frontier${s.meanValueLeft !== null ? `, ${points(s.meanValueLeft)} points left on the table on average` : ''}` +
    `${s.imposed ? `; ${s.imposed} ended with terms imposed by a failure` : ''}.`
  );
}

/** The class codes among the rows, most results first (then in the order they first appear). */
export function classCodesOf(rows: readonly ClassRow[]): { code: string; count: number }[] {
  const m = new Map<string, number>();
  for (const r of rows) m.set(r.classCode, (m.get(r.classCode) ?? 0) + 1);
  return [...m].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count);
}

/** The rows of one class code (null: all of them). */
export const rowsOfClass = (rows: readonly ClassRow[], code: string | null): ClassRow[] => (code === null ? [...rows] : rows.filter((r) => r.classCode === code));

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
