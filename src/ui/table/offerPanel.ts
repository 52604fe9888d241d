import { getScenario } from '../../sim/scenarios';
import { spaceOf, utilityOf } from '../../sim/space';
import type { GameState, Package, Side } from '../../sim/types';
import { other } from '../../sim/types';
import { h, fill } from '../dom';
import { pts, sideName } from '../format';

/** A package as a table: one row per issue, one column per package, points to the viewer. */
export function packageTable(game: GameState, side: Side, packages: Package[], caption: string): HTMLTableElement {
  const sc = getScenario(game.config.scenario)!;
  const sp = spaceOf(sc);
  const tab = sp.tables[side];
  return h(
    'table',
    { class: 'data offer-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Issue'), packages.map((_, k) => h('th', { scope: 'col' }, packages.length > 1 ? `Package ${k + 1}` : 'Terms')))),
    h(
      'tbody',
      {},
      sc.issues.map((iss, i) =>
        h('tr', {}, h('th', { scope: 'row' }, iss.name), packages.map((p) => h('td', {}, h('span', { class: 'lvl' }, iss.levels[p[i]!]!.short), h('span', { class: 'pts' }, ` ${pts(tab[i]![p[i]!]!)} pts`)))),
      ),
    ),
    h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, 'Worth to you'), packages.map((p) => h('td', {}, `${pts(utilityOf(sp, side, p))} points`)))),
  );
}

/** The other side's standing offer, with one Accept button per package. */
export function offerPanel(onAccept: (index: number) => void) {
  const body = h('div', {});
  const el = h('section', { class: 'panel offer', 'aria-labelledby': 'offer-title' }, h('h3', { id: 'offer-title' }, 'On the table'), body);
  let key = '';
  return {
    el,
    update(game: GameState, side: Side, canAct: boolean) {
      const st = game.standing;
      const k = `${game.offers.length}|${st?.by}|${canAct}|${game.phase}`;
      if (k === key) return;
      key = k;
      if (!st || st.by !== other(side)) {
        fill(body, h('p', {}, st && st.by === side ? `Your offer is on the table. ${sideName(other(side))} have not answered it with a counter-offer.` : `No offer from ${sideName(other(side)).toLowerCase()} is on the table.`));
        return;
      }
      const sc = getScenario(game.config.scenario)!;
      const sp = spaceOf(sc);
      fill(
        body,
        st.final ? h('p', { class: 'badge final' }, 'Last, best and final offer') : null,
        packageTable(game, side, st.packages, `${other(side) === 'union' ? 'The union\u2019s' : 'The studios\u2019'} offer${st.packages.length > 1 ? `: ${st.packages.length} equivalent packages, choose one` : ''}`),
        h(
          'div',
          { class: 'actions' },
          st.packages.map((p, i) =>
            h(
              'button',
              { type: 'button', class: 'btn accept', disabled: !canAct, on: { click: () => onAccept(i) } },
              st.packages.length > 1 ? `Accept package ${i + 1} (${pts(utilityOf(sp, side, p))} points)` : `Accept this offer (${pts(utilityOf(sp, side, p))} points)`,
            ),
          ),
        ),
      );
    },
  };
}
