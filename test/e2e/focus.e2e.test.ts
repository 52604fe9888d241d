import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GameConfig } from '../../src/sim';
import { sharedBrowser, watchedPage } from './browser';
import { botRound, seedRound } from './rounds-in-page';

const baseURL = inject('baseURL');
const chrome = sharedBrowser();

/**
 * Tab through a screen and, at every stop, compare the focus ring with the page's own style
 * sheet: the colour of its --focus custom property, a solid outline at least 3 px wide, and a
 * contrast of at least 3:1 against the background the control sits on (WCAG 2.4.7, 1.4.11).
 */
async function ringProblems(page: Page, stops = 80): Promise<{ seen: number; problems: string[] }> {
  const problems: string[] = [];
  let seen = 0;
  const visited = new Set<string>();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    const r = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const cs = getComputedStyle(el);
      const want = getComputedStyle(document.documentElement).getPropertyValue('--focus').trim();
      const probe = document.createElement('span');
      probe.style.color = want;
      document.body.append(probe);
      const wantRgb = getComputedStyle(probe).color;
      probe.remove();
      // The first opaque background behind the ring (the ring is drawn outside the control, 3 px off).
      let bg = 'rgb(13, 20, 36)';
      for (let p: HTMLElement | null = el.parentElement; p; p = p.parentElement) {
        const c = getComputedStyle(p).backgroundColor;
        const m = /rgba?\(([^)]+)\)/.exec(c);
        if (m) {
          const parts = m[1]!.split(',').map((x) => parseFloat(x));
          if (parts.length === 3 || (parts[3] ?? 1) >= 0.99) {
            bg = c;
            break;
          }
        }
      }
      const lum = (c: string) => {
        const [r, g, b] = (/rgba?\(([^)]+)\)/.exec(c)?.[1] ?? '0,0,0').split(',').map((x) => parseFloat(x) / 255) as [number, number, number];
        const f = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const a = lum(cs.outlineColor);
      const b = lum(bg);
      const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
      return { name, key: `${name}|${el.getBoundingClientRect().top}`, style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), color: cs.outlineColor, wantRgb, contrast };
    });
    if (!r) continue;
    if (visited.has(r.key)) break;
    visited.add(r.key);
    seen++;
    if (r.style !== 'solid' || r.width < 3 || r.color !== r.wantRgb || r.contrast < 3)
      problems.push(`${r.name}: ${r.style} ${r.width}px ${r.color} (want solid 3px ${r.wantRgb}), contrast ${r.contrast.toFixed(2)}`);
  }
  return { seen, problems };
}

const U23: GameConfig = { scenario: '2023', seed: 'FOC01', human: 'union', difficulty: 'normal', pace: 'standard' };

describe('the focus ring', () => {
  it('is the page\u2019s own ring, clearly visible, on every stop of the title, the table, the ending and the teacher page', async () => {
    const { page } = await watchedPage(chrome.get());
    await page.goto(`${baseURL}?e2e=1&canvas=0`);
    const all: string[] = [];
    let seen = 0;
    const check = async (what: string, stops?: number) => {
      const r = await ringProblems(page, stops);
      seen += r.seen;
      all.push(...r.problems.map((p) => `${what}: ${p}`));
      return r.seen;
    };
    expect(await check('title')).toBeGreaterThan(5);
    await seedRound(page, U23, botRound(U23).slice(0, 1));
    expect(await check('table', 120)).toBeGreaterThan(25);
    await seedRound(page, U23, botRound(U23), 'ending');
    await check('ending');
    await page.evaluate(() => (window as unknown as { __STRIKE_CLOCK__: { store: { getState(): { go(s: string): void } } } }).__STRIKE_CLOCK__.store.getState().go('teacher'));
    await page.getByRole('button', { name: 'Create a class code' }).waitFor();
    await check('teacher page');
    expect(seen).toBeGreaterThan(50);
    expect(all).toEqual([]);
    await page.context().close();
  });

  it('a control: a ring drawn in another colour is caught', async () => {
    const { page } = await watchedPage(chrome.get());
    await page.goto(`${baseURL}?e2e=1&canvas=0`);
    await page.evaluate(() => {
      const s = new CSSStyleSheet();
      s.replaceSync('button:focus-visible { outline-color: rgb(40, 40, 40) !important; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, s];
    });
    const r = await ringProblems(page, 10);
    expect(r.problems.length).toBeGreaterThan(0);
    await page.context().close();
  });
});
