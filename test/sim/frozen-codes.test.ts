/**
 * Frozen result codes (fixtures/frozen-codes.json): codes made from whole bot rounds, with what
 * verifying them gave when they were frozen. A code a student hands in must verify to the same
 * result for as long as ENGINE_VERSION stays the same.
 *
 * IF A FIGURE HERE CHANGES, THE ENGINE'S BEHAVIOUR CHANGED for codes already handed in. Do not
 * paste the new figure into the fixture. Find out why; if it is intended, bump ENGINE_VERSION in
 * src/sim/version.ts (the version test below then fails until the fixture is remade) and run
 *
 *   npx tsx test/sim/fixtures/make-frozen-codes.ts
 *
 * which refuses to replace a fixture made by the same version unless given --force.
 *
 * Each code is checked through the paths people use: verifyResultCode (the core), the teacher
 * page's import (importText, the class-table rows) and `npm run verify` (the CLI, run as a process).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/app/classroom';
import { parseClassCode, verifyResultCode } from '../../src/app/codes';
import { ENGINE_VERSION, summarize } from '../../src/sim/index';
import type { FrozenCode, FrozenFixture } from './fixtures/make-frozen-codes';

const fixture = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/frozen-codes.json', import.meta.url)), 'utf8')) as FrozenFixture;
const { codes } = fixture;

/** The figures a verifier reports, in the fixture's shape. */
const figures = (s: { outcome: FrozenCode['expected']['outcome']; days: number; strikeDays: number; scores: { union: number; studio: number } }) => ({
  outcome: s.outcome,
  days: s.days,
  strikeDays: s.strikeDays,
  scores: { union: s.scores.union, studio: s.scores.studio },
});
const frozenFigures = (c: FrozenCode) => figures(c.expected);

describe('frozen codes: engine version', () => {
  it('the fixture was made by this engine version (after a bump, remake it with make-frozen-codes.ts)', () => {
    expect(fixture.engineVersion).toBe(ENGINE_VERSION);
  });
});

describe('frozen codes: the fixture', () => {
  it('holds 6 to 12 finished rounds: both scenarios, both sides, several difficulties', () => {
    expect(codes.length).toBeGreaterThanOrEqual(6);
    expect(codes.length).toBeLessThanOrEqual(12);
    const has = (f: (c: FrozenCode) => boolean) => codes.some(f);
    for (const scenario of ['2023', '2026']) for (const human of ['union', 'studio']) expect(has((c) => c.config.scenario === scenario && c.config.human === human), `${scenario}/${human}`).toBe(true);
    expect(new Set(codes.map((c) => c.config.difficulty)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(codes.map((c) => c.expected.stateHash)).size).toBe(codes.length);
    for (const c of codes) {
      expect(c.code.split('.')[1], c.name).toBe(`V${fixture.engineVersion}`);
      expect(c.expected.outcome, c.name).not.toBeNull();
    }
  });
});

describe('frozen codes: verifyResultCode', () => {
  for (const c of codes)
    it(`${c.name}: verifies to the frozen figures`, () => {
      const v = verifyResultCode(c.code);
      if (!v.ok) throw new Error(v.error);
      const s = summarize(v.value.state);
      expect(figures(s)).toEqual(frozenFigures(c));
      expect(s.stateHash).toBe(c.expected.stateHash);
      expect(v.value.actions).toHaveLength(c.expected.moves);
      expect(v.value.nickname).toBe(c.nickname);
      expect(v.value.config).toEqual(c.config);
      const cc = parseClassCode(v.value.classCode);
      expect(cc.ok && cc.value).toEqual(c.config);
    });
});

describe('frozen codes: the teacher page', () => {
  it('imports every code as a class-table row with the frozen figures', () => {
    const r = importText([], codes.map((c) => `${c.nickname || 'anonymous'}: ${c.code}`).join('\n'), 'frozen-codes.txt');
    expect(r.problems).toEqual([]);
    expect(r.duplicates).toEqual([]);
    expect(r.added).toHaveLength(codes.length);
    r.added.forEach((row, i) => {
      const c = codes[i]!;
      expect(row.key).toBe(c.code);
      expect(figures(row), c.name).toEqual(frozenFigures(c));
      expect(row.moves).toBe(c.expected.moves);
      expect(row.nickname).toBe(c.nickname);
    });
  });
});

describe('frozen codes: npm run verify', () => {
  it('the CLI verifies every code to the frozen figures and exits 0', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), 'frozen-codes-'));
    try {
      const file = join(dir, 'codes.txt');
      writeFileSync(file, `${codes.map((c) => c.code).join('\n')}\n`);
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/verify.ts', '--file', file], { cwd: root, encoding: 'utf8', timeout: 60_000 });
      expect(run.error, 'the CLI did not run').toBeUndefined();
      expect(run.status, run.stderr).toBe(0);
      const out = JSON.parse(run.stdout) as { ok: boolean; nickname: string; moves: number; summary: ReturnType<typeof summarize> }[];
      expect(out).toHaveLength(codes.length);
      out.forEach((o, i) => {
        const c = codes[i]!;
        expect(o.ok, c.name).toBe(true);
        expect(figures(o.summary), c.name).toEqual(frozenFigures(c));
        expect(o.summary.stateHash).toBe(c.expected.stateHash);
        expect(o.moves).toBe(c.expected.moves);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
