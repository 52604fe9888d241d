import './ui/styles.css';
import { parseClassCode } from './app/codes';
import { autosave, clearAutosave, loadAutosave, makeSave, type KeyValue } from './app/persist';
import { createAppStore } from './app/store';
import { stateHash } from './sim';
import { Announcer } from './ui/announce';
import { mountUi, type Services } from './ui/mount';

// Composition root: the one place the store is made. The DOM interface paints first
// (the title text is already in index.html); Phaser loads afterwards, in its own chunk.
const prefersStill = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const store = createAppStore({ reducedMotion: prefersStill });

const uiRoot = document.getElementById('ui-root');
const layout = document.getElementById('layout');
const polite = document.getElementById('announcer');
const assertive = document.getElementById('alerts');
if (!uiRoot || !layout || !polite || !assertive) throw new Error('index.html is missing its layout elements');

// Storage may be unavailable (private mode, blocked): the game still plays, it just cannot resume.
const storage: KeyValue = (() => {
  try {
    const t = '__strike_clock_probe__';
    window.localStorage.setItem(t, t);
    window.localStorage.removeItem(t);
    return window.localStorage;
  } catch {
    const mem = new Map<string, string>();
    return { getItem: (k) => mem.get(k) ?? null, setItem: (k, v) => void mem.set(k, v), removeItem: (k) => void mem.delete(k) };
  }
})();

const saved = loadAutosave(storage);
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
  resume: {
    available: saved.loaded !== null && saved.loaded.state.phase !== 'done',
    problem: saved.problem,
    resume() {
      if (!saved.loaded) return;
      store.getState().load(saved.loaded.state, saved.loaded.actions);
      store.setState({ nickname: saved.loaded.nickname });
      store.getState().go(saved.loaded.state.config.human === 'both' ? 'handover' : 'table');
      if (saved.loaded.state.config.human === 'both') store.getState().handOver(saved.loaded.state.turn, 'table');
    },
  },
  clearSave: () => clearAutosave(storage),
};

const announcer = new Announcer(polite, assertive);
mountUi({ store, root: uiRoot, layout, announcer, services });

// Autosave after every action: a save is the settings plus the action log.
let savedActions = store.getState().actions;
store.subscribe((s) => {
  if (s.actions === savedActions || !s.game) return;
  savedActions = s.actions;
  const problem = autosave(storage, makeSave(s.game.config, s.actions, s.nickname));
  if (problem) announcer.alert(problem);
});

// A class code in the address (?class=23USN-7QX4K-P) opens that round directly.
const params = new URLSearchParams(location.search);
const classParam = params.get('class');
if (classParam) {
  const r = parseClassCode(classParam);
  if (r.ok && !store.getState().startRound(r.value)) store.getState().go('briefing');
  else announcer.alert(r.ok ? 'That class code could not start a round.' : r.error);
}

const testHooks = params.has('e2e');
const hooks: Record<string, unknown> = { store, stateHash: () => { const g = store.getState().game; return g ? stateHash(g) : null; } };
if (testHooks) (window as unknown as { __STRIKE_CLOCK__: unknown }).__STRIKE_CLOCK__ = hooks;

async function bootRenderer(): Promise<void> {
  const container = document.getElementById('game-container');
  if (!container) return;
  const { createGame } = await import('./render/boot');
  hooks.game = createGame(container, store);
}

// Offline play: a service worker (emitted by the build) caches the game's files.
if (import.meta.env.PROD && 'serviceWorker' in navigator && location.protocol.startsWith('http')) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      /* no offline copy; the game still plays online */
    });
  });
}

// Wait for the first paint, then fetch Phaser. `?canvas=0` leaves the illustration out (the DOM
// carries everything): the browser tests that do not look at the canvas use it to stay fast.
if (params.get('canvas') !== '0') requestAnimationFrame(() => setTimeout(() => void bootRenderer(), 0));
