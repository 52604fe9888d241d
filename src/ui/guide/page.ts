import { h, fill } from '../dom';
import type { UiContext } from '../mount';

export function renderGuide(ctx: UiContext, _el: HTMLElement, body: HTMLElement): () => void {
  fill(body, h('p', {}, 'The guide.'), h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn', on: { click: () => ctx.store.getState().go('title') } }, 'Back to the title')));
  return () => {};
}
