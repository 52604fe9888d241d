import '../debrief.css';
import { getScenario } from '../../sim';
import { lazyScreen } from '../lazyScreen';
import type { ScreenView, UiContext } from '../mount';

/** The debrief screen: its charts and analysis load on demand. */
export function debriefScreen(ctx: UiContext): ScreenView {
  const g = ctx.store.getState().game;
  const sc = g ? getScenario(g.config.scenario) : null;
  return lazyScreen(
    ctx,
    { id: 'db', className: 'debrief', title: sc ? `Debrief: ${sc.title}` : 'Debrief', waiting: 'Preparing the debrief\u2026', what: 'The debrief' },
    async () => (await import('../debrief/page')).renderDebrief,
  );
}
