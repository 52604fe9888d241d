import { describe, expect, it } from 'vitest';
import { botFor } from '../../src/sim/ai/bots';
import { playRound } from '../../src/sim/ai/play';
import { getScenario } from '../../src/sim/scenarios';
import { isError } from '../../src/sim/setup';
import type { GameState, Side } from '../../src/sim/types';

/**
 * Calibration against history (DESIGN.md §5): the `historical` bot replays the real committee's
 * positions against the normal AI, on several seeds, and the round must land near what happened.
 */
const SEEDS = Array.from({ length: 12 }, (_, i) => `cal-${i + 1}`);

function play(scenario: string, side: Side, seed: string): GameState {
  const r = playRound({ scenario, seed, human: side, difficulty: 'normal', pace: 'standard' }, { [side]: botFor('historical') });
  if (isError(r)) throw new Error(r.message);
  return r.state;
}

const ratification = (s: GameState) => s.votes.filter((v) => v.kind === 'ratification').pop();

describe.each<Side>(['union', 'studio'])('2023, historical play on the %s side', (side) => {
  const hist = getScenario('2023')!.history.deal;
  const rounds = SEEDS.map((seed) => play('2023', side, seed));

  it('has a strike of 90–150 days', () => {
    for (const s of rounds) {
      expect(s.strikeDays).toBeGreaterThanOrEqual(90);
      expect(s.strikeDays).toBeLessThanOrEqual(150);
    }
  });

  it('lands within one level of history on year-1 wages and AI', () => {
    for (const s of rounds) {
      expect(s.outcome).toBe('ratified');
      expect(Math.abs(s.deal![0]! - hist[0]!)).toBeLessThanOrEqual(1);
      expect(Math.abs(s.deal![3]! - hist[3]!)).toBeLessThanOrEqual(1);
    }
  });

  it('is ratified with 65–90% yes at 25–50% turnout', () => {
    for (const s of rounds) {
      const v = ratification(s)!;
      expect(v.passed).toBe(true);
      expect(v.yes).toBeGreaterThanOrEqual(6500);
      expect(v.yes).toBeLessThanOrEqual(9000);
      expect(v.turnout).toBeGreaterThanOrEqual(2500);
      expect(v.turnout).toBeLessThanOrEqual(5000);
    }
  });
});

describe.each<Side>(['union', 'studio'])('2026, historical play on the %s side', (side) => {
  const rounds = SEEDS.map((seed) => play('2026', side, seed));

  it('has no strike, or one under 14 days', () => {
    for (const s of rounds) expect(s.strikeDays).toBeLessThan(14);
  });

  it('settles on a 4-year term, ratified with at least 80% yes', () => {
    for (const s of rounds) {
      expect(s.outcome).toBe('ratified');
      expect(getScenario('2026')!.issues[5]!.levels[s.deal![5]!]!.short).toBe('4 years');
      expect(ratification(s)!.yes).toBeGreaterThanOrEqual(8000);
    }
  });
});
