import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { botFor } from '../sim/ai/bots';
import { decide } from '../sim/ai/computer';
import { advance } from '../sim/advance';
import { playerView } from '../sim/view';
import { playRound } from '../sim/ai/play';
import { debrief } from '../sim/analysis/debrief';
import { bruteForceFrontier, paretoFrontier } from '../sim/analysis/frontier';
import { makeResultCode, verifyResultCode } from '../app/codes';
import { getScenario } from '../sim/scenarios';
import { createGame, isError } from '../sim/setup';
import { applyAction } from '../sim/reducer';
import { spaceOf } from '../sim/space';
import type { GameConfig, GameState, Side } from '../sim/types';

/**
 * `npm run bench`: one JSON object per line, { "name", "value", "unit" }. Every figure is the
 * median of several runs; ratios are measured side by side in the same run.
 * `--engine` skips the build and browser measurements.
 */

const out = (name: string, value: number, unit: string) => process.stdout.write(`${JSON.stringify({ name, value: Number(value.toFixed(3)), unit })}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
function time(fn: () => void, runs: number, warm = 2): number {
  for (let i = 0; i < warm; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

const cfg = (scenario: string, human: Side, seed: string): GameConfig => ({ scenario, seed, human, difficulty: 'normal', pace: 'standard' });
function round(c: GameConfig, bot = 'historical') {
  const r = playRound(c, { [c.human as Side]: botFor(bot as 'historical') });
  if (isError(r)) throw new Error(r.message);
  return r;
}

function engine(): void {
  // One AI decision: the computer's committee choosing its move, on states taken from real rounds.
  const samples: { state: GameState; side: Side }[] = [];
  for (const [scen, human] of [
    ['2023', 'union'],
    ['2026', 'studio'],
  ] as const) {
    const c = cfg(scen, human, 'bench');
    const r = round(c);
    // Re-walk the round, keeping each state just before a proposal.
    let state = advance(createGame(c) as GameState);
    for (const a of r.actions) {
      const next = applyAction(state, a);
      if (isError(next)) throw new Error(next.message);
      if (next.phase !== 'done' && next.phase !== 'ratification' && next.turn !== human) samples.push({ state: next, side: next.turn });
      state = advance(next);
    }
  }
  const decisions: number[] = [];
  for (let rep = 0; rep < 5; rep++)
    for (const smp of samples) {
      const t = performance.now();
      decide(playerView(smp.state, smp.side), smp.state.ai[smp.side]);
      decisions.push(performance.now() - t);
    }
  out('ai_decision_median', median(decisions), 'ms');

  out('round_2023_union_historical_median', time(() => round(cfg('2023', 'union', 'bench')), 15), 'ms');
  out('round_2026_studio_historical_median', time(() => round(cfg('2026', 'studio', 'bench')), 15), 'ms');

  // The exact frontier of the full 1.28M-outcome space, two ways, side by side.
  const sp = spaceOf(getScenario('2023')!);
  const merge = time(() => paretoFrontier(sp.tables.union, sp.tables.studio), 31, 5);
  const brute = time(() => bruteForceFrontier(sp.tables.union, sp.tables.studio), 5, 1);
  out('outcome_space_size', sp.size, 'outcomes');
  out('frontier_points', paretoFrontier(sp.tables.union, sp.tables.studio).a.length, 'points');
  out('frontier_merge_median', merge, 'ms');
  out('frontier_enumerate_sort_median', brute, 'ms');
  out('frontier_speedup_merge_vs_enumerate', brute / merge, 'x');

  // Verifying 40 result codes (a class set), and one debrief.
  const codes: string[] = [];
  const bots = ['historical', 'hardliner', 'conceder', 'random'];
  for (let i = 0; i < 40; i++) {
    const c: GameConfig = { scenario: i % 2 ? '2023' : '2026', seed: `B${String(i).padStart(4, '0')}`, human: i % 4 < 2 ? 'union' : 'studio', difficulty: 'normal', pace: 'standard' };
    const r = round(c, bots[i % 4]);
    const code = makeResultCode(c, r.actions, r.state, `student ${i}`);
    if (!code.ok) throw new Error(code.error);
    codes.push(code.value);
  }
  out(
    'verify_40_result_codes_median',
    time(() => {
      for (const c of codes) if (!verifyResultCode(c).ok) throw new Error('a bench code failed to verify');
    }, 5, 1),
    'ms',
  );
  const finished = round(cfg('2023', 'union', 'bench')).state;
  out('debrief_median', time(() => debrief(finished), 31, 3), 'ms');
}

async function web(): Promise<void> {
  const { build, preview } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'strike-clock-bench-'));
  try {
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const assets = join(outDir, 'assets');
    const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
    const gz = (f: string) => gzipSync(readFileSync(join(assets, f)), { level: 9 }).length / 1024;
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    // JS before the first interaction: the entry script and what index.html preloads.
    const initial = files.filter((f) => html.includes(`assets/${f}`));
    out('js_initial_gzip', initial.reduce((a, f) => a + gz(f), 0), 'kB');
    out('js_all_gzip', files.reduce((a, f) => a + gz(f), 0), 'kB');
    const phaser = files.find((f) => f.startsWith('phaser'));
    if (phaser) out('js_phaser_chunk_gzip', gz(phaser), 'kB');

    const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
    const url = server.resolvedUrls?.local[0];
    let browser;
    try {
      const { launch } = await import('../../test/e2e/browser');
      browser = await launch();
    } catch (e) {
      process.stderr.write(`bench: no Chromium, skipping browser figures (${(e as Error).message})\n`);
    }
    if (browser && url) {
      const lcp: number[] = [];
      const cls: number[] = [];
      const action: number[] = [];
      for (let i = 0; i < 7; i++) {
        const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
        await page.addInitScript(() => {
          const w = window as unknown as { __lcp: number; __cls: number };
          w.__lcp = 0;
          w.__cls = 0;
          new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.__lcp = e.startTime))).observe({ type: 'largest-contentful-paint', buffered: true });
          new PerformanceObserver((l) =>
            l.getEntries().forEach((e) => {
              const ls = e as unknown as { hadRecentInput: boolean; value: number };
              if (!ls.hadRecentInput) w.__cls += ls.value;
            }),
          ).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(`${url}?e2e=1`, { waitUntil: 'load' });
        await page.waitForFunction(() => (window as unknown as { __STRIKE_CLOCK__?: { store: { getState(): { renderer: string | null } } } }).__STRIKE_CLOCK__?.store.getState().renderer != null);
        await page.waitForTimeout(300);
        const m = await page.evaluate(() => ({ lcp: (window as unknown as { __lcp: number }).__lcp, cls: (window as unknown as { __cls: number }).__cls }));
        lcp.push(m.lcp);
        cls.push(m.cls);
        // A UI action to its DOM update: "Start a round" until the setup form is in the page and painted.
        action.push(
          await page.evaluate(
            () =>
              new Promise<number>((resolve) => {
                const btn = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Start a round')!;
                const t0 = performance.now();
                btn.click();
                const ok = document.getElementById('setup-form') !== null;
                requestAnimationFrame(() => resolve(ok ? performance.now() - t0 : Number.NaN));
              }),
          ),
        );
        await page.close();
      }
      out('largest_contentful_paint_median', median(lcp), 'ms');
      out('cumulative_layout_shift_median', median(cls), 'score');
      out('ui_action_to_dom_update_median', median(action), 'ms');
      await browser.close();
    }
    await server.close();
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

engine();
if (!process.argv.includes('--engine')) await web();
