import { parseClassCode } from '../app/codes';
import type { GameConfig } from '../sim';
import { choiceDialog } from './dialog';
import { h } from './dom';
import type { UiContext } from './mount';
import { mayReplace } from './replace';
import { roundLine } from './saved/describe';
import { openSaved } from './saved/list';

const same = (a: GameConfig, b: GameConfig): boolean => a.scenario === b.scenario && a.seed.toUpperCase() === b.seed.toUpperCase() && a.human === b.human && a.difficulty === b.difficulty && a.pace === b.pace;

/**
 * A class link (?class=CODE) opens that round. If this browser already has the class's round in
 * progress (a Chromebook reloaded the tab), it offers to resume it; if another round is in
 * progress, it asks first. A mistyped link says so on the screen. The code is then taken out of
 * the address, so a later reload does not ask again.
 */
export async function openClassLink(ctx: UiContext, text: string): Promise<void> {
  const { store, services, announcer } = ctx;
  const url = new URL(location.href);
  url.searchParams.delete('class');
  history.replaceState(history.state, '', url);
  const r = parseClassCode(text);
  if (!r.ok) {
    announcer.alert(`The class link did not open a round: ${r.error} Type the code your teacher gave you under \u201cJoin a class\u201d.`);
    return;
  }
  const mine = services.saves.list().rounds.find((rec) => rec.summary.phase !== 'done' && same(rec.save.config, r.value));
  if (mine) {
    const pick = await choiceDialog(
      'You have already started this class\u2019s round',
      [h('p', {}, roundLine(mine.summary), '.'), 'Carry on where you left off, or start the round again from the beginning (the round you started stays in \u201cSaved rounds\u201d).'],
      [
        { value: 'resume', label: 'Carry on with my round', primary: true },
        { value: 'again', label: 'Start again' },
      ],
    );
    if (pick === 'resume') {
      const err = await openSaved(ctx, mine);
      if (err) announcer.alert(err);
      return;
    }
    if (pick !== 'again') return;
  } else if (!(await mayReplace(ctx, 'Open the class round'))) return;
  const err = store.getState().startRound(r.value);
  if (err) {
    announcer.alert(`The class link did not open a round: ${err.message}`);
    return;
  }
  store.getState().go('briefing');
}
