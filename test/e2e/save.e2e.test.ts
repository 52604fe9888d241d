import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser, watchedPage } from './browser';
import { makeClassCode, makeResultCode } from '../../src/app/codes';
import { botFor, playRound } from '../../src/sim';
import { makeSave, readSave } from '../../src/app/persist';
import type { GameConfig } from '../../src/sim';
import { dayOf, phaseOf, propose } from './ui';
import { botRound, current, savedList, seedRound } from './rounds-in-page';

const baseURL = inject('baseURL');
const chrome = sharedBrowser();
const home = `${baseURL}?e2e=1&canvas=0`;

const A: GameConfig = { scenario: '2026', seed: 'KEEPA', human: 'union', difficulty: 'normal', pace: 'quick' };
const B: GameConfig = { scenario: '2023', seed: 'KEEPB', human: 'studio', difficulty: 'normal', pace: 'quick' };
const C: GameConfig = { scenario: '2026', seed: 'KEEPC', human: 'studio', difficulty: 'easy', pace: 'quick' };
const movesA = botRound(A);
const movesB = botRound(B, 'hardliner');
const codeOf = (c: GameConfig) => {
  const r = makeClassCode(c);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

async function fresh(): Promise<Page> {
  const { page } = await watchedPage(chrome.get());
  await page.goto(home);
  return page;
}

/** The ways a round in play can be replaced; each must ask first, and keep the old round either way. */
const PATHS: { name: string; finishedToo: boolean; go(page: Page): Promise<void>; confirm: string }[] = [
  {
    name: 'Join on the title',
    finishedToo: true,
    confirm: 'Join the class round',
    async go(page) {
      await page.evaluate(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { go(s: string): void } } } }).__STRIKE_CLOCK__.store.getState().go('title'));
      await page.getByRole('textbox', { name: 'Class code' }).fill(codeOf(C));
      await page.getByRole('button', { name: 'Join', exact: true }).click();
    },
  },
  {
    name: '"Use this code" on the setup screen',
    finishedToo: true,
    confirm: 'Start the new round',
    async go(page) {
      await page.evaluate(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { go(s: string): void } } } }).__STRIKE_CLOCK__.store.getState().go('setup'));
      await page.getByRole('textbox', { name: 'Class code' }).fill(codeOf(C));
      await page.getByRole('button', { name: 'Use this code' }).click();
    },
  },
  {
    name: 'Start a round, then Open your briefing',
    finishedToo: true,
    confirm: 'Start the new round',
    async go(page) {
      await page.evaluate(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { go(s: string): void } } } }).__STRIKE_CLOCK__.store.getState().go('title'));
      await page.getByRole('button', { name: 'Start a round' }).click();
      await page.getByRole('button', { name: 'Open your briefing' }).click();
    },
  },
  {
    name: 'loading a save file',
    finishedToo: true,
    confirm: 'Open the save file',
    async go(page) {
      await page.evaluate(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { go(s: string): void } } } }).__STRIKE_CLOCK__.store.getState().go('title'));
      await page.getByLabel('Save file (.json)').setInputFiles({ name: 'round.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(makeSave(B, movesB.slice(0, 2), 'Bo'))) });
    },
  },
  {
    name: 'reopening another saved round',
    finishedToo: true,
    confirm: 'Open the saved round',
    async go(page) {
      await page.evaluate(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { go(s: string): void } } } }).__STRIKE_CLOCK__.store.getState().go('title'));
      await page.getByRole('listitem').filter({ hasText: 'The Double Strike, as the studios' }).getByRole('button', { name: /^Reopen/ }).click();
    },
  },
  {
    name: 'playing the round again from the ending',
    finishedToo: true,
    confirm: 'Play this round again',
    async go(page) {
      await page.getByRole('button', { name: 'Play this round again' }).click();
    },
  },
];

describe.each([
  ['a round in progress', 3],
  ['a finished round', movesA.length],
] as const)('nothing replaces %s without asking, and the old round is kept', (state, moves) => {
  const finished = moves === movesA.length;
  it.each(PATHS.filter((p) => (finished ? p.finishedToo : p.name !== 'playing the round again from the ending')))('$name', async (path) => {
    const page = await fresh();
    // Another saved round (for the reopen path), then the round in play.
    await seedRound(page, B, movesB.slice(0, 1));
    const id = await seedRound(page, A, movesA.slice(0, moves), finished ? 'ending' : 'table');
    const before = await current(page);
    expect(before.phase === 'done').toBe(finished);

    // Cancel: nothing changes.
    await path.go(page);
    const dialog = page.getByRole('dialog', { name: finished ? 'Leave your finished round?' : 'Leave your round in progress?' });
    await dialog.waitFor();
    await expect(dialog.getByText(finished ? /stays in .Saved rounds.*with its result code/ : /stays in .Saved rounds.*reopen it there/).isVisible()).resolves.toBe(true);
    await dialog.getByRole('button', { name: finished ? 'Cancel' : /^(Keep playing it|Cancel)$/ }).click();
    // The dialog answers with its close event, a task after the click.
    await page.waitForFunction(() => document.querySelector('dialog[open]') === null);
    expect(await current(page)).toMatchObject({ roundId: id, moves });
    // Focus went back to a control, not to the page.
    await expect.poll(() => page.evaluate(() => document.activeElement !== document.body)).toBe(true);

    // Confirm: the new round opens, and the old one is in the saved list, move for move.
    await path.go(page);
    await page.getByRole('dialog').getByRole('button', { name: path.confirm }).click();
    await page.waitForFunction((old) => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { roundId: string } } } }).__STRIKE_CLOCK__.store.getState().roundId !== old, id);
    const kept = (await savedList(page)).rounds.find((r) => r.id === id);
    expect(kept?.save.actions).toEqual(movesA.slice(0, moves));
    if (finished) expect(kept?.resultCode).toMatch(/^SC1\./);
    await page.context().close();
  });
});

describe('saved rounds', () => {
  it('autosaves after every action and resumes after a reload', async () => {
    const { page, errors } = await watchedPage(chrome.get());
    await page.goto(home);
    await page.getByRole('button', { name: 'Start a round' }).click();
    await page.getByRole('button', { name: 'Open your briefing' }).click();
    await page.getByRole('button', { name: 'Go to the table' }).click();
    await propose(page);
    await propose(page);
    const day = await dayOf(page);
    expect(day).toBeGreaterThan(0);
    await page.reload();
    await page.getByRole('button', { name: 'Resume your saved round' }).click();
    await page.getByRole('heading', { name: 'On the table' }).waitFor({ state: 'visible' });
    expect(await dayOf(page)).toBe(day);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reopens a finished round after a reload, with its result code', async () => {
    const page = await fresh();
    await seedRound(page, A, movesA, 'ending');
    await page.getByRole('textbox', { name: 'Nickname (optional)' }).fill('Kim');
    const code = await page.getByRole('textbox', { name: 'Result code' }).inputValue();
    expect(code).toMatch(/^SC1\./);
    await page.reload();
    const item = page.getByRole('listitem').filter({ hasText: 'The Long Contract' });
    await expect(item.getByText(code).isVisible()).resolves.toBe(true);
    await item.getByRole('button', { name: /^Reopen/ }).click();
    await page.getByRole('heading', { level: 2, name: 'A new contract' }).waitFor({ state: 'visible' });
    await expect(page.getByRole('textbox', { name: 'Result code' }).inputValue()).resolves.toBe(code);
    await page.context().close();
  });

  it('resumes the class round a reloaded class link had started, instead of starting over', async () => {
    const page = await fresh();
    const id = await seedRound(page, A, movesA.slice(0, 2));
    await page.goto(`${home}&class=${codeOf(A)}`);
    const dialog = page.getByRole('dialog', { name: 'You have already started this class\u2019s round' });
    await dialog.getByRole('button', { name: 'Carry on with my round' }).click();
    await page.getByRole('heading', { name: 'On the table' }).waitFor({ state: 'visible' });
    expect(await current(page)).toMatchObject({ roundId: id, moves: 2 });
    await page.context().close();
  });

  it('asks before a class link opens a new round over one in progress', async () => {
    const page = await fresh();
    const id = await seedRound(page, A, movesA.slice(0, 2));
    await page.goto(`${home}&class=${codeOf(C)}`);
    await page.getByRole('dialog', { name: 'Leave your round in progress?' }).getByRole('button', { name: 'Open the class round' }).click();
    await page.getByRole('heading', { level: 2, name: /^Briefing: the studios/ }).waitFor({ state: 'visible' });
    expect((await savedList(page)).rounds.find((r) => r.id === id)?.summary.moves).toBe(2);
    await page.context().close();
  });

  it('shows a mistyped class link\u2019s problem on the screen, not only to screen readers', async () => {
    const page = await fresh();
    const code = codeOf(C);
    const typo = `${code.slice(0, -1)}${code.endsWith('Z') ? 'Y' : 'Z'}`;
    await page.goto(`${home}&class=${typo}`);
    const alert = page.getByRole('alert').filter({ hasText: /typo/ });
    await expect(alert.isVisible()).resolves.toBe(true);
    await page.getByRole('textbox', { name: 'Class code' }).fill('26SNQ-E2E0');
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await page.getByText(/That is not a class code/).waitFor({ state: 'visible' });
    await page.context().close();
  });

  it('a result link opens that round\u2019s debrief; a damaged one says why on the screen', async () => {
    // The end of a live round links here: its students had no debrief of their own.
    const r = playRound(A, { union: botFor('historical') });
    if ('error' in r) throw new Error(r.message);
    const made = makeResultCode(A, r.actions, r.state, 'Kim');
    if (!made.ok) throw new Error(made.error);
    const page = await fresh();
    await page.goto(`${home}&result=${encodeURIComponent(made.value)}`);
    await page.getByRole('region', { name: /on the Pareto frontier/ }).waitFor();
    expect(await current(page)).toMatchObject({ moves: r.actions.length });
    const parts = made.value.split('.');
    parts[6] = parts[6] === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    await page.goto(`${home}&result=${encodeURIComponent(parts.join('.'))}`);
    await page.getByRole('alert').filter({ hasText: /The result link did not open a round: .*checksum/ }).waitFor();
    await page.context().close();
  });

  it('keeps several unreadable saves aside and offers each for download exactly as it was', async () => {
    const page = await fresh();
    const bad = ['not json {', '{"format":"strike-clock-round","version":7}', '{"format":"strike-clock-save","version":1,"config":{"scenario":"1999"}}'];
    await page.evaluate((bad) => {
      localStorage.setItem('strike-clock:round:x1', bad[0]!);
      localStorage.setItem('strike-clock:round:x2', bad[1]!);
      localStorage.setItem('strike-clock:autosave:v1', bad[2]!);
    }, bad);
    await page.reload();
    await page.getByText('3 saves could not be read').waitFor({ state: 'visible' });
    await expect(page.getByRole('button', { name: 'Resume your saved round' }).count()).resolves.toBe(0);
    const buttons = page.getByRole('button', { name: 'Download it as it was' });
    await expect(buttons.count()).resolves.toBe(3);
    const got: string[] = [];
    for (let i = 0; i < 3; i++) {
      const [dl] = await Promise.all([page.waitForEvent('download'), buttons.nth(i).click()]);
      got.push(readFileSync((await dl.path())!, 'utf8'));
    }
    expect(got.sort()).toEqual([...bad].sort());
    // A new round never takes their place.
    await seedRound(page, A, movesA.slice(0, 1));
    expect((await savedList(page)).unreadable.map((u) => u.text).sort()).toEqual([...bad].sort());
    await page.context().close();
  });

  it('says on the screen when the browser refuses to save, and the download button there keeps the round', async () => {
    const { page } = await watchedPage(chrome.get());
    await page.addInitScript(() => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k: string, v: string) {
        if (k.startsWith('strike-clock:round:')) throw new DOMException('full', 'QuotaExceededError');
        return set.call(this, k, v);
      };
    });
    await page.goto(home);
    await seedRound(page, A, movesA.slice(0, 2));
    const notice = page.getByRole('alert').filter({ hasText: 'storage is full or blocked' });
    await expect(notice.isVisible()).resolves.toBe(true);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('#notices').getByRole('button', { name: 'Download a save of this round' }).click()]);
    const r = readSave(readFileSync((await dl.path())!, 'utf8'));
    expect(r.ok && r.value.actions).toEqual(movesA.slice(0, 2));
    // Leaving that round now warns that it was not kept, and offers the download again.
    await page.evaluate(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { go(s: string): void } } } }).__STRIKE_CLOCK__.store.getState().go('setup'));
    await page.getByRole('button', { name: 'Open your briefing' }).click();
    await page.getByRole('dialog').getByText('This browser could not keep it').waitFor({ state: 'visible' });
    await page.context().close();
  });

  it('says on the screen when the browser keeps nothing at all', async () => {
    const { page } = await watchedPage(chrome.get());
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('blocked', 'SecurityError'); } });
    });
    await page.goto(home);
    await page.getByRole('alert').filter({ hasText: 'does not let the game keep anything' }).waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Start a round' }).click();
    await page.getByRole('button', { name: 'Open your briefing' }).click();
    await page.getByRole('button', { name: 'Go to the table' }).click();
    await propose(page);
    expect(await phaseOf(page)).not.toBe('none');
    await page.context().close();
  });
});
