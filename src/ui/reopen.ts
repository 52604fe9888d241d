import type { AppStore } from '../app/store';
import type { UiContext } from './mount';

const KEY = 'strike-clock:reopen';

/** Before "Reload to update": remember which saved round was in play and on which screen. */
export function rememberForReload(store: AppStore): void {
  const s = store.getState();
  try {
    if (s.game && s.roundId && s.actions.length) sessionStorage.setItem(KEY, JSON.stringify({ id: s.roundId, screen: s.screen }));
  } catch {
    /* the round is still in the saved list */
  }
}

/** After such a reload: open that round again where it was (once). */
export function reopenAfterReload(ctx: UiContext): void {
  let note: { id?: string; screen?: string } | null = null;
  try {
    note = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as { id?: string; screen?: string } | null;
    sessionStorage.removeItem(KEY);
  } catch {
    return;
  }
  if (!note?.id) return;
  const r = ctx.services.saves.open(note.id);
  if (!r.ok) {
    ctx.announcer.alert(r.error);
    return;
  }
  const st = ctx.store.getState();
  const screen = note.screen === 'debrief' || note.screen === 'ending' || note.screen === 'briefing' ? note.screen : r.loaded.state.phase === 'done' ? 'ending' : 'table';
  if (st.game?.config.human === 'both' && r.loaded.state.phase !== 'done') st.handOver(r.loaded.state.turn, 'table');
  else st.go(screen);
}
