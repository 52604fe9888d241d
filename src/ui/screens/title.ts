import { EXAMPLE_CLASS_CODE, parseClassCode } from '../../app/codes';
import { readSave } from '../../app/persist';
import { h } from '../dom';
import type { ScreenView, UiContext } from '../mount';
import { prefsPanel } from './prefs';
import { mayReplace } from '../replace';
import { openSaved, savedRoundsPanel } from '../saved/list';
import { liveLink } from '../live/entry';
import { openClassRecord } from '../live/panel';

/** The title: start, join with a class code, resume, the teacher page. The same text as index.html paints first. */
export function titleScreen(ctx: UiContext): ScreenView {
  const { store, services } = ctx;
  const liveClass = openClassRecord.get();
  const codeMsg = h('p', { class: 'field-error', id: 'join-error', role: 'alert' });
  const codeInput = h('input', { id: 'join-code', name: 'class-code', autocomplete: 'off', spellcheck: false, 'aria-describedby': 'join-help join-error', placeholder: EXAMPLE_CLASS_CODE });
  const join = async (ev: Event) => {
    ev.preventDefault();
    const r = parseClassCode(codeInput.value);
    if (!r.ok) {
      codeMsg.textContent = r.error;
      codeInput.setAttribute('aria-invalid', 'true');
      codeInput.focus();
      return;
    }
    codeMsg.textContent = '';
    codeInput.removeAttribute('aria-invalid');
    if (!(await mayReplace(ctx, 'Join the class round'))) return;
    const err = store.getState().startRound(r.value);
    if (err) {
      codeMsg.textContent = err.message;
      return;
    }
    store.getState().go('briefing');
  };
  const latest = services.saves.latestUnfinished();
  const unreadable = services.saves.list().unreadable.length;
  const resumeMsg = h('p', { class: 'field-error', role: 'alert' });
  const loadMsg = h('p', { class: 'field-error', id: 'load-error', role: 'alert' });
  const loadFile = async (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const r = readSave(await file.text());
    (e.target as HTMLInputElement).value = '';
    if (!r.ok) {
      loadMsg.textContent = r.error;
      return;
    }
    loadMsg.textContent = '';
    if (!(await mayReplace(ctx, 'Open the save file'))) return;
    store.getState().load(r.value.state, r.value.actions, { nickname: r.value.nickname });
    if (r.value.state.config.human === 'both' && r.value.state.phase !== 'done') store.getState().handOver(r.value.state.turn, 'table');
    else store.getState().go(r.value.state.phase === 'done' ? 'ending' : 'table');
  };
  const el = h(
    'section',
    { class: 'screen', 'aria-labelledby': 'title-start' },
    h('h2', { id: 'title-start', class: 'visually-hidden' }, 'Start'),
    h('p', { class: 'lede' }, 'No account, no install. A round takes 10 to 30 minutes.'),
    unreadable
      ? h('p', { class: 'notice', role: 'status' }, `${unreadable === 1 ? 'A save' : `${unreadable} saves`} could not be read. ${unreadable === 1 ? 'It is' : 'They are'} kept under “Saves that could not be read” below, where you can download ${unreadable === 1 ? 'it' : 'each one'}.`)
      : null,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'btn primary', 'data-action': 'start', on: { click: () => store.getState().go('setup') } }, 'Start a round'),
      h('button', { type: 'button', class: 'btn', on: { click: () => store.getState().go('glossary') } }, 'Glossary'),
      latest ? h('button', { type: 'button', class: 'btn', on: { click: () => void openSaved(ctx, latest).then((err) => (resumeMsg.textContent = err ?? '')) } }, 'Resume your saved round') : null,
    ),
    resumeMsg,
    h(
      'form',
      { class: 'join', on: { submit: (e: Event) => void join(e) }, 'aria-labelledby': 'join-title' },
      h('h3', { id: 'join-title' }, 'Join a class'),
      h('label', { for: 'join-code' }, 'Class code'),
      h('p', { class: 'hint', id: 'join-help' }, 'Your teacher gives the whole class the same code, so everyone plays the same round.'),
      h('div', { class: 'inline' }, codeInput, h('button', { type: 'submit', class: 'btn' }, 'Join')),
      codeMsg,
    ),
    h(
      'div',
      { class: 'join' },
      h('h3', {}, 'Load a saved round'),
      h('label', { for: 'load-save' }, 'Save file (.json)'),
      h('input', { type: 'file', id: 'load-save', accept: '.json,application/json', 'aria-describedby': 'load-error', on: { change: (e: Event) => void loadFile(e) } }),
      loadMsg,
    ),
    savedRoundsPanel(ctx),
    liveLink(),
    // A teacher who reloads mid-class lands here: the way back to the class's dashboard comes first.
    liveClass ? h('p', { class: 'teacher-link' }, h('button', { type: 'button', class: 'btn', on: { click: () => store.getState().go('teacher') } }, `Back to your live class ${liveClass.joinCode} (teacher page)`)) : null,
    h('p', { class: 'teacher-link' }, h('button', { type: 'button', class: 'linkish', on: { click: () => store.getState().go('teacher') } }, 'Teacher page: class codes and results')),
    h('p', { class: 'teacher-link' }, h('button', { type: 'button', class: 'linkish', on: { click: () => store.getState().go('guide') } }, 'Teacher’s guide: the lesson plan, printable')),
    prefsPanel(ctx),
  );
  return { el };
}
