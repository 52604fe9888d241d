import { describe, expect, it } from 'vitest';
import { botFor } from '../../src/sim/ai/bots';
import { playRound, type Bot } from '../../src/sim/ai/play';
import { getScenario } from '../../src/sim/scenarios';
import { isError } from '../../src/sim/setup';
import { score, spaceOf } from '../../src/sim/space';
import type { Difficulty, GameState, Package } from '../../src/sim/types';
import type { PlayerView } from '../../src/sim/view';

/**
 * The historical replay as a union committee with no strike on (2026): it never puts on the
 * table less than the studios already offer it, an offer it makes while talks are suspended
 * carries the position history had reached when talks resume, and it signs only after its own
 * final terms have been on the table (so it never takes the five-year term the real union fought).
 */
const own = (v: PlayerView, p: Package) => p.reduce((t, l, i) => t + v.issues[i]!.levels[l]!.points, 0);

interface Seen {
  state: GameState;
  /** Moves where the replay proposed less than the studios' standing offer gave it. */
  undersold: number;
}

function play(difficulty: Difficulty, seed: string): Seen {
  const inner = botFor('historical');
  let undersold = 0;
  const bot: Bot = (v) => {
    const a = inner(v);
    if (a.type === 'propose' && v.strikeStartDay == null && v.standing && v.standing.by !== v.side) {
      const best = Math.max(...v.standing.packages.map((p) => own(v, p)));
      if (own(v, a.packages[0]!) < best - 1e-9) undersold++;
    }
    return a;
  };
  const r = playRound({ scenario: '2026', seed, human: 'union', difficulty, pace: 'standard' }, { union: bot });
  if (isError(r)) throw new Error(r.message);
  return { state: r.state, undersold };
}

const SEEDS = Array.from({ length: 30 }, (_, i) => String(i + 1));
const sc = getScenario('2026')!;

describe.each(['easy', 'normal', 'hard'] as Difficulty[])('2026 historical union, %s', (difficulty) => {
  const rounds = SEEDS.map((seed) => play(difficulty, seed));

  it('never proposes less than the studios already offer it', () => {
    expect(rounds.reduce((t, r) => t + r.undersold, 0)).toBe(0);
  });

  it('makes its late-April move when talks resume, with the position history had then', () => {
    const resume = sc.history.steps.union.find((st) => st.date === '2026-04-27')!;
    for (const { state } of rounds) {
      const first = state.offers.find((o) => o.by === 'union' && o.day >= resume.day);
      // A round signed on the studios' standing offer before then has no such move.
      if (!first) continue;
      expect(first.packages[0]).toEqual(resume.position);
    }
    expect(rounds.filter(({ state }) => state.offers.some((o) => o.by === 'union' && o.day >= resume.day)).length).toBeGreaterThan(20);
  });

  it('signs a four-year contract in every round, after its final terms were on the table or for more than they give', () => {
    const fin = sc.history.steps.union.filter((st) => st.position).pop()!.position!;
    const tab = spaceOf(sc).tables.union;
    for (const { state } of rounds) {
      expect(state.outcome).toBe('ratified');
      expect(sc.issues[5]!.levels[state.deal![5]!]!.short).toBe('4 years');
      const madeFinal = state.offers.some((o) => o.by === 'union' && o.packages[0]!.every((l, i) => l === fin[i]));
      expect(madeFinal || score(tab, state.deal!) >= score(tab, fin)).toBe(true);
    }
  });
});
