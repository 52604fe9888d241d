import { describe, expect, it } from 'vitest';
import { strategies } from '../../src/cli/balance';
import { advance, toMove } from '../../src/sim/advance';
import { applyAction } from '../../src/sim/reducer';
import { createGame, isError } from '../../src/sim/setup';
import type { Difficulty, GameState, Side } from '../../src/sim/types';
import { other } from '../../src/sim/types';
import { playerView } from '../../src/sim/view';

/**
 * The computer's word holds both ways: a player who puts the computer's own last package back on
 * the table has accepted its terms, and the computer signs. (A union bot that stepped down to the
 * studios' own package was met with "the offer on the table stands" until the calendar ran out:
 * the studios' reserve had risen above their offer since they made it.) Checked at every turn of
 * rounds played by sensible strategies, on both sides, both years and every difficulty.
 */
describe("the computer signs its own terms when they are offered back", async () => {
  const sts = (await strategies()).filter((s) => ['tit-for-tat', 'striker', 'moderate-logroller'].includes(s.name));
  it('at every turn of sensible play, on both sides', () => {
    let tried = 0;
    const refused: string[] = [];
    const kept: string[] = [];
    for (const scenario of ['2023', '2026'])
      for (const side of ['union', 'studio'] as Side[])
        for (const difficulty of ['easy', 'hard'] as Difficulty[])
          for (const st of sts)
            for (const seed of ['word-1', 'word-2']) {
              const bot = st.make(seed);
              const g = createGame({ scenario, seed, human: side, difficulty, pace: 'standard' });
              if (isError(g)) throw new Error(g.message);
              let s: GameState = advance(g);
              for (let move = 0; move < 300 && s.phase !== 'done'; move++) {
                const v = playerView(s, side);
                const theirs = [...v.offers].reverse().find((o) => o.by !== side);
                if (v.yourMove && v.phase !== 'ratification' && theirs && v.legal.some((l) => l.type === 'propose')) {
                  const back = applyAction(s, { type: 'propose', side, packages: [theirs.packages[0]!.slice()] });
                  if (!isError(back)) {
                    const after = advance(back);
                    const them = other(side);
                    // A union committee may still refuse what its members would now vote down.
                    const poll = side === 'studio' ? playerView(back, them).standingYes : null;
                    const signed = after.log.some((l) => l.side === them && l.ref === 'accept' && l.day >= s.day);
                    if (poll == null || poll[0]! >= v.aiParams.union.signYes) {
                      tried++;
                      if (!signed) refused.push(`${scenario} ${side} ${difficulty} ${st.name} ${seed} day ${s.day}`);
                    } else if (!signed && after.offers.some((o) => o.by === them && o.day >= back.day)) {
                      // Its members would vote its own package down: with its next offer it withdraws
                      // it and says why, rather than table it again ("We are close. Fix this", until
                      // the strike crumbled). (A strike called first is its answer for that turn.)
                      const said = after.log.filter((l) => l.side === them && l.kind === 'line' && l.day >= back.day).map((l) => l.ref);
                      const next = after.offers.filter((o) => o.by === them && o.day >= back.day)[0];
                      if (!said.includes('reject-final') || next!.packages.some((p) => p.every((l, i) => l === theirs.packages[0]![i])))
                        kept.push(`${scenario} ${difficulty} ${st.name} ${seed} day ${s.day}: ${said.join(',')}`);
                    }
                  }
                }
                const a = bot(v);
                const next = applyAction(s, a);
                s = advance(isError(next) ? (applyAction(s, { type: 'reject', side }) as GameState) : next);
                if (toMove(s) == null) break;
              }
            }
    expect(tried).toBeGreaterThan(200);
    expect(refused.slice(0, 5)).toEqual([]);
    // (Copy-backs its members now reject have grown rare since the union tables nothing its poll
    // rejects, so none may happen here; the withdrawal itself is required on constructed
    // states in poll.test.ts, and any that happens here is checked above.)
    expect(kept.slice(0, 5)).toEqual([]);
  });
});
