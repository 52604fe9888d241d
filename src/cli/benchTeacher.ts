import type { Browser } from 'playwright-core';
import { makeResultCode } from '../app/codes';
import { botFor, isError, playRound, type GameConfig, type Side } from '../sim';

/**
 * The teacher page's figures for `npm run bench` (its budgets: 500 result codes imported in
 * ≤ 3 s without blocking the page > 100 ms at a time; any sort of the class table ≤ 50 ms):
 * a class of 500 real rounds (four bots, both scenarios and sides, one class code per
 * 100 students) pasted into the built page in Chromium, timed from the click to the report, with
 * the longest main-thread task seen meanwhile (PerformanceObserver "longtask"); then every
 * column sorted both ways, each timed from the click to the painted frame. Medians of `runs`.
 */
const B32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function classOf(n: number): string[] {
  const bots = ['historical', 'hardliner', 'conceder', 'random'] as const;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const human: Side = i % 2 ? 'union' : 'studio';
    const seed = `B${B32[Math.floor(i / 100) % 32]}CL${B32[Math.floor(i / 100) % 32]}`.replace(/L/g, 'K');
    const config: GameConfig = { scenario: Math.floor(i / 100) % 2 ? '2023' : '2026', seed, human, difficulty: 'normal', pace: i % 3 ? 'quick' : 'standard' };
    // The random bot draws from each student's own stream, so those rounds all differ.
    const r = playRound(config, { [human]: botFor(bots[i % 4]!, `student ${i}`) });
    if (isError(r)) throw new Error(r.message);
    const code = makeResultCode(config, r.actions, r.state, `student ${i}`);
    if (!code.ok) throw new Error(code.error);
    out.push(code.value);
  }
  return out;
}

type Out = (name: string, value: number, unit: string) => void;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export async function teacherLines(browser: Browser, url: string, out: Out, runs = 3): Promise<void> {
  const codes = classOf(500);
  const imports: number[] = [];
  const longest: number[] = [];
  const over100: number[] = [];
  const sorts: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.addInitScript(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${url}?e2e=1&canvas=0`);
    await page.getByRole('button', { name: 'Teacher page: class codes and results' }).click();
    await page.locator('#t-paste').fill(codes.join('\n'));
    await page.evaluate(() => ((window as unknown as { __long: number[] }).__long = []));
    const ms = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const report = document.getElementById('t-report')!;
          const t0 = performance.now();
          new MutationObserver((_, obs) => {
            if (report.querySelector('.t-summary')) {
              obs.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - t0));
            }
          }).observe(report, { childList: true, subtree: true });
          [...document.querySelectorAll('button')].find((b) => b.textContent === 'Check and add')!.click();
        }),
    );
    const report = (await page.locator('#t-report .t-summary').textContent()) ?? '';
    if (!report.startsWith(`Added ${codes.length} results.`)) throw new Error(`bench: the teacher page said "${report}" for ${codes.length} codes`);
    imports.push(ms);
    const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
    longest.push(Math.max(0, ...long));
    over100.push(long.filter((d) => d > 100).length);
    // Every column, both ways, once the charts drawn after the import are done.
    await page.locator('.t-charts figure').first().waitFor();
    await page.waitForTimeout(500);
    const n = await page.locator('#t-class-table thead button').count();
    for (let c = 0; c < n; c++)
      for (let twice = 0; twice < 2; twice++)
        sorts.push(
          await page.evaluate(
            (k) =>
              new Promise<number>((resolve) => {
                const btn = document.querySelectorAll<HTMLButtonElement>('#t-class-table thead button')[k]!;
                const t0 = performance.now();
                btn.click();
                // To the frame that shows it: the next animation frame, then the task after its paint.
                requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
              }),
            c,
          ),
        );
    await page.close();
  }
  out('teacher_import_500_codes_median', median(imports), 'ms');
  out('teacher_import_500_longest_task_median', median(longest), 'ms');
  out('teacher_import_500_tasks_over_100ms_median', median(over100), 'tasks');
  out('teacher_sort_500_rows_median', median(sorts), 'ms');
  out('teacher_sort_500_rows_max', Math.max(...sorts), 'ms');
}
