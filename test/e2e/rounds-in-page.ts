import type { Page } from 'playwright-core';
import { botFor, isError, playRound, type Action, type GameConfig, type Side } from '../../src/sim';

/**
 * Put a real round into the page's store quickly (its moves come from a bot round played in
 * Node), as if a student had played them: the page keeps it exactly as it keeps any round.
 * Tests of what happens *around* a round use this; whole rounds through the controls are
 * played by rounds.e2e and keyboard.e2e.
 */
export function botRound(config: GameConfig, bot: 'historical' | 'hardliner' | 'conceder' = 'historical'): Action[] {
  const human = config.human === 'both' ? 'union' : (config.human as Side);
  const r = playRound(config, config.human === 'both' ? { union: botFor(bot), studio: botFor('conceder') } : { [human]: botFor(bot) });
  if (isError(r)) throw new Error(r.message);
  return r.actions;
}

interface Hooks {
  __STRIKE_CLOCK__: {
    store: {
      getState(): {
        roundId: string | null;
        actions: Action[];
        game: { phase: string; config: GameConfig } | null;
        screen: string;
        startRound(c: GameConfig): unknown;
        dispatch(a: Action): { message: string } | null;
        go(s: string): void;
      };
    };
    saves: { list(): { rounds: { id: string; summary: { phase: string; moves: number }; resultCode: string | null; save: { actions: Action[] } }[]; unreadable: { text: string; reason: string }[] } };
  };
}

/** Start a round in the page and play `actions` through the store; returns its saved-round id. */
export async function seedRound(page: Page, config: GameConfig, actions: Action[], screen = 'table'): Promise<string> {
  return page.evaluate(
    ({ config, actions, screen }) => {
      const st = (window as unknown as Hooks).__STRIKE_CLOCK__.store;
      st.getState().startRound(config);
      for (const a of actions) {
        const e = st.getState().dispatch(a);
        if (e) throw new Error(e.message);
      }
      st.getState().go(screen);
      return st.getState().roundId!;
    },
    { config, actions, screen },
  );
}

export async function current(page: Page): Promise<{ roundId: string | null; moves: number; phase: string | null; screen: string }> {
  return page.evaluate(() => {
    const s = (window as unknown as Hooks).__STRIKE_CLOCK__.store.getState();
    return { roundId: s.roundId, moves: s.actions.length, phase: s.game?.phase ?? null, screen: s.screen };
  });
}

export async function savedList(page: Page): Promise<ReturnType<Hooks['__STRIKE_CLOCK__']['saves']['list']>> {
  return page.evaluate(() => (window as unknown as Hooks).__STRIKE_CLOCK__.saves.list());
}
