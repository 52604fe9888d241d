import { describe, expect, it } from 'vitest';
import { strategies } from '../../src/cli/balance';
import { toMove } from '../../src/sim/advance';
import { decide } from '../../src/sim/ai/computer';
import { applyAction, applyMove, isHuman } from '../../src/sim/reducer';
import { projectedRatification } from '../../src/sim/rules/votes';
import { createGame, isError } from '../../src/sim/setup';
import { segmentUtility } from '../../src/sim/rules/derived';
import { spaceOf } from '../../src/sim/space';
import { act, edit, game, scenarioOf } from './helpers';
import type { Action, Difficulty, GameState, Package } from '../../src/sim/types';
import { playerView, pollOf } from '../../src/sim/view';

/**
 * The union's committee polls its members on any package, as the union's form does for a person:
 * the view carries what it knows of them, and `pollOf` gives the same share as the engine's own
 * projection. The computer's union tables nothing its members' poll puts below the share it needs
 * to sign. (Before, a studios' player who took the union's own offer saw 33 of 314 such deals
 * voted down in sensible play, one of them polling 11%, some four times in a row.)
 */

interface Checked {
  offers: number;
  below: string[];
  withdrawn: number;
  accepted: number;
  votedDown: string[];
  polled: number;
  mismatches: string[];
}

/** advance(), one computer move at a time, so each of the union committee's moves is seen with the view it decided on. */
function stepComputer(s: GameState, c: Checked, label: string, signYes: number): GameState {
  for (let moves = 0; moves < 1000; moves++) {
    const side = toMove(s);
    if (side === null || isHuman(s, side)) return s;
    const view = playerView(s, side);
    const { action, memory } = decide(view, s.ai[side]);
    if (side === 'union' && action.type === 'propose') {
      for (const p of action.packages) {
        c.offers++;
        const yes = pollOf(view, p)!;
        if (yes < signYes) c.below.push(`${label} day ${s.day}: ${p.join('.')} polls ${yes}`);
      }
      if (action.say === 'withdraw' || action.say === 'reject-final') c.withdrawn++;
    }
    let next = applyMove(s, action as Action);
    if (isError(next)) next = applyMove(s, s.phase === 'ratification' ? { type: 'countVotes', side } : { type: 'reject', side });
    if (isError(next)) throw new Error(next.message);
    s = { ...next, ai: { ...next.ai, [side]: memory } };
  }
  return s;
}

describe('the union committee polls its members', async () => {
  const sts = (await strategies()).filter((s) => ['tit-for-tat', 'striker', 'patient-striker', 'moderate-logroller', 'mirror'].includes(s.name));

  it('pollOf gives the engine’s own projection for any package, and the studios cannot poll', () => {
    const c = { polled: 0, mismatches: [] as string[] };
    for (const scenario of ['2023', '2026']) {
      const g = createGame({ scenario, seed: 'poll-1', human: 'studio', difficulty: 'normal', pace: 'standard' });
      if (isError(g)) throw new Error(g.message);
      let s = stepComputer(g, { offers: 0, below: [], withdrawn: 0, accepted: 0, votedDown: [], polled: 0, mismatches: [] }, '', 0);
      const bot = sts.find((x) => x.name === 'striker')!.make('poll-1');
      for (let move = 0; move < 200 && s.phase !== 'done'; move++) {
        const u = playerView(s, 'union');
        expect(playerView(s, 'studio').memberPoll).toBeNull();
        const issues = u.issues.map((i) => i.levels.length);
        const some: Package[] = [u.opening, u.theirOpening, ...(s.standing?.packages ?? [])];
        for (let k = 0; k < 6; k++) some.push(issues.map((n, i) => (move * 7 + k * 5 + i * 3) % n));
        for (const p of some) {
          c.polled++;
          const engine = projectedRatification(s, p).yes / 10000;
          if (pollOf(u, p) !== engine) c.mismatches.push(`${scenario} day ${s.day} ${p.join('.')}: ${pollOf(u, p)} vs ${engine}`);
        }
        const next = applyAction(s, bot(playerView(s, 'studio')));
        s = stepComputer(isError(next) ? (applyAction(s, { type: 'reject', side: 'studio' }) as GameState) : next, { offers: 0, below: [], withdrawn: 0, accepted: 0, votedDown: [], polled: 0, mismatches: [] }, '', 0);
      }
    }
    expect(c.polled).toBeGreaterThan(200);
    expect(c.mismatches.slice(0, 5)).toEqual([]);
  });

  it('tables nothing its members would vote down, so a studios’ player who signs its offer sees it ratified', () => {
    const c: Checked = { offers: 0, below: [], withdrawn: 0, accepted: 0, votedDown: [], polled: 0, mismatches: [] };
    for (const scenario of ['2023', '2026'])
      for (const difficulty of ['easy', 'normal', 'hard'] as Difficulty[])
        for (const st of sts)
          for (const seed of ['poll-1', 'poll-2', 'poll-3']) {
            const label = `${scenario} ${difficulty} ${st.name} ${seed}`;
            const g = createGame({ scenario, seed, human: 'studio', difficulty, pace: 'standard' });
            if (isError(g)) throw new Error(g.message);
            const signYes = playerView(g, 'union').aiParams.union.signYes;
            const bot = st.make(seed);
            let s = stepComputer(g, c, label, signYes);
            for (let move = 0; move < 400 && s.phase !== 'done'; move++) {
              const a = bot(playerView(s, 'studio'));
              const took = a.type === 'accept' && s.standing?.by === 'union' ? s.log.length : -1;
              const next = applyAction(s, a);
              s = stepComputer(isError(next) ? (applyAction(s, { type: 'reject', side: 'studio' }) as GameState) : next, c, label, signYes);
              if (took >= 0 && !isError(next)) {
                c.accepted++;
                // Play on to the count: the board's vote, then the members'.
                for (let k = 0; k < 50 && s.phase === 'ratification'; k++) s = stepComputer(applyAction(s, { type: 'countVotes', side: 'studio' }) as GameState, c, label, signYes);
                const votes = s.log.slice(took).filter((l) => l.kind === 'vote' && (l.ref === 'board' || l.ref === 'ratification'));
                if (votes.some((v) => v.data?.passed === false)) c.votedDown.push(`${label} day ${s.day}`);
              }
            }
          }
    expect(c.offers).toBeGreaterThan(500);
    expect(c.below.slice(0, 5)).toEqual([]);
    expect(c.accepted).toBeGreaterThan(20);
    expect(c.votedDown.slice(0, 5)).toEqual([]);
  });

  /**
   * A package its members have since turned against (their hopes rose) is withdrawn with a
   * reason, whether or not the studios put it back; it is never tabled again. Constructed: the
   * members' hopes are raised until the union's last package polls about 40%.
   */
  for (const copyBack of [false, true])
    it(`withdraws its own package the members now reject${copyBack ? ', when the studios put it back' : ''}, and says why`, () => {
      let s = game({ scenario: '2023', seed: 'poll-w', human: 'studio' });
      const sc = scenarioOf(s);
      const sp = spaceOf(sc);
      const ownLast = (x: GameState) => [...x.offers].reverse().find((o) => o.by === 'union')!.packages;
      const hopesAbove = (x: GameState, p: Package) => edit(x, (d) => d.members.forEach((m, i) => (m.expectation = segmentUtility(sp, i, p) + Math.round(sc.segments[i]!.sigma * 0.3))));
      // Sensible studios' play until the union has come far enough from its opening that raised
      // hopes can turn its members against its last package but not against its opening.
      const bot = sts.find((x) => x.name === 'moderate-logroller')!.make('poll-w');
      for (let k = 0; k < 40; k++) {
        const raised = hopesAbove(s, ownLast(s)[0]!);
        if (pollOf(playerView(raised, 'union'), sc.openings.union)! >= 0.7) break;
        s = act(s, bot(playerView(s, 'studio')));
      }
      const last = ownLast(s);
      const u0 = playerView(s, 'union');
      const signYes = u0.aiParams.union.signYes;
      expect(pollOf(u0, last[0]!)!).toBeGreaterThanOrEqual(signYes);
      s = hopesAbove(s, last[0]!);
      const u1 = playerView(s, 'union');
      const rejected = last.filter((p) => pollOf(u1, p)! < signYes);
      expect(rejected.length).toBeGreaterThan(0);
      expect(pollOf(u1, u1.opening)!).toBeGreaterThanOrEqual(signYes);
      const day = s.day;
      s = act(s, { type: 'propose', side: 'studio', packages: copyBack ? [last[0]!.slice()] : [playerView(s, 'studio').opening] });
      const said = s.log.filter((l) => l.kind === 'line' && l.side === 'union' && l.day > day).map((l) => l.ref);
      expect(said[0]).toBe(copyBack ? 'reject-final' : 'withdraw');
      const next = ownLast(s);
      expect(next).not.toBe(last);
      for (const p of rejected) expect(next.some((q) => q.every((l, i) => l === p[i]))).toBe(false);
      const u2 = playerView(s, 'union');
      for (const p of next) expect(pollOf(u2, p)!).toBeGreaterThanOrEqual(signYes);
    });
});
