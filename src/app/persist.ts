import { configProblem, ENGINE_VERSION, isError, replay, type Action, type GameConfig, type GameState } from '../sim';
import type { CodeResult } from './codes';

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

export const SAVE_KEY = 'strike-clock:autosave:v1';
export const QUARANTINE_KEY = 'strike-clock:unreadable-save';
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

/** Storage with the two calls we need (localStorage in the page, a Map in tests). */
export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function autosave(storage: KeyValue, save: SaveFile): string | null {
  try {
    storage.setItem(SAVE_KEY, JSON.stringify(save));
    return null;
  } catch {
    return 'Your browser would not let the game save (storage is full or blocked). Use "Download save" to keep your round.';
  }
}

/**
 * Look for an autosave. An unreadable one is moved aside (never overwritten or lost) and the
 * reason is returned, so the player can be told and can still download it.
 */
export function loadAutosave(storage: KeyValue): { loaded: Loaded | null; problem: string | null } {
  let text: string | null = null;
  try {
    text = storage.getItem(SAVE_KEY);
  } catch {
    return { loaded: null, problem: null };
  }
  if (!text) return { loaded: null, problem: null };
  const r = readSave(text);
  if (r.ok) return { loaded: r.value, problem: null };
  try {
    storage.setItem(QUARANTINE_KEY, text);
    storage.removeItem(SAVE_KEY);
  } catch {
    /* leave it where it is */
  }
  return { loaded: null, problem: `Your saved round could not be resumed: ${r.error} It was kept aside; you can start a new round.` };
}

export function clearAutosave(storage: KeyValue): void {
  try {
    storage.removeItem(SAVE_KEY);
  } catch {
    /* nothing to do */
  }
}
