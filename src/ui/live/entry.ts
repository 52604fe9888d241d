import { h } from '../dom';
import { lazyScreen } from '../lazyScreen';
import type { UiContext } from '../mount';

/**
 * The live class's doors into the app, kept tiny: the student's screen and the teacher's
 * dashboard are loaded (with the Colyseus client) only when someone opens them, so the
 * single-device game never fetches them and never makes a request of its own.
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

/**
 * The teacher page's live panel: a button that loads the dashboard. `add` takes result codes
 * (one per line) into the page's class table, the same way as pasted codes.
 */
export function liveTeacherPanel(ctx: UiContext, add: (codes: string) => void): HTMLElement {
  const body = h('div', {});
  const open = h('button', { type: 'button', class: 'btn', on: { click: () => void load() } }, 'Run a live class\u2026');
  const el = h(
    'section',
    { class: 'panel live-panel', 'aria-labelledby': 'live-panel-title' },
    h('h3', { id: 'live-panel-title' }, 'Live class'),
    h('p', { class: 'hint' }, 'Students play each other on their own devices; the computer fills empty seats. Needs the game served by its own server (npm run serve, see the README); each result lands in the table below.'),
    body,
    open,
  );
  const load = async () => {
    open.hidden = true;
    body.replaceChildren(h('p', { role: 'status' }, 'Loading the live class\u2026'));
    try {
      const { renderDashboard } = await import('./teacher');
      renderDashboard(ctx, body, add);
    } catch (e) {
      open.hidden = false;
      body.replaceChildren(h('p', { class: 'field-error', role: 'alert' }, `The live class could not be loaded: ${e instanceof Error ? e.message : String(e)}`));
    }
  };
  // Coming back to a class this page opened (after a reload): load at once.
  if (hasOpenClass()) void load();
  return el;
}

const TEACHER_KEY = 'strike-clock-live-teacher';

export interface OpenClassRecord {
  endpoint: string;
  joinCode: string;
  teacherKey: string;
}

/** The class this browser tab opened, kept for a reload (sessionStorage: it ends with the tab). */
export const openClassRecord = {
  get(): OpenClassRecord | null {
    try {
      const r = JSON.parse(sessionStorage.getItem(TEACHER_KEY) ?? 'null') as OpenClassRecord | null;
      return r && typeof r.joinCode === 'string' && typeof r.teacherKey === 'string' && typeof r.endpoint === 'string' ? r : null;
    } catch {
      return null;
    }
  },
  set(r: OpenClassRecord | null): void {
    try {
      if (r) sessionStorage.setItem(TEACHER_KEY, JSON.stringify(r));
      else sessionStorage.removeItem(TEACHER_KEY);
    } catch {
      /* no storage: a reload loses the dashboard, not the class */
    }
  },
};

const hasOpenClass = (): boolean => openClassRecord.get() !== null;
