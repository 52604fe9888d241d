import { h } from '../dom';
import { sideLong } from '../format';
import type { ScreenView, UiContext } from '../mount';

/** Hot-seat: a blank card that hides the last player's view until the next one takes the device. */
export function handoverScreen(ctx: UiContext): ScreenView {
  const { store } = ctx;
  const to = store.getState().handoverTo ?? 'union';
  const btn = h('button', { type: 'button', class: 'btn primary', on: { click: () => store.getState().takeOver() } }, `I am ${to === 'union' ? 'the union' : 'the studios'}' negotiator: show my screen`);
  const el = h(
    'section',
    { class: 'screen handover', 'aria-labelledby': 'handover-title' },
    h('h2', { id: 'handover-title' }, `Hand the device to ${sideLong(to)}`),
    h('p', {}, 'The other player\u2019s briefing and offers are hidden. Press the button when the right person is at the screen.'),
    h('div', { class: 'actions' }, btn),
  );
  return { el, focus: btn };
}
