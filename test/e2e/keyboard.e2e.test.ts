import { describe, expect, inject, it } from 'vitest';
import { getScenario, spaceOf, utilityOf } from '../../src/sim';
import { sharedBrowser, watchedPage } from './browser';
import { actionsApplied, focusedName, offeredPoints, phaseOf, tabTo } from './ui';

const moveCount = (page: import('playwright-core').Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { actions: unknown[] } } } }).__STRIKE_CLOCK__.store.getState().actions.length);

const baseURL = inject('baseURL');
const chrome = sharedBrowser();

describe('a whole round by keyboard alone', () => {
  it('goes from the title to a ratified deal with Tab, arrows, Enter and Space only', async () => {
    const { page, errors } = await watchedPage(chrome.get());
    await page.goto(`${baseURL}?e2e=1&canvas=0`);
    const kb = page.keyboard;

    await tabTo(page, 'Start a round');
    await kb.press('Enter');
    // Radio groups: Tab reaches the checked radio; arrows change the choice.
    await tabTo(page, /^2023/);
    await kb.press('ArrowDown');
    expect(await focusedName(page)).toMatch(/^2026/);
    await tabTo(page, /^Standard/);
    await kb.press('ArrowDown');
    expect(await focusedName(page)).toMatch(/^Quick/);
    await tabTo(page, 'Open your briefing');
    await kb.press('Enter');
    await tabTo(page, 'Go to the table');
    // Focus is visible on every control we land on.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await kb.press('Enter');

    const sc = getScenario('2026')!;
    const target = sc.history.deal;
    const threshold = utilityOf(spaceOf(sc), 'union', target) / 10 - 5;
    for (let moves = 0; moves < 30 && (await phaseOf(page)) !== 'done'; moves++) {
      if ((await phaseOf(page)) === 'ratification') {
        await tabTo(page, 'Count the members\u2019 votes');
        await kb.press('Enter');
        continue;
      }
      const pts = await offeredPoints(page);
      if (pts !== null && pts >= threshold) {
        await tabTo(page, /^Accept (this offer|package 1)/);
        await kb.press('Enter');
        // The page asks first, with the consequence; the confirm button has the focus, or, when
        // the offer is below the walk-away, "Not yet" does and the risky choice is a step back.
        if ((await focusedName(page)) === 'Not yet') await kb.press('Shift+Tab');
        expect(await focusedName(page)).toMatch(/^Accept (the offer|it anyway)$/);
        const before = await moveCount(page);
        await kb.press('Enter');
        await page.waitForFunction(() => document.querySelector('dialog[open]') === null);
        // The dialog applies the move a moment after it closes: wait for it, or the next turn reads
        // the old table (its Accept button) and tabs after a button the tentative agreement removed.
        await actionsApplied(page, before + 1);
        continue;
      }
      for (let i = 0; i < sc.issues.length; i++) {
        await tabTo(page, sc.issues[i]!.name);
        await kb.press('Home');
        for (let k = 0; k < target[i]!; k++) await kb.press('ArrowRight');
        // The level in full words shows under the package for the slider in hand.
        if (moves === 0) await expect(page.locator('.level-detail').first().textContent()).resolves.toContain(`${sc.issues[i]!.name}: ${sc.issues[i]!.levels[target[i]!]!.label} (`);
      }
      await tabTo(page, /^Propose/);
      const before = await moveCount(page);
      await kb.press('Enter');
      if (await page.getByRole('dialog').count()) {
        // The risky choice is a step away from the focus, which starts on the way out.
        expect(await focusedName(page)).toBe('Change it');
        await kb.press('Shift+Tab');
        expect(await focusedName(page)).toBe('Propose it anyway');
        await kb.press('Enter');
      }
      await page.waitForFunction(() => document.querySelector('dialog[open]') === null);
      await actionsApplied(page, before + 1);
      // Focus lands on the other side's answer, not on the page.
      expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^(reply|.*)$/);
      expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
    }
    expect(await phaseOf(page)).toBe('done');
    await tabTo(page, 'See how it ended');
    await kb.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'A new contract' }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
