import { h } from '../dom';
import { lazyScreen } from '../lazyScreen';
import type { UiContext } from '../mount';

/**
 * The live class's doors into the app's first screen, kept tiny: the student's screen (with the
 * Colyseus client) is loaded only when someone opens it, so the single-device game never fetches
 * it and never makes a request of its own. The teacher page's door is panel.ts.
 */

/** The page was opened for a live class (?live, or ?live=CODE from the teacher's join screen). */
export const liveRequested = (search: string): boolean => new URLSearchParams(search).has('live');

/** Show the live student's screen in place of the game's screens (the page stays in live mode until left). */
export function mountLive(ctx: UiContext): void {
  ctx.layout.dataset.screen = 'live';
  // The illustration draws the single-device round; a live seat has none, so Phaser is not even fetched.
  ctx.layout.querySelector('#stage')?.remove();
  const view = lazyScreen(
    ctx,
    { id: 'live', className: 'live', title: 'Live class', waiting: 'Opening the live class\u2026', what: 'The live class' },
    async () => (await import('./student')).renderStudent,
  );
  ctx.root.replaceChildren(view.el);
}

/** The title's link to the live class (a plain link: nothing loads until it is followed). */
export const liveLink = (): HTMLElement =>
  h('p', { class: 'teacher-link' }, h('a', { class: 'linkish', href: '?live' }, 'Join a live class: your teacher\u2019s server pairs you with a classmate'));
