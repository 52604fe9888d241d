import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GameConfig } from '../../src/sim';
import { sharedBrowser, watchedPage } from './browser';
import { botRound, seedRound } from './rounds-in-page';

const baseURL = inject('baseURL');
const chrome = sharedBrowser();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG 2.1 A and AA rules on the page as it is now. The script is evaluated through
 * the browser's debugging channel, so the page's own content policy stays as strict as it is.
 */
async function axe(page: Page, what: string): Promise<string[]> {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const a = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; failureSummary: string }[] }[] }> } }).axe;
    const r = await a.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  return found.map((f) => `${what}: ${f}`);
}

const go = (page: Page, screen: string) => page.evaluate((s) => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { go(s: string): void } } } }).__STRIKE_CLOCK__.store.getState().go(s), screen);
const prefs = (page: Page, p: object) => page.evaluate((p) => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { setPrefs(p: object): void } } } }).__STRIKE_CLOCK__.store.getState().setPrefs(p), p);

const U26: GameConfig = { scenario: '2026', seed: 'AXE01', human: 'union', difficulty: 'normal', pace: 'quick' };
const S23: GameConfig = { scenario: '2023', seed: 'AXE02', human: 'studio', difficulty: 'hard', pace: 'standard' };
const H26: GameConfig = { scenario: '2026', seed: 'AXE03', human: 'both', difficulty: 'normal', pace: 'quick' };

describe('axe-core on every screen (WCAG 2.1 A and AA)', () => {
  it('the title, setup, briefings, tables, dialogs, hand-over, vote, ending and debrief, on both sides', async () => {
    const { page } = await watchedPage(chrome.get());
    await page.goto(`${baseURL}?e2e=1&canvas=0`);
    // A control: axe does report a problem when there is one (an image with no text alternative).
    await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('img'), { id: 'axe-control', src: './favicon.svg' })));
    expect((await axe(page, 'control')).join('\n')).toMatch(/image-alt/);
    await page.evaluate(() => document.getElementById('axe-control')!.remove());
    const found: string[] = [];
    found.push(...(await axe(page, 'title (empty)')));
    await page.getByRole('button', { name: 'Start a round' }).click();
    found.push(...(await axe(page, 'setup')));
    const u = botRound(U26);
    await seedRound(page, U26, [], 'briefing');
    found.push(...(await axe(page, 'briefing, union')));
    await seedRound(page, U26, u.slice(0, 2));
    await page.getByRole('heading', { name: 'On the table' }).waitFor();
    found.push(...(await axe(page, 'table, union')));
    await page.getByRole('button', { name: /^Accept this offer/ }).click();
    await page.getByRole('dialog').waitFor();
    found.push(...(await axe(page, 'accept dialog')));
    await page.getByRole('dialog').getByRole('button', { name: 'Not yet' }).click();
    await page.locator('.table-actions button:not([disabled])').first().click();
    found.push(...(await axe(page, 'table action dialog')));
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    // The vote.
    const agreed = u.findIndex((a) => a.type === 'countVotes');
    if (agreed > 0) {
      await seedRound(page, U26, u.slice(0, agreed));
      found.push(...(await axe(page, 'tentative agreement')));
    }
    await seedRound(page, U26, u, 'ending');
    found.push(...(await axe(page, 'ending')));
    await go(page, 'debrief');
    await page.getByRole('region', { name: /on the Pareto frontier/ }).waitFor();
    found.push(...(await axe(page, 'debrief')));
    await page.getByRole('button', { name: 'Zoom in on the deal' }).click();
    found.push(...(await axe(page, 'debrief, zoomed')));
    // The studios' side.
    await seedRound(page, S23, [], 'briefing');
    found.push(...(await axe(page, 'briefing, studios')));
    await seedRound(page, S23, botRound(S23, 'hardliner').slice(0, 3));
    found.push(...(await axe(page, 'table, studios')));
    // Hot-seat: the hand-over.
    await seedRound(page, H26, botRound(H26).slice(0, 1), 'table');
    await page.evaluate(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { handOver(s: string, t: string): void } } } }).__STRIKE_CLOCK__.store.getState().handOver('studio', 'table'));
    found.push(...(await axe(page, 'hand-over')));
    // The title with saved rounds, and a replace question.
    await go(page, 'title');
    found.push(...(await axe(page, 'title with saved rounds')));
    await page.getByRole('button', { name: 'Start a round' }).click();
    await page.getByRole('button', { name: 'Open your briefing' }).click();
    await page.getByRole('dialog').waitFor();
    found.push(...(await axe(page, 'leave-the-round question')));
    expect(found).toEqual([]);
    await page.context().close();
  });

  it('the teacher page (empty, with a class, the full-screen code), the guide, the glossary, and the notices', async () => {
    const { page } = await watchedPage(chrome.get());
    await page.goto(`${baseURL}?e2e=1&canvas=0`);
    const found: string[] = [];
    await go(page, 'teacher');
    await page.getByRole('button', { name: 'Create a class code' }).waitFor();
    found.push(...(await axe(page, 'teacher page, empty')));
    await page.getByRole('button', { name: 'Create a class code' }).click();
    await page.getByRole('button', { name: 'Show the code full-screen' }).click();
    found.push(...(await axe(page, 'full-screen class code')));
    await page.keyboard.press('Escape');
    // A class from two class codes, with a bad line.
    const { makeResultCode } = await import('../../src/app/codes');
    const { replay, isError } = await import('../../src/sim');
    const codes = [U26, S23].map((c, i) => {
      const acts = botRound(c, i ? 'hardliner' : 'historical');
      const r = replay(c, acts);
      if (isError(r)) throw new Error(r.message);
      const code = makeResultCode(c, acts, r.state, `P${i}`);
      if (!code.ok) throw new Error(code.error);
      return code.value;
    });
    await page.getByRole('textbox', { name: 'Result codes' }).fill(`${codes.join('\n')}\nnot a code`);
    await page.getByRole('button', { name: 'Check and add' }).click();
    await expect.poll(() => page.locator('#t-class-table tbody tr').count()).toBe(2);
    await page.locator('.t-charts figure').first().waitFor();
    found.push(...(await axe(page, 'teacher page, a class')));
    await go(page, 'guide');
    await page.getByRole('heading', { level: 3, name: 'Learning objectives' }).waitFor();
    found.push(...(await axe(page, 'guide')));
    await go(page, 'glossary');
    found.push(...(await axe(page, 'glossary')));
    // Projector mode on the table, and a phone held sideways.
    await prefs(page, { largeText: true });
    await seedRound(page, U26, botRound(U26).slice(0, 1));
    found.push(...(await axe(page, 'table, projector mode')));
    await prefs(page, { largeText: false });
    await page.setViewportSize({ width: 844, height: 390 });
    found.push(...(await axe(page, 'table, phone sideways')));
    expect(found).toEqual([]);
    await page.context().close();

    // The notices: storage blocked, and a mistyped class link.
    const b = await watchedPage(chrome.get());
    await b.page.addInitScript(() => Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('blocked', 'SecurityError'); } }));
    await b.page.goto(`${baseURL}?e2e=1&canvas=0&class=26UNQ-XXXXX-Z`);
    await b.page.getByRole('alert').filter({ hasText: 'class link' }).waitFor();
    expect(await axe(b.page, 'notices')).toEqual([]);
    await b.page.context().close();
  });

  it('the title with the canvas running', async () => {
    const { page } = await watchedPage(chrome.get());
    await page.goto(`${baseURL}?e2e=1`);
    await page.waitForFunction(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { renderer: string | null } } } }).__STRIKE_CLOCK__.store.getState().renderer !== null);
    expect(await axe(page, 'title with canvas')).toEqual([]);
    await page.context().close();
  });
});
