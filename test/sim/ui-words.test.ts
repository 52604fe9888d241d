import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/ui/glossary';
import { siteOf, sourceWords } from '../../src/ui/screens/sources';
import { createGame, playerView, SCENARIOS, type GameState } from '../../src/sim';
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
