import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, watchedPage, type Watched } from './browser';
import { seedRound } from './rounds-in-page';
import { advance, applyAction, createGame, isError, type Action, type GameConfig, type GameState } from '../../src/sim';

const baseURL = inject('baseURL');
let browser: Browser;
let w: Watched;

beforeAll(async () => {
  browser = await launch();
  w = await watchedPage(browser);
  await w.page.goto(`${baseURL}?e2e=1`);
  await w.page.waitForFunction(() => {
    const hooks = (window as unknown as { __STRIKE_CLOCK__?: { store: { getState(): { renderer: string | null } } } }).__STRIKE_CLOCK__;
    return hooks?.store.getState().renderer != null;
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('title screen', () => {
  it('shows the title as text', async () => {
    const h1 = w.page.getByRole('heading', { level: 1, name: 'Strike Clock' });
    await expect(h1.isVisible()).resolves.toBe(true);
  });

  it('boots the canvas with WebGL', async () => {
    const renderer = await w.page.evaluate(
      () => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { renderer: string } } } }).__STRIKE_CLOCK__.store.getState().renderer,
    );
    expect(renderer).toBe('webgl');
    const canvas = w.page.locator('#game-container canvas');
    await expect(canvas.count()).resolves.toBe(1);
    const box = await canvas.boundingBox();
    expect(box && box.width > 300 && Math.abs(box.width / box.height - 16 / 9) < 0.02).toBe(true);
  });

  it('makes no request outside its own origin', () => {
    const origin = new URL(baseURL).origin;
    const foreign = w.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(w.requests.length).toBeGreaterThan(2);
    expect(foreign).toEqual([]);
  });

  it('lets the keyboard reach the start control', async () => {
    const page = w.page;
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Start a round');
    }
    expect(reached).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
  });

  it('summarises a strike on the canvas for screen readers, day by day (the clock follows the round)', async () => {
    const page = w.page;
    // A round taken to a strike: the union holds out to expiry, calls the strike, then proposes again.
    const c: GameConfig = { scenario: '2023', seed: 'CANV1', human: 'union', difficulty: 'normal', pace: 'standard' };
    const demand = [22, 10, 6, 5, 10, 0, 1];
    const acts: Action[] = [];
    let s = advance(createGame(c) as GameState);
    const play = (a: Action) => {
      const n = applyAction(s, a);
      if (isError(n)) throw new Error(n.message);
      s = advance(n);
      acts.push(a);
    };
    while (s.phase === 'talks') play({ type: 'propose', side: 'union', packages: [demand] });
    play({ type: 'strike', side: 'union' });
    play({ type: 'propose', side: 'union', packages: [demand] });
    expect(s.phase).toBe('strike');
    await seedRound(page, c, acts);
    await expect.poll(() => page.locator('#game-container').getAttribute('aria-label'), { timeout: 10_000 }).toContain(`strike day ${s.strikeDays}`);
    await page.evaluate(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { go(s: string): void } } } }).__STRIKE_CLOCK__.store.getState().go('title'));
  });

  it('draws the committees as people and the table from the game\u2019s own art (assets/art)', async () => {
    const page = w.page;
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __STRIKE_CLOCK__: { game?: { textures: { exists(k: string): boolean } } } }).__STRIKE_CLOCK__.game?.textures.exists('art-union-committee') ?? false))
      .toBe(true);
    const art = w.requests.filter((u) => /\/assets\/(union-committee|studio-committee|table)-[\w-]+\.svg$/.test(u));
    expect(art).toHaveLength(3);
  });

  it('logs no console errors', () => {
    expect(w.errors).toEqual([]);
  });
});
