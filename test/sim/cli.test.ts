import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { getScenario, spaceOf, utilityOf } from '../../src/sim';

/**
 * The real `npm run sim` as a user runs it: a child process, its stdout, stderr and exit code.
 * Node with tsx's loader is what `tsx src/cli/sim.ts` runs, without npx's and tsx's wrapper
 * processes (seconds each on a busy machine). Each run still takes about a second, so the runs
 * go side by side.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLE = 'examples/tit-for-tat.mjs';
const dir = mkdtempSync(join(tmpdir(), 'strike-clock-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function sim(args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], { cwd: ROOT, timeout: 30_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

function botFile(name: string, source: string): string {
  const path = join(dir, name);
  writeFileSync(path, source);
  return path;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed CLI output
type Json = any;

function expectShare(x: number): void {
  expect(x).toBeGreaterThanOrEqual(0);
  expect(x).toBeLessThanOrEqual(1);
}

function expectSummary(out: Json, scenario: string, side: string): void {
  expect(out).toMatchObject({ scenario, side, seed: '1', difficulty: 'normal' });
  for (const key of ['outcome', 'deal', 'days', 'strikeDays', 'ratification', 'scores', 'efficiency', 'stateHash', 'refused']) expect(out).toHaveProperty(key);
  expect(out.stateHash).toMatch(/^[0-9a-f]{16}$/);
  expect(typeof out.scores.union).toBe('number');
  expect(typeof out.scores.studio).toBe('number');
  expect(Object.keys(out.efficiency).sort()).toEqual(['distance', 'onFrontier', 'valueLeft']);
}

describe.concurrent('npm run sim', () => {
  test('the example bot finishes a round on each side without a refused move; --trace and --log agree', async () => {
    const log = join(dir, 'union.log.json');
    const [union, studio] = await Promise.all([
      sim(['--scenario', '2023', '--side', 'union', '--seed', '1', '--player', EXAMPLE, '--json', '--trace', '--save', log]),
      sim(['--scenario', '2026', '--side', 'studio', '--seed', '1', '--player', EXAMPLE, '--json']),
    ]);
    for (const [run, scenario, side] of [[union, '2023', 'union'], [studio, '2026', 'studio']] as const) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const out = JSON.parse(run.stdout);
      expectSummary(out, scenario, side);
      expect(out.refused).toBe(0);
      expect(['ratified', 'strikeCrumbled', 'mandateLost', 'allianceBroke', 'noDeal']).toContain(out.outcome);
    }

    const out = JSON.parse(union.stdout);
    expect(JSON.parse(studio.stdout)).not.toHaveProperty('trace');
    const { offers, days } = out.trace;
    // Every offer, with each of its packages scored on both sides' schedules (points, not deci-points).
    expect(new Set(offers.map((o: Json) => o.by))).toEqual(new Set(['union', 'studio']));
    const sp = spaceOf(getScenario('2023')!);
    for (const o of offers) {
      expect(o.points).toHaveLength(o.packages.length);
      o.packages.forEach((p: number[], i: number) => {
        expect(o.points[i].union).toBeCloseTo(utilityOf(sp, 'union', p) / 10, 6);
        expect(o.points[i].studio).toBeCloseTo(utilityOf(sp, 'studio', p) / 10, 6);
      });
    }
    // One entry per simulated day, from the day talks open to the last, with both sides' meters.
    expect(days.map((d: Json) => d.day)).toEqual(Array.from({ length: out.days + 1 }, (_, i) => i));
    for (const d of days) {
      for (const k of ['support', 'solidarity', 'hardship']) expectShare(d.union[k]);
      for (const k of ['savings', 'expectation', 'batna']) expect(typeof d.union[k]).toBe('number');
      for (const k of ['cohesion', 'pipeline']) expectShare(d.studio[k]);
      for (const k of ['studioLosses', 'dailyLoss', 'sharePrice', 'batna']) expect(typeof d.studio[k]).toBe('number');
      expect(d.public.union + d.public.studio).toBeLessThanOrEqual(1);
    }
    if (out.strikeDays > 0) expect(days.filter((d: Json) => d.phase === 'strike').length).toBeGreaterThan(0);

    // The saved log replays to the same state and the same trace.
    const replayed = await sim(['--log', log, '--json', '--trace']);
    expect(replayed.code).toBe(0);
    const again = JSON.parse(replayed.stdout);
    expect(again.stateHash).toBe(out.stateHash);
    expect(again.trace).toEqual(out.trace);
    expect(again.outcome).toBe(out.outcome);
  });

  test('a bot that returns garbage is refused three times in a row: outcome botError, exit 0, reasons on stderr', async () => {
    const bot = botFile('garbage.mjs', 'export function decide(view) { return "garbage"; }\n');
    const run = await sim(['--scenario', '2026', '--side', 'union', '--player', bot, '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expectSummary(out, '2026', 'union');
    expect(out).toMatchObject({ outcome: 'botError', refused: 3, refusals: 3 });
    expect(out.lastRefusal).toMatch(/must return an action/);
    expect(run.stderr.match(/refused: decide\(view\) must return an action/g)).toHaveLength(3);
    expect(run.stderr).toMatch(/botError/);
  });

  test('a bot that throws, or sends a move the engine refuses, is reported with the reason; its console.log stays off stdout', async () => {
    const thrower = botFile('throws.mjs', 'export default { decide() { console.log("thinking"); throw new Error("out of ideas"); } };\n');
    const illegal = botFile('illegal.js', 'export const decide = (v) => ({ type: "strike", side: v.side });\n');
    const [a, b] = await Promise.all([
      sim(['--side', 'studio', '--player', thrower, '--json']),
      sim(['--side', 'studio', '--player', illegal, '--json']),
    ]);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout)).toMatchObject({ outcome: 'botError', refused: 3, lastRefusal: 'the bot threw an error: out of ideas' });
    expect(a.stderr).toContain('thinking');
    expect(b.code).toBe(0);
    const out = JSON.parse(b.stdout);
    expect(out.outcome).toBe('botError');
    // The engine's own words, not the CLI's: a studio cannot strike.
    expect(b.stderr).toContain(`refused {"type":"strike","side":"studio"}: ${out.lastRefusal}`);
  });

  test('a missing bot file, or one without decide, is a usage error (exit 2) and no round is played', async () => {
    const noDecide = botFile('nodecide.mjs', 'export const think = () => null;\n');
    const [missing, empty] = await Promise.all([
      sim(['--player', join(dir, 'no-such-bot.mjs'), '--json']),
      sim(['--player', noDecide, '--json']),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('No bot file');
    expect(missing.stderr).toContain('no-such-bot.mjs');
    expect(empty.code).toBe(2);
    expect(empty.stdout).toBe('');
    expect(empty.stderr).toMatch(/does not export decide\(view\)/);
  });
});
