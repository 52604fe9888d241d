import '../debrief.css';
import { getScenario } from '../../sim/scenarios';
import { h } from '../dom';
import type { ScreenView, UiContext } from '../mount';

/**
 * The debrief screen. Its charts and analysis load on demand in their own chunk (the first
 * paint's budget is small); the heading is here at once so focus lands on it.
 */
export function debriefScreen(ctx: UiContext): ScreenView {
  const g = ctx.store.getState().game;
  const sc = g ? getScenario(g.config.scenario) : null;
  const body = h('div', { class: 'db-body' }, h('p', { role: 'status' }, 'Preparing the debrief\u2026'));
  const el = h('section', { class: 'screen debrief', 'aria-labelledby': 'db-title' }, h('h2', { id: 'db-title' }, sc ? `Debrief: ${sc.title}` : 'Debrief'), body);
  let cleanup: (() => void) | null = null;
  let gone = false;
  import('../debrief/page')
    .then((m) => {
      if (!gone) cleanup = m.renderDebrief(ctx, el, body);
    })
    .catch((e: unknown) => {
      if (gone) return;
      body.replaceChildren(
        h('p', { class: 'field-error', role: 'alert' }, `The debrief could not be shown: ${e instanceof Error ? e.message : String(e)}`),
        h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn', on: { click: () => ctx.store.getState().go('title') } }, 'Back to the title')),
      );
    });
  return {
    el,
    destroy() {
      gone = true;
      cleanup?.();
    },
  };
}
