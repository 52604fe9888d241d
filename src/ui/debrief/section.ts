import { h, type Child } from '../dom';

/** A debrief section: a region named by its heading, so a screen reader can jump between them. */
export function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'db-section', id, 'aria-labelledby': `${id}-title` }, h('h3', { id: `${id}-title` }, title), children);
}

/**
 * A chart beside its explanation. The words come first in the page (the conclusion, then the
 * picture), which is also the order on a narrow screen; wide screens put the chart on the left.
 */
export function pair(figure: Child, words: Child): HTMLElement {
  return h('div', { class: 'db-pair' }, h('div', { class: 'db-words' }, words), h('div', { class: 'db-fig' }, figure));
}

/** A toggle button (aria-pressed) that calls back with its new state. */
export function toggle(label: string, pressed: boolean, onChange: (on: boolean) => void): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'btn small', 'aria-pressed': pressed ? 'true' : 'false' }, label);
  b.addEventListener('click', () => {
    const on = b.getAttribute('aria-pressed') !== 'true';
    b.setAttribute('aria-pressed', on ? 'true' : 'false');
    onChange(on);
  });
  return b;
}
