import { h } from '../dom';
import type { UiContext } from '../mount';

/** Display settings every screen can offer: projector mode, reduced motion, sound cues (off by default). Kept between visits. */
export function prefsPanel(ctx: UiContext): HTMLElement {
  const { store } = ctx;
  const p = store.getState().prefs;
  const box = (id: string, label: string, checked: boolean, set: (v: boolean) => void) =>
    h(
      'label',
      { class: 'check', for: id },
      h('input', { type: 'checkbox', id, checked, on: { change: (e: Event) => set((e.target as HTMLInputElement).checked) } }),
      label,
    );
  return h(
    'details',
    { class: 'prefs' },
    h('summary', {}, 'Display settings'),
    box('pref-large', 'Projector mode: large text, the table across the screen', p.largeText, (v) => store.getState().setPrefs({ largeText: v })),
    box('pref-still', 'Reduce motion', p.reducedMotion, (v) => store.getState().setPrefs({ reducedMotion: v })),
    box('pref-sound', 'Sound cues: a chime when the other side answers, a deal is made, a strike begins or votes are counted', p.sound, (v) => store.getState().setPrefs({ sound: v })),
  );
}
