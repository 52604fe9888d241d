import { describe, expect, it } from 'vitest';
import { botFor, styleBotFor } from '../../src/sim/ai/bots';
import type { Bot } from '../../src/sim/ai/play';
import { playRound } from '../../src/sim/ai/play';
import { segmentUtility } from '../../src/sim/rules/derived';
import { getScenario, registerScenario } from '../../src/sim/scenarios';
import { spaceOf } from '../../src/sim/space';
import { isError } from '../../src/sim/setup';
import type { Difficulty, GameState } from '../../src/sim/types';

/**
 * The theory the model must reproduce in aggregate (DESIGN.md §5), each over 50 seeds:
 * tougher play strikes longer; higher studio losses shorten strikes (Hicks); members'
 * expectations fall as a strike lasts (Ashenfelter–Johnson); a deal further above
 * expectations wins more yes votes.
 */
const SEEDS = Array.from({ length: 50 }, (_, i) => `theory-${i + 1}`);

const base = getScenario('2023')!;
for (const [id, scale] of [
  ['2023-cheap-strike', 0.6],
  ['2023-costly-strike', 1.6],
] as const) {
  registerScenario({ ...base, id, factions: base.factions.map((f) => ({ ...f, dailyLossK: Math.round(f.dailyLossK * scale) })) });
}

function rounds(scenario: string, bot: Bot, difficulty: Difficulty = 'normal'): GameState[] {
  return SEEDS.map((seed) => {
    const r = playRound({ scenario, seed, human: 'union', difficulty, pace: 'standard' }, { union: bot });
    if (isError(r)) throw new Error(r.message);
    return r.state;
  });
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const strikeDays = (rs: GameState[]) => mean(rs.map((s) => s.strikeDays));

/** Spearman rank correlation (average ranks for ties). */
function spearman(x: number[], y: number[]): number {
  const rank = (v: number[]) => {
    const idx = v.map((val, i) => ({ val, i })).sort((a, b) => a.val - b.val);
    const r = new Array<number>(v.length);
    for (let k = 0; k < idx.length; ) {
      let j = k;
      while (j + 1 < idx.length && idx[j + 1]!.val === idx[k]!.val) j++;
      for (let m = k; m <= j; m++) r[idx[m]!.i] = (k + j) / 2;
      k = j + 1;
    }
    return r;
  };
  const rx = rank(x);
  const ry = rank(y);
  const mx = mean(rx);
  const my = mean(ry);
  let num = 0;
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < x.length; i++) {
    num += (rx[i]! - mx) * (ry[i]! - my);
    dx += (rx[i]! - mx) ** 2;
    dy += (ry[i]! - my) ** 2;
  }
  return num / Math.sqrt(dx * dy);
}

const linearMilitant = styleBotFor(1, true);

describe('theory, in aggregate over 50 seeds', () => {
  it('tougher union play strikes longer', () => {
    const hard = strikeDays(rounds('2023', botFor('hardliner')));
    const linear = strikeDays(rounds('2023', linearMilitant));
    const soft = strikeDays(rounds('2023', botFor('conceder')));
    expect(hard).toBeGreaterThan(linear);
    expect(linear).toBeGreaterThan(soft);
  });

  it('a tougher computer negotiator strikes longer', () => {
    const easy = strikeDays(rounds('2023', linearMilitant, 'easy'));
    const hard = strikeDays(rounds('2023', linearMilitant, 'hard'));
    expect(hard).toBeGreaterThan(easy);
  });

  it('higher studio daily losses shorten strikes (Hicks)', () => {
    const cheap = strikeDays(rounds('2023-cheap-strike', linearMilitant));
    const normal = strikeDays(rounds('2023', linearMilitant));
    const costly = strikeDays(rounds('2023-costly-strike', linearMilitant));
    expect(cheap).toBeGreaterThan(normal);
    expect(normal).toBeGreaterThan(costly);
  });

  it("members' expectations fall the longer a strike lasts (Ashenfelter–Johnson)", () => {
    const all = [...rounds('2023', linearMilitant), ...rounds('2023', botFor('hardliner')), ...rounds('2023-costly-strike', linearMilitant)];
    const drops: number[] = [];
    const lengths: number[] = [];
    for (const s of all) {
      const strike = s.daily.filter((d) => d.phase === 'strike');
      if (strike.length < 10) continue;
      // A deal the members voted down raises their hopes again (a documented shock of its own),
      // so the decay is read in rounds without one.
      if (s.log.some((l) => l.ref === 'members-rejected')) continue;
      const start = strike[0]!.expectation;
      const end = strike[strike.length - 1]!.expectation;
      expect(end).toBeLessThan(start);
      drops.push(start - end);
      lengths.push(strike.length);
    }
    expect(drops.length).toBeGreaterThan(100);
    expect(spearman(lengths, drops)).toBeGreaterThan(0.5);
  });

  it('a deal further above expectations gets more yes votes', () => {
    const sp = spaceOf(base);
    const margins: number[] = [];
    const yes: number[] = [];
    const bots: Bot[] = [linearMilitant, botFor('hardliner'), botFor('historical'), styleBotFor(1.5, true)];
    for (const bot of bots) {
      for (const s of rounds('2023', bot)) {
        if (s.outcome !== 'ratified') continue;
        const vote = s.votes.filter((v) => v.kind === 'ratification').pop()!;
        // Members' expectations are unchanged after a passing vote: the margin the vote saw.
        let m = 0;
        base.segments.forEach((seg, i) => (m += (seg.share / 10000) * ((segmentUtility(sp, i, s.deal!) - s.members[i]!.expectation) / seg.sigma)));
        margins.push(m);
        yes.push(vote.yes);
      }
    }
    expect(margins.length).toBeGreaterThan(60);
    expect(spearman(margins, yes)).toBeGreaterThan(0.6);
  });
});
