import { describe, expect, it } from 'vitest';
import { balance, type Cell } from '../../src/cli/balance';
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
      expect(Object.keys(c.strategies)).toEqual(expect.arrayContaining(['never-move', 'mediator-final', 'caucus-spam', 'reject-spam', 'accept-at-once', 'crumble-snatch', 'hold-fair', 'hold-firm', 'town-hall-holdout']));
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

  it('answers a concession with a concession, and holding firm with (at most) less', () => {
    for (const [k, r] of Object.entries(res.reciprocity)) {
      expect(r.n, k).toBeGreaterThan(0);
      expect(r.afterConcession, k).toBeGreaterThan(r.afterFirm);
    }
  });

  it('a strike presses the computer: in its own points it concedes at least as fast during a 2023 strike as before it', () => {
    for (const k of ['2023 union', '2023 studio']) {
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

  // In 2023 no probe beats the best sensible play on either side.
  it('2023: no probe strategy beats the best sensible play', () => {
    for (const c of res.cells.filter((x) => x.scenario === '2023')) expect(c.bestProbe.mean, `${name(c)}: ${c.bestProbe.name}`).toBeLessThan(c.bestSensible.mean);
  });

  // In 2026 no probe beats it against the normal and hard committees (a studio that conceded
  // one level every sixth offer and let the union's strike crumble did, until strike losses were
  // priced like the deal's money).
  it('2026, normal and hard: no probe strategy beats the best sensible play', () => {
    for (const c of res.cells.filter((x) => x.scenario === '2026' && x.difficulty !== 'easy')) expect(c.bestProbe.mean, `${name(c)}: ${c.bestProbe.name}`).toBeLessThan(c.bestSensible.mean);
  });

  // Holds found by a strategy hunt, kept as regressions: one package on the table for the whole
  // round, never a strike. Studios holding an offer the members narrowly rejected (45% yes) were
  // neither struck nor signed with, and the no-deal ending scored 48.4 against sensible play's
  // 38.5; a union holding the Nash package was taken by the hard studios in the last month (71.0
  // against 65.5). Now the union strikes against an offer its members reject, and a committee
  // facing a side that has not moved in three offers holds at its own stance to the end.
  const points = (v: PlayerView, p: Package) => p.reduce((t, l, i) => t + v.issues[i]!.levels[l]!.points, 0);
  const holdOne =
    (pkg: Package): Bot =>
    (v) => {
      if (v.phase === 'ratification') return { type: 'countVotes', side: v.side };
      if (v.side === 'union' && v.legal.some((l) => l.type === 'authorize') && v.day >= v.expiryDay - 14) return { type: 'authorize', side: 'union' };
      const best = v.standing && v.standing.by !== v.side ? v.standing.packages.findIndex((p) => points(v, p) >= points(v, pkg) - 0.01) : -1;
      return best >= 0 ? { type: 'accept', side: v.side, index: best } : { type: 'propose', side: v.side, packages: [pkg.slice()] };
    };
  const hunted: { scenario: '2023' | '2026'; side: Side; difficulty: 'normal' | 'hard'; pkg: Package }[] = [
    { scenario: '2023', side: 'studio', difficulty: 'hard', pkg: [20, 6, 4, 5, 8, 0, 1] },
    { scenario: '2026', side: 'union', difficulty: 'hard', pkg: [10, 4, 4, 4, 6, 1, 1] },
  ];
  for (const h of hunted) {
    it(`${h.scenario} ${h.side} ${h.difficulty}: holding [${h.pkg.join(',')}] all round does not beat sensible play`, () => {
      const cell = res.cells.find((c) => c.scenario === h.scenario && c.side === h.side && c.difficulty === h.difficulty)!;
      const got = Array.from({ length: N }, (_, i) => {
        const r = playRound({ scenario: h.scenario, seed: `bal-${i + 1}`, human: h.side, difficulty: h.difficulty, pace: 'standard' }, { [h.side]: holdOne(h.pkg) });
        if (isError(r)) throw new Error(r.message);
        return scores(r.state)[h.side];
      });
      expect(got.reduce((a, b) => a + b, 0) / N).toBeLessThan(cell.bestSensible.mean);
    });
  }

  // Known open defect, kept visible: against the easy union of 2026, the studios' mediator-final
  // play (call the mediator, put its package down as last, best and final) scores about a point
  // above the best sensible play over 30 seeds (70.7 against 69.6), with a 24-day strike.
  it.fails('2026, easy: no probe strategy beats the best sensible play', () => {
    for (const c of res.cells.filter((x) => x.scenario === '2026' && x.difficulty === 'easy')) expect(c.bestProbe.mean, `${name(c)}: ${c.bestProbe.name}`).toBeLessThan(c.bestSensible.mean);
  });
});
