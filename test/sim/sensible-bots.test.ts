import { describe, expect, it } from 'vitest';
import { strategies } from '../../src/cli/balance';
import { playRound } from '../../src/sim/ai/play';
import { isError } from '../../src/sim/setup';
import type { Difficulty, Side } from '../../src/sim/types';
import { playerView } from '../../src/sim/view';

/**
 * The balance table's logrollers are sensible play only if they bargain as a sensible student
 * would: a level given on an issue never asks for less than the other side already offers there
 * (they used to step toward the other side's opening past the computer's own offer, and gave
 * away what was already theirs), and a union never signs what its members' poll says they would
 * vote down (a logroller signed such a deal again and again, and every vote failed).
 */
describe('the sensible logrollers bargain sensibly', async () => {
  const sts = (await strategies()).filter((s) => ['logroller', 'striker', 'patient-striker', 'moderate-logroller'].includes(s.name));
  it('never step past the other side’s latest offer, and the union signs nothing its members would vote down', () => {
    let steps = 0;
    const past: string[] = [];
    const unvotable: string[] = [];
    for (const scenario of ['2023', '2026'])
      for (const side of ['union', 'studio'] as Side[])
        for (const difficulty of ['easy', 'normal', 'hard'] as Difficulty[])
          for (const st of sts)
            for (const seed of ['sens-1', 'sens-2', 'sens-3']) {
              const r = playRound({ scenario, seed, human: side, difficulty, pace: 'standard' }, { [side]: st.make(seed) });
              if (isError(r)) throw new Error(r.message);
              const v = playerView(r.state, side);
              const pts = (i: number, l: number) => v.issues[i]!.levels[l]!.points;
              const mine = v.offers.map((o, j) => ({ o, j })).filter((x) => x.o.by === side);
              for (let k = 2; k < mine.length; k++) {
                const prev = mine[k - 1]!.o.packages[0]!;
                const cur = mine[k]!.o.packages[0]!;
                const theirs = v.offers.slice(0, mine[k]!.j).filter((o) => o.by !== side).pop();
                if (!theirs) continue;
                const best = theirs.packages.reduce((b, p) => (p.reduce((t, l, i) => t + pts(i, l), 0) > b.reduce((t, l, i) => t + pts(i, l), 0) ? p : b));
                cur.forEach((l, i) => {
                  if (l === prev[i]) return;
                  steps++;
                  if (pts(i, l) < pts(i, best[i]!) - 1e-9) past.push(`${scenario} ${side} ${difficulty} ${st.name} ${seed} day ${mine[k]!.o.day}: ${v.issues[i]!.id}`);
                });
              }
              const failed = r.state.votes.filter((x) => x.kind === 'ratification' && !x.passed).length;
              if (side === 'union' && failed > 1) unvotable.push(`${scenario} ${difficulty} ${st.name} ${seed}: ${failed} failed votes`);
            }
    expect(steps).toBeGreaterThan(500);
    expect(past.slice(0, 5)).toEqual([]);
    expect(unvotable.slice(0, 5)).toEqual([]);
  });
});
