import { describe, expect, inject, it } from 'vitest';
import type { GameConfig } from '../../src/sim';
import { sharedBrowser, watchedPage } from './browser';
import { seedRound } from './rounds-in-page';
import { propose } from './ui';

const baseURL = inject('baseURL');
const chrome = sharedBrowser();

describe('sound cues', () => {
  it('are off until the player turns them on, then chime when the other side answers', async () => {
    const { page, errors } = await watchedPage(chrome.get());
    await page.addInitScript(() => {
      const w = window as unknown as { __played: string[] };
      w.__played = [];
      HTMLMediaElement.prototype.play = function () {
        w.__played.push(this.src);
        return Promise.resolve();
      };
    });
    await page.goto(`${baseURL}?e2e=1&canvas=0`);
    const played = () => page.evaluate(() => (window as unknown as { __played: string[] }).__played);
    const config: GameConfig = { scenario: '2023', seed: 'SND01', human: 'union', difficulty: 'normal', pace: 'standard' };
    await seedRound(page, config, []);
    await page.getByRole('heading', { name: 'On the table' }).waitFor();
    // With sound off, nothing plays, even when the studios answer with a counter-offer.
    const studioOffers = () => page.evaluate(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { game: { log: { kind: string; side?: string }[] } } } } }).__STRIKE_CLOCK__.store.getState().game.log.filter((e) => e.kind === 'offer' && e.side === 'studio').length);
    const before = await studioOffers();
    for (let i = 0; i < 8 && (await studioOffers()) === before; i++) await propose(page);
    expect(await studioOffers()).toBeGreaterThan(before);
    expect(await played()).toEqual([]);
    await page.getByText('Display settings').click();
    await page.getByRole('checkbox', { name: /^Sound cues/ }).check();
    // Propose until the studios answer with a counter-offer (they may first hold their position).
    for (let i = 0; i < 8 && (await played()).length === 0; i++) await propose(page);
    const urls = await played();
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(/\/assets\/(offer|vote|strike|deal)-[\w-]+\.wav$/);
    // The cue is a file of the build, served like the rest of the game.
    const head = await page.evaluate(async (u) => new Uint8Array(await (await fetch(u)).arrayBuffer()).slice(0, 4), urls[0]!);
    expect(String.fromCharCode(...Object.values(head))).toBe('RIFF');
    // The setting is kept for the next visit.
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { prefs: { sound: boolean } } } } }).__STRIKE_CLOCK__.store.getState().prefs.sound)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
