import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { propose } from './ui';
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
    await propose(page);
    await expect(page.getByRole('heading', { name: 'On the table' }).isVisible()).resolves.toBe(true);
    // The illustration's code came from the cache too.
    await page.waitForFunction(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { renderer: string | null } } } }).__STRIKE_CLOCK__.store.getState().renderer === 'webgl');
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await page.context().close();
  });
});

describe('an update while a page is open', () => {
  it('keeps the open page working (its later files come from the old cache) and offers a reload that loses nothing', async () => {
    const outDir = inject('outDir');
    const { page, errors } = await watchedPage(chrome.get());
    await page.goto(`${baseURL}?e2e=1&canvas=0`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByRole('button', { name: 'Start a round' }).click();
    await page.getByRole('button', { name: 'Open your briefing' }).click();
    await page.getByRole('button', { name: 'Go to the table' }).click();
    await propose(page);
    const roundId = await page.evaluate(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { roundId: string } } } }).__STRIKE_CLOCK__.store.getState().roundId);

    // A new deployment: the lazily loaded parts this page has not fetched yet are gone from the
    // server, and a new worker (another cache) is published.
    const assets = join(outDir, 'assets');
    const lazy = readdirSync(assets).filter((f) => /^page-.*\.js$/.test(f));
    expect(lazy.length).toBeGreaterThan(0);
    const swPath = join(outDir, 'sw.js');
    const oldSw = readFileSync(swPath, 'utf8');
    try {
      // The server answers 404 for them now (routes also catch the service worker's own requests,
      // so neither the HTTP cache nor the old files on disk can hide a missing cache).
      await page.context().route((url) => lazy.some((f) => url.pathname.endsWith(`/assets/${f}`)), (route) => route.fulfill({ status: 404, body: 'gone' }));
      const files = JSON.parse(/const FILES = (\[.*\]);/.exec(oldSw)![1]!) as string[];
      const newSw = oldSw.replace(/const CACHE = 'strike-clock-[0-9a-f]+';/, "const CACHE = 'strike-clock-0000000000000new';").replace(/const FILES = \[.*\];/, `const FILES = ${JSON.stringify(files.filter((f) => !lazy.some((l) => f.endsWith(l))))};`);
      writeFileSync(swPath, newSw);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const banner = page.getByRole('status').filter({ hasText: 'A new version of Strike Clock is ready' });
      await banner.waitFor();
      // The new worker has finished activating (and pruning caches) before we look.
      await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state)).toBe('activated');
      expect(await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('strike-clock-') && k !== 'strike-clock-meta').length)).toBe(2);

      // The old page still opens its teacher page and its debrief, whose files the server no longer has.
      await page.evaluate(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { go(s: string): void } } } }).__STRIKE_CLOCK__.store.getState().go('debrief'));
      await page.getByRole('region', { name: /on the Pareto frontier/ }).waitFor();
      await page.evaluate(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { go(s: string): void } } } }).__STRIKE_CLOCK__.store.getState().go('teacher'));
      await page.getByRole('button', { name: 'Create a class code' }).waitFor();

      // Reloading loses nothing: the round comes back where it was.
      await page.evaluate(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { go(s: string): void } } } }).__STRIKE_CLOCK__.store.getState().go('table'));
      await banner.getByRole('button', { name: 'Reload to update' }).click();
      await page.waitForEvent('load');
      await page.getByRole('heading', { name: 'On the table' }).waitFor();
      expect(await page.evaluate(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { roundId: string; actions: unknown[] } } } }).__STRIKE_CLOCK__.store.getState())).toMatchObject({ roundId, actions: [expect.anything()] });
    } finally {
      writeFileSync(swPath, oldSw);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
