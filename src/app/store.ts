import { createStore, type StoreApi } from 'zustand/vanilla';
import { advance, applyAction, createGame, isError, type Action, type ActionError, type GameConfig, type GameState, type Side } from '../sim';

/** The screens of a round, in the order a player meets them. */
export type Screen = 'title' | 'setup' | 'briefing' | 'handover' | 'table' | 'ending' | 'debrief' | 'teacher' | 'glossary' | 'guide';

export interface Prefs {
  /** Honour the OS setting by default; a player can also turn motion off in the game. */
  reducedMotion: boolean;
  /** Projector mode: large text, and the table and charts scaled up for the back of the room. */
  largeText: boolean;
  /** Short sound cues (off unless a player turns them on). */
  sound: boolean;
}

export interface AppState {
  screen: Screen;
  prefs: Prefs;
  /** Set by the renderer once Phaser has booted: 'webgl' | 'canvas'. */
  renderer: string | null;
  /** The round in play, or null before one starts. */
  game: GameState | null;
  /** Every action applied to `game`, in order: the round's replayable log. */
  actions: Action[];
  /** Whose eyes are on the screen: the human side (hot-seat: the side whose turn it is). */
  viewSide: Side;
  /** Hot-seat: the side about to take the device, while the hand-over screen hides the last one's briefing. */
  handoverTo: Side | null;
  /** The last refused action's message, for the announcer. */
  lastError: string | null;
  /** An optional nickname for the result code. */
  nickname: string;
  /** Where the hand-over screen leads once the next player takes the device. */
  afterHandover: Screen;
  /** Sides whose players have read their briefing this round (hot-seat needs both). */
  briefed: Side[];
  /** The saved-round slot this round is kept in (every round has its own; see app/persist.ts). */
  roundId: string | null;
  /** When this round was started, ms since 1970. */
  startedAt: number;
  /** Saving failed or is impossible: the words the page shows, with the download button. */
  saveProblem: string | null;
  /** A newer version of the game has been installed while this page runs an older one. */
  updateReady: boolean;
}

export interface AppActions {
  /** Start a new round; returns an error (and changes nothing) if the config is bad. */
  startRound(config: GameConfig): ActionError | null;
  /** Apply an action to the round; on error nothing changes but lastError. */
  dispatch(action: Action): ActionError | null;
  /**
   * Resume a round from a config and its action log (a save or a result code). With the id of a
   * saved round it continues in that slot; without one it is kept as a new saved round.
   */
  load(game: GameState, actions: Action[], saved?: { id?: string; startedAt?: number; nickname?: string }): void;
  go(screen: Screen): void;
  /** Hot-seat: hide the screen until `side` takes the device, then show `then`. */
  handOver(side: Side, then: Screen): void;
  /** The next player has the device. */
  takeOver(): void;
  setPrefs(prefs: Partial<Prefs>): void;
}

export type Store = AppState & AppActions;
export type AppStore = StoreApi<Store>;

export interface StoreOptions {
  /** A fresh id for a saved-round slot. */
  newId?: () => string;
  /** The clock, ms since 1970 (when a round was started). */
  now?: () => number;
}

let counter = 0;
const defaultId = (): string => `r${Date.now().toString(36)}-${(++counter).toString(36)}`;

export function createAppStore(prefs: Partial<Prefs> = {}, opts: StoreOptions = {}): AppStore {
  const newId = opts.newId ?? defaultId;
  const now = opts.now ?? (() => Date.now());
  return createStore<Store>()((set, get) => ({
    screen: 'title',
    prefs: { reducedMotion: false, largeText: false, sound: false, ...prefs },
    renderer: null,
    game: null,
    actions: [],
    viewSide: 'union',
    handoverTo: null,
    lastError: null,
    nickname: '',
    afterHandover: 'table',
    briefed: [],
    roundId: null,
    startedAt: 0,
    saveProblem: null,
    updateReady: false,
    startRound(config) {
      const game = createGame(config);
      if (isError(game)) {
        set({ lastError: game.message });
        return game;
      }
      set({ game: advance(game), actions: [], viewSide: config.human === 'studio' ? 'studio' : 'union', handoverTo: null, lastError: null, briefed: [], roundId: newId(), startedAt: now(), nickname: '' });
      return null;
    },
    dispatch(action) {
      const { game, actions } = get();
      if (!game) {
        const e = { error: 'no-round', message: 'No round is in play.' };
        set({ lastError: e.message });
        return e;
      }
      const applied = applyAction(game, action);
      if (isError(applied)) {
        set({ lastError: applied.message });
        return applied;
      }
      // The computer's committee answers at once (its moves are recomputed on replay).
      const next = advance(applied);
      const hotseat = next.config.human === 'both';
      const passTo = hotseat && next.turn !== get().viewSide && next.phase !== 'done' && next.phase !== 'ratification' ? next.turn : null;
      set({ game: next, actions: [...actions, action], lastError: null });
      if (passTo) get().handOver(passTo, 'table');
      return null;
    },
    load(game, actions, saved) {
      set({
        game,
        actions: [...actions],
        viewSide: game.config.human === 'studio' ? 'studio' : game.config.human === 'both' ? game.turn : 'union',
        handoverTo: null,
        lastError: null,
        briefed: ['union', 'studio'],
        roundId: saved?.id ?? newId(),
        startedAt: saved?.startedAt ?? now(),
        nickname: saved?.nickname ?? '',
      });
    },
    go(screen) {
      set({ screen });
    },
    handOver(side, then) {
      set({ handoverTo: side, afterHandover: then, screen: 'handover' });
    },
    takeOver() {
      const { handoverTo, afterHandover } = get();
      if (!handoverTo) return;
      set({ viewSide: handoverTo, handoverTo: null, screen: afterHandover });
    },
    setPrefs(p) {
      set({ prefs: { ...get().prefs, ...p } });
    },
  }));
}
