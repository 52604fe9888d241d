import { describe, expect, it } from 'vitest';
import { balance, SENSIBLE_GIVES, strategies, WORDS_TARGET, type Cell } from '../../src/cli/balance';
import { isError, playRound, scores, type Bot, type Package, type PlayerView } from '../../src/sim';
import type { Side } from '../../src/sim/types';

/**
 * The game-balance properties (issue "a negotiation worth playing"), asserted on the balance
 * table that `npm run balance` prints. `npm test` plays a small number of seeds per cell;
 * BALANCE_SEEDS=30 runs the full size. Eight, not four: the closest cell (2023, studios, hard:
 * sensible play 38.5 against a firm hold's 35.6 over 30 seeds, spreads of 8 to 13 points) was
 * decided by the luck of four seeds (34.1 against 31.6); it holds at 6, 8, 10, 12 and 30.
 */
const N = Number(process.env.BALANCE_SEEDS ?? 8);
const FAILURES: Record<Side, string[]> = { union: ['strikeCrumbled', 'mandateLost', 'noDeal'], studio: ['allianceBroke', 'noDeal'] };
const name = (c: Cell) => `${c.scenario} ${c.side} ${c.difficulty}`;

describe(`balance over ${N} seed(s) per cell`, async () => {
  const res = await balance(N);

  it('covers both scenarios, both sides and three difficulties, with sensible play and every probe', () => {
    expect(res.cells.map(name).sort()).toEqual(
      ['2023', '2026'].flatMap((s) => ['union', 'studio'].flatMap((side) => ['easy', 'normal', 'hard'].map((d) => `${s} ${side} ${d}`))).sort(),
    );
    for (const c of res.cells) {
      const kinds = Object.values(c.strategies).map((s) => s.kind);
      expect(kinds.filter((k) => k === 'sensible').length).toBeGreaterThanOrEqual(3);
      expect(Object.keys(c.strategies)).toEqual(expect.arrayContaining(['never-move', 'mediator-final', 'caucus-spam', 'reject-spam', 'accept-at-once', 'crumble-snatch', 'hold-fair', 'hold-firm', 'town-hall-holdout', 'slow-logroller']));
    }
  });

  it('the computer never goes back on its own public offer', () => {
    for (const c of res.cells) for (const [n, s] of Object.entries(c.strategies)) expect(s.retractionRate, `${name(c)} ${n}`).toBe(0);
  });

  it('a failure ending scores below every ratified deal a sensible player reaches on that side', () => {
    for (const c of res.cells) {
      const failures = Object.values(c.strategies).flatMap((s) => Object.entries(s.byOutcome).filter(([o]) => FAILURES[c.side].includes(o)).map(([, x]) => x.mean));
      const sensible = Object.values(c.strategies)
        .filter((s) => s.kind === 'sensible' && s.byOutcome.ratified)
        .map((s) => s.byOutcome.ratified!.mean);
      expect(sensible.length, name(c)).toBeGreaterThan(0);
      if (failures.length) expect(Math.max(...failures), name(c)).toBeLessThan(Math.min(...sensible));
    }
  });

  it('says what it does: "we have moved" comes with a move the player can feel, a firm line with little', () => {
    expect(Object.keys(res.words).sort()).toEqual(['2023 studio', '2023 union', '2026 studio', '2026 union']);
    for (const [k, w] of Object.entries(res.words)) {
      expect(w.moving, k).toBeGreaterThan(20);
      expect(w.firm, k).toBeGreaterThan(20);
      expect(w.movingSmall / w.moving, k).toBeLessThan(WORDS_TARGET.moving);
      expect(w.firmBig / w.firm, k).toBeLessThan(WORDS_TARGET.firm);
    }
  });

  it('answers a concession with a concession, and holding firm with (at most) less', () => {
    for (const [k, r] of Object.entries(res.reciprocity)) {
      expect(r.n, k).toBeGreaterThan(0);
      expect(r.afterConcession, k).toBeGreaterThan(r.afterFirm);
    }
  });

  it('a strike presses the computer: in its own points it concedes at least as fast during a strike as before it, in both years (2026 measured over every round of sensible play that came to a strike: history had none)', () => {
    expect(res.hicks['2026 union']!.by).toBe('sensible play');
    expect(res.hicks['2026 studio']!.by).toBe('sensible play');
    for (const k of ['2023 union', '2023 studio', '2026 union', '2026 studio']) {
      const h = res.hicks[k]!;
      expect(h.n, k).toBeGreaterThan(0);
      expect(h.ownDuring, k).toBeGreaterThan(0);
      expect(h.ownDuring, k).toBeGreaterThanOrEqual(h.ownBefore);
    }
  });

  it('difficulty matters: a player who adapts (tit-for-tat, hardliner) scores more against the easy computer than the hard one, on every side', () => {
    for (const [k, row] of Object.entries(res.difficulty)) for (const st of ['tit-for-tat', 'hardliner']) expect(row[st]!.gap, `${k} ${st}`).toBeGreaterThan(0);
    expect(Object.keys(res.difficulty).sort()).toEqual(['2023 studio', '2023 union', '2026 studio', '2026 union']);
  });

  // A long strike used to end where the studios' alliance cracked, whatever the difficulty (the
  // 2023 striker scored 60.3 on normal and 61.3 on hard over 30 seeds); a hard alliance now bears
  // more and holds a higher floor. The full-size target (6 points) is npm run balance's; at this
  // size every bargaining union strategy must still gain 3 points or more against the easy studios.
  it('difficulty matters for every union strategy that bargains, in both years', () => {
    for (const k of ['2023 union', '2026 union'])
      for (const st of ['tit-for-tat', 'hardliner', 'logroller', 'striker', 'patient-striker', 'mirror']) expect(res.difficulty[k]![st]!.gap, `${k} ${st}`).toBeGreaterThanOrEqual(3);
  });

  // What the table calls sensible must move toward a deal. The slow logroller (a level every third
  // offer, never less than its own demand) sat with sensible play and gave 3-7% of the room
  // against the hard computer, ending like never moving; it is a probe now, and this keeps any
  // other hold dressed as movement out of the sensible set.
  it('sensible play gives at least a tenth of the room between the openings against the hard computer; the holding probes give less', () => {
    for (const c of res.cells) {
      if (c.difficulty !== 'hard') continue;
      for (const [n, st] of Object.entries(c.strategies)) if (st.kind === 'sensible') expect(st.gave, `${name(c)} ${n}`).toBeGreaterThanOrEqual(SENSIBLE_GIVES);
      for (const n of ['never-move', 'crumble-snatch', 'slow-logroller']) expect(c.strategies[n]!.gave, `${name(c)} ${n}`).toBeLessThan(SENSIBLE_GIVES);
    }
  });

  // No probe beats the best sensible play in any cell. (Against the easy 2026 union the studios'
  // mediator-final play edged every sensible strategy, 69.9 against 69.6 over 30 seeds; sensible
  // play now includes negotiating the way the computer does (70.9), and the mediator reads each
  // walk-away to within 3.5 points rather than 5, which its gamble fed on: 68.0.)
  it('no probe strategy beats the best sensible play, in any cell', () => {
    for (const c of res.cells) expect(c.bestProbe.mean, `${name(c)}: ${c.bestProbe.name}`).toBeLessThan(c.bestSensible.mean);
  });

  // Holds found by strategy hunts, kept as regressions: one package on the table for the whole
  // round. Studios holding an offer the members narrowly rejected (45% yes) were neither struck
  // nor signed with, and the no-deal ending scored 48.4 against sensible play's 38.5; a union
  // holding the Nash package was taken by the hard studios in the last month (71.0 against 65.5);
  // a union that made one token step, held a frontier package and struck 40 days before the
  // season's end saw the studios' walk-away fall at once under it (73.8 against 65.5). Now the
  // union strikes against an offer its members reject, a union that never moved gets no endgame
  // discount, and a late strike threatens the studios only with the days the season has left.
  const points = (v: PlayerView, p: Package) => p.reduce((t, l, i) => t + v.issues[i]!.levels[l]!.points, 0);
  /** One level worse for the other side on the issue where that gains this side most. */
  const worse = (v: PlayerView, p: Package): Package => {
    let at = -1;
    let gain = 0;
    p.forEach((l, i) => {
      const lv = v.issues[i]!.levels;
      for (const k of [l - 1, l + 1]) if (lv[k] && lv[k]!.points - lv[l]!.points > gain) (gain = lv[k]!.points - lv[l]!.points), (at = i * 100 + k);
    });
    const q = p.slice();
    if (at >= 0) q[Math.floor(at / 100)] = at % 100;
    return q;
  };
  const holdOne =
    (pkg: Package, o: { token?: boolean; strikeBefore?: number } = {}): Bot =>
    (v) => {
      if (v.phase === 'ratification') return { type: 'countVotes', side: v.side };
      if (v.side === 'union' && v.legal.some((l) => l.type === 'authorize') && v.day >= v.expiryDay - 14) return { type: 'authorize', side: 'union' };
      if (o.strikeBefore != null && v.phase === 'holdout' && v.legal.some((l) => l.type === 'strike') && v.day >= v.hardCapDay - o.strikeBefore) return { type: 'strike', side: 'union' };
      const mine = v.offers.filter((x) => x.by === v.side).length; // the opening counts as one
      const ask = o.token && mine < 2 ? worse(v, pkg) : pkg;
      const best = v.standing && v.standing.by !== v.side ? v.standing.packages.findIndex((p) => points(v, p) >= points(v, ask) - 0.01) : -1;
      return best >= 0 ? { type: 'accept', side: v.side, index: best } : { type: 'propose', side: v.side, packages: [ask.slice()] };
    };
  const meanOf = (h: { scenario: '2023' | '2026'; side: Side; difficulty: 'easy' | 'normal' | 'hard'; bot: Bot }) =>
    Array.from({ length: N }, (_, i) => {
      const r = playRound({ scenario: h.scenario, seed: `bal-${i + 1}`, human: h.side, difficulty: h.difficulty, pace: 'standard' }, { [h.side]: h.bot });
      if (isError(r)) throw new Error(r.message);
      return scores(r.state)[h.side];
    }).reduce((a, b) => a + b, 0) / N;
  const sensibleOf = (scenario: string, side: Side, difficulty: string) => res.cells.find((c) => c.scenario === scenario && c.side === side && c.difficulty === difficulty)!.bestSensible.mean;
  const hunted: { what: string; scenario: '2023' | '2026'; side: Side; difficulty: 'normal' | 'hard'; bot: Bot }[] = [
    { what: 'studios holding [20,6,4,5,8,0,1]', scenario: '2023', side: 'studio', difficulty: 'hard', bot: holdOne([20, 6, 4, 5, 8, 0, 1]) },
    { what: 'a union holding the Nash package [10,4,4,4,6,1,1]', scenario: '2026', side: 'union', difficulty: 'hard', bot: holdOne([10, 4, 4, 4, 6, 1, 1]) },
    { what: 'a union holding [14,4,4,4,6,1,1] after a token step, striking 40 days before the end', scenario: '2026', side: 'union', difficulty: 'hard', bot: holdOne([14, 4, 4, 4, 6, 1, 1], { token: true, strikeBefore: 40 }) },
    { what: 'a union holding [13,4,4,4,7,1,1] after a token step, striking 40 days before the end', scenario: '2026', side: 'union', difficulty: 'normal', bot: holdOne([13, 4, 4, 4, 7, 1, 1], { token: true, strikeBefore: 40 }) },
  ];
  for (const h of hunted) {
    it(`${h.scenario} ${h.side} ${h.difficulty}: ${h.what} does not beat sensible play`, () => {
      expect(meanOf(h)).toBeLessThan(sensibleOf(h.scenario, h.side, h.difficulty));
    });
  }

  // A class shares one seed. A 2023 union that never moved and struck until the studios'
  // alliance split took its opening on the seeds where the alliance broke first: 73-80 points,
  // above every sensible strategy on the same seed on 6-8 seeds of 30 (its mean, 29-34, hid
  // it). Its members now turn on a committee that will not move while the studios do.
  it('2023: a union that never moves beats sensible play on no seed', async () => {
    const sts = await strategies();
    const never = sts.find((x) => x.name === 'never-move')!;
    const wins: string[] = [];
    for (const difficulty of ['easy', 'normal'] as const)
      for (let i = 1; i <= N; i++) {
        const seed = `bal-${i}`;
        const play = (bot: Bot) => {
          const r = playRound({ scenario: '2023', seed, human: 'union', difficulty, pace: 'standard' }, { union: bot });
          if (isError(r)) throw new Error(r.message);
          return scores(r.state).union;
        };
        const best = Math.max(...sts.filter((x) => x.kind === 'sensible').map((x) => play(x.make(seed))));
        const held = play(never.make(seed));
        if (held > best) wins.push(`${difficulty} ${seed}: ${held} > ${best}`);
      }
    expect(wins).toEqual([]);
  });

  // Two packages found by the same hunt still beat every bot this table calls sensible: 2026
  // studios offering [4,2,4,4,5,1,1], a frontier package just above the union's highest possible
  // walk-away (76.2 against 69.3 over 30 seeds), and a 2026 union asking the hard studios for
  // the Nash package [10,4,4,4,6,1,1] (71.0 against the mirror's 66.7). Both are frontier
  // packages a class can read off the debrief, and what pays is the package, not the hold:
  // reaching it one step at a time scores the same as holding it from the start. That is what
  // is checked here, so that standing still never pays of itself.
  const ladderTo =
    (pkg: Package, steps: number): Bot =>
    (v) => {
      if (v.phase === 'ratification') return { type: 'countVotes', side: v.side };
      if (v.side === 'union' && v.legal.some((l) => l.type === 'authorize') && v.day >= v.expiryDay - 14) return { type: 'authorize', side: 'union' };
      const k = Math.min(steps, v.offers.filter((x) => x.by === v.side).length); // the opening counts as one
      const ask = v.opening.map((l, i) => Math.round(l + ((pkg[i]! - l) * k) / steps));
      const best = v.standing && v.standing.by !== v.side ? v.standing.packages.findIndex((p) => points(v, p) >= points(v, ask) - 0.01) : -1;
      return best >= 0 ? { type: 'accept', side: v.side, index: best } : { type: 'propose', side: v.side, packages: [ask] };
    };
  const paths: { what: string; scenario: '2026'; side: Side; difficulty: 'normal' | 'hard'; pkg: Package }[] = [
    { what: 'studios offering [4,2,4,4,5,1,1]', scenario: '2026', side: 'studio', difficulty: 'normal', pkg: [4, 2, 4, 4, 5, 1, 1] },
    { what: 'a union asking for the Nash package', scenario: '2026', side: 'union', difficulty: 'hard', pkg: [10, 4, 4, 4, 6, 1, 1] },
  ];
  for (const x of paths) {
    it(`${x.scenario} ${x.side} ${x.difficulty}: ${x.what} gain nothing by holding it rather than reaching it step by step`, () => {
      const held = meanOf({ ...x, bot: holdOne(x.pkg, { token: true }) });
      const stepped = meanOf({ ...x, bot: ladderTo(x.pkg, 8) });
      expect(held).toBeLessThanOrEqual(stepped + 1);
    });
  }
});
