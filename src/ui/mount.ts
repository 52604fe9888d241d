import type { AppStore, Screen } from '../app/store';
import type { Saves } from '../app/saves';
import { Announcer } from './announce';
import { briefingScreen, endingScreen, glossaryScreen, tableScreen } from './screens/lazy';
import { handoverScreen } from './screens/handover';
import { setupScreen } from './screens/setup';
import { titleScreen } from './screens/title';
import { debriefScreen } from './screens/debrief';
import { teacherScreen } from './screens/teacher';
import { guideScreen } from './screens/guide';
import { liveRequested, mountLive } from './live/entry';

export interface UiContext {
  store: AppStore;
  root: HTMLElement;
  layout: HTMLElement;
  announcer: Announcer;
  /** Browser services the screens may use (kept here so nothing reaches for globals). */
  services: Services;
}

export interface Services {
  /** Randomness for new seeds (the engine itself has none). */
  random: () => number;
  /** Offer a file to download. */
  download(name: string, text: string, type?: string): void;
  /** Copy text to the clipboard; false if the browser refused. */
  copy(text: string): Promise<boolean>;
  /** The page address (for links with a class code). */
  pageUrl(): string;
  /** The saved rounds of this browser (every round kept in its own slot; see app/saves.ts). */
  saves: Saves;
  /** Reload the page (after an update: the round in play is saved first). */
  reload(): void;
}

/** A mounted screen: `update` runs on every store change, `destroy` when the screen leaves. */
export interface ScreenView {
  el: HTMLElement;
  update?(): void;
  destroy?(): void;
  /** The element to focus when the screen appears (defaults to its heading). */
  focus?: HTMLElement;
}

type ScreenFactory = (ctx: UiContext) => ScreenView;

const SCREENS: Record<Screen, ScreenFactory> = {
  title: titleScreen,
  setup: setupScreen,
  briefing: briefingScreen,
  handover: handoverScreen,
  table: tableScreen,
  ending: endingScreen,
  debrief: debriefScreen,
  teacher: teacherScreen,
  glossary: glossaryScreen,
  guide: guideScreen,
};

/** Mount the DOM interface: one screen at a time, chosen by the store. */
export function mountUi(ctx: Omit<UiContext, 'root'> & { root: HTMLElement }): void {
  const { store, root, layout } = ctx;
  if (liveRequested(location.search)) return mountLive(ctx);
  let shown: Screen | null = null;
  let view: ScreenView | null = null;
  let largeText: boolean | null = null;

  const render = () => {
    const { screen, prefs } = store.getState();
    if (prefs.largeText !== largeText) {
      largeText = prefs.largeText;
      document.documentElement.classList.toggle('large-text', prefs.largeText);
    }
    if (screen === shown) {
      view?.update?.();
      return;
    }
    const first = shown === null;
    shown = screen;
    view?.destroy?.();
    view = SCREENS[screen](ctx);
    layout.dataset.screen = screen;
    root.replaceChildren(view.el);
    view.update?.();
    if (!first) {
      const target = view.focus ?? view.el.querySelector<HTMLElement>('h2, h1');
      if (target) {
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus({ preventScroll: false });
      }
      window.scrollTo({ top: 0 });
    }
  };
  store.subscribe(render);
  render();
}
