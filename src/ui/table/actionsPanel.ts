import { getScenario, TABLE_ACTIONS, type Action, type PlayerView, type TableActionKind } from '../../sim';
import { legal } from '../../app/view';
import { h, fill } from '../dom';
import { dateOf } from '../format';

export interface Confirm {
  (title: string, lines: string[], confirmLabel: string): Promise<boolean>;
}

const dayWords = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

/**
 * Why a table action is not among the view's legal moves, in plain words. The engine decides
 * (the view's `legal` list); this only explains, from what the side can see.
 */
function whyNot(view: PlayerView, kind: TableActionKind): string {
  if (!view.yourMove) return 'Wait for your move.';
  const p = view.public;
  const sc = getScenario(view.scenario)!;
  switch (kind) {
    case 'statement':
      return p.blackout ? 'A media blackout is in force.' : 'Not possible now.';
    case 'authorize':
      if (p.authorized) return 'Members have already authorized a strike.';
      return view.phase !== 'talks' ? 'A strike authorization vote must be held before the contract expires.' : 'Not possible now.';
    case 'extend':
      if (view.extensionDay === null) return 'No extension is on offer in this round.';
      if (p.extended) return 'The contract has already been extended once.';
      if (view.phase === 'strike') return 'You are on strike.';
      return view.day > view.extensionDay ? 'The last date for an extension has passed.' : 'Not possible now.';
    case 'strike':
      if (view.phase === 'strike') return 'You are already on strike.';
      if (!p.authorized) return 'Members must first authorize a strike.';
      return view.day < view.expiryDay ? `The contract runs until ${dateOf(sc, view.expiryDay)}: no strike before it expires.` : 'Not possible now.';
    case 'suspend':
      return p.talksSuspendedUntil > view.day ? `Talks are already suspended until ${dateOf(sc, p.talksSuspendedUntil)}.` : 'Not possible now.';
    case 'ceos':
      return p.ceosUsed ? 'The CEOs have already been brought in this round.' : 'Not possible now.';
    case 'mediator':
      return p.mediatorDay >= 0 ? `A mediator was here ${dayWords(view.day - p.mediatorDay)} ago.` : 'Not possible now.';
    default:
      return 'Not possible now.';
  }
}

/**
 * Every table action for the viewer's side. The ones the view lists as legal can be taken, each
 * with its days and effect stated before committing; the others are disabled with the reason.
 * Each action is a move: the other side answers next.
 */
export function actionsPanel(dispatch: (a: Action) => void, confirm: Confirm) {
  const list = h('ul', { class: 'table-actions' });
  const el = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'actions-title' },
    h('h3', { id: 'actions-title' }, 'Table actions'),
    h('p', { class: 'hint' }, 'Each action is your move for the session: the other side answers next.'),
    list,
  );
  let key = '';
  return {
    el,
    update(view: PlayerView) {
      const side = view.side;
      const kinds = (Object.keys(TABLE_ACTIONS) as TableActionKind[]).filter((k) => TABLE_ACTIONS[k].who === 'both' || TABLE_ACTIONS[k].who === side);
      const moves = kinds.map((k) => legal(view, k));
      const reasons = kinds.map((k, i) => (moves[i] ? null : whyNot(view, k)));
      const k = `${side}|${moves.map((m) => (m ? `${m.days}:${m.effect}` : '-')).join('|')}|${reasons.join('|')}|${view.public.blackout}`;
      if (k === key) return;
      key = k;
      fill(
        list,
        kinds.map((kind, idx) => {
          const info = TABLE_ACTIONS[kind];
          const move = moves[idx];
          const why = reasons[idx];
          const label = kind === 'blackout' && view.public.blackout ? 'Lift the media blackout' : info.label;
          const descId = `act-${kind}-desc`;
          // The legal move's own days and effect; the rules' description while it is not legal.
          const days = move ? move.days : info.days;
          // Lifting a blackout is not starting one: say what lifting does.
          const lifting = kind === 'blackout' && view.public.blackout;
          const effect = lifting ? 'Ends the media blackout: public statements are possible again, and public opinion moves with the news.' : move ? move.effect : `${info.effectFor?.[side] ?? info.effect} ${info.cost}`;
          const when = days === 0 ? 'At once. ' : new RegExp(`\\b${days} days?\\b`).test(effect) ? '' : `${dayWords(days)}. `;
          const go = async (action: Action, title: string) => {
            // The first line gives the time; the effect's own mention of it would say it twice.
            const said = days > 0 ? effect.replace(new RegExp(`\\b${dayWords(days)}[.;] (.)`), (_m, c: string) => c.toUpperCase()) : effect;
            const ok = await confirm(title, [`Takes ${days === 0 ? 'no time' : dayWords(days)}; then it is the other side\u2019s move.`, said], 'Confirm');
            if (ok) dispatch(action);
          };
          const buttons =
            kind === 'statement'
              ? [
                  h('button', { type: 'button', class: 'btn small', disabled: !move, 'aria-describedby': descId, on: { click: () => go({ type: 'statement', side, tone: 'firm' }, 'A firm public statement') } }, 'Firm statement'),
                  h('button', { type: 'button', class: 'btn small', disabled: !move, 'aria-describedby': descId, on: { click: () => go({ type: 'statement', side, tone: 'conciliatory' }, 'A conciliatory public statement') } }, 'Conciliatory statement'),
                ]
              : [h('button', { type: 'button', class: `btn small${kind === 'strike' ? ' danger' : ''}`, disabled: !move, 'aria-describedby': descId, on: { click: () => go({ type: kind, side } as Action, label) } }, label)];
          return h('li', {}, h('div', { class: 'action-buttons' }, buttons), h('p', { id: descId, class: 'hint' }, when, effect, why ? h('span', { class: 'why' }, ` Not now: ${why}`) : null));
        }),
      );
    },
  };
}
