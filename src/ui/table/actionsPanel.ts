import { getScenario } from '../../sim/scenarios';
import { TABLE_ACTIONS, tableActionProblem } from '../../sim/rules/table';
import type { Action, GameState, Side, TableActionKind } from '../../sim/types';
import { h, fill } from '../dom';

export interface Confirm {
  (title: string, lines: string[], confirmLabel: string): Promise<boolean>;
}

/** Every table action for the viewer's side, its cost stated before committing, or why it is not possible now. */
export function actionsPanel(dispatch: (a: Action) => void, confirm: Confirm) {
  const list = h('ul', { class: 'table-actions' });
  const el = h('section', { class: 'panel', 'aria-labelledby': 'actions-title' }, h('h3', { id: 'actions-title' }, 'Table actions'), list);
  let key = '';
  return {
    el,
    update(game: GameState, side: Side, canAct: boolean) {
      const sc = getScenario(game.config.scenario)!;
      const kinds = (Object.keys(TABLE_ACTIONS) as TableActionKind[]).filter((k) => TABLE_ACTIONS[k].who === 'both' || TABLE_ACTIONS[k].who === side);
      const reasons = kinds.map((k) => (canAct ? tableActionProblem(game, sc, side, k) : 'Wait for your turn.'));
      const k = `${reasons.join('|')}|${game.blackout}`;
      if (k === key) return;
      key = k;
      fill(
        list,
        kinds.map((kind, idx) => {
          const info = TABLE_ACTIONS[kind];
          const why = reasons[idx];
          const label = kind === 'blackout' && game.blackout ? 'Lift the media blackout' : info.label;
          const descId = `act-${kind}-desc`;
          const go = async (action: Action, title: string) => {
            const ok = await confirm(title, [`Cost: ${info.cost}`, `Effect: ${info.effect}`], 'Confirm');
            if (ok) dispatch(action);
          };
          const buttons =
            kind === 'statement'
              ? [
                  h('button', { type: 'button', class: 'btn small', disabled: !!why, 'aria-describedby': descId, on: { click: () => go({ type: 'statement', side, tone: 'firm' }, 'A firm public statement') } }, 'Firm statement'),
                  h('button', { type: 'button', class: 'btn small', disabled: !!why, 'aria-describedby': descId, on: { click: () => go({ type: 'statement', side, tone: 'conciliatory' }, 'A conciliatory public statement') } }, 'Conciliatory statement'),
                ]
              : [h('button', { type: 'button', class: `btn small${kind === 'strike' ? ' danger' : ''}`, disabled: !!why, 'aria-describedby': descId, on: { click: () => go({ type: kind, side } as Action, label) } }, label)];
          return h(
            'li',
            {},
            h('div', { class: 'action-buttons' }, buttons),
            h('p', { id: descId, class: 'hint' }, info.days ? `${info.days} day${info.days === 1 ? '' : 's'}. ` : '', info.cost.replace(/^\d+ days?[.;]? ?/, ''), why ? h('span', { class: 'why' }, ` Not now: ${why}`) : null),
          );
        }),
      );
    },
  };
}
