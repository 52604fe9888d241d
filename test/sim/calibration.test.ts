import { describe, expect, it } from 'vitest';
import { botFor } from '../../src/sim/ai/bots';
import { playRound } from '../../src/sim/ai/play';
import { getScenario } from '../../src/sim/scenarios';
import { isError } from '../../src/sim/setup';
import type { Difficulty, GameState, Side } from '../../src/sim/types';

/**
 * Calibration against history (DESIGN.md §5): the `historical` bot replays the real committee's
 * positions against the computer, on both sides and at all three difficulties, over several
 * seeds, and the rounds must land near what happened. Seeds vary the hidden values widely, so
 * the deal is checked as the typical (median) round, and most rounds must reach it.
 */
const SEEDS = Array.from({ length: 12 }, (_, i) => `cal-${i + 1}`);
const DIFFICULTIES: Difficulty[] = ['easy', 'normal', 'hard'];
const SIDES: Side[] = ['union', 'studio'];

function play(scenario: string, side: Side, difficulty: Difficulty, seed: string): GameState {
  const r = playRound({ scenario, seed, human: side, difficulty, pace: 'standard' }, { [side]: botFor('historical') });
  if (isError(r)) throw new Error(r.message);
  return r.state;
}

const ratification = (s: GameState) => s.votes.filter((v) => v.kind === 'ratification' && v.passed).pop();
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe.each(SIDES.flatMap((side) => DIFFICULTIES.map((d) => [side, d] as const)))('2023, historical play on the %s side, %s', (side, difficulty) => {
  const hist = getScenario('2023')!.history.deal;
  const rounds = SEEDS.map((seed) => play('2023', side, difficulty, seed));
  const ratified = rounds.filter((s) => s.outcome === 'ratified');

  it('strikes in every round, 90–150 days on average', () => {
    for (const s of rounds) expect(s.strikeDays).toBeGreaterThan(0);
    const m = mean(rounds.map((s) => s.strikeDays));
    expect(m).toBeGreaterThanOrEqual(90);
    expect(m).toBeLessThanOrEqual(150);
  });

  it('most rounds are ratified, and the typical deal is within one level of history on year-1 wages and AI', () => {
    expect(ratified.length).toBeGreaterThanOrEqual(10);
    expect(Math.abs(median(ratified.map((s) => s.deal![0]!)) - hist[0]!)).toBeLessThanOrEqual(1);
    expect(Math.abs(median(ratified.map((s) => s.deal![3]!)) - hist[3]!)).toBeLessThanOrEqual(1);
  });

  it('the typical ratification is 65–90% yes, and every turnout is 25–50%', () => {
    const yes = median(ratified.map((s) => ratification(s)!.yes));
    expect(yes).toBeGreaterThanOrEqual(6500);
    expect(yes).toBeLessThanOrEqual(9000);
    for (const s of ratified) {
      expect(ratification(s)!.turnout).toBeGreaterThanOrEqual(2500);
      expect(ratification(s)!.turnout).toBeLessThanOrEqual(5000);
    }
  });

  // Each seed's round is its own: the writers settle on a seeded day and the real committee's
  // endgame keeps its distance from that day, so strikes run longer or shorter (the full-size
  // target, sd of at least 10 days over 30 seeds, is measured by npm run balance; an engine
  // without seeded variety gave 0-6 days here and one deal). Against the real union the
  // computer's studios answer with packages of their own, so the deals differ too; the real
  // studios' committee offers only its real positions, but signs a union counter worth about its
  // final terms to it, so on that side too the deal varies (it was one of the real offers in 28 of
  // 30 rounds before it did).
  it('varies from seed to seed: strike lengths spread by 5 days or more, and 3 or more distinct deals', () => {
    const days = rounds.map((s) => s.strikeDays);
    const m = mean(days);
    const sd = Math.sqrt(days.reduce((a, d) => a + (d - m) ** 2, 0) / (days.length - 1));
    expect(sd).toBeGreaterThanOrEqual(5);
    expect(new Set(rounds.filter((s) => s.deal).map((s) => s.deal!.join(','))).size).toBeGreaterThanOrEqual(3);
  });
});

describe.each(SIDES.flatMap((side) => DIFFICULTIES.map((d) => [side, d] as const)))('2026, historical play on the %s side, %s', (side, difficulty) => {
  const rounds = SEEDS.map((seed) => play('2026', side, difficulty, seed));

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
