import { getScenario, logText, mediatorWords } from '../../sim';
import type { Action, GameState, LogEntry, Side } from '../../sim/types';
import { other } from '../../sim/types';
import { sessionDays } from '../../sim/reducer';
import { confirmDialog } from '../dialog';
import { h, fill } from '../dom';
import { dateOf, pct, sideName } from '../format';
import type { ScreenView, UiContext } from '../mount';
import { actionsPanel } from '../table/actionsPanel';
import { metersPanel } from '../table/meters';
import { offerPanel, packageTable } from '../table/offerPanel';
import { packageForm } from '../table/packageForm';
import { talksLog } from '../table/talksLog';
import { glossaryDetails } from '../glossary';
import { makeSave } from '../../app/persist';
import { prefsPanel } from './prefs';

const PHASE: Record<GameState['phase'], string> = {
  talks: 'Talks before the contract expires',
  holdout: 'Contract expired: working under the old terms',
  strike: 'On strike',
  ratification: 'Tentative agreement: the vote',
  done: 'The round is over',
};

/** The table: status, the offer on the table, your proposal, table actions, meters and the log. */
export function tableScreen(ctx: UiContext): ScreenView {
  const { store, announcer } = ctx;
  const first = store.getState();
  const game0 = first.game!;
  const sc = getScenario(game0.config.scenario)!;
  const side = (): Side => store.getState().viewSide;
  const canAct = (g: GameState) => g.phase !== 'done' && g.phase !== 'ratification' && g.turn === side();

  const dispatch = (a: Action) => {
    const err = store.getState().dispatch(a);
    if (err) {
      announcer.alert(err.message);
      errorBox.textContent = err.message;
      return;
    }
    errorBox.textContent = '';
  };

  const status = h('div', { class: 'status', role: 'status', 'aria-live': 'off' });
  const notices = h('div', { class: 'notices' });
  const errorBox = h('p', { class: 'field-error', role: 'alert' });
  const offer = offerPanel((index) => dispatch({ type: 'accept', side: side(), index }));
  const form = packageForm(
    game0,
    side(),
    (packages, final) => dispatch({ type: 'propose', side: side(), packages, ...(final ? { final: true } : {}) }),
    () => dispatch({ type: 'reject', side: side() }),
  );
  const actions = actionsPanel(dispatch, confirmDialog);
  const meters = metersPanel();
  const log = talksLog();
  const agreement = h('section', { class: 'panel agreement', 'aria-labelledby': 'agreement-title', hidden: true });
  const over = h('section', { class: 'panel over', hidden: true });

  const el = h(
    'section',
    { class: 'screen table-screen', 'aria-labelledby': 'table-title' },
    h('h2', { id: 'table-title' }, `At the table: ${side() === 'union' ? 'the union committee' : 'the studios\u2019 committee'}`),
    status,
    notices,
    errorBox,
    agreement,
    over,
    offer.el,
    form.el,
    actions.el,
    meters.el,
    log.el,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'linkish', on: { click: () => store.getState().go('briefing') } }, 'Read your briefing again'),
      h('button', { type: 'button', class: 'linkish', on: { click: () => { const st = store.getState(); if (st.game) ctx.services.download(`strike-clock-save-${sc.id}.json`, JSON.stringify(makeSave(st.game.config, st.actions, st.nickname), null, 1), 'application/json'); } } }, 'Download a save of this round'),
    ),
    glossaryDetails(),
    prefsPanel(ctx),
  );

  let lastPhase = game0.phase;
  const update = () => {
    const st = store.getState();
    const g = st.game;
    if (!g) return;
    const me = side();
    const act = canAct(g);
    const expiresIn = g.expiryDay - g.day;
    fill(
      status,
      h('p', { class: 'day' }, h('strong', {}, `Day ${g.day}`), ` · ${dateOf(sc, g.day)}`),
      h('p', { class: `phase phase-${g.phase}` }, PHASE[g.phase], g.phase === 'strike' ? ` — strike day ${g.strikeDays}` : ''),
      g.phase === 'talks' ? h('p', {}, `The contract expires on ${dateOf(sc, g.expiryDay)} (in ${expiresIn} day${expiresIn === 1 ? '' : 's'}).`) : null,
      g.talksSuspendedUntil > g.day ? h('p', {}, `Talks are suspended until ${dateOf(sc, g.talksSuspendedUntil)}; your next proposal waits until then.`) : null,
      g.config.human === 'both' ? h('p', {}, act ? 'Your move.' : `${sideName(g.turn)} to move.`) : null,
    );
    const tips: (HTMLElement | null)[] = [];
    // What to do now, in one line, for a newcomer.
    if (act && g.phase !== 'done' && g.phase !== 'ratification') {
      const session = sessionDays(g);
      tips.push(
        h(
          'p',
          { class: 'next-step' },
          h('strong', {}, 'Your move: '),
          g.standing?.by === other(me) ? 'accept their offer, or ' : '',
          `set a level for each issue under "Your proposal" and propose it (a session takes ${session} day${session === 1 ? '' : 's'}), or take a table action.`,
        ),
      );
    }
    if (g.mediatorHint && g.day - g.mediatorDay < 30) tips.push(h('p', { class: 'notice' }, h('strong', {}, 'The mediator: '), mediatorWords(sc, g.mediatorHint)));
    if (me === 'union' && g.phase === 'holdout' && g.authorized) tips.push(h('p', { class: 'notice' }, 'The contract has expired and members have authorized a strike: you may call one (Table actions).'));
    if (me === 'union' && g.phase === 'talks' && !g.authorized && expiresIn <= 14) tips.push(h('p', { class: 'notice' }, 'The contract expires soon and members have not authorized a strike. Without a vote, the studios feel little pressure.'));
    if (g.blackout) tips.push(h('p', { class: 'notice' }, 'A media blackout is in force: no public statements.'));
    fill(notices, tips);

    // Tentative agreement and the votes.
    agreement.hidden = g.phase !== 'ratification';
    if (g.phase === 'ratification' && g.agreement) {
      const board = g.agreement.board;
      fill(
        agreement,
        h('h3', { id: 'agreement-title' }, 'Tentative agreement'),
        packageTable(g, me, [g.agreement.packages], 'The terms both committees signed'),
        board ? h('p', {}, `The union\u2019s board voted ${pct(board.yes)} yes: the deal goes to the members.`) : null,
        h('p', {}, `Ballots take ${sc.ratificationDays} days. The strike, if any, is suspended meanwhile.`),
        h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn primary', on: { click: () => dispatch({ type: 'countVotes', side: me }) } }, 'Count the members\u2019 votes')),
      );
    }
    over.hidden = g.phase !== 'done';
    if (g.phase === 'done' && over.childElementCount === 0) {
      const end = g.log.filter((e) => e.kind === 'ending').pop();
      const rat = g.votes.filter((v) => v.kind === 'ratification').pop();
      fill(
        over,
        h('h3', {}, 'The round is over'),
        rat ? h('p', { class: 'big' }, `Members voted ${pct(rat.yes, 2)} yes at ${pct(rat.turnout, 2)} turnout.`) : null,
        end ? h('p', {}, logText(sc, end)) : null,
        h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn primary', on: { click: () => store.getState().go('ending') } }, 'See how it ended')),
      );
    }
    const table = g.phase !== 'done' && g.phase !== 'ratification';
    offer.el.hidden = !table;
    form.el.hidden = !table;
    actions.el.hidden = !table;
    offer.update(g, me, act);
    form.update(g, act);
    actions.update(g, me, act);
    meters.update(g, me);
    const fresh = log.update(g);
    const said = fresh.filter((e) => e.kind !== 'offer' || e.side !== me).map(describe);
    if (said.length) announcer.say(said.join(' '));
    if (g.phase !== lastPhase) {
      lastPhase = g.phase;
      if (g.phase === 'ratification' || g.phase === 'done') (agreement.hidden ? over : agreement).querySelector<HTMLElement>('button')?.focus();
    }
  };

  const describe = (e: LogEntry): string => {
    const sc = getScenario(store.getState().game!.config.scenario)!;
    return e.kind === 'line' && e.side ? `${sideName(e.side)}: “${logText(sc, e)}”` : logText(sc, e);
  };
  return { el, update, focus: undefined };
}
