import './ui/styles.css';
import { memoryStorage, type KeyValue } from './app/persist';
import { createSaves } from './app/saves';
import { createAppStore, type Prefs } from './app/store';
import { stateHash } from './sim';
import { Announcer } from './ui/announce';
import { openClassLink } from './ui/classLink';
import { openResultLink } from './ui/resultLink';
import { adoptTeacherLink } from './ui/live/panel';
import { mountNotices } from './ui/notices';
import { mountUi, type Services, type UiContext } from './ui/mount';
import { mountSounds } from './ui/sound';
import { prefetchScreens } from './ui/lazyView';
import { reopenAfterReload, rememberForReload } from './ui/reopen';

// Composition root: the one place the store is made. The DOM interface paints first
// (the title text is already in index.html); Phaser loads afterwards, in its own chunk.

// Storage may be unavailable (private mode, blocked): the game still plays, and says it cannot keep anything.
const { storage, blocked } = ((): { storage: KeyValue; blocked: boolean } => {
  try {
    const ls = window.localStorage;
    const t = '__strike_clock_probe__';
    ls.setItem(t, t);
    ls.removeItem(t);
    return {
      storage: {
        getItem: (k) => ls.getItem(k),
        setItem: (k, v) => ls.setItem(k, v),
        removeItem: (k) => ls.removeItem(k),
        keys: () => Array.from({ length: ls.length }, (_, i) => ls.key(i)).filter((k): k is string => k !== null),
      },
      blocked: false,
    };
  } catch {
    return { storage: memoryStorage(), blocked: true };
  }
})();

// Display settings are kept between visits (a projector stays a projector); reduced motion
// follows the system unless the player chose otherwise.
const PREFS_KEY = 'strike-clock:prefs:v1';
const prefersStill = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const keptPrefs = ((): Partial<Prefs> => {
  try {
    const p = JSON.parse(storage.getItem(PREFS_KEY) ?? '{}') as Partial<Prefs>;
    return Object.fromEntries(Object.entries(p).filter(([k, v]) => ['reducedMotion', 'largeText', 'sound'].includes(k) && typeof v === 'boolean'));
  } catch {
    return {};
  }
})();
const store = createAppStore({ reducedMotion: prefersStill, ...keptPrefs });
let shownPrefs = store.getState().prefs;
store.subscribe((s) => {
  if (s.prefs === shownPrefs) return;
  shownPrefs = s.prefs;
  try {
    storage.setItem(PREFS_KEY, JSON.stringify(s.prefs));
  } catch {
    /* the settings still apply to this visit */
  }
});

const uiRoot = document.getElementById('ui-root');
const layout = document.getElementById('layout');
const polite = document.getElementById('announcer');
const assertive = document.getElementById('alerts');
const noticeBar = document.getElementById('notices');
if (!uiRoot || !layout || !polite || !assertive || !noticeBar) throw new Error('index.html is missing its layout elements');

// Every round is kept in its own slot after every move (app/saves.ts).
const saves = createSaves(storage, store, { blocked });
const services: Services = {
  random: () => Math.random(),
  download(name, text, type = 'text/plain') {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  },
  async copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  },
  pageUrl: () => `${location.origin}${location.pathname}`,
  saves,
  reload() {
    rememberForReload(store);
    location.reload();
  },
};

const announcer = new Announcer(polite, assertive);
const ctx: UiContext = { store, root: uiRoot, layout, announcer, services };
mountNotices(noticeBar, assertive, store, services);
mountUi(ctx);
mountSounds(store);

const params = new URLSearchParams(location.search);
const testHooks = params.has('e2e');
const hooks: Record<string, unknown> = { store, saves, stateHash: () => { const g = store.getState().game; return g ? stateHash(g) : null; } };
if (testHooks) (window as unknown as { __STRIKE_CLOCK__: unknown }).__STRIKE_CLOCK__ = hooks;

// After "Reload to update", the round that was in play opens again where it was.
reopenAfterReload(ctx);

// A class code in the address (?class=23UNS-7QX4K-A) opens that round, asking first if another is in progress.
const classParam = params.get('class');
if (classParam !== null) void openClassLink(ctx, classParam);
// A teacher link (?teach=…) hands a live class's controls to this device: to the teacher page.
const teach = adoptTeacherLink(location.href);
if (teach?.ok) store.getState().go('teacher');
else if (teach) announcer.alert(teach.error);
// A result code in the address (?result=SC1.…) opens that round's debrief (a live round's end links here).
const resultParam = params.get('result');
if (resultParam !== null && classParam === null) void openResultLink(ctx, resultParam);

async function bootRenderer(): Promise<void> {
  const container = document.getElementById('game-container');
  if (!container) return;
  try {
    const { createGame } = await import('./render/boot');
    hooks.game = createGame(container, store);
  } catch {
    // The illustration could not load (an update replaced its files, or the network dropped):
    // the controls carry everything; say a reload will bring it back.
    store.setState({ updateReady: true });
  }
}

// Offline play: a service worker (emitted by the build) caches the game's files. When a newer
// build takes over while this page runs, the page says so (the old build's files stay cached
// meanwhile, so this page keeps working).
if (import.meta.env.PROD && 'serviceWorker' in navigator && location.protocol.startsWith('http')) {
  // The first worker taking control of a first visit is not an update; a later change is.
  let known = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (known) store.setState({ updateReady: true });
    known = navigator.serviceWorker.controller;
  });
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      /* no offline copy; the game still plays online */
    });
  });
}
// A lazily loaded part that is gone from the server (a newer build replaced it): offer the reload.
window.addEventListener('vite:preloadError', (e) => {
  e.preventDefault();
  store.setState({ updateReady: true });
});

// Wait for the first paint, then fetch Phaser. `?canvas=0` leaves the illustration out (the DOM
// carries everything): the browser tests that do not look at the canvas use it to stay fast.
if (params.get('canvas') !== '0') requestAnimationFrame(() => setTimeout(() => void bootRenderer(), 0));
// The round's screens are fetched right after the first paint too (they are not needed for it).
requestAnimationFrame(() => setTimeout(prefetchScreens, 0));
