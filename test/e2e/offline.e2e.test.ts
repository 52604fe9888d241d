import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser, watchedPage } from './browser';

const baseURL = inject('baseURL');
const chrome = sharedBrowser();

describe('offline', () => {
  it('after one visit, the game loads and plays with the network gone', async () => {
    const { page, errors } = await watchedPage(chrome.get());
    await page.goto(`${baseURL}?e2e=1`);
    // The service worker is active once it has cached every file of the build (its install
    // step waits for the whole list), and it then controls the page.
    const cached = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      const key = (await caches.keys()).find((k) => k.startsWith('strike-clock-'))!;
      return (await (await caches.open(key)).keys()).map((r) => new URL(r.url).pathname);
    });
    expect(cached.some((p) => /\/assets\/phaser-.*\.js$/.test(p))).toBe(true);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.context().setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Strike Clock' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Start a round' }).click();
    await page.getByRole('button', { name: 'Open your briefing' }).click();
    await page.getByRole('button', { name: 'Go to the table' }).click();
    await page.getByRole('button', { name: /^Propose/ }).click();
    await expect(page.getByRole('heading', { name: 'On the table' }).isVisible()).resolves.toBe(true);
    // The illustration's code came from the cache too.
    await page.waitForFunction(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { renderer: string | null } } } }).__STRIKE_CLOCK__.store.getState().renderer === 'webgl');
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await page.context().close();
  });
});
