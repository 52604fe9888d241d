import type { Page } from 'playwright-core';
import { getScenario, spaceOf, utilityOf, type Package, type Side } from '../../src/sim';

/** Helpers that drive the game the way a player does: by role and accessible name. */

export async function setSide(page: Page, label: string): Promise<void> {
  await page.getByRole('radio', { name: label }).check();
}

/** Set an issue's slider (found by its label) to a level. */
/** From the title screen through the setup and the briefing to the table, as a player would. */
export async function startAtTable(page: Page, sideLabel: string, scenario: RegExp, pace: RegExp = /^Quick/): Promise<void> {
  await page.getByRole('button', { name: 'Start a round' }).click();
  await setSide(page, sideLabel);
  await page.getByRole('radio', { name: scenario }).check();
  await page.getByRole('radio', { name: pace }).check();
  await page.getByRole('button', { name: 'Open your briefing' }).click();
  await page.getByRole('button', { name: 'Go to the table' }).click();
}

export async function setLevel(page: Page, issueName: string, level: number): Promise<void> {
  await page.getByRole('slider', { name: issueName, exact: true }).first().fill(String(level));
}

export async function setPackage(page: Page, scenario: string, pkg: Package): Promise<void> {
  const sc = getScenario(scenario)!;
  for (let i = 0; i < sc.issues.length; i++) await setLevel(page, sc.issues[i]!.name, pkg[i]!);
}

/** The accessible name of the focused element, roughly as a screen reader would say it. */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
    return label.replace(/\s+/g, ' ').trim();
  });
}

/** Press Tab until the focused element's name matches (focus cycles through the page). */
export async function tabTo(page: Page, name: RegExp | string, limit = 300): Promise<void> {
  const hit = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
  for (let i = 0; i < limit; i++) {
    if (hit(await focusedName(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${String(name)}"`);
}

/** Points an accept button offers, read from its accessible name "Accept this offer (41.1 points)". */
export async function offeredPoints(page: Page): Promise<number | null> {
  // Read in one step: between a count and a read the panel can be redrawn by the other side's
  // answer, and a read of a button that has just gone waits out its timeout (seen once in CI).
  const name = await page.evaluate(() => {
    const b = [...document.querySelectorAll('button')].find((x) => /^Accept (this offer|package 1)/.test(x.textContent ?? ''));
    return b && !b.disabled ? b.textContent : null;
  });
  const m = name ? /\(([\d.]+) points\)/.exec(name) : null;
  return m ? Number(m[1]) : null;
}

export async function phaseOf(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { game: { phase: string } | null } } } }).__STRIKE_CLOCK__.store.getState().game?.phase ?? 'none');
}

/** Wait until the round's log holds `n` actions (a confirm dialog applies its action when it has closed, a moment after the click). */
export async function actionsApplied(page: Page, n: number): Promise<void> {
  await page.waitForFunction((k) => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { actions: unknown[] } } } }).__STRIKE_CLOCK__.store.getState().actions.length >= k, n);
}

export async function dayOf(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { game: { day: number } | null } } } }).__STRIKE_CLOCK__.store.getState().game?.day ?? -1);
}

async function movesOf(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { actions: unknown[] } } } }).__STRIKE_CLOCK__.store.getState().actions.length);
}

/**
 * Propose the package in the form. A package below the walk-away asks first (the dialog states
 * what would follow); `anyway` answers it. Resolves once the move is applied.
 */
export async function propose(page: Page, anyway = true): Promise<void> {
  const n = await movesOf(page);
  await page.getByRole('button', { name: /^Propose/ }).click();
  const ask = page.getByRole('dialog', { name: /below your walk-away/ });
  if (await ask.count()) {
    if (!anyway) return;
    await ask.getByRole('button', { name: 'Propose it anyway' }).click();
  }
  await actionsApplied(page, n + 1);
}

/** Accept the offer on the table (package `k`), answering the question the page asks first. */
export async function accept(page: Page, k = 1): Promise<void> {
  const n = await movesOf(page);
  await page.getByRole('button', { name: k === 1 ? /^Accept (this offer|package 1)/ : new RegExp(`^Accept package ${k}`) }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: /^Accept (the offer|it anyway)$/ }).click();
  await actionsApplied(page, n + 1);
}

/**
 * A simple, honest policy played through the page: propose the historical terms each session;
 * accept the other side's offer once it is worth at least the historical deal minus 5 points
 * to you; count the votes when there is a tentative agreement.
 */
export async function playToTheEnd(page: Page, scenario: string, side: Side, maxMoves = 40): Promise<number> {
  const sc = getScenario(scenario)!;
  const target = sc.history.deal;
  const threshold = utilityOf(spaceOf(sc), side, target) / 10 - 5;
  let moves = 0;
  for (; moves < maxMoves; moves++) {
    const phase = await phaseOf(page);
    if (phase === 'done') break;
    if (phase === 'ratification') {
      await page.getByRole('button', { name: 'Count the members\u2019 votes' }).click();
      continue;
    }
    const pts = await offeredPoints(page);
    if (pts !== null && pts >= threshold) {
      await accept(page);
      continue;
    }
    await setPackage(page, scenario, target);
    await propose(page);
  }
  return moves;
}
