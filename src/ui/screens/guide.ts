import '../debrief.css';
import { lazyScreen } from '../lazyScreen';
import type { ScreenView, UiContext } from '../mount';

/** The teacher's guide (docs/TEACHER-GUIDE.md, the same text), printable; loaded on demand. */
export function guideScreen(ctx: UiContext): ScreenView {
  return lazyScreen(
    ctx,
    { id: 'guide', className: 'guide', title: 'Teacher\u2019s guide', waiting: 'Opening the guide\u2026', what: 'The teacher\u2019s guide' },
    async () => (await import('../guide/page')).renderGuide,
  );
}
