import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CSP, CSP_HEADER } from '../../vite.config';
import { sharedBrowser, watchedPage } from './browser';
import { playToTheEnd, startAtTable } from './ui';

const baseURL = inject('baseURL');
const chrome = sharedBrowser();

/** Every Content-Security-Policy violation the page reports (listening from before its first script). */
async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}
async function listen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
}

describe('a strict content policy', () => {
  it('allows only the game\u2019s own origin: no inline script or style, no eval, no other host', async () => {
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", 'http:', 'https:', '*']) expect(CSP).not.toContain(bad);
    expect(CSP).toContain("default-src 'none'");
    const { page } = await watchedPage(chrome.get());
    const res = await page.goto(`${baseURL}?e2e=1&canvas=0`);
    expect(res?.headers()['content-security-policy']).toBe(CSP_HEADER);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(CSP);
    await page.context().close();
  });

  it('refuses what it should (the listener works): an inline style and an inline script', async () => {
    const { page } = await watchedPage(chrome.get());
    await listen(page);
    await page.goto(`${baseURL}?e2e=1&canvas=0`);
    await page.evaluate(() => {
      const d = document.createElement('div');
      d.setAttribute('style', 'color: red');
      document.body.append(d);
      const s = document.createElement('script');
      s.textContent = '(window as any).__ran = 1';
      document.body.append(s);
    });
    await expect.poll(async () => (await violations(page)).length).toBeGreaterThanOrEqual(2);
    const v = await violations(page);
    expect(v.some((x) => x.startsWith('style-src'))).toBe(true);
    expect(v.some((x) => x.startsWith('script-src'))).toBe(true);
    await page.context().close();
  });

  it('a whole round with the canvas, the debrief, the teacher page and the guide: no violation at all', async () => {
    const { page, errors } = await watchedPage(chrome.get());
    await listen(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${baseURL}?e2e=1`);
    await startAtTable(page, "The actors' union", /2026/);
    await page.waitForFunction(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { renderer: string | null } } } }).__STRIKE_CLOCK__.store.getState().renderer !== null);
    await playToTheEnd(page, '2026', 'union');
    await page.getByRole('button', { name: 'See how it ended' }).click();
    const code = await page.getByRole('textbox', { name: 'Result code' }).inputValue();
    await page.getByRole('button', { name: 'See the debrief' }).click();
    await page.getByRole('region', { name: /on the Pareto frontier/ }).waitFor();
    await page.getByRole('button', { name: 'Back to the title' }).click();
    await page.getByRole('button', { name: 'Teacher page: class codes and results' }).click();
    await page.getByRole('button', { name: 'Create a class code' }).click();
    // Verified in a web worker: the policy allows the game's own worker.
    await page.getByRole('textbox', { name: 'Result codes' }).fill(`${code}\nKim: ${code.replace('SC1.', 'sc1.')}`);
    await page.getByRole('button', { name: 'Check and add' }).click();
    await expect.poll(() => page.locator('#t-class-table tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: 'Back to the title' }).click();
    await page.getByRole('button', { name: /^Teacher\u2019s guide/ }).click();
    await page.getByRole('heading', { level: 3, name: 'Learning objectives' }).waitFor();
    expect(await violations(page)).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
