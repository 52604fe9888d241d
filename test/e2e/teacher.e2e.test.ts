import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { makeResultCode, parseClassCode } from '../../src/app/codes';
import { makeSave } from '../../src/app/persist';
import { botFor, playRound, type BotName, type GameConfig, type Side } from '../../src/sim';
import { launch, watchedPage, type Watched } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
let w: Watched;

/** A real round played headless in Node, and its result code. (Seeds avoid I, L, O, U.) */
function round(scenario: string, human: Side, bot: BotName, seed: string, nickname: string) {
  const config: GameConfig = { scenario, seed, human, difficulty: 'normal', pace: 'quick' };
  const r = playRound(config, { [human]: botFor(bot) });
  if ('error' in r) throw new Error(r.message);
  const code = makeResultCode(config, r.actions, r.state, nickname);
  if (!code.ok) throw new Error(code.error);
  return { config, ...r, code: code.value, nickname };
}

const A = round('2026', 'union', 'historical', 'TEA01', 'Maya');
const B = round('2023', 'studio', 'hardliner', 'TEA02', '<img src=x onerror=1>');
const C = round('2026', 'studio', 'conceder', 'TEA03', '=SUM(A1:A2)');
const D = round('2023', 'union', 'historical', 'TEA04', 'Sam, "the saver"');
const E = round('2023', 'studio', 'conceder', 'TEA05', 'Dropped');
const tampered = (() => {
  const parts = A.code.split('.');
  // Change the moves (the fifth part: SC1 . version . class code . nickname . moves . hash . checksum).
  parts[4] = (parts[4]![0] === 'A' ? 'B' : 'A') + parts[4]!.slice(1);
  return parts.join('.');
})();

const rows = () => w.page.locator('#t-class-table tbody tr');
const nicknames = () => w.page.locator('#t-class-table tbody tr th').allTextContents();

beforeAll(async () => {
  browser = await launch();
  w = await watchedPage(browser);
  await w.page.goto(`${baseURL}?e2e=1&canvas=0`);
  await w.page.getByRole('button', { name: 'Teacher page: class codes and results' }).click();
  await w.page.getByRole('heading', { level: 2, name: 'Teacher page' }).waitFor();
  await w.page.getByRole('button', { name: 'Create a class code' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
});

describe('the teacher page', () => {
  it('says that nothing leaves the browser', async () => {
    await expect(w.page.getByText('Nothing leaves this browser.').isVisible()).resolves.toBe(true);
  });

  it('creates a class code that reads back as the chosen settings, with a link', async () => {
    const { page } = w;
    await page.getByRole('radio', { name: /2023/ }).check();
    await page.getByRole('radio', { name: "The studios' alliance" }).check();
    await page.getByRole('radio', { name: /^Hard/ }).check();
    await page.getByRole('radio', { name: /^Quick/ }).check();
    await page.getByRole('button', { name: 'Create a class code' }).click();
    const code = ((await page.locator('#t-code').textContent()) ?? '').trim();
    const parsed = parseClassCode(code);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value).toMatchObject({ scenario: '2023', human: 'studio', difficulty: 'hard', pace: 'quick' });
    expect(parsed.value.seed).toMatch(/^[0-9A-Z]{5}$/);
    await expect(page.locator('#t-code-words').textContent()).resolves.toContain(`seed ${parsed.value.seed}`);
    const link = page.locator('#t-code-link');
    const href = (await link.getAttribute('href')) ?? '';
    expect(new URL(href).searchParams.get('class')).toBe(code);
    expect(href.startsWith(new URL(baseURL).origin)).toBe(true);
    await expect(page.getByRole('button', { name: 'Copy the code' }).isEnabled()).resolves.toBe(true);
    // a second code gets a fresh seed
    await page.getByRole('button', { name: 'Create a class code' }).click();
    const again = ((await page.locator('#t-code').textContent()) ?? '').trim();
    expect(parseClassCode(again).ok).toBe(true);
  });

  it('imports three good codes and reports the tampered and the garbage lines with reasons', async () => {
    const { page } = w;
    await page.getByRole('textbox', { name: 'Result codes' }).fill([A.code, B.code, C.code, tampered, 'this is not a code at all'].join('\n'));
    await page.getByRole('button', { name: 'Check and add' }).click();
    await expect.poll(() => rows().count()).toBe(3);
    await expect.poll(() => page.locator('#t-report .t-problems li').count()).toBe(2);
    expect(await nicknames()).toEqual(['Maya', '<img src=x onerror=1>', '=SUM(A1:A2)']);
    // a nickname is text, never markup
    await expect(page.locator('#t-class-table img').count()).resolves.toBe(0);
    const problems = await page.locator('#t-report .t-problems li').allTextContents();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^line 4: .*checksum does not match/);
    expect(problems[1]).toMatch(/^line 5: That is not a Strike Clock result code/);
    // the bad lines stay in the box to be fixed; the good ones are gone from it
    await expect(page.getByRole('textbox', { name: 'Result codes' }).inputValue()).resolves.toBe(`${tampered}\nthis is not a code at all`);
    // the table's figures are the engine's: B's strike days
    const cells = await rows().nth(1).locator('td').allTextContents();
    expect(cells).toContain(String(B.state.strikeDays));
  });

  it('keeps every imported row through a later bad paste, and ignores a duplicate', async () => {
    const { page } = w;
    const before = await rows().allTextContents();
    await page.getByRole('textbox', { name: 'Result codes' }).fill(`${tampered}\nSC1.nonsense\n\n{"broken json`);
    await page.getByRole('button', { name: 'Check and add' }).click();
    await expect.poll(() => page.locator('#t-report .t-problems li').count()).toBe(3);
    await expect(page.locator('#t-report .t-summary').textContent()).resolves.toMatch(/^No new results were added\. The table has 3 results\./);
    expect(await rows().allTextContents()).toEqual(before);

    await page.getByRole('textbox', { name: 'Result codes' }).fill(A.code);
    await page.getByRole('button', { name: 'Check and add' }).click();
    await expect.poll(() => page.locator('#t-report .t-dups li').allTextContents()).toEqual([expect.stringMatching(/^line 1: “Maya” already in the table/)]);
    expect(await rows().allTextContents()).toEqual(before);
  });

  it('takes a .json save file and a .txt result file from the file picker', async () => {
    const { page } = w;
    const save = JSON.stringify(makeSave(D.config, D.actions, D.nickname));
    await page.locator('#t-files').setInputFiles([
      { name: 'sam.json', mimeType: 'application/json', buffer: Buffer.from(save) },
      { name: 'results.txt', mimeType: 'text/plain', buffer: Buffer.from(`${C.code}\r\ngarbage line\r\n`) },
      { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50]) },
    ]);
    await expect.poll(() => page.locator('#t-report .t-summary').textContent()).toMatch(/^Added 1 result\. The table has 4 results\./);
    expect(await nicknames()).toEqual(['Maya', '<img src=x onerror=1>', '=SUM(A1:A2)', 'Sam, "the saver"']);
    const problems = await page.locator('#t-report .t-problems li').allTextContents();
    expect(problems.map((p) => p.split(':')[0])).toEqual(['photo.png', 'results.txt, line 2']);
    await expect(page.locator('#t-report .t-dups li').count()).resolves.toBe(1);
  });

  it('imports a file dropped anywhere on the page (the browser does not navigate away)', async () => {
    const { page } = w;
    const url = page.url();
    await page.evaluate((code) => {
      const dt = new DataTransfer();
      dt.items.add(new File([`${code}\n`], 'dropped.txt', { type: 'text/plain' }));
      const target = document.querySelector('#t-class-title')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, E.code);
    await expect.poll(() => rows().count()).toBe(5);
    expect((await nicknames())[4]).toBe('Dropped');
    expect(page.url()).toBe(url);
  });

  it('sorts the table by a column', async () => {
    const { page } = w;
    await page.getByRole('button', { name: 'Strike days' }).click();
    const th = page.locator('#t-class-table thead th[aria-sort]');
    await expect(th.getAttribute('aria-sort')).resolves.toBe('ascending');
    const col = await page.locator('#t-class-table thead th').allTextContents();
    const idx = col.findIndex((t) => t.startsWith('Strike days'));
    const days = await rows().evaluateAll((trs, i) => trs.map((tr) => Number(tr.children[i]!.textContent)), idx);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(days.sort((a, b) => a - b)).toEqual([A, B, C, D, E].map((r) => r.state.strikeDays).sort((a, b) => a - b));
  });

  it('draws every deal on a frontier chart per scenario, and a strike histogram', async () => {
    const { page } = w;
    await expect(page.getByRole('img', { name: /deals? of the class in 2026/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('img', { name: /deals? of the class in 2023/ }).count()).resolves.toBe(1);
    const hist = (await page.getByRole('img', { name: /^Strike lengths across 5 results/ }).getAttribute('aria-label')) ?? '';
    const noStrike = [A, B, C, D, E].filter((r) => r.state.strikeDays === 0).length;
    expect(hist).toContain(`No strike: ${noStrike}`);
  });

  it('downloads the table as CSV, every row, with formulas defused', async () => {
    const { page } = w;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the table as CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('strike-clock-class.csv');
    const path = await download.path();
    const csv = readFileSync(path, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(lines[0]!.startsWith('Nickname,Class code,Scenario,Side')).toBe(true);
    expect(lines).toHaveLength(6);
    expect(csv).toContain("'=SUM(A1:A2),");
    expect(csv).toContain('"Sam, ""the saver"""');
    expect(csv).toContain('Maya,26UNQ-TEA01-');
    expect(csv).toContain('<img src=x onerror=1>,23SNQ-TEA02-');
  });

  it('says when results come from several class codes, and shows one class at a time', async () => {
    const { page } = w;
    await expect(page.locator('#t-mixed').textContent()).resolves.toMatch(/^These 5 results come from 5 different class codes/);
    const code = A.code.split('.')[2]!;
    await page.getByLabel('Show the results of').selectOption(code);
    await expect.poll(() => rows().count()).toBe(1);
    expect(await nicknames()).toEqual(['Maya']);
    await expect(page.locator('#t-class-summary').textContent()).resolves.toMatch(/^1 result: /);
    await expect(page.locator('#t-mixed').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('img', { name: /deals? of the class in 2023/ }).count()).resolves.toBe(0);
    await page.getByLabel('Show the results of').selectOption('');
    await expect.poll(() => rows().count()).toBe(5);
  });

  it('takes the name written before a code, and makes one row of one round however it is spelled', async () => {
    const { page } = w;
    const F = round('2026', 'studio', 'historical', 'TEA06', '');
    const noisy = `\u201C${F.code.replace(/-/g, '\u2013').split('').join('\u200B')}\u201D.`;
    await page.getByRole('textbox', { name: 'Result codes' }).fill(`Kim: ${F.code}\n${noisy}\nsc1.${F.code.slice(4)}`);
    await page.getByRole('button', { name: 'Check and add' }).click();
    await expect.poll(() => page.locator('#t-report .t-summary').textContent()).toMatch(/^Added 1 result\. The table has 6 results\./);
    await expect(page.locator('#t-report .t-dups li').count()).resolves.toBe(2);
    expect((await nicknames()).filter((n) => n === 'Kim')).toEqual(['Kim']);
  });

  it('shows the class code full-screen, in letters a projector carries to the back of the room', async () => {
    const { page } = w;
    await page.getByRole('button', { name: 'Show the code full-screen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Class code' });
    await dialog.waitFor();
    const size = await page.locator('.code-full-code').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(100);
    const [, , l, r] = await page.locator('.code-full-code').evaluate((el) => { const b = el.getBoundingClientRect(); return [b.top, b.bottom, b.left, b.right]; });
    expect(l).toBeGreaterThanOrEqual(0);
    expect(r).toBeLessThanOrEqual(1366);
    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Show the code full-screen');
  });

  it('keeps the imported results across a reload, until the teacher clears them', async () => {
    const { page } = w;
    const before = await nicknames();
    await page.reload();
    await page.getByRole('button', { name: 'Teacher page: class codes and results' }).click();
    await expect.poll(() => rows().count()).toBe(before.length);
    expect((await nicknames()).sort()).toEqual([...before].sort());
    await page.getByRole('button', { name: 'Clear the table' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Clear the table' }).click();
    await expect.poll(() => rows().count()).toBe(0);
    await page.reload();
    await page.getByRole('button', { name: 'Teacher page: class codes and results' }).click();
    await page.getByRole('button', { name: 'Create a class code' }).waitFor();
    await expect(page.locator('#t-class-summary').textContent()).resolves.toBe('No results yet. Import some above.');
  });

  it('made no request outside its own origin and logged no errors', () => {
    const origin = new URL(baseURL).origin;
    expect(w.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
    expect(w.errors).toEqual([]);
  });
});
