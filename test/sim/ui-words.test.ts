import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/ui/glossary';
import { siteOf, sourceWords } from '../../src/ui/screens/sources';
import { advance, applyAction, botFor, createGame, isError, playerView, playRound, SCENARIOS, type GameState } from '../../src/sim';
import { sinceMyMove } from '../../src/ui/table/reply';
import { numbersInOrder } from '../../src/ui/screens/briefing';
import { points } from '../../src/ui/format';

/** Every { text, kind } object anywhere in a value: the sources a player may see. */
function sources(v: unknown, out: { text: string; url?: string }[] = []): { text: string; url?: string }[] {
  if (Array.isArray(v)) v.forEach((x) => sources(x, out));
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.text === 'string' && typeof o.kind === 'string') out.push(o as { text: string; url?: string });
    Object.values(o).forEach((x) => sources(x, out));
  }
  return out;
}

describe('sources as players read them', () => {
  const all = [...sources(SCENARIOS), ...GLOSSARY.flatMap((t) => (t.source ? [t.source] : []))];

  it('name the game\u2019s research notes in words, never as file references', () => {
    expect(all.length).toBeGreaterThan(40);
    expect(all.some((s) => /research\/|facts §/.test(s.text))).toBe(true); // there is something to translate
    for (const s of all) expect(sourceWords(s.text), s.text).not.toMatch(/research\/|\.md\b|§|facts \d/);
    expect(sourceWords('Derived: walk-away points proposed in research/facts.md §8B')).toBe('Derived: walk-away points proposed in Strike Clock\u2019s research notes on the history');
  });

  it('name each link by its site', () => {
    for (const s of all.filter((x) => x.url)) expect(siteOf(s.url!), s.url).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
    expect(siteOf('https://www.engadget.com/a')).toBe('engadget.com');
  });
});

describe('the briefing puts its numbers in order', () => {
  const viewAt = (scenario: '2023' | '2026', side: 'union' | 'studio') => playerView(createGame({ scenario, seed: 'ORDER', human: side, difficulty: 'normal', pace: 'standard' }) as GameState, side);

  it('names floor, target and walk-away with the figures the briefing shows', () => {
    for (const [scenario, side] of [['2023', 'union'], ['2026', 'studio']] as const) {
      const v = viewAt(scenario, side);
      const line = numbersInOrder(v);
      expect(line).toContain(`your floor (${points(v.points.floor)})`);
      expect(line).toContain(`your target (${points(v.points.target)})`);
      expect(line).toContain(`your walk-away (${points(v.walkAway)})`);
    }
  });

  it('says why the union\u2019s walk-away can stand above its target, and only then', () => {
    const u = viewAt('2023', 'union');
    expect(u.walkAway).toBeGreaterThan(u.points.target); // the 2023 members expect more than a good deal
    expect(numbersInOrder(u)).toContain('stands above your target');
    const s = viewAt('2026', 'studio');
    expect(numbersInOrder(s)).not.toContain('stands above your target');
  });
});

describe('the other side\u2019s latest answer', () => {
  // A playtester saw "Nothing new since your move" over the studios' acceptance: the union's
  // board vote that follows it carries the union's side and was taken for the union's move.
  it('after the studios accept, shows their acceptance, not "nothing new" (the board vote is nobody\u2019s move)', () => {
    let found = false;
    for (let i = 1; i <= 12 && !found; i++) {
      const config = { scenario: '2023', seed: `ANSWER${i}`, human: 'union', difficulty: 'easy', pace: 'standard' } as const;
      const r = playRound(config, { union: botFor('historical') });
      if (isError(r)) throw new Error(r.message);
      let s = advance(createGame(config) as GameState);
      for (const a of r.actions) {
        s = advance(applyAction(s, a) as GameState);
        if (s.phase !== 'ratification') continue;
        const last = [...s.log].reverse().find((e) => e.kind === 'accept');
        if (last?.side !== 'studio') break;
        const v = playerView(s, 'union');
        expect(v.log.some((e) => e.kind === 'vote' && e.ref === 'board' && e.side === 'union')).toBe(true);
        expect(sinceMyMove(v).some((e) => e.kind === 'accept' && e.side === 'studio')).toBe(true);
        found = true;
        break;
      }
    }
    expect(found, 'a round in which the studios accepted the union\u2019s offer').toBe(true);
  });
});
