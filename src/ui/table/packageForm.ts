import { getScenario } from '../../sim/scenarios';
import { spaceOf, utilityOf } from '../../sim/space';
import { projectedRatification } from '../../sim/rules/votes';
import type { GameState, Package, Side } from '../../sim/types';
import { other } from '../../sim/types';
import { h, fill, nextId } from '../dom';
import { moneyK, pct, pts } from '../format';

export interface PackageForm {
  el: HTMLElement;
  /** Refresh hints that depend on the state (their standing levels, projections, enabled state). */
  update(game: GameState, canAct: boolean): void;
  /** Replace the draft with the given packages (e.g. after loading). */
  set(packages: Package[]): void;
}

/**
 * The proposal form: one labelled slider per issue showing the level in words and the points it
 * is worth to you, a live total, up to three equivalent packages (MESO), "last, best and final",
 * propose, and "no counter-offer".
 */
export function packageForm(game: GameState, side: Side, onPropose: (packages: Package[], final: boolean) => void, onReject: () => void): PackageForm {
  const sc = getScenario(game.config.scenario)!;
  const sp = spaceOf(sc);
  const tab = sp.tables[side];
  const mine = game.offers.filter((o) => o.by === side).pop();
  let drafts: Package[] = [(mine?.packages[0] ?? sc.openings[side]).slice()];
  let state = game;

  const list = h('div', { class: 'packages' });
  const totals = h('div', { class: 'form-totals', 'aria-live': 'off' });
  const finalBox = h('input', { type: 'checkbox', id: 'final-offer' });
  const proposeBtn = h('button', { type: 'submit', class: 'btn primary' }, 'Propose');
  const rejectBtn = h('button', { type: 'button', class: 'btn', on: { click: () => onReject() } }, 'No counter-offer: the gap is too great');
  const addBtn = h('button', { type: 'button', class: 'btn small', on: { click: () => addPackage() } }, 'Add an equivalent alternative package');

  const addPackage = () => {
    if (drafts.length >= 3) return;
    drafts.push(drafts[drafts.length - 1]!.slice());
    render();
    list.querySelector<HTMLElement>(`[data-package="${drafts.length - 1}"] input`)?.focus();
  };
  const removePackage = (k: number) => {
    drafts.splice(k, 1);
    render();
    list.querySelector<HTMLElement>('input')?.focus();
  };

  const levelText = (i: number, l: number) => `${sc.issues[i]!.levels[l]!.short} · ${pts(tab[i]![l]!)} pts`;

  function render(): void {
    const theirs = state.standing && state.standing.by === other(side) ? state.standing.packages[0]! : state.offers.filter((o) => o.by === other(side)).pop()?.packages[0];
    fill(
      list,
      drafts.map((pkg, k) => {
        const fsId = nextId('pkg');
        return h(
          'fieldset',
          { class: 'package', 'data-package': k, 'aria-describedby': `${fsId}-total` },
          h('legend', {}, drafts.length > 1 ? `Package ${k + 1}` : 'Your package'),
          sc.issues.map((iss, i) => {
            const id = `${fsId}-${iss.id}`;
            const out = h('output', { for: id, class: 'level' }, levelText(i, pkg[i]!));
            const input = h('input', {
              type: 'range',
              id,
              min: 0,
              max: iss.levels.length - 1,
              step: 1,
              value: String(pkg[i]),
              'aria-valuetext': `${iss.levels[pkg[i]!]!.label}, worth ${pts(tab[i]![pkg[i]!]!)} points to you`,
              on: {
                input: (e: Event) => {
                  const v = Number((e.target as HTMLInputElement).value);
                  pkg[i] = v;
                  out.textContent = levelText(i, v);
                  (e.target as HTMLInputElement).setAttribute('aria-valuetext', `${iss.levels[v]!.label}, worth ${pts(tab[i]![v]!)} points to you`);
                  renderTotals();
                },
              },
            });
            return h(
              'div',
              { class: 'issue' },
              h('label', { for: id }, iss.name),
              input,
              h('div', { class: 'issue-meta' }, out, theirs ? h('span', { class: 'hint' }, `their offer: ${iss.levels[theirs[i]!]!.short}`) : null),
            );
          }),
          h('p', { class: 'package-total', id: `${fsId}-total` }),
          drafts.length > 1 ? h('button', { type: 'button', class: 'btn small', on: { click: () => removePackage(k) } }, `Remove package ${k + 1}`) : null,
        );
      }),
    );
    addBtn.hidden = drafts.length >= 3;
    proposeBtn.textContent = drafts.length > 1 ? `Propose these ${drafts.length} packages` : 'Propose this package';
    renderTotals();
  }

  function renderTotals(): void {
    const walk = utilityOf(sp, side, sc.reservations[side]) + state.hidden.floorShift[side];
    list.querySelectorAll<HTMLElement>('.package-total').forEach((p, k) => {
      const pkg = drafts[k]!;
      let cost = 0;
      let value = 0;
      pkg.forEach((l, i) => {
        cost += sc.issues[i]!.levels[l]!.studioCostK;
        value += sc.issues[i]!.levels[l]!.memberValueK;
      });
      fill(
        p,
        'Worth ',
        h('strong', {}, `${pts(utilityOf(sp, side, pkg))} points`),
        ` to you (your walk-away: about ${pts(walk)}). Costs the studios about ${moneyK(cost)} a year; worth about ${moneyK(value)} a year to members.`,
        side === 'union' ? [' If it were the deal today, members would vote about ', h('strong', {}, `${pct(projectedRatification(state, pkg).yes)} yes`), '.'] : null,
      );
    });
    const same = drafts.some((p, k) => drafts.some((q, j) => j > k && p.every((v, i) => v === q[i])));
    totals.textContent = same ? 'Two of your packages are the same: change one so each is a real alternative.' : '';
  }

  const el = h(
    'form',
    {
      class: 'proposal',
      'aria-labelledby': 'proposal-title',
      on: {
        submit: (e: Event) => {
          e.preventDefault();
          onPropose(drafts.map((p) => p.slice()), finalBox.checked);
          finalBox.checked = false;
        },
      },
    },
    h('h3', { id: 'proposal-title' }, 'Your proposal'),
    h('p', { class: 'hint' }, 'Set a level for every issue. Offer up to three packages of equal value to you: the other side\u2019s choice shows what it cares about.'),
    list,
    totals,
    addBtn,
    h('label', { class: 'check', for: 'final-offer' }, finalBox, 'Make it your last, best and final offer (improving on it later costs your side credibility)'),
    h('div', { class: 'actions' }, proposeBtn, rejectBtn),
  );
  render();

  return {
    el,
    update(game, canAct) {
      const fresh = game.offers.length !== state.offers.length || game.day !== state.day;
      state = game;
      proposeBtn.disabled = !canAct;
      rejectBtn.disabled = !canAct;
      if (fresh) render();
    },
    set(packages) {
      drafts = packages.map((p) => p.slice());
      render();
    },
  };
}
