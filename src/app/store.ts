import { createStore, type StoreApi } from 'zustand/vanilla';

/** The screens of a round, in the order a player meets them. */
export type Screen = 'title' | 'setup' | 'briefing' | 'table' | 'ending' | 'debrief';

export interface Prefs {
  /** Honour the OS setting by default; a player can also turn motion off in the game. */
  reducedMotion: boolean;
  /** Projector-friendly large text. */
  largeText: boolean;
}

export interface AppState {
  screen: Screen;
  prefs: Prefs;
  /** Set by the renderer once Phaser has booted: 'webgl' | 'canvas'. */
  renderer: string | null;
}

export type AppStore = StoreApi<AppState>;

export function createAppStore(prefs: Partial<Prefs> = {}): AppStore {
  return createStore<AppState>()(() => ({
    screen: 'title',
    prefs: { reducedMotion: false, largeText: false, ...prefs },
    renderer: null,
  }));
}
