import { describe, expect, it } from 'vitest';
import { verifyResultCode } from '../../src/app/codes';
import {
  LEGACY_QUARANTINE_KEY,
  LEGACY_SAVE_KEY,
  listSaved,
  loadTeacher,
  makeSave,
  memoryStorage,
  readSave,
  ROUND_PREFIX,
  saveTeacher,
  STORAGE_BLOCKED,
  STORAGE_REFUSED,
  TEACHER_KEY,
  UNREADABLE_PREFIX,
  type KeyValue,
} from '../../src/app/persist';
import { createSaves } from '../../src/app/saves';
import { createAppStore } from '../../src/app/store';
import { botFor, isError, playRound, stateHash, type GameConfig } from '../../src/sim';

const config: GameConfig = { scenario: '2026', seed: 'SAVE1', human: 'union', difficulty: 'normal', pace: 'quick' };
const round = playRound(config, { union: botFor('historical') });
if (isError(round)) throw new Error(round.message);
const played = round;

/** A store and its saves over one storage, with a clock and ids the test controls. */
function app(storage: KeyValue = memoryStorage(), blocked = false) {
  let t = 1_000;
  let n = 0;
  const store = createAppStore({}, { newId: () => `id${++n}`, now: () => t });
  const saves = createSaves(storage, store, { blocked, now: () => (t += 1000) });
  return { store, saves, storage };
}

/** Play the first `k` moves of the bot's round through the store, as the page does. */
function playInto(store: ReturnType<typeof createAppStore>, k: number, c: GameConfig = config): void {
  expect(store.getState().startRound(c)).toBeNull();
  for (const a of played.actions.slice(0, k)) expect(store.getState().dispatch(a)).toBeNull();
}

describe('save files', () => {
  it('a save re-runs to exactly the state it came from', () => {
    const text = JSON.stringify(makeSave(config, played.actions, 'Ana'));
    const r = readSave(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(stateHash(r.value.state)).toBe(stateHash(played.state));
    expect(r.value.nickname).toBe('Ana');
  });

  it.each([
    ['not JSON', 'hello', /not readable JSON/],
    ['another format', '{"format":"other"}', /not a Strike Clock save/],
    ['another version', '{"format":"strike-clock-save","version":9}', /another version/],
    ['bad settings', JSON.stringify({ format: 'strike-clock-save', version: 1, config: { ...config, scenario: '1999' }, actions: [] }), /settings are damaged/],
    ['no moves', JSON.stringify({ format: 'strike-clock-save', version: 1, config, actions: 'x' }), /no list of moves/],
    ['an impossible move', JSON.stringify({ format: 'strike-clock-save', version: 1, config, actions: [{ type: 'strike', side: 'union' }] }), /Move 1 .* could not be replayed/],
  ])('rejects %s with a reason', (_name, text, reason) => {
    const r = readSave(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(reason);
  });
});

describe('saved rounds', () => {
  it('keeps every round in its own slot: a new round never overwrites the last one', () => {
    const { store, saves } = app();
    playInto(store, 3);
    const first = store.getState().roundId!;
    playInto(store, 2, { ...config, seed: 'SAVE2' });
    const list = saves.list().rounds;
    expect(list.map((r) => r.id)).toEqual([store.getState().roundId, first]);
    expect(list[1]!.save.actions).toEqual(played.actions.slice(0, 3));
    expect(list[0]!.summary.moves).toBe(2);
    // Reopening the first brings back exactly its state, in its own slot.
    const r = saves.open(first);
    expect(r.ok).toBe(true);
    expect(store.getState().roundId).toBe(first);
    expect(store.getState().actions).toEqual(played.actions.slice(0, 3));
  });

  it('does not keep a round before its first move (nothing to lose yet)', () => {
    const { store, saves } = app();
    store.getState().startRound(config);
    expect(saves.list().rounds).toEqual([]);
  });

  it('keeps a finished round with a result code that verifies to the same round', () => {
    const { store, saves } = app();
    playInto(store, played.actions.length);
    store.setState({ nickname: 'Kim' });
    const rec = saves.list().rounds[0]!;
    expect(rec.summary.phase).toBe('done');
    expect(rec.resultCode).not.toBeNull();
    const v = verifyResultCode(rec.resultCode!);
    expect(v.ok && stateHash(v.value.state)).toBe(stateHash(played.state));
    expect(v.ok && v.value.nickname).toBe('Kim');
    expect(saves.latestUnfinished()).toBeNull();
  });

  it('keeps several unreadable slots aside, each with its reason and its text exactly as found', () => {
    const storage = memoryStorage();
    const bad = {
      [`${ROUND_PREFIX}a`]: 'not json {',
      [`${ROUND_PREFIX}b`]: '{"format":"something else"}',
      [`${ROUND_PREFIX}c`]: JSON.stringify({ format: 'strike-clock-round', version: 1, id: 'c', savedAt: 5, save: { format: 'strike-clock-save', actions: [], config: { scenario: '1999' } }, summary: {} }),
    };
    for (const [k, v] of Object.entries(bad)) storage.setItem(k, v);
    const { saves } = app(storage);
    const { rounds, unreadable } = saves.list();
    expect(rounds).toEqual([]);
    expect(unreadable).toHaveLength(3);
    expect(unreadable.map((u) => u.text).sort()).toEqual(Object.values(bad).sort());
    for (const u of unreadable) expect(u.reason).toMatch(/could not be read: .+/);
    // Moved aside: a later round can never overwrite them.
    expect(storage.keys().filter((k) => k.startsWith(ROUND_PREFIX))).toEqual([]);
    expect(storage.keys().filter((k) => k.startsWith(UNREADABLE_PREFIX))).toHaveLength(3);
    expect(listSaved(storage, 0).unreadable).toHaveLength(3);
  });

  it('sets a round aside, still downloadable, when it no longer re-runs', () => {
    const { store, saves, storage } = app();
    playInto(store, 2);
    const id = store.getState().roundId!;
    // Damage the moves the way a different engine would see them.
    const rec = JSON.parse(storage.getItem(`${ROUND_PREFIX}${id}`)!);
    rec.save.actions = [{ type: 'strike', side: 'union' }];
    storage.setItem(`${ROUND_PREFIX}${id}`, JSON.stringify(rec));
    const r = saves.open(id);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/could not be reopened: Move 1 .*kept aside/);
    const u = saves.list().unreadable;
    expect(u).toHaveLength(1);
    expect(JSON.parse(u[0]!.text).save.actions).toEqual([{ type: 'strike', side: 'union' }]);
  });

  it('moves an earlier version\u2019s autosave into the list, and its unreadable save aside', () => {
    const storage = memoryStorage();
    storage.setItem(LEGACY_SAVE_KEY, JSON.stringify(makeSave(config, played.actions.slice(0, 4), 'Lee')));
    storage.setItem(LEGACY_QUARANTINE_KEY, '{"half a save"');
    const { saves } = app(storage);
    const { rounds, unreadable } = saves.list();
    expect(rounds).toHaveLength(1);
    expect(rounds[0]!.save.actions).toHaveLength(4);
    expect(rounds[0]!.save.nickname).toBe('Lee');
    expect(unreadable.map((u) => u.text)).toEqual(['{"half a save"']);
    expect(storage.getItem(LEGACY_SAVE_KEY)).toBeNull();
    expect(storage.getItem(LEGACY_QUARANTINE_KEY)).toBeNull();
  });

  it('an unreadable earlier autosave is kept aside with the reason', () => {
    const storage = memoryStorage();
    storage.setItem(LEGACY_SAVE_KEY, '{"format":"strike-clock-save","version":1,"config":{"scenario":"1999"}}');
    const { saves } = app(storage);
    const u = saves.list().unreadable;
    expect(u).toHaveLength(1);
    expect(u[0]!.reason).toMatch(/could not be resumed: The save's settings are damaged/);
    expect(u[0]!.text).toContain('1999');
  });

  it('says in words when the browser refuses to save, and when it cannot keep anything at all', () => {
    const full = memoryStorage();
    const refusing: KeyValue = { ...full, setItem: () => { throw new Error('QuotaExceededError'); } };
    const a = app(refusing);
    playInto(a.store, 1);
    expect(a.store.getState().saveProblem).toBe(STORAGE_REFUSED);
    expect(a.saves.currentKept()).toBe(false);
    expect(STORAGE_REFUSED).toContain('Download a save of this round');
    const b = app(memoryStorage(), true);
    expect(b.store.getState().saveProblem).toBe(STORAGE_BLOCKED);
  });
});

describe('the teacher\u2019s table', () => {
  const isRow = (r: unknown): r is { key: string } => !!r && typeof (r as { key?: unknown }).key === 'string';

  it('keeps imported rows until they are cleared', () => {
    const s = memoryStorage();
    expect(saveTeacher(s, [{ key: 'SC1.A' }, { key: 'SC1.B' }], 1)).toBeNull();
    expect(loadTeacher(s, isRow, 2)).toEqual({ rows: [{ key: 'SC1.A' }, { key: 'SC1.B' }], problem: null });
    saveTeacher(s, [], 3);
    expect(s.getItem(TEACHER_KEY)).toBeNull();
  });

  it('sets damaged results aside instead of losing them, and says where they are', () => {
    const s = memoryStorage();
    s.setItem(TEACHER_KEY, '{"format":"strike-clock-teacher","rows":[{"nokey":1}]}');
    const r = loadTeacher(s, isRow, 2);
    expect(r.rows).toEqual([]);
    expect(r.problem).toMatch(/could not be read.*Saves that could not be read/);
    expect(listSaved(s, 3).unreadable[0]!.text).toBe('{"format":"strike-clock-teacher","rows":[{"nokey":1}]}');
  });
});
