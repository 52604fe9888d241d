import { h } from '../dom';
import { glossaryList } from '../glossary';
import type { ScreenView, UiContext } from '../mount';

/** The glossary as a page of its own (from the title screen). */
export function glossaryScreen(ctx: UiContext): ScreenView {
  const el = h(
    'section',
    { class: 'screen', 'aria-labelledby': 'glossary-title' },
    h('h2', { id: 'glossary-title' }, 'Glossary'),
    h('p', { class: 'lede' }, 'Every term the game uses, in plain words, with where it comes from.'),
    glossaryList(),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn', on: { click: () => ctx.store.getState().go(ctx.store.getState().game ? 'table' : 'title') } }, 'Back')),
  );
  return { el };
}
