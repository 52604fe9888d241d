import { describe, expect, it } from 'vitest';
import type { Screen } from '../../src/app/store';
import { artFor } from '../../src/render/art';
import { buildTableModel } from '../../src/render/tableModel';
import { applyAction } from '../../src/sim/reducer';
import { createGame, isError } from '../../src/sim/setup';
import type { Action, GameState } from '../../src/sim/types';

/** The canvas draws only what these Phaser-free models say, so their rules are tested here. */

const SCREENS: Screen[] = ['title', 'setup', 'briefing', 'handover', 'table', 'ending', 'debrief', 'teacher', 'glossary'];

function game(human: 'union' | 'studio' | 'both'): GameState {
  const g = createGame({ scenario: '2023', seed: 'RM001', human, difficulty: 'normal', pace: 'standard' });
  if (isError(g)) throw new Error(g.message);
  return g;
}
function act(s: GameState, a: Action): GameState {
  const n = applyAction(s, a);
  if (isError(n)) throw new Error(n.message);
  return n;
}

describe('which illustration goes with which screen', () => {
  it('covers every screen, with the table behind every screen of a round', () => {
    for (const s of SCREENS) expect(['title', 'table']).toContain(artFor(s));
    for (const s of ['briefing', 'handover', 'table', 'ending', 'debrief'] as Screen[]) expect(artFor(s)).toBe('table');
    for (const s of ['title', 'setup', 'teacher', 'glossary'] as Screen[]) expect(artFor(s)).toBe('title');
  });
});

describe('the table model', () => {
  it('shows the viewer its own meters and the offer on the table', () => {
    const g = game('union');
    const m = buildTableModel({ game: g, viewSide: 'union', screen: 'table', handoverTo: null })!;
    expect(m.meters?.side).toBe('union');
    expect(m.cards.length).toBeGreaterThan(0);
    const s = buildTableModel({ game: game('studio'), viewSide: 'studio', screen: 'table', handoverTo: null })!;
    expect(s.meters?.side).toBe('studio');
  });

  it('hides every side-specific view at a hot-seat hand-over', () => {
    let g = game('both');
    g = act(g, { type: 'propose', side: 'union', packages: [[20, 10, 6, 4, 8, 0, 1]] });
    for (const input of [
      { game: g, viewSide: 'union' as const, screen: 'handover' as Screen, handoverTo: 'studio' as const },
      { game: g, viewSide: 'union' as const, screen: 'table' as Screen, handoverTo: 'studio' as const },
    ]) {
      const m = buildTableModel(input)!;
      expect(m.handoverTo).toBe('studio');
      expect(m.meters).toBeNull();
      expect(m.cards).toEqual([]);
      expect(m.line).toBeNull();
      expect(m.summary).toMatch(/hand the device to the studio/);
    }
    // Once the studios have the device, their view returns.
    const after = buildTableModel({ game: g, viewSide: 'studio', screen: 'table', handoverTo: null })!;
    expect(after.meters?.side).toBe('studio');
    expect(after.cards.length).toBeGreaterThan(0);
  });

  it('summarises a strike for the canvas\u2019s accessible name', () => {
    let g = game('union');
    while (g.phase === 'talks') g = act(g, { type: 'propose', side: 'union', packages: [[22, 10, 7, 5, 10, 0, 1]] });
    g = act(g, { type: 'strike', side: 'union' });
    g = act(g, { type: 'propose', side: 'union', packages: [[22, 10, 7, 5, 10, 0, 1]] });
    const m = buildTableModel({ game: g, viewSide: 'union', screen: 'table', handoverTo: null })!;
    expect(m.summary).toContain(`strike day ${g.strikeDays}`);
    expect(m.clock.strikeDays).toBe(g.strikeDays);
    expect(g.strikeDays).toBeGreaterThan(0);
  });
});
