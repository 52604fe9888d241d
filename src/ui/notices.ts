import { makeSave } from '../app/persist';
import type { AppStore } from '../app/store';
import { fill, h } from './dom';
import type { Services } from './mount';

/**
 * The page's visible notices, above every screen: a save the browser refused (with the download
 * button named as the table names it), a newer version ready to load, and every alert the game
 * raises (the alert region is visible, not only spoken). Each can be dismissed; none blocks play.
 */
export function mountNotices(el: HTMLElement, alerts: HTMLElement, store: AppStore, services: Services): void {
  const saveBox = h('div', { class: 'notice-item warn', hidden: true });
  const updateBox = h('div', { class: 'notice-item', role: 'status', hidden: true });
  const alertBox = h('div', { class: 'notice-item alert', hidden: true });
  const closeAlert = h('button', { type: 'button', class: 'btn small', on: { click: () => (alerts.textContent = '') } }, 'Dismiss');
  alertBox.append(alerts, closeAlert);
  el.append(alertBox, saveBox, updateBox);
  // The alert region stays in the page (screen readers listen to it); it shows while it has words.
  new MutationObserver(() => (alertBox.hidden = !(alerts.textContent ?? '').trim())).observe(alerts, { childList: true, characterData: true, subtree: true });

  let dismissed: string | null = null;
  let shown: string | null = '';
  let update = false;
  const download = () => {
    const s = store.getState();
    if (s.game) services.download(`strike-clock-save-${s.game.config.scenario}.json`, JSON.stringify(makeSave(s.game.config, s.actions, s.nickname), null, 1), 'application/json');
  };
  const render = () => {
    const s = store.getState();
    const problem = s.saveProblem && s.saveProblem !== dismissed ? s.saveProblem : null;
    const key = problem ? `${problem}|${s.game ? 1 : 0}` : null;
    if (key !== shown) {
      shown = key;
      saveBox.hidden = !problem;
      if (problem)
        fill(
          saveBox,
          h('p', { role: 'alert' }, problem),
          h(
            'div',
            { class: 'actions' },
            s.game ? h('button', { type: 'button', class: 'btn small primary', on: { click: download } }, 'Download a save of this round') : null,
            h('button', { type: 'button', class: 'btn small', on: { click: () => ((dismissed = s.saveProblem), render()) } }, 'Dismiss'),
          ),
        );
    }
    if (s.updateReady !== update) {
      update = s.updateReady;
      updateBox.hidden = !update;
      if (update)
        fill(
          updateBox,
          h('p', {}, h('strong', {}, 'A new version of Strike Clock is ready. '), s.game ? 'Your round is saved after every move: reloading keeps it.' : 'Reload to use it.'),
          h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn small primary', on: { click: () => services.reload() } }, 'Reload to update')),
        );
    }
  };
  store.subscribe(render);
  render();
}
