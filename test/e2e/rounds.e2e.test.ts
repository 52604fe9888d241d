import { describe, expect, inject, it } from 'vitest';
import { isError, playerView, replay, stateHash, type Action, type GameConfig } from '../../src/sim';
import { sharedBrowser, watchedPage } from './browser';
import { accept, actionsApplied, dayOf, offeredPoints, phaseOf, playToTheEnd, propose, setPackage, setSide } from './ui';

const baseURL = inject('baseURL');
const chrome = sharedBrowser();

interface Hooks {
  __STRIKE_CLOCK__: { store: { getState(): { actions: Action[]; game: { config: GameConfig; outcome: string | null } | null } }; stateHash(): string };
}

describe.each([
  ['union', "The actors' union"],
  ['studio', "The studios' alliance"],
] as const)('a whole round on the %s side, by role and accessible name', (side, sideLabel) => {
  it('reaches a ratified deal, and the browser state matches Node for the same actions', async () => {
    const { page, errors } = await watchedPage(chrome.get());
    await page.goto(`${baseURL}?e2e=1&canvas=0`);
    await page.getByRole('button', { name: 'Start a round' }).click();
    await setSide(page, sideLabel);
    await page.getByRole('radio', { name: /2026/ }).check();
    await page.getByRole('radio', { name: /^Quick/ }).check();
    await page.getByRole('button', { name: 'Open your briefing' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /^Briefing/ }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Go to the table' }).click();
    await expect(page.getByRole('heading', { name: 'On the table' }).isVisible()).resolves.toBe(true);

    const moves = await playToTheEnd(page, '2026', side);
    expect(moves).toBeLessThan(40);
    await expect(page.getByRole('heading', { name: 'The round is over' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'See how it ended' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'A new contract' }).isVisible()).resolves.toBe(true);
    const code = await page.getByRole('textbox', { name: 'Result code' }).inputValue();
    expect(code.startsWith('SC1.')).toBe(true);

    // The same seed and actions give the same stateHash in Node.
    const { actions, config, hash } = await page.evaluate(() => {
      const w = window as unknown as Hooks;
      const st = w.__STRIKE_CLOCK__.store.getState();
      return { actions: st.actions, config: st.game!.config, hash: w.__STRIKE_CLOCK__.stateHash() };
    });
    const r = replay(config, actions);
    if (isError(r) || r.failed) throw new Error('replay failed in Node');
    expect(r.state.outcome).toBe('ratified');
    expect(stateHash(r.state)).toBe(hash);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a strike', () => {
  it('starts after expiry and the clock visibly advances', async () => {
    const { page, errors } = await watchedPage(chrome.get());
    // (The canvas's summary of a strike is checked in title.e2e, where the canvas runs.)
    await page.goto(`${baseURL}?e2e=1&canvas=0`);
    await page.getByRole('button', { name: 'Start a round' }).click();
    await page.getByRole('button', { name: 'Open your briefing' }).click(); // defaults: union, 2023, normal, standard
    await page.getByRole('button', { name: 'Go to the table' }).click();
    const demand = [22, 10, 6, 5, 10, 0, 1];
    // Hold firm until the contract (and its extension) runs out.
    for (let i = 0; i < 20 && (await phaseOf(page)) === 'talks'; i++) {
      await setPackage(page, '2023', demand);
      await propose(page);
    }
    expect(await phaseOf(page)).toBe('holdout');
    await page.getByRole('button', { name: 'Call a strike' }).click();
    const dialog = page.getByRole('dialog', { name: 'Call a strike' });
    await expect(dialog.getByText(/Every strike day costs members/).isVisible()).resolves.toBe(true);
    const before = await page.evaluate(() => (window as unknown as Hooks).__STRIKE_CLOCK__.store.getState().actions.length);
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await actionsApplied(page, before + 1);
    expect(await phaseOf(page)).toBe('strike');
    const status = page.getByRole('status').filter({ hasText: 'strike day' });
    const day0 = await dayOf(page);
    await setPackage(page, '2023', demand);
    await propose(page);
    const t1 = await status.textContent();
    await propose(page);
    const t2 = await status.textContent();
    const n1 = Number(/strike day (\d+)/.exec(t1 ?? '')?.[1]);
    const n2 = Number(/strike day (\d+)/.exec(t2 ?? '')?.[1]);
    expect(n1).toBeGreaterThan(0);
    expect(n2).toBeGreaterThan(n1);
    expect(await dayOf(page)).toBeGreaterThan(day0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the turn at the table', () => {
  it('passes after every move, and the computer answers each one at once', async () => {
    const { page, errors } = await watchedPage(chrome.get());
    await page.goto(`${baseURL}?e2e=1&canvas=0`);
    await page.getByRole('button', { name: 'Start a round' }).click();
    await page.getByRole('button', { name: 'Open your briefing' }).click(); // defaults: union, 2023, normal, standard
    await page.getByRole('button', { name: 'Go to the table' }).click();
    const nodeState = async () => {
      const { actions, config, hash } = await page.evaluate(() => {
        const w = window as unknown as Hooks;
        const st = w.__STRIKE_CLOCK__.store.getState();
        return { actions: st.actions, config: st.game!.config, hash: w.__STRIKE_CLOCK__.stateHash() };
      });
      const r = replay(config, actions);
      if (isError(r) || r.failed) throw new Error('replay failed in Node');
      expect(stateHash(r.state)).toBe(hash);
      return { actions, state: r.state };
    };
    // What the hint promises a proposal costs is what the union's view says.
    const propose = playerView((await nodeState()).state, 'union').legal.find((a) => a.type === 'propose')!;
    await expect(page.locator('.next-step').textContent()).resolves.toContain(`propose a package (${propose.days} day`);

    // A table action is a move: the studios answer it before the union can act again.
    await page.getByRole('button', { name: 'Caucus' }).click();
    const dialog = page.getByRole('dialog', { name: 'Caucus' });
    await expect(dialog.getByText(/then it is the other side\u2019s move/).isVisible()).resolves.toBe(true);
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await actionsApplied(page, 1);
    let { actions, state } = await nodeState();
    expect(actions.map((a) => a.type)).toEqual(['caucus']);
    const caucusAt = state.log.findIndex((e) => e.kind === 'action' && e.ref === 'caucus');
    expect(state.log.slice(caucusAt + 1).some((e) => e.side === 'studio')).toBe(true);
    expect(state.turn).toBe('union');

    // Answering without a counter-offer is a move too, and it is answered at once.
    const day = await dayOf(page);
    const answer = page.getByRole('button', { name: /^(Reject: no counter-offer|Pass: make no new offer)$/ });
    await answer.click();
    await actionsApplied(page, 2);
    ({ actions, state } = await nodeState());
    expect(actions.map((a) => a.type)).toEqual(['caucus', 'reject']);
    const rejectAt = state.log.findIndex((e) => e.kind === 'reject' && e.side === 'union');
    expect(rejectAt).toBeGreaterThan(caucusAt);
    expect(state.log.slice(rejectAt + 1).some((e) => e.side === 'studio')).toBe(true);
    expect(state.turn).toBe('union');
    expect(await dayOf(page)).toBeGreaterThan(day);
    await expect(page.getByRole('button', { name: /^Propose/ }).isEnabled()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('hot-seat', () => {
  it('plays a round for two on one device, hiding each briefing at the hand-over', async () => {
    const { page, errors } = await watchedPage(chrome.get());
    await page.goto(`${baseURL}?e2e=1&canvas=0`);
    await page.getByRole('button', { name: 'Start a round' }).click();
    await setSide(page, 'Two players, one device');
    await page.getByRole('radio', { name: /2026/ }).check();
    await page.getByRole('button', { name: 'Open your briefing' }).click();
    await expect(page.getByText('Confidential: for').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Done: hand over to the studios' }).click();
    // The hand-over screen shows nothing of either side's view.
    await expect(page.getByRole('heading', { name: /Hand the device to the studios/ }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Confidential').count()).resolves.toBe(0);
    await expect(page.getByRole('slider').count()).resolves.toBe(0);
    await page.getByRole('button', { name: /negotiator: show my screen/ }).click();
    await expect(page.getByRole('heading', { name: /Briefing: the studios/ }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Go to the table' }).click();
    await page.getByRole('button', { name: /negotiator: show my screen/ }).click(); // the union moves first
    await expect(page.getByRole('heading', { name: 'At the table: the union committee' }).isVisible()).resolves.toBe(true);

    const deal = [12, 6, 0, 4, 4, 1, 0];
    await setPackage(page, '2026', deal);
    await propose(page);
    await expect(page.getByRole('heading', { name: /Hand the device to the studios/ }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: /negotiator: show my screen/ }).click();
    await expect(page.getByRole('heading', { name: /At the table: the studios/ }).isVisible()).resolves.toBe(true);
    expect(await offeredPoints(page)).not.toBeNull();
    await accept(page);
    expect(await phaseOf(page)).toBe('ratification');
    await page.getByRole('button', { name: 'Count the members\u2019 votes' }).click();
    expect(await phaseOf(page)).toBe('done');
    await page.getByRole('button', { name: 'See how it ended' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'A new contract' }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
