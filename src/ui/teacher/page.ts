import { importText, isClassRow, type ClassRow, type ColumnId } from '../../app/classroom';
import { openDetailsWhilePrinting } from '../charts/figure';
import { confirmDialog } from '../dialog';
import { fill, h } from '../dom';
import type { UiContext } from '../mount';
import { classCodeBlock } from './classCode';
import { classView } from './classView';
import { importBlock } from './importer';
import { liveTeacherPanel } from '../live/panel';

/**
 * What the teacher has imported. It is kept in this browser (never sent anywhere) until the
 * teacher clears it, so a reload or a closed tab loses nothing; `saved` is false only when the
 * browser refused to keep it and it has not been downloaded either.
 */
const session: { rows: ClassRow[]; sort: { id: ColumnId; dir: 'asc' | 'desc' } | null; filter: string | null; saved: boolean; loaded: boolean; problem: string | null } = {
  rows: [],
  sort: null,
  filter: null,
  saved: true,
  loaded: false,
  problem: null,
};

// If the browser would not keep the table, closing or reloading the tab would lose it: ask first.
window.addEventListener('beforeunload', (e) => {
  if (session.rows.length && !session.saved) e.preventDefault();
});

/** Fill the teacher page (loaded on demand); returns a clean-up function. */
export function renderTeacher(ctx: UiContext, el: HTMLElement, body: HTMLElement): () => void {
  const { store, services, announcer } = ctx;
  if (!session.loaded) {
    session.loaded = true;
    const kept = services.saves.teacher.load(isClassRow);
    session.rows = kept.rows;
    session.problem = kept.problem;
  }
  const storeNote = h('p', { class: 'field-error', role: 'alert', id: 't-store-problem' });
  const keep = () => {
    const problem = services.saves.teacher.save(session.rows);
    session.saved = problem === null;
    storeNote.textContent = problem ?? '';
  };
  storeNote.textContent = session.problem ?? '';
  const view = classView({
    rows: () => session.rows,
    get sort() {
      return session.sort;
    },
    set sort(v) {
      session.sort = v;
    },
    get filter() {
      return session.filter;
    },
    set filter(v) {
      session.filter = v;
    },
    projector: () => store.getState().prefs.largeText,
    services,
    announcer,
    downloaded: () => {
      session.saved = true;
    },
    clear: () => {
      void confirmDialog('Clear the table?', [`This removes all ${session.rows.length} results from this page. Download the CSV first if you want to keep them.`], 'Clear the table').then((yes) => {
        if (!yes) return;
        session.rows = [];
        keep();
        view.render();
        announcer.say('The table is empty.');
      });
    },
  });
  const importer = importBlock({
    rows: () => session.rows,
    setRows: (rows, final) => {
      session.rows = rows;
      view.render({ charts: false });
      // Once the batch is checked: kept in the browser, and the charts drawn, each in a task of
      // its own so the page never stops answering for long.
      if (final)
        setTimeout(() => {
          keep();
          setTimeout(() => view.render({ charts: true }), 0);
        }, 0);
    },
    announcer,
  });
  fill(
    body,
    h(
      'p',
      { class: 'privacy' },
      h('strong', {}, 'Nothing leaves this browser. '),
      'Codes and files are checked here, on this device, by re-running each round through the game\u2019s own engine: no account, no server, no upload. The results are kept in this browser, on this device, until you clear the table; download the CSV to take them elsewhere. (Only a live class, below, talks to a server: the one you run for it.)',
    ),
    storeNote,
    classCodeBlock(ctx),
    liveTeacherPanel(ctx, (codes) => ((session.rows = importText(session.rows, codes, 'live class').rows), keep(), view.render())),
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
