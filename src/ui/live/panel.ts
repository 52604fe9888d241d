import { cleanJoinCode, isSecret, pageEndpoint } from '../../app/live/protocol';
import { h } from '../dom';
import type { UiContext } from '../mount';

/**
 * The teacher page's live panel (part of the teacher page's own chunk, not the first screen's):
 * a button that loads the dashboard. `add` takes result codes (one per line) into the page's
 * class table, the same way as pasted codes.
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

/**
 * The class this browser opened, kept for a reload or another tab (localStorage: a playtester
 * opened the teacher page in a new tab and could no longer pause or close the running class;
 * it was kept for the tab alone).
 */
export const openClassRecord = {
  get(): OpenClassRecord | null {
    try {
      const r = JSON.parse(localStorage.getItem(TEACHER_KEY) ?? 'null') as OpenClassRecord | null;
      return r && typeof r.joinCode === 'string' && typeof r.teacherKey === 'string' && typeof r.endpoint === 'string' ? r : null;
    } catch {
      return null;
    }
  },
  set(r: OpenClassRecord | null): void {
    try {
      if (r) localStorage.setItem(TEACHER_KEY, JSON.stringify(r));
      else localStorage.removeItem(TEACHER_KEY);
    } catch {
      /* no storage: a reload loses the dashboard, not the class */
    }
  },
};

const hasOpenClass = (): boolean => openClassRecord.get() !== null;

/** The address that hands this class's teacher controls to another device (the teacher's key is in it). */
export const teacherLink = (href: string, r: OpenClassRecord): string => `${pageEndpoint(href)}?teach=${r.joinCode}.${r.teacherKey}`;

/**
 * A teacher link opened on another device (the projector's PC, say): keep its class for this
 * browser and take the link out of the address. Null when the address has none; otherwise the
 * class's join code, or why the link is no good.
 */
export function adoptTeacherLink(href: string): { ok: true; joinCode: string } | { ok: false; error: string } | null {
  const url = new URL(href);
  const raw = url.searchParams.get('teach');
  if (raw === null) return null;
  url.searchParams.delete('teach');
  history.replaceState(history.state, '', url);
  const [code = '', key = ''] = raw.split('.');
  const c = cleanJoinCode(code);
  if (!c.ok || !isSecret(key)) return { ok: false, error: 'That teacher link is damaged: copy it again from the teacher page of the device that opened the class.' };
  openClassRecord.set({ endpoint: pageEndpoint(href), joinCode: c.value, teacherKey: key });
  return { ok: true, joinCode: c.value };
}
