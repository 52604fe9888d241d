import { describe, expect, it } from 'vitest';
import type { Screen } from '../../src/app/store';
import { artFor } from '../../src/render/art';
import { buildTableModel, type ViewInput } from '../../src/render/tableModel';
import { roundKey, viewOf, worth } from '../../src/app/view';
import { dollars, moneyK, points } from '../../src/app/format';
import { OUTCOME_WORDS } from '../../src/app/outcomes';
import { OUTCOME_LABEL } from '../../src/app/classroom';
import { advance, applyAction, botFor, createGame, getScenario, isError, playerView, playRound, spaceOf, utilityOf, type Action, type GameState, type Side } from '../../src/sim';

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

  it('names each issue on a card as its scenario does (2026 bargains over health and pension money, not caps)', () => {
    for (const scenario of ['2023', '2026']) {
      const g = createGame({ scenario, seed: 'RM002', human: 'union', difficulty: 'normal', pace: 'standard' });
      if (isError(g)) throw new Error(g.message);
      const m = buildTableModel({ view: viewOf(advance(g), 'union'), roundKey: roundKey(g.config), screen: 'table', handoverTo: null })!;
      const health = getScenario(scenario)!.issues.find((i) => i.id === 'health')!.name;
      const row = m.cards[0]!.rows.find((r) => /health/i.test(r.issue))!;
      expect(row, scenario).toBeDefined();
      // The card's short name shares the scenario's word for what is bargained over.
      expect(health.toLowerCase()).toContain(scenario === '2023' ? 'caps' : 'contributions');
      expect(row.issue, scenario).toBe(scenario === '2023' ? 'Health caps' : 'Health fund');
    }
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

describe('the phase banner after expiry', () => {
  it('says the contract expired, and after an extension that the extension is over, never that the contract is extended', () => {
    // The union extends the contract, then lets the extension run out without striking.
    let g = game('union');
    g = act(g, { type: 'extend', side: 'union' });
    expect(g.phase).toBe('talks');
    while (g.phase === 'talks') g = act(g, { type: 'reject', side: 'union' });
    expect(g.phase).toBe('holdout');
    expect(model(g, 'union').phaseTitle).toBe('EXTENSION OVER');
    expect(model(g, 'union').phaseDetail).toBe('No strike: working under the old terms');
  });
});

describe('one formatter and one set of outcome words for the page and the canvas', () => {
  it('writes the canvas\u2019s money, savings and points with the page\u2019s formatter (src/app/format.ts)', () => {
    let g = game('studio');
    // A strike, so the studios have losses to show.
    while (g.phase === 'talks' || g.phase === 'holdout') {
      const v = playerView(g, 'studio');
      g = act(g, v.legal.some((a) => a.type === 'propose') ? { type: 'propose', side: 'studio', packages: [v.opening] } : { type: 'reject', side: 'studio' });
      if (g.day > 400) break;
    }
    const v = viewOf(g, 'studio');
    const m = model(g, 'studio');
    const losses = m.meters!.rowsA.find((r) => r.id === 'losses')!;
    if (v.meters.kind !== 'studio') throw new Error('studio meters expected');
    expect(losses.value).toBe(moneyK(v.meters.lossesK));
    const u = model(game('union'), 'union');
    const uv = viewOf(game('union'), 'union');
    if (uv.meters.kind !== 'union') throw new Error('union meters expected');
    expect(u.meters!.rowsB.find((r) => r.id === 'savings')!.value).toBe(dollars(uv.meters.savings));
    expect(moneyK(1_320_000)).toBe('$1.32B');
    expect(moneyK(18_400)).toBe('$18.4M');
    expect(moneyK(950)).toBe('$950K');
    expect(points(-3.14)).toBe('\u22123.1');
  });

  it('names the outcome on the canvas with the words the page uses', () => {
    const played = playRound({ scenario: '2026', seed: 'RM002', human: 'union', difficulty: 'normal', pace: 'quick' }, { union: botFor('historical') });
    if (isError(played)) throw new Error(played.message);
    const m = model(played.state, 'union');
    expect(played.state.outcome).not.toBeNull();
    expect(m.phaseDetail).toBe(OUTCOME_WORDS[played.state.outcome!].line);
    expect(OUTCOME_LABEL[played.state.outcome!]).toBe(OUTCOME_WORDS[played.state.outcome!].label);
  });

  it('keeps no stale words in the bubble once a deal is signed: only the committee\u2019s acceptance', () => {
    // A playtester accepted the studios' offer and the bubble over the ratified contract still
    // said what the studios had said with that offer ("Nothing has changed on our side").
    let stale = 0;
    for (const [scenario, bot] of [['2023', 'historical'], ['2026', 'historical'], ['2026', 'conceder'], ['2023', 'hardliner']] as const) {
      const played = playRound({ scenario, seed: 'RM004', human: 'union', difficulty: 'normal', pace: 'quick' }, { union: botFor(bot) });
      if (isError(played)) throw new Error(played.message);
      const g = played.state;
      const last = [...g.log].reverse().find((e) => e.kind === 'line' && e.side === 'studio');
      const m = model(g, 'union');
      if (last && last.ref !== 'accept') {
        stale++;
        expect(m.line, `${scenario} ${bot}`).toBeNull();
      } else if (last) expect(m.line?.side).toBe('studio');
    }
    expect(stale).toBeGreaterThan(0);
  });
});
