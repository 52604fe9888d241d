import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { makeResultCode, verifyResultCode } from '../app/codes';
import { liveLines } from './liveLoad';
import { teacherLines } from './benchTeacher';
import { advance, applyAction, botFor, bruteForceFrontier, createGame, debrief, decide, getScenario, isError, paretoFrontier, playerView, playRound, spaceOf, type GameConfig, type GameState, type Side } from '../sim';

/**
 * `npm run bench`: one JSON object per line, { "name", "value", "unit" }. Every figure is the
 * median of several runs; ratios are measured side by side in the same run.
 * `--engine` skips the build, browser and live-class measurements; `--live` runs only the live
 * class's load (liveLoad.ts: real server processes, Redis, 60 bot clients).
 *
 * Every timing comes twice, because the machines are shared: `name` is the median wall time and
 * `name_cpu` the median CPU time of the same runs. In Node that is process.cpuUsage() (user +
 * system, all of the process's threads, so GC helpers can push it above the wall time); in
 * Chromium it is the page's main-thread CPU time (DevTools' ThreadTime). CPU well below wall
 * means the run waited: for the machine, for I/O, or for a frame.
 */

const out = (name: string, value: number, unit: string) => process.stdout.write(`${JSON.stringify({ name, value: Number(value.toFixed(3)), unit })}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
/** One run's wall time and CPU time, ms. */
interface Timing {
  wall: number;
  cpu: number;
}
function measure(fn: () => void): Timing {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}
const medians = (xs: Timing[]): Timing => ({ wall: median(xs.map((x) => x.wall)), cpu: median(xs.map((x) => x.cpu)) });
function time(fn: () => void, runs: number, warm = 2): Timing {
  for (let i = 0; i < warm; i++) fn();
  const xs: Timing[] = [];
  for (let i = 0; i < runs; i++) xs.push(measure(fn));
  return medians(xs);
}
/** A timing as two lines: `name` (wall) and `name_cpu`. */
function outTiming(name: string, t: Timing): void {
  out(name, t.wall, 'ms');
  out(`${name}_cpu`, t.cpu, 'ms');
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
  const decisions: Timing[] = [];
  for (let rep = 0; rep < 5; rep++) for (const smp of samples) decisions.push(measure(() => decide(playerView(smp.state, smp.side), smp.state.ai[smp.side])));
  outTiming('ai_decision_median', medians(decisions));

  outTiming('round_2023_union_historical_median', time(() => round(cfg('2023', 'union', 'bench')), 15));
  outTiming('round_2026_studio_historical_median', time(() => round(cfg('2026', 'studio', 'bench')), 15));

  // The exact frontier of the full 1.28M-outcome space, two ways, side by side.
  const sp = spaceOf(getScenario('2023')!);
  const merge = time(() => paretoFrontier(sp.tables.union, sp.tables.studio), 31, 5);
  const brute = time(() => bruteForceFrontier(sp.tables.union, sp.tables.studio), 5, 1);
  out('outcome_space_size', sp.size, 'outcomes');
  out('frontier_points', paretoFrontier(sp.tables.union, sp.tables.studio).a.length, 'points');
  outTiming('frontier_merge_median', merge);
  outTiming('frontier_enumerate_sort_median', brute);
  out('frontier_speedup_merge_vs_enumerate', brute.wall / merge.wall, 'x');
  if (merge.cpu > 0) out('frontier_speedup_merge_vs_enumerate_cpu', brute.cpu / merge.cpu, 'x');

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
  outTiming(
    'verify_40_result_codes_median',
    time(() => {
      for (const c of codes) if (!verifyResultCode(c).ok) throw new Error('a bench code failed to verify');
    }, 5, 1),
  );
  const finished = round(cfg('2023', 'union', 'bench')).state;
  outTiming('debrief_median', time(() => debrief(finished), 31, 3));
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
    // The live class's client (Colyseus' browser client), fetched only when a live class is opened.
    const live = files.filter((f) => readFileSync(join(assets, f), 'utf8').includes('colyseus.js'));
    out('js_live_client_gzip', live.reduce((a, f) => a + gz(f), 0), 'kB');

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
      const loadCpu: number[] = [];
      const cls: number[] = [];
      const action: Timing[] = [];
      for (let i = 0; i < 7; i++) {
        const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
        // The page's main-thread CPU time, ms (DevTools' ThreadTime, counted in thread ticks).
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
        const threadMs = async () => 1000 * ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN);
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
        // Beside the paint: the main thread's CPU from navigation to the load event. The title
        // screen is plain DOM, painted within a few ms of load; Phaser is fetched after load and
        // is not counted.
        const nav0 = await threadMs();
        await page.goto(`${url}?e2e=1`, { waitUntil: 'load' });
        loadCpu.push((await threadMs()) - nav0);
        await page.waitForFunction(() => (window as unknown as { __STRIKE_CLOCK__?: { store: { getState(): { renderer: string | null } } } }).__STRIKE_CLOCK__?.store.getState().renderer != null);
        await page.waitForTimeout(300);
        const m = await page.evaluate(() => ({ lcp: (window as unknown as { __lcp: number }).__lcp, cls: (window as unknown as { __cls: number }).__cls }));
        lcp.push(m.lcp);
        cls.push(m.cls);
        // A UI action to its DOM update: "Start a round" until the setup form is in the page and
        // painted; its CPU is the main thread's over the whole call (a little DevTools overhead included).
        const cpu0 = await threadMs();
        const wall = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const btn = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Start a round')!;
              const t0 = performance.now();
              btn.click();
              const ok = document.getElementById('setup-form') !== null;
              requestAnimationFrame(() => resolve(ok ? performance.now() - t0 : Number.NaN));
            }),
        );
        action.push({ wall, cpu: (await threadMs()) - cpu0 });
        await page.close();
      }
      outTiming('largest_contentful_paint_median', { wall: median(lcp), cpu: median(loadCpu) });
      out('cumulative_layout_shift_median', median(cls), 'score');
      outTiming('ui_action_to_dom_update_median', medians(action));
      await teacherLines(browser, url, out);
      await browser.close();
    }
    await server.close();
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

// --engine: the engine only; --live: the live class's load lines only (see liveLoad.ts).
const flag = (f: string) => process.argv.includes(f);
if (!flag('--live')) engine();
if (!flag('--engine') && !flag('--live')) await web();
if (!flag('--engine')) await liveLines(out);
