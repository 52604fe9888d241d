import '../debrief.css';
import { lazyScreen } from '../lazyScreen';
import type { ScreenView, UiContext } from '../mount';

/** The teacher page (DESIGN §8): class codes, imported results, the class table and charts, loaded on demand. */
export function teacherScreen(ctx: UiContext): ScreenView {
  return lazyScreen(
    ctx,
    { id: 't', className: 'teacher', title: 'Teacher page', waiting: 'Opening the teacher page\u2026', what: 'The teacher page' },
    async () => (await import('../teacher/page')).renderTeacher,
  );
}
