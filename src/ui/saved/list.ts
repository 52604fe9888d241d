import type { RoundRecord, Unreadable } from '../../app/persist';
import { ENGINE_VERSION } from '../../sim';
import { confirmDialog } from '../dialog';
import { fill, h } from '../dom';
import type { UiContext } from '../mount';
import { mayReplace } from '../replace';
import { roundLine, whenText } from './describe';

const SHOWN = 6;

/** Open a saved round (asking first if another round is in play) and go to its screen. Returns an error in words, or null. */
export async function openSaved(ctx: UiContext, rec: RoundRecord): Promise<string | null> {
  const { store, services } = ctx;
  if (!(await mayReplace(ctx, 'Open the saved round', rec.id))) return null;
  const r = services.saves.open(rec.id);
  if (!r.ok) return r.error;
  const st = r.loaded.state;
  if (st.phase === 'done') store.getState().go('ending');
  else if (st.config.human === 'both') store.getState().handOver(st.turn, 'table');
  else store.getState().go('table');
  return null;
}

/**
 * The title screen's list of saved rounds (newest first; finished ones with their result code)
 * and of saves that could not be read (each downloadable, as it was found). Nothing here is
 * removed without a question.
 */
export function savedRoundsPanel(ctx: UiContext): HTMLElement {
  const { services, store } = ctx;
  const saves = services.saves;
  const el = h('section', { class: 'saved', 'aria-labelledby': 'saved-title' });
  const msg = h('p', { class: 'field-error', role: 'alert', id: 'saved-error' });
  let showAll = false;

  const download = (name: string, text: string) => services.download(name, text, 'application/json');

  const roundItem = (rec: RoundRecord, i: number) => {
    const id = `saved-${i}`;
    const current = store.getState().roundId === rec.id && store.getState().game !== null;
    const finished = rec.summary.phase === 'done';
    const older = rec.save.engine !== ENGINE_VERSION ? ` It was played on an earlier version of the game (${rec.save.engine}; this is ${ENGINE_VERSION}), so it may not reopen; its save and result code are still here.` : null;
    return h(
      'li',
      { class: `saved-round${finished ? ' finished' : ''}`, 'aria-labelledby': `${id}-line` },
      h('p', { class: 'saved-line', id: `${id}-line` }, roundLine(rec.summary), rec.save.nickname ? ` \u00b7 \u201c${rec.save.nickname}\u201d` : '', current ? ' \u00b7 the round now open' : ''),
      h('p', { class: 'hint' }, `Saved ${whenText(rec.savedAt)}.`, older),
      finished && rec.resultCode ? h('p', { class: 'saved-code' }, h('span', { class: 'hint' }, 'Result code: '), h('code', {}, rec.resultCode)) : null,
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'btn small', 'aria-describedby': `${id}-line`, on: { click: () => void reopen(rec) } }, finished ? 'Reopen: result code and debrief' : 'Reopen and carry on'),
        h('button', { type: 'button', class: 'btn small', 'aria-describedby': `${id}-line`, on: { click: () => download(`strike-clock-save-${rec.summary.scenario}-${rec.id}.json`, JSON.stringify(rec.save, null, 1)) } }, 'Download a save'),
        current ? null : h('button', { type: 'button', class: 'btn small danger', 'aria-describedby': `${id}-line`, on: { click: () => void remove(rec) } }, 'Remove'),
      ),
    );
  };

  const unreadableItem = (u: Unreadable, i: number) => {
    const id = `unreadable-${i}`;
    return h(
      'li',
      { class: 'saved-round unreadable', 'aria-labelledby': `${id}-why` },
      h('p', { id: `${id}-why` }, u.reason),
      h('p', { class: 'hint' }, `Kept aside ${whenText(u.keptAt)}.`),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'btn small', 'aria-describedby': `${id}-why`, on: { click: () => download(`strike-clock-unreadable-${i + 1}.json`, u.text) } }, 'Download it as it was'),
        h('button', { type: 'button', class: 'btn small danger', 'aria-describedby': `${id}-why`, on: { click: () => void removeUnreadable(u) } }, 'Remove'),
      ),
    );
  };

  const reopen = async (rec: RoundRecord) => {
    const err = await openSaved(ctx, rec);
    if (err) {
      render();
      msg.textContent = err;
      el.querySelector<HTMLElement>('h3')?.focus();
    }
  };
  const remove = async (rec: RoundRecord) => {
    const ok = await confirmDialog('Remove this saved round?', [roundLine(rec.summary), rec.resultCode ? 'Its result code goes with it: copy it first if your teacher needs it.' : 'You will not be able to reopen it.'], 'Remove it', {
      danger: true,
      fallback: () => el.querySelector('h3'),
    });
    if (!ok) return;
    saves.remove(`strike-clock:round:${rec.id}`);
    render();
    focusHeading();
  };
  const removeUnreadable = async (u: Unreadable) => {
    const ok = await confirmDialog('Remove this unreadable save?', [u.reason, 'Download it first if you might need it.'], 'Remove it', { danger: true, fallback: () => el.querySelector('h3') });
    if (!ok) return;
    saves.remove(u.key);
    render();
    focusHeading();
  };
  const focusHeading = () => {
    const t = el.querySelector<HTMLElement>('h3');
    if (t) {
      t.setAttribute('tabindex', '-1');
      t.focus();
    }
  };

  function render(): void {
    const { rounds, unreadable } = saves.list();
    el.hidden = rounds.length === 0 && unreadable.length === 0;
    const shown = showAll ? rounds : rounds.slice(0, SHOWN);
    fill(
      el,
      h('h3', { id: 'saved-title' }, 'Saved rounds'),
      msg,
      rounds.length
        ? [
            h('p', { class: 'hint' }, 'Every round you play is kept here, in this browser, after every move. Nothing is sent anywhere.'),
            h('ul', { class: 'saved-list' }, shown.map(roundItem)),
            rounds.length > SHOWN
              ? h(
                  'button',
                  {
                    type: 'button',
                    class: 'linkish',
                    'aria-expanded': showAll ? 'true' : 'false',
                    on: {
                      click: () => {
                        showAll = !showAll;
                        render();
                        el.querySelector<HTMLElement>('.saved-list + .linkish')?.focus();
                      },
                    },
                  },
                  showAll ? 'Show only the newest' : `Show all ${rounds.length} saved rounds`,
                )
              : null,
          ]
        : h('p', { class: 'hint' }, 'No saved rounds yet.'),
      unreadable.length
        ? [
            h('h4', { id: 'unreadable-title' }, 'Saves that could not be read'),
            h('p', { class: 'hint' }, 'They are kept exactly as they were found. Download one to keep it, or to send it to whoever can help.'),
            h('ul', { class: 'saved-list', 'aria-labelledby': 'unreadable-title' }, unreadable.map(unreadableItem)),
          ]
        : null,
    );
  }
  render();
  return el;
}
