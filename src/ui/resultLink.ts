import { verifyResultCode } from '../app/codes';
import type { UiContext } from './mount';
import { mayReplace } from './replace';

/**
 * A result link (?result=CODE) opens that round's debrief: the code is checked and re-run, and
 * the round is loaded as played. A live-class student has no debrief of their own (a playtester
 * saw only a score and a code): the end of a live round links here. A bad code says why on the
 * screen; the code is then taken out of the address, so a reload does not load it again.
 */
export async function openResultLink(ctx: UiContext, text: string): Promise<void> {
  const { store, announcer } = ctx;
  const url = new URL(location.href);
  url.searchParams.delete('result');
  history.replaceState(history.state, '', url);
  const r = verifyResultCode(text);
  if (!r.ok) {
    announcer.alert(`The result link did not open a round: ${r.error}`);
    return;
  }
  if (!(await mayReplace(ctx, 'Open the round of this result code'))) return;
  const err = store.getState().startRound(r.value.config);
  if (err) {
    announcer.alert(`The result link did not open a round: ${err.message}`);
    return;
  }
  for (const a of r.value.actions) {
    const e = store.getState().dispatch(a);
    if (e) {
      announcer.alert(`The result link did not open a round: ${e.message}`);
      return;
    }
  }
  store.getState().go('debrief');
}
