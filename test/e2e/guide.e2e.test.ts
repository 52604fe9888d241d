import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser, watchedPage } from './browser';

const baseURL = inject('baseURL');
const chrome = sharedBrowser();
const md = readFileSync(new URL('../../docs/TEACHER-GUIDE.md', import.meta.url), 'utf8');

describe('the teacher\u2019s guide in the app', () => {
  it('is the text of docs/TEACHER-GUIDE.md, section by section, and prints without its buttons on white', async () => {
    const { page, errors } = await watchedPage(chrome.get());
    await page.goto(`${baseURL}?e2e=1&canvas=0`);
    await page.getByRole('button', { name: /^Teacher\u2019s guide/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Teacher\u2019s guide' }).waitFor();
    const sections = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
    expect(sections.length).toBeGreaterThanOrEqual(6);
    await page.getByRole('heading', { level: 3, name: sections[0] }).waitFor();
    expect(await page.getByRole('heading', { level: 3 }).allTextContents()).toEqual(sections);
    // The lesson plan's table is a table, and the how-to-read part names the frontier.
    await expect(page.getByRole('table').filter({ hasText: 'minutes' }).count()).resolves.toBe(1);
    await page.getByText('The stepped line is the Pareto frontier').waitFor();
    // The contents list takes keyboard users to the section.
    await page.getByRole('navigation', { name: 'Guide sections' }).getByRole('link', { name: 'Discussion questions' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Discussion questions');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print the guide' }).isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
