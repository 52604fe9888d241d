import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { propose } from './ui';
import { sharedBrowser, watchedPage } from './browser';

const baseURL = inject('baseURL');
const chrome = sharedBrowser();

/** Widest element that sticks out of the page (none when text reflows). */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const W = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      // Content inside a horizontal scroller is allowed to be wider than the page.
      if (el.closest('.table-wrap, .log-scroll, textarea')) continue;
      if (r.right > W + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.right)} > ${W}`);
    }
    return out.slice(0, 5);
  });
}

describe('accessibility', () => {
  it('reflows at 200% zoom (a 1366-pixel screen at 683 CSS pixels) without sideways scrolling', async () => {
    const { page, errors } = await watchedPage(chrome.get(), { width: 683, height: 384 });
    await page.goto(`${baseURL}?e2e=1&canvas=0`);
    expect(await overflow(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start a round' }).click();
    expect(await overflow(page)).toEqual([]);
    await page.getByRole('button', { name: 'Open your briefing' }).click();
    expect(await overflow(page)).toEqual([]);
    await page.getByRole('button', { name: 'Go to the table' }).click();
    await page.getByRole('button', { name: 'Add an equivalent alternative package' }).click();
    // Two identical packages: the page refuses them with a visible reason (no move is made).
    await page.getByRole('button', { name: /^Propose/ }).click();
    expect(await overflow(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names every control, announces the other side\u2019s answer, and follows the reduced-motion setting', async () => {
    const { page } = await watchedPage(chrome.get());
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${baseURL}?e2e=1&canvas=0`);
    expect(await page.evaluate(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { prefs: { reducedMotion: boolean } } } } }).__STRIKE_CLOCK__.store.getState().prefs.reducedMotion)).toBe(true);
    await page.getByRole('button', { name: 'Start a round' }).click();
    await page.getByRole('button', { name: 'Open your briefing' }).click();
    await page.getByRole('button', { name: 'Go to the table' }).click();
    // The table's screen loads on demand: check its controls, not the moment's stand-in.
    await page.locator('.table-screen').waitFor();
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#ui-root input, #ui-root select, #ui-root textarea, #ui-root button')]
        .filter((el) => {
          const named = el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.length || (el.tagName === 'BUTTON' && el.textContent?.trim());
          return !named;
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    await propose(page);
    await page.waitForFunction(() => (document.getElementById('announcer')?.textContent ?? '').length > 0);
    expect(await page.locator('#announcer').textContent()).toMatch(/studios/i);
    await page.context().close();
  });
});
