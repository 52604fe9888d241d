import '../debrief.css';
import { h } from '../dom';
import type { ScreenView, UiContext } from '../mount';

/**
 * The teacher page (DESIGN §8): class codes, imported results, the class table and charts.
 * Its code loads on demand in its own chunk; the heading is here at once so focus lands on it.
 */
export function teacherScreen(ctx: UiContext): ScreenView {
  const body = h('div', { class: 't-body' }, h('p', { role: 'status' }, 'Opening the teacher page\u2026'));
  const el = h('section', { class: 'screen teacher', 'aria-labelledby': 't-title' }, h('h2', { id: 't-title' }, 'Teacher page'), body);
  let cleanup: (() => void) | null = null;
  let gone = false;
  import('../teacher/page')
    .then((m) => {
      if (!gone) cleanup = m.renderTeacher(ctx, el, body);
    })
    .catch((e: unknown) => {
      if (gone) return;
      body.replaceChildren(
        h('p', { class: 'field-error', role: 'alert' }, `The teacher page could not be shown: ${e instanceof Error ? e.message : String(e)}`),
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
