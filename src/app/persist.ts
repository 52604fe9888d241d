import { configProblem, ENGINE_VERSION, isError, replay, type Action, type GameConfig, type GameState, type Outcome, type Phase } from '../sim';
import type { CodeResult } from './codes';

/**
 * Saves. Nothing a player did is ever thrown away by the game:
 * - every round has its own slot (a new round never overwrites an old one), listed on the title
 *   screen, each reopenable; a finished round keeps its result code;
 * - a slot that cannot be read is moved aside, with the reason, and stays downloadable (as many
 *   as there are);
 * - a write that the browser refuses (storage full or blocked) is reported, so the page can say
 *   so and offer the download.
 * Pure functions over a small key-value interface: localStorage in the page, a Map in tests.
 */

/** A save is the round's settings and its action log: loading re-runs it through the engine. */
export interface SaveFile {
  format: 'strike-clock-save';
  version: 1;
  /** The engine version that played it (see src/sim/version.ts). */
  engine: number;
  config: GameConfig;
  actions: Action[];
  nickname: string;
}

export const ROUND_PREFIX = 'strike-clock:round:';
export const UNREADABLE_PREFIX = 'strike-clock:unreadable:';
/** Where earlier versions kept their one autosave and their one unreadable save (read once, then moved into the list). */
export const LEGACY_SAVE_KEY = 'strike-clock:autosave:v1';
export const LEGACY_QUARANTINE_KEY = 'strike-clock:unreadable-save';
export const TEACHER_KEY = 'strike-clock:teacher:v1';
export const MAX_SAVE_BYTES = 2_000_000;

export function makeSave(config: GameConfig, actions: Action[], nickname: string): SaveFile {
  return { format: 'strike-clock-save', version: 1, engine: ENGINE_VERSION, config, actions, nickname };
}

export interface Loaded {
  config: GameConfig;
  actions: Action[];
  nickname: string;
  state: GameState;
}

/** Read a save from text (a file or storage). Every failure has a reason in plain words. */
export function readSave(text: string): CodeResult<Loaded> {
  if (text.length > MAX_SAVE_BYTES) return { ok: false, error: 'That file is too large to be a Strike Clock save.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'That file is not a Strike Clock save (it is not readable JSON).' };
  }
  const d = data as Partial<SaveFile>;
  if (!d || typeof d !== 'object' || d.format !== 'strike-clock-save') return { ok: false, error: 'That file is not a Strike Clock save.' };
  if (d.version !== 1) return { ok: false, error: `That save comes from another version of the game (version ${String(d.version)}).` };
  const problem = configProblem(d.config);
  if (problem) return { ok: false, error: `The save's settings are damaged: ${problem.message}` };
  if (!Array.isArray(d.actions)) return { ok: false, error: 'The save has no list of moves.' };
  const r = replay(d.config!, d.actions as Action[]);
  if (isError(r)) return { ok: false, error: r.message };
  const other = typeof d.engine === 'number' && d.engine !== ENGINE_VERSION ? ` (the save comes from version ${d.engine} of the game; this is version ${ENGINE_VERSION})` : '';
  if (r.failed) return { ok: false, error: `Move ${r.failed.index + 1} in the save could not be replayed${other}: ${r.failed.error.message}` };
  const nickname = typeof d.nickname === 'string' ? d.nickname.slice(0, 24) : '';
  return { ok: true, value: { config: d.config!, actions: d.actions as Action[], nickname, state: r.state } };
}

/** Storage with the calls we need (localStorage in the page, a Map in tests). */
export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Every key held. */
  keys(): string[];
}

/** A Map as storage (tests, and a browser that refuses localStorage). */
export function memoryStorage(): KeyValue & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k), keys: () => [...map.keys()] };
}

export const STORAGE_REFUSED =
  'Your browser would not let the game save (storage is full or blocked). Use \u201cDownload a save of this round\u201d to keep your round.';
export const STORAGE_BLOCKED =
  'This browser does not let the game keep anything (private browsing, or storage is blocked): a round is lost when the tab closes. Use \u201cDownload a save of this round\u201d to keep yours.';

// ---- saved rounds ----------------------------------------------------------------------

/** What the list of saved rounds shows, known without re-running the round. */
export interface RoundSummary {
  scenario: string;
  human: GameConfig['human'];
  day: number;
  phase: Phase;
  outcome: Outcome | null;
  strikeDays: number;
  moves: number;
}

/** A saved round as stored in its own slot. */
export interface RoundRecord {
  format: 'strike-clock-round';
  version: 1;
  id: string;
  /** When it was started and last written, ms since 1970 (for the list's order and words). */
  startedAt: number;
  savedAt: number;
  save: SaveFile;
  summary: RoundSummary;
  /** A finished round's result code, kept so it can be copied again after any reload. */
  resultCode: string | null;
}

/** A slot that could not be read, kept aside with the reason; its text can be downloaded as it was. */
export interface Unreadable {
  key: string;
  reason: string;
  /** The text exactly as it was found. */
  text: string;
  keptAt: number;
}

interface UnreadableRecord {
  format: 'strike-clock-unreadable';
  reason: string;
  text: string;
  keptAt: number;
  from: string;
}

export const roundKey = (id: string): string => `${ROUND_PREFIX}${id}`;

export function summaryOf(state: GameState, actions: readonly Action[]): RoundSummary {
  return { scenario: state.config.scenario, human: state.config.human, day: state.day, phase: state.phase, outcome: state.outcome, strikeDays: state.strikeDays, moves: actions.length };
}

export function makeRecord(id: string, startedAt: number, savedAt: number, state: GameState, actions: Action[], nickname: string, resultCode: string | null): RoundRecord {
  return { format: 'strike-clock-round', version: 1, id, startedAt, savedAt, save: makeSave(state.config, actions, nickname), summary: summaryOf(state, actions), resultCode };
}

/** Write a round into its own slot; a refusal (storage full or blocked) comes back as words. */
export function writeRound(storage: KeyValue, record: RoundRecord): string | null {
  try {
    storage.setItem(roundKey(record.id), JSON.stringify(record));
    return null;
  } catch {
    return STORAGE_REFUSED;
  }
}

/** Is this a round record we can list? (The save itself is checked again when it is opened.) */
function recordProblem(data: unknown): string | null {
  const r = data as Partial<RoundRecord> | null;
  if (!r || typeof r !== 'object' || r.format !== 'strike-clock-round') return 'It is not a saved Strike Clock round.';
  if (r.version !== 1) return `It comes from another version of the game (version ${String(r.version)}).`;
  if (typeof r.id !== 'string' || typeof r.savedAt !== 'number' || !r.save || typeof r.save !== 'object' || !r.summary || typeof r.summary !== 'object') return 'Parts of it are missing.';
  if (r.save.format !== 'strike-clock-save' || !Array.isArray(r.save.actions)) return 'Its list of moves is missing.';
  return configProblem(r.save.config)?.message ?? null;
}

/** Move a slot's text aside as unreadable (with the reason), so a new round can never overwrite it. */
export function setAside(storage: KeyValue, key: string, text: string, reason: string, now: number): Unreadable | null {
  const base = key.startsWith(ROUND_PREFIX) ? key.slice(ROUND_PREFIX.length) : key.replace(/[^a-z0-9-]/gi, '-');
  let target = `${UNREADABLE_PREFIX}${base}`;
  for (let i = 2; storage.getItem(target) !== null; i++) target = `${UNREADABLE_PREFIX}${base}-${i}`;
  const rec: UnreadableRecord = { format: 'strike-clock-unreadable', reason, text, keptAt: now, from: key };
  try {
    storage.setItem(target, JSON.stringify(rec));
    storage.removeItem(key);
    return { key: target, reason, text, keptAt: now };
  } catch {
    // Storage refused: leave the text where it is (it is still not lost), and report it from there.
    return null;
  }
}

/**
 * Earlier versions kept one autosave and one unreadable save under fixed keys. Move them into
 * the list (once): a readable autosave becomes a saved round, anything else an unreadable entry.
 */
export function migrateLegacy(storage: KeyValue, now: number, newId: () => string): void {
  let old: string | null = null;
  let quarantined: string | null = null;
  try {
    old = storage.getItem(LEGACY_SAVE_KEY);
    quarantined = storage.getItem(LEGACY_QUARANTINE_KEY);
  } catch {
    return;
  }
  if (old !== null) {
    const r = readSave(old);
    if (r.ok) {
      const rec = makeRecord(newId(), now, now, r.value.state, r.value.actions, r.value.nickname, null);
      if (writeRound(storage, rec) === null) storage.removeItem(LEGACY_SAVE_KEY);
    } else setAside(storage, LEGACY_SAVE_KEY, old, `Your saved round could not be resumed: ${r.error}`, now);
  }
  if (quarantined !== null) setAside(storage, LEGACY_QUARANTINE_KEY, quarantined, 'A save an earlier version of the game could not read.', now);
}

export interface SavedList {
  /** Newest first. */
  rounds: RoundRecord[];
  unreadable: Unreadable[];
  /** Storage could not be read at all. */
  blocked: boolean;
}

/** Every saved round and every unreadable slot. A slot that does not parse is moved aside on the way. */
export function listSaved(storage: KeyValue, now: number): SavedList {
  const rounds: RoundRecord[] = [];
  const unreadable: Unreadable[] = [];
  let keys: string[];
  try {
    keys = storage.keys();
  } catch {
    return { rounds, unreadable, blocked: true };
  }
  for (const key of keys) {
    if (!key.startsWith(ROUND_PREFIX) && !key.startsWith(UNREADABLE_PREFIX)) continue;
    let text: string | null = null;
    try {
      text = storage.getItem(key);
    } catch {
      continue;
    }
    if (text === null) continue;
    let data: unknown = null;
    let parseError: string | null = null;
    try {
      data = JSON.parse(text);
    } catch {
      parseError = 'It is not readable JSON.';
    }
    if (key.startsWith(UNREADABLE_PREFIX)) {
      const u = data as Partial<UnreadableRecord> | null;
      if (u && u.format === 'strike-clock-unreadable' && typeof u.text === 'string') unreadable.push({ key, reason: String(u.reason ?? ''), text: u.text, keptAt: Number(u.keptAt) || 0 });
      else unreadable.push({ key, reason: 'A save kept aside earlier.', text, keptAt: 0 });
      continue;
    }
    const problem = parseError ?? recordProblem(data);
    if (problem) {
      const reason = `A saved round could not be read: ${problem}`;
      unreadable.push(setAside(storage, key, text, reason, now) ?? { key, reason, text, keptAt: now });
      continue;
    }
    rounds.push(data as RoundRecord);
  }
  rounds.sort((a, b) => b.savedAt - a.savedAt || a.id.localeCompare(b.id));
  unreadable.sort((a, b) => b.keptAt - a.keptAt || a.key.localeCompare(b.key));
  return { rounds, unreadable, blocked: false };
}

/** Re-run a saved round. A failure is returned in words; the caller moves it aside (see setAside). */
export function openRecord(record: RoundRecord): CodeResult<Loaded> {
  return readSave(JSON.stringify(record.save));
}

export function removeKey(storage: KeyValue, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    /* nothing more we can do; the entry stays listed */
  }
}

// ---- the teacher's table ----------------------------------------------------------------

/** The teacher page's imported results, kept until the teacher clears them. */
export interface TeacherData<Row> {
  format: 'strike-clock-teacher';
  version: 1;
  engine: number;
  rows: Row[];
  savedAt: number;
}

export function saveTeacher<Row>(storage: KeyValue, rows: Row[], now: number): string | null {
  const data: TeacherData<Row> = { format: 'strike-clock-teacher', version: 1, engine: ENGINE_VERSION, rows, savedAt: now };
  try {
    if (rows.length === 0) storage.removeItem(TEACHER_KEY);
    else storage.setItem(TEACHER_KEY, JSON.stringify(data));
    return null;
  } catch {
    return 'Your browser would not let this page keep the results (storage is full or blocked): they will be lost when you reload. Download the table as CSV to keep them.';
  }
}

/**
 * The teacher's kept results. Rows that fail `isRow` make the whole store unreadable: it is then
 * moved aside (downloadable from the title screen) and the page starts empty, saying why.
 */
export function loadTeacher<Row>(storage: KeyValue, isRow: (r: unknown) => r is Row, now: number): { rows: Row[]; problem: string | null } {
  let text: string | null;
  try {
    text = storage.getItem(TEACHER_KEY);
  } catch {
    return { rows: [], problem: null };
  }
  if (text === null) return { rows: [], problem: null };
  let data: Partial<TeacherData<unknown>> | null = null;
  try {
    data = JSON.parse(text) as Partial<TeacherData<unknown>>;
  } catch {
    /* handled below */
  }
  if (data && data.format === 'strike-clock-teacher' && Array.isArray(data.rows) && data.rows.every(isRow)) return { rows: data.rows, problem: null };
  const reason = 'The results this page kept earlier could not be read.';
  setAside(storage, TEACHER_KEY, text, reason, now);
  return { rows: [], problem: `${reason} They were kept aside: the title screen lists them under \u201cSaves that could not be read\u201d, where you can download them.` };
}
