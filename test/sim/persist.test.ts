import { describe, expect, it } from 'vitest';
import { loadAutosave, makeSave, QUARANTINE_KEY, readSave, SAVE_KEY, type KeyValue } from '../../src/app/persist';
import { botFor, isError, playRound, stateHash, type GameConfig } from '../../src/sim';

const config: GameConfig = { scenario: '2026', seed: 'SAVE1', human: 'union', difficulty: 'normal', pace: 'quick' };
const played = playRound(config, { union: botFor('historical') });
if (isError(played)) throw new Error(played.message);

const memory = (): KeyValue & { map: Map<string, string> } => {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
};

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

  it('an unreadable autosave is kept aside, never lost, and explained', () => {
    const store = memory();
    store.setItem(SAVE_KEY, '{"format":"strike-clock-save","version":1,"config":{}}');
    const r = loadAutosave(store);
    expect(r.loaded).toBeNull();
    expect(r.problem).toMatch(/could not be resumed/);
    expect(store.map.get(QUARANTINE_KEY)).toBe('{"format":"strike-clock-save","version":1,"config":{}}');
    expect(store.map.has(SAVE_KEY)).toBe(false);
  });

  it('a good autosave resumes', () => {
    const store = memory();
    store.setItem(SAVE_KEY, JSON.stringify(makeSave(config, played.actions.slice(0, 3), '')));
    const r = loadAutosave(store);
    expect(r.problem).toBeNull();
    expect(r.loaded?.actions.length).toBe(3);
  });
});
