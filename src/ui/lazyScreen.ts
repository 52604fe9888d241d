import { h } from './dom';
import type { ScreenView, UiContext } from './mount';

/**
 * A screen whose body loads on demand in its own chunk (the first paint's budget is small).
 * The heading is there at once, so focus lands on it; a failed load says so and offers a way back.
 */
export function lazyScreen(
  ctx: UiContext,
  opts: { id: string; className: string; title: string; waiting: string; what: string },
  load: () => Promise<(ctx: UiContext, el: HTMLElement, body: HTMLElement) => () => void>,
): ScreenView {
  const body = h('div', { class: `${opts.id}-body` }, h('p', { role: 'status' }, opts.waiting));
  const el = h('section', { class: `screen ${opts.className}`, 'aria-labelledby': `${opts.id}-title` }, h('h2', { id: `${opts.id}-title` }, opts.title), body);
  let cleanup: (() => void) | null = null;
  let gone = false;
  load()
    .then((render) => {
      if (!gone) cleanup = render(ctx, el, body);
    })
    .catch((e: unknown) => {
      if (gone) return;
      body.replaceChildren(
        h('p', { class: 'field-error', role: 'alert' }, `${opts.what} could not be shown: ${e instanceof Error ? e.message : String(e)}`),
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
