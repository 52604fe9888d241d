import './ui/styles.css';
import { createAppStore } from './app/store';
import { mountUi } from './ui/mount';

// Composition root: the one place the store is made. The DOM interface paints first
// (the title text is already in index.html); Phaser loads afterwards, in its own chunk.
const prefersStill = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const store = createAppStore({ reducedMotion: prefersStill });

const uiRoot = document.getElementById('ui-root');
const layout = document.getElementById('layout');
const announcer = document.getElementById('announcer');
if (!uiRoot || !layout || !announcer) throw new Error('index.html is missing its layout elements');
mountUi({ store, root: uiRoot, layout, announcer });

const testHooks = new URLSearchParams(location.search).has('e2e');
const hooks: Record<string, unknown> = { store };
if (testHooks) (window as unknown as { __STRIKE_CLOCK__: unknown }).__STRIKE_CLOCK__ = hooks;

async function bootRenderer(): Promise<void> {
  const container = document.getElementById('game-container');
  if (!container) return;
  const { createGame } = await import('./render/boot');
  hooks.game = createGame(container, store);
}

// Wait for the first paint, then fetch Phaser.
requestAnimationFrame(() => setTimeout(() => void bootRenderer(), 0));
