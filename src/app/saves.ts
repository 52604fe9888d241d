import { makeResultCode } from './codes';
import {
  listSaved,
  loadTeacher,
  makeRecord,
  migrateLegacy,
  openRecord,
  removeKey,
  roundKey,
  saveTeacher,
  setAside,
  STORAGE_BLOCKED,
  writeRound,
  type KeyValue,
  type Loaded,
  type RoundRecord,
  type SavedList,
} from './persist';
import type { AppStore } from './store';

/**
 * The saved rounds of this browser, bound to the store: every round with a move in it is kept in
 * its own slot after every change (so nothing is overwritten by the next round), a finished one
 * with its result code; the list can be read, reopened and pruned; the teacher's table is kept
 * here too. No DOM.
 */
export interface Saves {
  /** Storage is not available at all: nothing survives a reload (the page says so). */
  readonly blocked: boolean;
  list(): SavedList;
  /** The newest saved round that is not finished (what "Resume" offers), if any. */
  latestUnfinished(): RoundRecord | null;
  /** Find a saved round by id. */
  find(id: string): RoundRecord | null;
  /**
   * Re-run a saved round and make it the round in play (same slot). If it cannot be re-run it is
   * moved aside with the reason (still downloadable) and the reason is returned.
   */
  open(id: string): { ok: true; loaded: Loaded } | { ok: false; error: string };
  remove(key: string): void;
  /** Is the store's round kept in storage right now? (False when the last write was refused.) */
  currentKept(): boolean;
  teacher: {
    load<Row>(isRow: (r: unknown) => r is Row): { rows: Row[]; problem: string | null };
    save<Row>(rows: Row[]): string | null;
  };
}

export function createSaves(storage: KeyValue, store: AppStore, opts: { blocked: boolean; now?: () => number }): Saves {
  const now = opts.now ?? (() => Date.now());
  let lastProblem: string | null = null;
  migrateLegacy(storage, now(), () => `legacy-${now().toString(36)}`);

  // Keep the round in play after every change of its moves, its nickname or the round itself.
  let last: unknown[] = [];
  const keep = (): void => {
    const s = store.getState();
    const key = [s.game, s.actions, s.nickname, s.roundId];
    if (key.every((k, i) => k === last[i])) return;
    last = key;
    if (!s.game || !s.roundId || s.actions.length === 0) return;
    const code = s.game.phase === 'done' ? makeResultCode(s.game.config, s.actions, s.game, s.nickname) : null;
    const problem = writeRound(storage, makeRecord(s.roundId, s.startedAt, now(), s.game, s.actions, s.nickname, code && code.ok ? code.value : null));
    lastProblem = problem;
    const shown = opts.blocked ? STORAGE_BLOCKED : problem;
    if (s.saveProblem !== shown) store.setState({ saveProblem: shown });
  };
  store.subscribe(keep);
  if (opts.blocked) store.setState({ saveProblem: STORAGE_BLOCKED });

  const list = () => listSaved(storage, now());
  return {
    blocked: opts.blocked,
    list,
    latestUnfinished: () => list().rounds.find((r) => r.summary.phase !== 'done') ?? null,
    find: (id) => list().rounds.find((r) => r.id === id) ?? null,
    open(id) {
      const rec = list().rounds.find((r) => r.id === id);
      if (!rec) return { ok: false, error: 'That saved round is no longer in this browser.' };
      const r = openRecord(rec);
      if (!r.ok) {
        const error = `That saved round could not be reopened: ${r.error}`;
        setAside(storage, roundKey(rec.id), JSON.stringify(rec), error, now());
        return { ok: false, error: `${error} It was kept aside: you can still download it from \u201cSaves that could not be read\u201d.` };
      }
      store.getState().load(r.value.state, r.value.actions, { id: rec.id, startedAt: rec.startedAt, nickname: r.value.nickname });
      return { ok: true, loaded: r.value };
    },
    remove: (key) => removeKey(storage, key),
    currentKept: () => !opts.blocked && lastProblem === null,
    teacher: {
      load: (isRow) => loadTeacher(storage, isRow, now()),
      save: (rows) => (opts.blocked ? null : saveTeacher(storage, rows, now())),
    },
  };
}
