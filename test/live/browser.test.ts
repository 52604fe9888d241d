import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseClassCode, verifyResultCode } from '../../src/app/codes';
import { createGame, getScenario, isError, playerView, spaceOf, utilityOf, type Side } from '../../src/sim';
import { points } from '../../src/app/format';
import { scheduleLine } from '../../src/ui/live/words';
import { launch, watchedPage, type Watched } from '../e2e/browser';
import { ROOT, startServe, stopAll, until, type Started } from './helpers';

/**
 * The live class in real Chromium, against a real server serving a real build: the teacher
 * opens a class from the teacher page, two students join on their own pages and play a round to
 * ratification on opposite sides, neither page ever shows the other side's confidential
 * briefing, the teacher's page follows the pair live and then files its result, and a page
 * reloaded mid-round gets its seat back. The single-device game loads no live code at all.
 */

let dist: string;
let server: Started;
let browser: Browser;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'strike-clock-live-build-'));
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, logLevel: 'warn', mode: 'production', build: { outDir: dist, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = env;
  }
  server = await startServe({ dist });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await stopAll();
  rmSync(dist, { recursive: true, force: true });
});

/** Everything a page shows (and hides in closed details) as text. */
const pageText = (page: Page) => page.evaluate(() => document.body.textContent ?? '');

/** A page's every request stays on the server's origin (websockets included). */
function sameOrigin(w: Watched, sockets: string[]): string[] {
  const origin = new URL(server.url);
  return [...w.requests, ...sockets].filter((u) => {
    const url = new URL(u);
    return url.host !== origin.host && !u.startsWith('data:') && !u.startsWith('blob:');
  });
}

describe('a live class in the browser', () => {
  it('the single-device game fetches no live code and calls no server', async () => {
    const w = await watchedPage(browser);
    const scripts: string[] = [];
    w.page.on('response', async (r) => {
      if (r.request().resourceType() === 'script') scripts.push(await r.text().catch(() => ''));
    });
    await w.page.goto(server.url);
    await w.page.getByRole('link', { name: /Join a live class/ }).waitFor();
    await w.page.getByRole('button', { name: /Teacher page/ }).click();
    await w.page.getByRole('button', { name: /Run a live class/ }).waitFor();
    await w.page.waitForTimeout(500);
    expect(w.requests.filter((u) => u.includes('matchmake'))).toEqual([]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => s.includes('colyseus'))).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  });

  it('two students play to ratification on opposite sides; the teacher sees the pair live, then its result; a reload keeps the seat', async () => {
    // The teacher opens the class from the teacher page.
    const teacher = await watchedPage(browser);
    const tp = teacher.page;
    await tp.goto(server.url);
    await tp.getByRole('button', { name: /Teacher page/ }).click();
    await tp.getByRole('button', { name: /Run a live class/ }).click();
    await tp.getByLabel('Scenario').selectOption('2023');
    await tp.getByRole('button', { name: 'Open the live class' }).click();
    const joinCode = (await tp.locator('[data-join-code]').textContent())!.trim();
    expect(joinCode).toMatch(/^[A-Z2-9]{5}$/);
    await tp.getByRole('button', { name: 'Show the join screen' }).click();
    await expect(tp.getByRole('dialog').textContent()).resolves.toContain(joinCode);
    // Served on 127.0.0.1 here: the join screen says students cannot reach that address.
    await expect(tp.getByRole('dialog').textContent()).resolves.toContain('This address works on this computer only.');
    await tp.getByRole('button', { name: 'Close the join screen' }).click();

    // Two students, each on their own device (browser context), join from the address the teacher shows.
    const students: Record<Side, { w: Watched; sockets: string[]; texts: string[] }> = {} as never;
    for (const [side, nick] of [
      ['union', 'Ana'],
      ['studio', 'Ben'],
    ] as const) {
      const w = await watchedPage(browser);
      const sockets: string[] = [];
      w.page.on('websocket', (ws) => sockets.push(ws.url()));
      await w.page.goto(`${server.url}?live=${joinCode}`);
      await expect(w.page.getByLabel('Join code').inputValue()).resolves.toBe(joinCode);
      await w.page.getByLabel('Your nickname').fill(nick);
      await w.page.getByRole('button', { name: 'Join' }).click();
      await w.page.getByRole('heading', { name: new RegExp(`${nick}, you sit on the ${side === 'union' ? 'union' : 'studios'}`) }).waitFor();
      await w.page.locator('summary', { hasText: 'Your confidential briefing' }).waitFor();
      students[side] = { w, sockets, texts: [] };
    }
    const u = students.union.w.page;
    const s = students.studio.w.page;
    const snapshot = async () => {
      for (const side of ['union', 'studio'] as const) students[side].texts.push(await pageText(students[side].w.page));
    };
    await snapshot();

    // The teacher sees both, and starts the round.
    const row = tp.locator('tr[data-pair]');
    await until(async () => (await row.locator('[data-seat="union"]').textContent()) === 'Ana' && (await row.locator('[data-seat="studio"]').textContent()) === 'Ben', 'both students on the dashboard');
    const classCode = /Class code ([0-9A-Z*~$=-]+)\./.exec((await tp.locator('.live-class-status').textContent()) ?? '')?.[1];
    // Before the start a student's briefing comes first; once the round runs, the table does.
    const briefingFirst = (p: Page) =>
      p.evaluate(() => {
        const b = document.querySelector('.live-briefing');
        const f = document.querySelector('.live-table form, .live-table .offer');
        return !!b && !!f && (b.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      });
    expect(await briefingFirst(u)).toBe(true);
    await tp.getByRole('button', { name: 'Start the round' }).click();

    // The union puts its package on the table; the teacher sees the offer as it happens.
    await u.getByText('Your move:').waitFor();
    expect(await briefingFirst(u)).toBe(false);
    await u.getByRole('button', { name: /^Propose this package/ }).click();
    await s.getByText('Your move:').waitFor();
    await until(async () => ((await row.locator('.live-offer').textContent()) ?? '').startsWith('Union'), 'the teacher to see the union\u2019s offer');
    // ...with what it is worth to each side (the union proposed its opening)...
    const sp23 = spaceOf(getScenario('2023')!);
    const opening = getScenario('2023')!.openings.union;
    expect(await row.locator('.live-offer').textContent()).toContain(`worth ${points(utilityOf(sp23, 'union', opening) / 10)} to the union, ${points(utilityOf(sp23, 'studio', opening) / 10)} to the studios: `);
    // ...and who the pair now waits for, since when.
    await until(async () => /^Studios \(Ben\), since \d{1,2}:\d\d [AP]M$/.test((await row.locator('.live-waiting').textContent()) ?? ''), 'the teacher to see whose move it is');
    await snapshot();

    // The studios' page reloads mid-round: the same seat, the same moment.
    const dayBefore = await s.locator('.live-status p').first().textContent();
    await s.reload();
    await s.getByText('Your move:').waitFor();
    await expect(s.locator('.live-status p').first().textContent()).resolves.toBe(dayBefore);
    await expect(s.getByRole('heading', { name: /Ben, you sit on the studios/ }).isVisible()).resolves.toBe(true);

    // The teacher's page reloads too: the teacher page reconnects to the class it opened.
    await tp.reload();
    await tp.getByRole('button', { name: `Back to your live class ${joinCode} (teacher page)` }).click();
    await until(async () => (await row.count()) === 1 && (await row.locator('[data-seat="union"]').textContent()) === 'Ana', 'the dashboard back after a reload');
    await expect(tp.locator('[data-join-code]').textContent()).resolves.toBe(joinCode);

    // The studios accept: a tentative agreement; the members vote until the round ends.
    await s.getByRole('button', { name: /^Accept this offer/ }).click();
    for (let i = 0; i < 12; i++) {
      await until(async () => (await u.getByRole('button', { name: 'Count the members\u2019 votes' }).isVisible()) || (await u.getByRole('heading', { name: 'The round is over' }).isVisible()) || (await u.getByText('Your move:').isVisible()), 'the vote, the end, or talks again');
      if (await u.getByRole('heading', { name: 'The round is over' }).isVisible()) break;
      if (await u.getByRole('button', { name: 'Count the members\u2019 votes' }).isVisible()) {
        // The union counts its members' ballots; the studios wait (both had the button, and the
        // slower one was told its move was stale).
        await s.getByText('The union\u2019s members are voting; the union counts the ballots.').waitFor();
        expect(await s.getByRole('button', { name: 'Count the members\u2019 votes' }).count()).toBe(0);
        await snapshot();
        await u.getByRole('button', { name: 'Count the members\u2019 votes' }).click();
        await u.waitForTimeout(200);
        continue;
      }
      // The members said no: the union asks again, the studios accept again.
      await u.getByRole('button', { name: /^Propose this package/ }).click();
      await s.getByRole('button', { name: /^Accept this offer/ }).click();
    }
    await u.getByRole('heading', { name: 'The round is over' }).waitFor();
    await s.getByRole('heading', { name: 'The round is over' }).waitFor();
    await snapshot();
    const code = await u.getByRole('textbox', { name: 'Your result code' }).inputValue();
    await expect(s.getByRole('textbox', { name: 'Your result code' }).inputValue()).resolves.toBe(code);
    const verified = verifyResultCode(code);
    if (!verified.ok) throw new Error(verified.error);
    expect(verified.value.state.outcome).toBe('ratified');
    // The round's debrief opens in the game from the end of the live round (students had none).
    const [deb] = await Promise.all([u.context().waitForEvent('page'), u.getByRole('link', { name: /See the debrief of this round/ }).click()]);
    await deb.getByRole('region', { name: /on the Pareto frontier/ }).waitFor();
    expect(new URL(deb.url()).searchParams.has('result')).toBe(false);
    await deb.close();

    // The teacher's page: the pair's result, and the class table has the round.
    await until(async () => (await row.locator('td').last().textContent()) === 'Ratified', 'the result on the dashboard');
    await tp.getByText('Ana / Ben').first().waitFor();

    // Neither page ever showed the other side's confidential briefing (its scoring schedule, its walk-away).
    const cfg = parseClassCode(classCode ?? '');
    if (!cfg.ok) throw new Error(`no class code on the dashboard: ${cfg.error}`);
    const start = createGame(cfg.value);
    if (isError(start)) throw new Error(start.message);
    const lines = (side: Side) => playerView(start, side).issues.map(scheduleLine);
    for (const side of ['union', 'studio'] as const) {
      const own = lines(side);
      const theirs = lines(side === 'union' ? 'studio' : 'union').filter((l) => !own.includes(l));
      expect(theirs.length, 'the two schedules differ').toBeGreaterThan(2);
      for (const text of students[side].texts) {
        for (const l of own) expect(text).toContain(l);
        for (const l of theirs) expect(text).not.toContain(l);
        expect(text).not.toContain('confidential briefing: the ' + (side === 'union' ? 'studios' : 'union'));
      }
      // Nothing left the server's origin; no errors on the page.
      expect(sameOrigin(students[side].w, students[side].sockets)).toEqual([]);
      expect(students[side].w.errors).toEqual([]);
    }
    // Another tab of the same browser reaches the running class too (it was kept for one tab only).
    const tab2 = await tp.context().newPage();
    await tab2.goto(server.url);
    await tab2.getByRole('button', { name: `Back to your live class ${joinCode} (teacher page)` }).click();
    await until(async () => (await tab2.locator('[data-join-code]').count()) === 1 && (await tab2.locator('[data-join-code]').textContent()) === joinCode, 'the dashboard in a second tab');
    await tab2.close();
    // Another device takes the controls from the teacher link (a fresh browser context: no storage shared).
    const link = await tp.getByLabel('Teacher link for another device').inputValue();
    expect(link).toMatch(new RegExp(`\\?teach=${joinCode}\\.[A-Za-z0-9_-]{16,64}$`));
    const projector = await watchedPage(browser);
    await projector.page.goto(link);
    await until(async () => (await projector.page.locator('[data-join-code]').count()) === 1 && (await projector.page.locator('[data-join-code]').textContent()) === joinCode, 'the dashboard on another device');
    expect(new URL(projector.page.url()).searchParams.has('teach')).toBe(false);
    expect(projector.errors).toEqual([]);
    // A damaged link says so, and takes no class over.
    await projector.page.goto(`${server.url}?teach=${joinCode}.short`);
    await projector.page.getByRole('alert').filter({ hasText: 'That teacher link is damaged' }).waitFor();
    await projector.page.context().close();
    // "Five minutes left": the teacher's clock runs down on its own (it stood still between updates).
    await tp.getByRole('button', { name: 'Five minutes left' }).click();
    const clock = tp.locator('.live-class-clock');
    await until(async () => /^Time left: \d:\d\d$/.test((await clock.textContent()) ?? ''), 'the teacher\u2019s clock');
    const secs = async () => {
      const [, m, sec] = /(\d):(\d\d)/.exec((await clock.textContent()) ?? '')!;
      return Number(m) * 60 + Number(sec);
    };
    const t0 = await secs();
    await tp.waitForTimeout(2500);
    expect(await secs()).toBeLessThanOrEqual(t0 - 2);
    // Once the class is closed, the next one can be opened from the same page.
    await tp.getByRole('button', { name: 'Close the class' }).click();
    await tp.getByRole('dialog').getByRole('button', { name: 'Close the class' }).click();
    await tp.getByRole('button', { name: 'Run another live class\u2026' }).click();
    await tp.getByRole('button', { name: 'Open the live class' }).waitFor();
    expect(teacher.errors).toEqual([]);
    for (const p of [tp, u, s]) await p.context().close();
  });
});
