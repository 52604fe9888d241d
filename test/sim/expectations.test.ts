import { describe, expect, it } from 'vitest';
import { playRound, type Bot } from '../../src/sim/ai/play';
import { expectationCeiling } from '../../src/sim/rules/derived';
import { getScenario } from '../../src/sim/scenarios';
import { isError } from '../../src/sim/setup';
import { spaceOf } from '../../src/sim/space';

/**
 * Members' hopes never pass "everything": a union that takes every studio offer at once sees its
 * board vote each one down, and each rejection raised what members expect (a playtester read
 * "members still expect about 102.4 points" on a 100-point schedule; by day 300, 313.9).
 */
describe('members’ expectations', () => {
  it('stay at or below the best the schedule gives, however often the board says no', () => {
    const acceptAll: Bot = (v) =>
      v.phase === 'ratification' ? { type: 'countVotes', side: v.side } : v.standing && v.standing.by !== v.side ? { type: 'accept', side: v.side, index: 0 } : { type: 'propose', side: v.side, packages: [v.opening.slice()] };
    const sp = spaceOf(getScenario('2023')!);
    let rejected = 0;
    for (const seed of ['x-1', 'x-2', 'x-3']) {
      const r = playRound({ scenario: '2023', seed, human: 'union', difficulty: 'normal', pace: 'standard' }, { union: acceptAll });
      if (isError(r)) throw new Error(r.message);
      rejected += r.state.log.filter((e) => e.kind === 'phase' && e.ref === 'board-rejected').length;
      r.state.members.forEach((m, i) => expect(m.expectation).toBeLessThanOrEqual(expectationCeiling(sp, i)));
      for (const d of r.state.daily) expect(d.expectation).toBeLessThanOrEqual(1000);
    }
    expect(rejected).toBeGreaterThan(5);
  });
});
