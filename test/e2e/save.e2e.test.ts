import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser, watchedPage } from './browser';
import { makeClassCode } from '../../src/app/codes';
import { dayOf, phaseOf } from './ui';

const baseURL = inject('baseURL');
const chrome = sharedBrowser();

describe('save and resume', () => {
  it('autosaves after every action and resumes after a reload', async () => {
    const { page, errors } = await watchedPage(chrome.get());
    await page.goto(`${baseURL}?e2e=1&canvas=0`);
    await page.getByRole('button', { name: 'Start a round' }).click();
    await page.getByRole('button', { name: 'Open your briefing' }).click();
    await page.getByRole('button', { name: 'Go to the table' }).click();
    await page.getByRole('button', { name: /^Propose/ }).click();
    await page.getByRole('button', { name: /^Propose/ }).click();
    const day = await dayOf(page);
    expect(day).toBeGreaterThan(0);
    await page.reload();
    await page.getByRole('button', { name: 'Resume your saved round' }).click();
    await expect(page.getByRole('heading', { name: 'On the table' }).isVisible()).resolves.toBe(true);
    expect(await dayOf(page)).toBe(day);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps an unreadable save aside and says so, without losing it', async () => {
    const { page } = await watchedPage(chrome.get());
    await page.goto(`${baseURL}?e2e=1&canvas=0`);
    await page.evaluate(() => localStorage.setItem('strike-clock:autosave:v1', '{"format":"strike-clock-save","version":1,"config":{"scenario":"1999"}}'));
    await page.reload();
    await expect(page.getByText(/could not be resumed/).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Resume your saved round' }).count()).resolves.toBe(0);
    const kept = await page.evaluate(() => localStorage.getItem('strike-clock:unreadable-save'));
    expect(kept).toContain('1999');
    await page.context().close();
  });

  it('opens a round from a class code in the address, and refuses a mistyped one with a reason', async () => {
    const { page } = await watchedPage(chrome.get());
    const code = makeClassCode({ scenario: '2026', seed: 'E2E01', human: 'studio', difficulty: 'normal', pace: 'quick' });
    if (!code.ok) throw new Error(code.error);
    expect(code.value.startsWith('26SNQ-E2E01-')).toBe(true);
    await page.goto(`${baseURL}?e2e=1&canvas=0&class=${code.value}`);
    await expect(page.getByRole('heading', { level: 2, name: /^Briefing: the studios/ }).isVisible()).resolves.toBe(true);
    expect(await phaseOf(page)).toBe('talks');
    // Change the check symbol: a typo the code catches before anything runs.
    const typo = `${code.value.slice(0, -1)}${code.value.endsWith('Z') ? 'Y' : 'Z'}`;
    await page.goto(`${baseURL}?e2e=1&canvas=0&class=${typo}`);
    await expect(page.getByRole('alert').filter({ hasText: /typo/ }).count()).resolves.toBe(1);
    await page.getByRole('textbox', { name: 'Class code' }).fill('26SNQ-E2E0');
    await page.getByRole('button', { name: 'Join' }).click();
    await expect(page.getByText(/That is not a class code/).isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});
