import { makeSave, summaryOf } from '../app/persist';
import { h } from './dom';
import { choiceDialog } from './dialog';
import type { UiContext } from './mount';
import { roundLine } from './saved/describe';

/**
 * Before anything replaces the round in play (a new round, a class code, a save file, a saved
 * round), ask. Nothing is deleted either way: the round stays in "Saved rounds" on the title
 * screen; the question makes the switch deliberate and says where the old round will be. When
 * the old round could not be kept (storage refused), the dialog offers its download first.
 *
 * `next` names what will happen ("Start the new round"). Resolves true to go ahead.
 */
export async function mayReplace(ctx: UiContext, next: string, except?: string): Promise<boolean> {
  const { store, services } = ctx;
  const st = store.getState();
  const saves = services.saves;
  // Opening the round that is already in play replaces nothing.
  if (except && st.roundId === except && st.game) return true;
  // The round in play; or, before one is open (just after a reload), the newest unfinished saved round.
  // A round with no move yet has nothing to lose.
  if (st.game && st.actions.length === 0) return true;
  const current = st.game ? { summary: summaryOf(st.game, st.actions), inPlay: true } : null;
  const latest = current ? null : saves.latestUnfinished();
  const saved = latest && latest.id !== except ? latest : null;
  const what = current ?? (saved ? { summary: saved.summary, inPlay: false } : null);
  if (!what) return true;
  const finished = what.summary.phase === 'done';
  const kept = !what.inPlay || saves.currentKept();
  const body = [
    h('p', {}, h('strong', {}, finished ? 'Your finished round: ' : 'Your round in progress: '), roundLine(what.summary), '.'),
    kept
      ? h('p', {}, finished ? 'It stays in \u201cSaved rounds\u201d on the title screen, with its result code.' : 'It stays in \u201cSaved rounds\u201d on the title screen: you can reopen it there and carry on.')
      : h(
          'p',
          { class: 'field-error' },
          'This browser could not keep it. Download a save of it first if you want it back later.',
          ' ',
          h(
            'button',
            {
              type: 'button',
              class: 'btn small',
              on: {
                click: () => {
                  const s = store.getState();
                  if (s.game) services.download(`strike-clock-save-${s.game.config.scenario}.json`, JSON.stringify(makeSave(s.game.config, s.actions, s.nickname), null, 1), 'application/json');
                },
              },
            },
            'Download a save of this round',
          ),
        ),
  ];
  const title = finished ? 'Leave your finished round?' : 'Leave your round in progress?';
  return (await choiceDialog(title, body, [{ value: 'go', label: next, primary: true }], { cancelLabel: what.inPlay && !finished ? 'Keep playing it' : 'Cancel' })) === 'go';
}
