import { type Checked, type ClassRow, type ImportItem, type ImportNote, type ImportProblem, excerpt, knownBefore, mergeChecked, splitInput } from '../../app/classroom';
import { createVerifier } from './verifier';
import { MAX_SAVE_BYTES } from '../../app/persist';
import { fill, h } from '../dom';
import type { Announcer } from '../announce';

/** Show progress and the rows so far at most this often while a class is being checked. */
const PAINT_MS = 500;

export interface ImportHost {
  rows(): readonly ClassRow[];
  /** Called with the new list of rows (old rows first, untouched) as they come in; `final` once at the end. */
  setRows(rows: ClassRow[], final: boolean): void;
  announcer: Announcer;
}

/**
 * (b) Import results: paste codes (one per line) or choose/drop .txt result files and .json
 * save files. Every item is re-run through the engine; a bad one is listed with its reason and
 * never touches the rows already there; a duplicate is noted and skipped.
 */
export function importBlock(host: ImportHost): { el: HTMLElement; destroy(): void } {
  const area = h('textarea', { id: 't-paste', rows: 6, spellcheck: false, autocomplete: 'off', 'aria-describedby': 't-paste-help', placeholder: 'SC1.26UNQ-…' });
  const addBtn = h('button', { type: 'submit', class: 'btn primary' }, 'Check and add');
  const files = h('input', { type: 'file', id: 't-files', multiple: true, accept: '.txt,.json,text/plain,application/json', 'aria-describedby': 't-files-help' });
  const progress = h('p', { class: 'hint', role: 'status', id: 't-progress' });
  const report = h('div', { class: 't-report', id: 't-report' });
  let busy = false;
  const verifier = createVerifier();

  const run = async (items: ImportItem[], early: ImportProblem[], what: string): Promise<{ added: number; problems: ImportProblem[] }> => {
    busy = true;
    addBtn.disabled = true;
    files.disabled = true;
    const problems: ImportProblem[] = [...early];
    const dups: ImportNote[] = [];
    const before = host.rows();
    const known = new Map(before.map((r) => [r.key, r]));
    const newRows: ClassRow[] = [];
    let added = 0;
    let checked = 0;
    try {
      // Codes already in the table are not re-run; the rest go to the verifier (workers), and
      // their results are merged in the order they were given, so the table's order is stable.
      const todo: ImportItem[] = [];
      for (const item of items) {
        const dup = knownBefore(known, item);
        if (dup) dups.push(dup);
        else todo.push(item);
      }
      const results: (Checked | undefined)[] = new Array(todo.length);
      let next = 0;
      let shown = 0;
      let lastPaint = 0;
      const paint = (final: boolean) => {
        progress.textContent = final ? '' : `Checking ${what}: ${checked} of ${todo.length} done\u2026`;
        if (newRows.length !== shown || final) {
          shown = newRows.length;
          host.setRows([...before, ...newRows], final);
        }
      };
      await verifier.check(todo, (i, r) => {
        results[i] = r;
        checked++;
        while (next < todo.length && results[next]) {
          const m = mergeChecked(known, todo[next]!, results[next]!);
          results[next] = undefined;
          if (m.added) {
            newRows.push(m.added);
            added++;
          }
          if (m.duplicate) dups.push(m.duplicate);
          if (m.problem) problems.push(m.problem);
          next++;
        }
        const now = performance.now();
        if (now - lastPaint > PAINT_MS) {
          lastPaint = now;
          paint(false);
        }
      });
      paint(true);
    } catch (e) {
      // an engine failure must not lose what is already in the table
      problems.push({ where: what, excerpt: '', reason: `Checking stopped unexpectedly: ${e instanceof Error ? e.message : String(e)}` });
      host.setRows([...before, ...newRows], true);
    } finally {
      busy = false;
      addBtn.disabled = false;
      files.disabled = false;
    }
    const total = host.rows().length;
    const head = `${added ? `Added ${added} result${added === 1 ? '' : 's'}.` : 'No new results were added.'} The table has ${total} result${total === 1 ? '' : 's'}.`;
    progress.textContent = '';
    fill(
      report,
      h('p', { class: 't-summary' }, head),
      problems.length
        ? h(
            'div',
            { class: 'bad' },
            h('p', {}, `${problems.length} could not be used (nothing already in the table was changed):`),
            h(
              'ul',
              { class: 't-problems' },
              problems.map((p) => h('li', {}, h('strong', {}, `${p.where}: `), p.reason, p.excerpt ? [' ', h('code', {}, p.excerpt)] : null)),
            ),
          )
        : null,
      dups.length
        ? h('div', { class: 'dups' }, h('p', {}, `${dups.length} duplicate${dups.length === 1 ? '' : 's'} ignored:`), h('ul', { class: 't-dups' }, dups.map((d) => h('li', {}, h('strong', {}, `${d.where}: `), `${d.nickname ? `“${d.nickname}” ` : ''}${d.text}.`))))
        : null,
    );
    host.announcer.say(`${head}${problems.length ? ` ${problems.length} could not be used.` : ''}${dups.length ? ` ${dups.length} duplicates ignored.` : ''}`);
    return { added, problems };
  };

  const onPaste = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const text = area.value;
    if (!text.trim()) {
      progress.textContent = 'Paste one or more result codes first.';
      area.focus();
      return;
    }
    const items = splitInput(text);
    const { problems } = await run(items, [], 'pasted codes');
    // keep only the lines that failed in the box, so they can be fixed and tried again
    const failed = new Set(problems.map((p) => p.where));
    const lines = text.split(/\r\n|\r|\n/);
    area.value = lines.filter((_, i) => failed.has(`line ${i + 1}`)).join('\n');
  };

  const readFiles = async (list: FileList | File[]) => {
    if (busy) return;
    const items: ImportItem[] = [];
    const early: ImportProblem[] = [];
    for (const f of Array.from(list)) {
      const name = f.name || 'a file';
      if (!/\.(txt|json)$/i.test(name)) {
        early.push({ where: name, excerpt: '', reason: 'Only .txt result files and .json save files can be imported.' });
        continue;
      }
      if (f.size > MAX_SAVE_BYTES) {
        early.push({ where: name, excerpt: '', reason: 'That file is too large to be a Strike Clock result or save.' });
        continue;
      }
      let text: string;
      try {
        text = await f.text();
      } catch {
        early.push({ where: name, excerpt: '', reason: 'The browser could not read that file.' });
        continue;
      }
      const got = splitInput(text, name);
      if (!got.length) early.push({ where: name, excerpt: excerpt(text), reason: 'The file is empty.' });
      items.push(...got);
    }
    await run(items, early, list.length === 1 ? 'the file' : 'the files');
    files.value = '';
  };
  files.addEventListener('change', () => {
    if (files.files && files.files.length) void readFiles(files.files);
  });

  const drop = h(
    'div',
    { class: 'drop', id: 't-drop' },
    h('label', { for: 't-files' }, 'Or choose result files (.txt) and save files (.json)'),
    h('p', { class: 'hint', id: 't-files-help' }, 'You can also drop files anywhere on this page. Choose several at once if you like.'),
    files,
  );
  // Files dropped anywhere on the page are imported; without this the browser would open a
  // dropped file in place of the page, and the table would be lost.
  const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
  const onOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    drop.classList.add('over');
  };
  const onLeave = (e: DragEvent) => {
    if (e.relatedTarget === null) drop.classList.remove('over');
  };
  const onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    drop.classList.remove('over');
    const fl = e.dataTransfer?.files;
    if (fl && fl.length) void readFiles(fl);
  };
  document.addEventListener('dragover', onOver);
  document.addEventListener('dragleave', onLeave);
  document.addEventListener('drop', onDrop);
  const destroy = () => {
    verifier.dispose();
    document.removeEventListener('dragover', onOver);
    document.removeEventListener('dragleave', onLeave);
    document.removeEventListener('drop', onDrop);
  };

  const el = h(
    'section',
    { class: 't-block t-import', 'aria-labelledby': 't-import-title' },
    h('h3', { id: 't-import-title' }, 'Import results'),
    h(
      'form',
      { on: { submit: (e: Event) => void onPaste(e) } },
      h('label', { for: 't-paste' }, 'Result codes'),
      h('p', { class: 'hint', id: 't-paste-help' }, 'Paste the codes your students gave you, one per line (a name before the code on the same line is fine). Each code is a replay: it is re-run here to check it and to compute every figure.'),
      area,
      h('div', { class: 'actions' }, addBtn),
    ),
    drop,
    progress,
    report,
  );
  return { el, destroy };
}
