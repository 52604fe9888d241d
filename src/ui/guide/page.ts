import guide from '../../../docs/TEACHER-GUIDE.md?raw';
import { h, fill } from '../dom';
import type { UiContext } from '../mount';
import { markdown } from './markdown';

/**
 * The teacher's guide as a page of the app: the same text as docs/TEACHER-GUIDE.md (its own
 * title is the screen's heading), with a contents list, a print button and the way to the
 * teacher page. Printing gives the guide alone, on white.
 */
export function renderGuide(ctx: UiContext, _el: HTMLElement, body: HTMLElement): () => void {
  const { store } = ctx;
  const text = guide.replace(/^#\s+.*\n/, '');
  const blocks = markdown(text, 1);
  const sections = blocks.filter((b) => b.tagName === 'H3');
  fill(
    body,
    h(
      'div',
      { class: 'actions guide-actions' },
      h('button', { type: 'button', class: 'btn primary', on: { click: () => window.print() } }, 'Print the guide'),
      h('button', { type: 'button', class: 'btn', on: { click: () => store.getState().go('teacher') } }, 'Open the teacher page'),
      h('button', { type: 'button', class: 'btn', on: { click: () => store.getState().go('title') } }, 'Back to the title'),
    ),
    h(
      'nav',
      { class: 'db-toc', 'aria-label': 'Guide sections' },
      h(
        'ol',
        {},
        sections.map((s) =>
          h(
            'li',
            {},
            h(
              'a',
              {
                href: `#${s.id}`,
                on: {
                  click: (e: Event) => {
                    e.preventDefault();
                    s.setAttribute('tabindex', '-1');
                    s.scrollIntoView({ block: 'start' });
                    s.focus({ preventScroll: true });
                  },
                },
              },
              s.textContent ?? '',
            ),
          ),
        ),
      ),
    ),
    h('div', { class: 'guide-text' }, blocks),
  );
  return () => {};
}
