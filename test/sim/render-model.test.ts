import { describe, expect, it } from 'vitest';
import type { Screen } from '../../src/app/store';
import { artFor } from '../../src/render/art';
import { buildTableModel, type ViewInput } from '../../src/render/tableModel';
import { roundKey, viewOf, worth } from '../../src/app/view';
import { points } from '../../src/app/format';
import { advance, applyAction, createGame, getScenario, isError, playerView, spaceOf, utilityOf, type Action, type GameState, type Side } from '../../src/sim';

/** The canvas draws only what these Phaser-free models say, so their rules are tested here. */

const SCREENS: Screen[] = ['title', 'setup', 'briefing', 'handover', 'table', 'ending', 'debrief', 'teacher', 'glossary'];

function game(human: 'union' | 'studio' | 'both'): GameState {
  const g = createGame({ scenario: '2023', seed: 'RM001', human, difficulty: 'normal', pace: 'standard' });
  if (isError(g)) throw new Error(g.message);
  return advance(g);
}
/** A person's move, then the computer's answer, as every driver does. */
function act(s: GameState, a: Action): GameState {
  const n = applyAction(s, a);
  if (isError(n)) throw new Error(n.message);
  return advance(n);
}
/** The model as the scene builds it, from the viewing side's own view. */
function model(g: GameState, viewSide: Side, screen: Screen = 'table', handoverTo: Side | null = null) {
  const input: ViewInput = { view: viewOf(g, viewSide), roundKey: roundKey(g.config), screen, handoverTo };
  return buildTableModel(input)!;
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
    const m = model(g, 'union');
    expect(m.meters?.side).toBe('union');
    expect(m.cards.length).toBeGreaterThan(0);
    const s = model(game('studio'), 'studio');
    expect(s.meters?.side).toBe('studio');
  });

  it('hides every side-specific view at a hot-seat hand-over', () => {
    let g = game('both');
    g = act(g, { type: 'propose', side: 'union', packages: [[20, 10, 6, 4, 8, 0, 1]] });
    for (const screen of ['handover', 'table'] as Screen[]) {
      const m = model(g, 'union', screen, 'studio');
      expect(m.handoverTo).toBe('studio');
      expect(m.meters).toBeNull();
      expect(m.cards).toEqual([]);
      expect(m.line).toBeNull();
      expect(m.summary).toMatch(/hand the device to the studio/);
    }
    // Once the studios have the device, their view returns.
    const after = model(g, 'studio');
    expect(after.meters?.side).toBe('studio');
    expect(after.cards.length).toBeGreaterThan(0);
  });

  it('summarises a strike for the canvas\u2019s accessible name', () => {
    let g = game('union');
    while (g.phase === 'talks') g = act(g, { type: 'propose', side: 'union', packages: [[22, 10, 7, 5, 10, 0, 1]] });
    g = act(g, { type: 'strike', side: 'union' });
    g = act(g, { type: 'propose', side: 'union', packages: [[22, 10, 7, 5, 10, 0, 1]] });
    const m = model(g, 'union');
    expect(m.summary).toContain(`strike day ${g.strikeDays}`);
    expect(m.clock.strikeDays).toBe(g.strikeDays);
    expect(g.strikeDays).toBeGreaterThan(0);
  });

  it('gives each card the points of its package on the viewer\u2019s own schedule', () => {
    const g = act(game('union'), { type: 'propose', side: 'union', packages: [[22, 10, 7, 5, 10, 0, 1]] });
    const sp = spaceOf(getScenario('2023')!);
    expect(g.standing?.by).toBe('studio');
    const pkg = g.standing!.packages[0]!;
    const m = model(g, 'union');
    expect(m.cards[0]!.points).toBe(`Worth ${points(utilityOf(sp, 'union', pkg) / 10)} points to you`);
    expect(worth(playerView(g, 'studio'), pkg)).toBe(utilityOf(sp, 'studio', pkg) / 10);
  });

  it('draws nothing from the other side\u2019s hidden numbers', () => {
    // Two rounds that differ only in what the studios keep to themselves (their hidden
    // walk-away, their alliance's cohesion): the union's table must look exactly the same.
    const g = act(game('union'), { type: 'propose', side: 'union', packages: [[22, 10, 7, 5, 10, 0, 1]] });
    const h: GameState = { ...g, cohesion: g.cohesion - 2000, hidden: { ...g.hidden, floorShift: { ...g.hidden.floorShift, studio: g.hidden.floorShift.studio + 150 } } };
    expect(model(h, 'union')).toEqual(model(g, 'union'));
    expect(model(h, 'studio')).not.toEqual(model(g, 'studio'));
  });
});
