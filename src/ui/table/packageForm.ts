import { getScenario, other, type GameState, type Package, type PlayerView } from '../../sim';
import { legal, projectedVote, worth } from '../../app/view';
import { confirmBelowTheirs, confirmBelowWalkAway, confirmBreakFinal } from './decide';
import { h, fill, nextId } from '../dom';
import { moneyK, pct, points, pointsWord } from '../format';

export interface PackageForm {
  el: HTMLElement;
  /**
   * Refresh what depends on the round: their latest levels, the walk-away, whether proposing is
   * legal now and what it costs. `game` serves only the members' projected vote (union side).
   */
  update(view: PlayerView, game: GameState): void;
  /** Replace the draft with the given packages (e.g. after loading). */
  set(packages: Package[]): void;
}

/**
 * The proposal form: one labelled slider per issue showing the level in words and the points it
 * is worth to you, a live total, up to three equivalent packages (MESO), "last, best and final"
 * and propose. Levels and points come from the side's own view.
 */
export function packageForm(view0: PlayerView, game0: GameState, onPropose: (packages: Package[], final: boolean) => void): PackageForm {
  const side = view0.side;
  const sc = getScenario(view0.scenario)!;
  const mine = view0.offers.filter((o) => o.by === side).pop();
  let drafts: Package[] = [(mine?.packages[0] ?? view0.opening).slice()];
  let view = view0;
  let game = game0;

  const list = h('div', { class: 'packages' });
  const totals = h('div', { class: 'form-totals', 'aria-live': 'off' });
  const finalBox = h('input', { type: 'checkbox', id: 'final-offer' });
  const proposeBtn = h('button', { type: 'submit', class: 'btn primary', 'aria-describedby': 'propose-cost' }, 'Propose');
  const cost = h('p', { class: 'hint', id: 'propose-cost' });
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

  const level = (i: number, l: number) => view.issues[i]!.levels[l]!;
  const levelText = (i: number, l: number) => `${level(i, l).short} · ${points(level(i, l).points)} pts`;
  const valueText = (i: number, l: number) => `${level(i, l).label}, worth ${points(level(i, l).points)} points to you`;

  function render(): void {
    const st = view.standing;
    // Their offer on the table (every package of it), or, with none on the table, their last one.
    const onTable = !!st && st.by === other(side);
    const theirs = onTable ? st.packages : view.offers.filter((o) => o.by === other(side)).pop()?.packages;
    const theirWords = (i: number) => {
      const shorts = [...new Set(theirs!.map((p) => view.issues[i]!.levels[p[i]!]!.short))];
      return `${onTable ? 'their offer' : 'their last offer'}: ${shorts.join(' or ')}`;
    };
    fill(
      list,
      drafts.map((pkg, k) => {
        const fsId = nextId('pkg');
        // The level in full words, for the slider in hand (the short labels are terse: "150% @10%").
        // Screen readers hear it as the slider's value; on screen it is one line under the package.
        const detail = h('p', { class: 'level-detail hint', 'aria-hidden': 'true' }, 'Move or focus a slider to read its level in full.');
        const explain = (i: number, l: number) => (detail.textContent = `${view.issues[i]!.name}: ${level(i, l).label} (${pointsWord(level(i, l).points)} to you).`);
        return h(
          'fieldset',
          { class: 'package', 'data-package': k, 'aria-describedby': `${fsId}-total` },
          h('legend', {}, drafts.length > 1 ? `Package ${k + 1}` : 'Your package'),
          view.issues.map((iss, i) => {
            const id = `${fsId}-${iss.id}`;
            const out = h('output', { for: id, class: 'level' }, levelText(i, pkg[i]!));
            const input = h('input', {
              type: 'range',
              id,
              min: 0,
              max: iss.levels.length - 1,
              step: 1,
              value: String(pkg[i]),
              'aria-valuetext': valueText(i, pkg[i]!),
              on: {
                input: (e: Event) => {
                  const v = Number((e.target as HTMLInputElement).value);
                  pkg[i] = v;
                  out.textContent = levelText(i, v);
                  (e.target as HTMLInputElement).setAttribute('aria-valuetext', valueText(i, v));
                  explain(i, v);
                  renderTotals();
                },
                focus: () => explain(i, pkg[i]!),
              },
            });
            return h(
              'div',
              { class: 'issue' },
              h('label', { for: id }, iss.name),
              input,
              h('div', { class: 'issue-meta' }, out, theirs ? h('span', { class: 'hint' }, theirWords(i)) : null),
            );
          }),
          detail,
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
    list.querySelectorAll<HTMLElement>('.package-total').forEach((p, k) => {
      const pkg = drafts[k]!;
      let cost = 0;
      let value = 0;
      pkg.forEach((l, i) => {
        cost += sc.issues[i]!.levels[l]!.studioCostK;
        value += sc.issues[i]!.levels[l]!.memberValueK;
      });
      const pts = worth(view, pkg);
      const vote = projectedVote(game, view, pkg);
      // Saying the same again is holding firm, and the other side reads it so: say it here.
      const own = view.offers.filter((o) => o.by === side);
      const mine = own[own.length - 1];
      const again = !!mine && mine.packages.some((q) => q.every((v, i) => v === pkg[i]));
      // Before a first move the only offer on record is the public opening (a playtester read
      // "your last offer" on day 0 and wondered which).
      const lastWord = own.length > 1 ? 'your last offer' : 'your public opening';
      fill(
        p,
        'Worth ',
        h('strong', {}, `${points(pts)} points`),
        ` to you (walk-away today about ${points(view.walkAway)}, target ${points(view.points.target)}).`,
        pts < view.walkAway ? [' ', h('span', { class: 'warning-line' }, 'Below your walk-away.')] : null,
        again ? [' ', h('span', { class: 'same-again' }, `Same as ${lastWord}: ${side === 'union' ? 'the studios' : 'the union'} will read it as holding firm.`)] : null,
        vote ? [' Members would vote about ', h('strong', {}, `${pct(vote.yesBp)} yes`), ': ', h('span', { class: 'vote-why' }, vote.why)] : null,
        h('span', { class: 'money' }, ` Costs the studios about ${moneyK(cost)} a year; worth about ${moneyK(value)} a year to members.`),
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
        submit: async (e: Event) => {
          e.preventDefault();
          const packages = drafts.map((p) => p.slice());
          if (!(await confirmBreakFinal(view, packages, () => proposeBtn))) {
            // Keeping the final offer puts it back in the form (a playtester found the softer
            // package still set there).
            const final = [...view.offers].reverse().find((o) => o.by === side && o.final);
            if (final) {
              drafts = final.packages.map((p) => p.slice());
              render();
            }
            return;
          }
          if (!(await confirmBelowTheirs(view, packages, () => proposeBtn))) return;
          if (!(await confirmBelowWalkAway(view, game, packages, () => proposeBtn))) return;
          onPropose(packages, finalBox.checked);
          finalBox.checked = false;
        },
      },
    },
    h('h3', { id: 'proposal-title' }, 'Your proposal'),
    h('p', { class: 'hint' }, 'Set a level for every issue. Offer up to three packages of equal value to you: the one they take shows what they care about.'),
    list,
    totals,
    h('div', { class: 'actions' }, proposeBtn, addBtn),
    h('label', { class: 'check', for: 'final-offer' }, finalBox, 'Make it your last, best and final offer (improving on it later costs your side credibility)'),
    cost,
  );
  render();

  return {
    el,
    update(v, g) {
      // A new offer, a new day, or an offer that left the table (a deal the board sent back): a
      // playtester saw "their offer: 5%" under every slider beside "No offer from the studios is
      // on the table".
      const fresh = v.offers.length !== view.offers.length || v.day !== view.day || (v.standing?.by ?? null) !== (view.standing?.by ?? null) || v.phase !== view.phase;
      const changed = v !== view;
      view = v;
      game = g;
      const move = legal(v, 'propose');
      proposeBtn.disabled = !move;
      cost.textContent = move
        ? `A proposal takes ${move.days} day${move.days === 1 ? '' : 's'} of talks; then it is ${other(side) === 'union' ? 'the union\u2019s' : 'the studios\u2019'} move.`
        : 'You can propose when it is your move.';
      if (fresh) render();
      else if (changed) renderTotals();
    },
    set(packages) {
      drafts = packages.map((p) => p.slice());
      render();
    },
  };
}
