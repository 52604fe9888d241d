import { getScenario, logText, other, type Action, type LogEntry, type Phase, type Side } from '../../sim';
import { atTable, legal, viewOf } from '../../app/view';
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
import { borrowStage } from '../stage';
import { confirmAccept } from '../table/decide';
import { replyPanel } from '../table/reply';
import { icon } from '../icons';

const PHASE: Record<Phase, string> = {
  talks: 'Talks before the contract expires',
  holdout: 'Contract expired: working under the old terms',
  strike: 'On strike',
  ratification: 'Tentative agreement: the vote',
  done: 'The round is over',
};

const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;
/** How long the mediator's words stay at the top of the table. */
const MEDIATOR_NOTICE_DAYS = 14;
const theirs = (side: Side): string => (side === 'union' ? 'the union' : 'the studios');
const answers = (side: Side): string => (side === 'union' ? 'the union answers' : 'the studios answer');
const cap = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);
const whose = (side: Side): string => (side === 'union' ? 'the union\u2019s' : 'the studios\u2019');

/**
 * The table: status, the offer on the table, your proposal, table actions, meters and the log,
 * all drawn from the viewing side's own view (hot-seat: each player's screen from their own).
 */
export function tableScreen(ctx: UiContext): ScreenView {
  const { store, announcer } = ctx;
  const first = store.getState();
  const game0 = first.game!;
  const side = (): Side => store.getState().viewSide;
  const view0 = viewOf(game0, side());
  const sc = getScenario(view0.scenario)!;

  /**
   * Every move goes through here. A refusal is shown on screen (the box is an alert). After a
   * move, focus goes to the other side's answer, which is what changed, unless the screen
   * changed under it (hot-seat hand-over; the vote), where the new screen or panel takes it.
   */
  const dispatch = (a: Action) => {
    const before = store.getState().screen;
    const err = store.getState().dispatch(a);
    if (err) {
      errorBox.textContent = err.message;
      errorBox.setAttribute('tabindex', '-1');
      errorBox.focus();
      return;
    }
    errorBox.textContent = '';
    const st = store.getState();
    if (st.screen !== before || !el.isConnected) return;
    const phase = st.game?.phase;
    if (phase === 'ratification' || phase === 'done') return; // update() focuses the vote's or the ending's button
    // Focus without a jump: the answer sits at the top of the board, in view at every layout.
    reply.el.focus({ preventScroll: true });
    // (In projector mode the room watches the table across the top: the page stays put.)
    const r = reply.el.getBoundingClientRect();
    if (!st.prefs.largeText && (r.top < 0 || r.top > window.innerHeight - 40)) reply.el.scrollIntoView({ block: 'nearest' });
  };

  const status = h('div', { class: 'status', role: 'status', 'aria-live': 'off' });
  const notices = h('div', { class: 'notices' });
  const errorBox = h('p', { class: 'field-error', role: 'alert' });
  const offer = offerPanel(
    async (index) => {
      const st = store.getState();
      if (!st.game) return;
      const v = viewOf(st.game, side());
      if (await confirmAccept(v, st.game, index, () => offer.el.querySelector<HTMLElement>('button.accept:not([disabled])') ?? reply.el)) dispatch({ type: 'accept', side: side(), index });
    },
    () => dispatch({ type: 'reject', side: side() }),
  );
  const reply = replyPanel();
  const form = packageForm(view0, game0, (packages, final) => dispatch({ type: 'propose', side: side(), packages, ...(final ? { final: true } : {}) }));
  const actions = actionsPanel(dispatch, confirmDialog);
  const meters = metersPanel();
  const log = talksLog();
  const agreement = h('section', { class: 'panel agreement', 'aria-labelledby': 'agreement-title', hidden: true });
  const over = h('section', { class: 'panel over', hidden: true });

  // The illustration sits under the board at a desk, and across the top in projector mode.
  const stageSlot = h('div', { class: 'stage-slot' });
  const stageTop = h('div', { class: 'stage-slot stage-top' });
  const stage = borrowStage();
  const top = h('div', { class: 'tbl-top' }, h('h2', { id: 'table-title' }, `At the table: ${side() === 'union' ? 'the union committee' : 'the studios\u2019 committee'}`), status, notices, errorBox);
  const board = h('div', { class: 'tbl-board' }, reply.el, agreement, over, offer.el, stageSlot);
  // A phone held sideways: the status goes into the board, which stays in view while the form scrolls.
  const short = window.matchMedia('(max-height: 500px) and (orientation: landscape)');
  const placeStatus = () => (short.matches ? board.prepend(status) : top.insertBefore(status, notices));
  short.addEventListener('change', placeStatus);
  placeStatus();
  const el = h(
    'section',
    { class: 'screen table-screen', 'aria-labelledby': 'table-title' },
    top,
    stageTop,
    h(
      'div',
      { class: 'tbl-grid' },
      board,
      h('div', { class: 'tbl-controls' }, form.el, actions.el, meters.el, log.el, moreBox()),
    ),
  );
  function moreBox(): HTMLElement {
    return h(
      'div',
      { class: 'tbl-more' },
      h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'linkish', on: { click: () => store.getState().go('briefing') } }, 'Read your briefing again'),
      h('button', { type: 'button', class: 'linkish', on: { click: () => { const st = store.getState(); if (st.game) ctx.services.download(`strike-clock-save-${sc.id}.json`, JSON.stringify(makeSave(st.game.config, st.actions, st.nickname), null, 1), 'application/json'); } } }, 'Download a save of this round'),
    ),
      glossaryDetails(),
      prefsPanel(ctx),
    );
  }

  let lastPhase = view0.phase;
  const update = () => {
    const st = store.getState();
    stage.place(st.prefs.largeText ? stageTop : stageSlot);
    const g = st.game;
    if (!g) return;
    const me = side();
    const v = viewOf(g, me);
    const them = other(me);
    const hot = v.players.union === 'person' && v.players.studio === 'person';
    const expiresIn = v.expiryDay - v.day;
    const suspended = v.public.talksSuspendedUntil > v.day;
    fill(
      status,
      h('p', { class: 'day' }, icon('clock'), h('strong', {}, `Day ${v.day}`), ` · ${dateOf(sc, v.day)}`),
      h('p', { class: `phase phase-${v.phase}` }, v.phase === 'strike' ? icon('picket') : null, PHASE[v.phase], v.phase === 'strike' ? ` — strike day ${v.strikeDays}` : ''),
      v.phase === 'talks' ? h('p', {}, `Contract expires ${dateOf(sc, v.expiryDay)} (${expiresIn > 0 ? `in ${days(expiresIn)}` : 'today'}).`) : null,
      suspended ? h('p', {}, `Talks are suspended until ${dateOf(sc, v.public.talksSuspendedUntil)}; the next session waits until then.`) : null,
      hot && v.phase !== 'done' && v.phase !== 'ratification' ? h('p', {}, v.yourMove ? 'Your move.' : `${sideName(v.turn)} to move.`) : null,
      // On a phone held sideways the one-line prompt gives way to the table's state: this short
      // mark says whose move it is instead (hidden elsewhere, where the prompt shows).
      !hot && atTable(v) ? h('p', { class: 'turn-mark', 'aria-hidden': 'true' }, 'Your move') : null,
    );
    const tips: HTMLElement[] = [];
    // What to do now, in one line, for a newcomer: the legal moves and what each costs.
    if (atTable(v)) {
      const accept = legal(v, 'accept');
      const propose = legal(v, 'propose');
      const reject = legal(v, 'reject');
      const choices: string[] = [];
      // While talks are suspended a move at the table waits for them: say when it lands, not the
      // wait plus the session as one span (a playtester read "45 days" as what a proposal costs).
      const when = (n: number) => (suspended ? `heard when talks resume on ${dateOf(sc, v.public.talksSuspendedUntil)}` : days(n));
      if (propose) choices.push(`propose a package (${when(propose.days)})`);
      if (accept) choices.push('accept their offer');
      if (reject) choices.push(`${accept ? 'reject it' : 'pass'} (${when(reject.days)})`);
      choices.push('take a table action');
      const last = choices.pop()!;
      tips.push(
        h(
          'p',
          { class: 'next-step' },
          h('strong', {}, 'Your move: '),
          `${choices.join(', ')}, or ${last}. `,
          hot ? `Then the device passes to ${theirs(them)}.` : v.players[them] === 'computer' ? `${cap(answers(them))} at once.` : `Then it is ${whose(them)} move.`,
        ),
      );
    }
    // The mediator's words, as the log records them: for two weeks after the visit, and not past
    // the contract's expiry or a strike, which change the zone (a playtester read "no deal is
    // possible yet" at the top of the table weeks into the strike that followed).
    const visit = v.public.mediator && v.day - v.public.mediatorDay < MEDIATOR_NOTICE_DAYS ? v.log.filter((e) => e.kind === 'action' && e.ref === 'mediator').pop() : undefined;
    const stale = !!visit && v.log.some((e) => e.kind === 'phase' && e.day > visit.day && (e.ref === 'expired' || e.ref === 'strike'));
    if (visit && !stale) tips.push(h('p', { class: 'notice' }, h('strong', {}, `${dateOf(sc, visit.day)}${v.day > visit.day ? ` (${days(v.day - visit.day)} ago)` : ''}: `), logText(sc, visit)));
    if (me === 'union' && v.phase === 'holdout' && v.public.authorized) tips.push(h('p', { class: 'notice' }, 'The contract has expired and members have authorized a strike: you may call one (Table actions).'));
    if (me === 'union' && v.phase === 'talks' && !v.public.authorized && expiresIn <= 14) tips.push(h('p', { class: 'notice' }, 'The contract expires soon and members have not authorized a strike. Without a vote, the studios feel little pressure.'));
    if (v.public.blackout) tips[0]?.append(' A media blackout is in force: no public statements.');
    fill(notices, tips);

    // Tentative agreement and the votes.
    agreement.hidden = v.phase !== 'ratification';
    if (v.phase === 'ratification' && v.agreement) {
      const deal = v.agreement;
      const board = v.votes.filter((x) => x.kind === 'board' && x.day >= deal.day).pop();
      const count = legal(v, 'countVotes');
      fill(
        agreement,
        h('h3', { id: 'agreement-title' }, 'Tentative agreement'),
        packageTable(v, [deal.package], 'The terms both committees signed'),
        board ? h('p', {}, `The union\u2019s board voted ${pct(board.yes)} yes: the deal goes to the members.`) : null,
        h('p', {}, `Ballots take ${days(count?.days ?? sc.ratificationDays)}. The strike, if any, is suspended meanwhile.`),
        h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn primary', disabled: !count, on: { click: () => dispatch({ type: 'countVotes', side: me }) } }, 'Count the members\u2019 votes')),
      );
    }
    over.hidden = v.phase !== 'done';
    if (v.phase === 'done' && over.childElementCount === 0) {
      const end = v.log.filter((e) => e.kind === 'ending').pop();
      // The ending leads; a members' vote is told only if it ratified the contract (after a
      // crumbled strike a playtester read an earlier, failed vote as the result).
      const rat = v.outcome === 'ratified' ? v.votes.filter((x) => x.kind === 'ratification' && x.passed).pop() : undefined;
      fill(
        over,
        h('h3', {}, 'The round is over'),
        end ? h('p', { class: 'big' }, logText(sc, end)) : null,
        rat ? h('p', {}, `Members voted ${pct(rat.yes, 2)} yes at ${pct(rat.turnout, 2)} turnout.`) : null,
        h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn primary', on: { click: () => store.getState().go('ending') } }, 'See how it ended')),
      );
    }
    const table = v.phase !== 'done' && v.phase !== 'ratification';
    offer.el.hidden = !table;
    form.el.hidden = !table;
    actions.el.hidden = !table;
    offer.update(v);
    reply.update(v);
    form.update(v, g);
    actions.update(v);
    meters.update(v);
    const fresh = log.update(v);
    const said = fresh.filter((e) => e.kind !== 'offer' || e.side !== me).map(describe);
    if (said.length) announcer.say(said.join(' '));
    if (v.phase !== lastPhase) {
      lastPhase = v.phase;
      if (v.phase === 'ratification' || v.phase === 'done') (agreement.hidden ? over : agreement).querySelector<HTMLElement>('button')?.focus();
    }
  };

  const describe = (e: LogEntry): string => {
    return e.kind === 'line' && e.side ? `${sideName(e.side)}: “${logText(sc, e)}”` : logText(sc, e);
  };
  return {
    el,
    update,
    focus: undefined,
    destroy: () => {
      short.removeEventListener('change', placeStatus);
      stage.giveBack();
    },
  };
}
