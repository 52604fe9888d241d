import type { ClassRow, ColumnId } from '../../app/classroom';
import { openDetailsWhilePrinting } from '../charts/figure';
import { confirmDialog } from '../dialog';
import { fill, h } from '../dom';
import type { UiContext } from '../mount';
import { classCodeBlock } from './classCode';
import { classView } from './classView';
import { importBlock } from './importer';

/**
 * What the teacher has imported in this page session. It outlives the screen (going to the
 * title and back keeps it) but not a reload: nothing is stored or sent anywhere.
 */
const session: { rows: ClassRow[]; sort: { id: ColumnId; dir: 'asc' | 'desc' } | null; saved: boolean } = { rows: [], sort: null, saved: true };

// Closing or reloading the tab loses the table: ask first if it holds rows not yet downloaded.
window.addEventListener('beforeunload', (e) => {
  if (session.rows.length && !session.saved) e.preventDefault();
});

/** Fill the teacher page (loaded on demand); returns a clean-up function. */
export function renderTeacher(ctx: UiContext, el: HTMLElement, body: HTMLElement): () => void {
  const { store, services, announcer } = ctx;
  const view = classView({
    rows: () => session.rows,
    get sort() {
      return session.sort;
    },
    set sort(v) {
      session.sort = v;
    },
    services,
    announcer,
    downloaded: () => {
      session.saved = true;
    },
    clear: () => {
      void confirmDialog('Clear the table?', [`This removes all ${session.rows.length} results from this page. Download the CSV first if you want to keep them.`], 'Clear the table').then((yes) => {
        if (!yes) return;
        session.rows = [];
        view.render();
        announcer.say('The table is empty.');
      });
    },
  });
  const importer = importBlock({
    rows: () => session.rows,
    setRows: (rows) => {
      session.rows = rows;
      session.saved = false;
      view.render();
    },
    announcer,
  });
  fill(
    body,
    h(
      'p',
      { class: 'privacy' },
      h('strong', {}, 'Nothing leaves this browser. '),
      'Codes and files are checked here, on this device, by re-running each round through the game\u2019s own engine: no account, no server, no upload. Results stay on this page until you reload or close it; download the CSV to keep them.',
    ),
    classCodeBlock(ctx),
    importer.el,
    view.el,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn', on: { click: () => window.print() } }, 'Print the class results'), h('button', { type: 'button', class: 'btn', on: { click: () => store.getState().go('title') } }, 'Back to the title')),
  );
  view.render();
  const stopPrint = openDetailsWhilePrinting(el);
  return () => {
    stopPrint();
    importer.destroy();
  };
}
