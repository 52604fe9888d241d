import { getScenario, logText, type LogEntry, type PlayerView } from '../../sim';
import { h } from '../dom';
import { dateOf } from '../format';

/** The log of the talks, oldest first; new entries are appended (never re-rendered). */
export function talksLog() {
  const ol = h('ol', { class: 'log' });
  const el = h('section', { class: 'panel', 'aria-labelledby': 'log-title' }, h('h3', { id: 'log-title' }, 'Log of the talks'), h('div', { class: 'log-scroll', tabindex: 0, role: 'region', 'aria-label': 'Log of the talks' }, ol));
  let shown = 0;
  return {
    el,
    /** Appends new entries and returns them (for the announcer). */
    update(view: PlayerView): LogEntry[] {
      const sc = getScenario(view.scenario)!;
      if (view.log.length < shown) {
        ol.replaceChildren();
        shown = 0;
      }
      const fresh = view.log.slice(shown);
      for (const e of fresh) {
        ol.appendChild(h('li', { class: `log-${e.kind}${e.side ? ` by-${e.side}` : ''}` }, h('span', { class: 'log-date' }, dateOf(sc, e.day)), ' ', e.side && e.kind === 'line' ? h('q', {}, logText(sc, e)) : logText(sc, e)));
      }
      shown = view.log.length;
      const scroller = ol.parentElement;
      if (scroller && fresh.length) scroller.scrollTop = scroller.scrollHeight;
      return fresh;
    },
  };
}
