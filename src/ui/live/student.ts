import './live.css';
import { getScenario, logText, type Action, type Package, type PlayerView } from '../../sim';
import { atTable, legal, worth } from '../../app/view';
import { joinClass, LiveError, pageEndpoint, takeSeat, type SeatConnection } from '../../app/live/client';
import { cleanJoinCode, type LiveView, type SeatMessage } from '../../app/live/protocol';
import { confirmDialog } from '../dialog';
import { fill, h } from '../dom';
import { dateOf, pct, points } from '../format';
import type { UiContext } from '../mount';
import { actionsPanel } from '../table/actionsPanel';
import { metersPanel } from '../table/meters';
import { offerPanel } from '../table/offerPanel';
import { talksLog } from '../table/talksLog';
import { committee, PHASE, scheduleLine, theSide, walkAwayLine } from './words';

/**
 * A student's live class: join with the teacher's code and a nickname, then play one side of a
 * round that lives on the server. Everything drawn here comes from this seat's own view (the
 * server sends no other). The seat is kept in this browser, so a reload or a closed lid comes
 * back to it.
 */

const SEAT_KEY = 'strike-clock-live-seat';

interface StoredSeat {
  endpoint: string;
  joinCode: string;
  seat: SeatMessage;
  /** The result code once the round ended (the room may be gone when the page comes back). */
  code?: string | null;
}

const stored = {
  get(endpoint: string): StoredSeat | null {
    try {
      const s = JSON.parse(localStorage.getItem(SEAT_KEY) ?? 'null') as StoredSeat | null;
      return s && s.endpoint === endpoint && s.seat && typeof s.seat.seatKey === 'string' ? s : null;
    } catch {
      return null;
    }
  },
  set(s: StoredSeat | null): void {
    try {
      if (s) localStorage.setItem(SEAT_KEY, JSON.stringify(s));
      else localStorage.removeItem(SEAT_KEY);
    } catch {
      /* private mode: a reload asks for the code again; the seat key is the only thing lost */
    }
  },
};

export function renderStudent(ctx: UiContext, el: HTMLElement, body: HTMLElement): () => void {
  const endpoint = pageEndpoint(location.href);
  const params = new URLSearchParams(location.search);
  let conn: SeatConnection | null = null;
  let gone = false;
  let table: ReturnType<typeof liveTable> | null = null;
  const heading = el.querySelector('h2')!;

  const leave = () => {
    stored.set(null);
    void conn?.close();
    conn = null;
    table = null;
    showJoin('');
  };

  const showJoin = (problem: string, code = params.get('live') ?? '') => {
    heading.textContent = 'Join a live class';
    const msg = h('p', { class: 'field-error', id: 'live-join-error', role: 'alert' }, problem);
    const codeInput = h('input', { id: 'live-code', name: 'join-code', autocomplete: 'off', spellcheck: false, value: cleanJoinCode(code).ok ? code.toUpperCase() : '', 'aria-describedby': 'live-code-help live-join-error' });
    const nickInput = h('input', { id: 'live-nickname', name: 'nickname', autocomplete: 'nickname', maxlength: 24, 'aria-describedby': 'live-nick-help live-join-error' });
    const submit = h('button', { type: 'submit', class: 'btn primary' }, 'Join');
    const form = h(
      'form',
      {
        class: 'join live-join',
        on: {
          submit: async (e: Event) => {
            e.preventDefault();
            submit.disabled = true;
            msg.textContent = '';
            try {
              const seat = await joinClass(endpoint, codeInput.value, nickInput.value);
              const joinCode = cleanJoinCode(codeInput.value);
              stored.set({ endpoint, joinCode: joinCode.ok ? joinCode.value : codeInput.value, seat });
              await sit(seat);
            } catch (err) {
              msg.textContent = err instanceof Error ? err.message : String(err);
              submit.disabled = false;
              (codeInput.value ? nickInput : codeInput).focus();
            }
          },
        },
      },
      h('label', { for: 'live-code' }, 'Join code'),
      h('p', { class: 'hint', id: 'live-code-help' }, 'The five letters and digits on your teacher\u2019s screen.'),
      codeInput,
      h('label', { for: 'live-nickname' }, 'Your nickname'),
      h('p', { class: 'hint', id: 'live-nick-help' }, 'Your first name or a made-up one (at most 24 characters). No account, no email.'),
      nickInput,
      h('div', { class: 'actions' }, submit),
      msg,
    );
    fill(body, form, h('p', {}, h('a', { class: 'linkish', href: location.pathname }, 'Back to the single-device game')));
    (codeInput.value ? nickInput : codeInput).focus();
  };

  const sit = async (seat: SeatMessage) => {
    heading.textContent = `Live class: ${seat.nickname}, you sit on ${committee(seat.side)}`;
    fill(body, h('p', { role: 'status' }, 'Taking your seat\u2026'));
    const status = h('p', { class: 'live-connection', role: 'status' });
    conn = await takeSeat(endpoint, seat, {
      view: (v) => {
        if (gone) return;
        status.textContent = '';
        if (!table) {
          table = liveTable(ctx, v, (a) => conn?.act(a), leave);
          fill(body, status, table.el);
        }
        table.update(v);
        if (v.result?.code) {
          const s = stored.get(endpoint);
          if (s) stored.set({ ...s, code: v.result.code });
        }
      },
      refused: (r) => table?.refused(r.message),
      reconnecting: (on, why) => (status.textContent = on ? (why ?? 'Reconnecting\u2026') : 'Connected again.'),
      lost: (message) => {
        status.textContent = message;
        table?.lost(message);
      },
    });
  };

  // Back to a seat this browser holds (a reload, a closed lid), else the join form.
  const mine = stored.get(endpoint);
  const wanted = cleanJoinCode(params.get('live') ?? '');
  if (mine && (!wanted.ok || wanted.value === mine.joinCode)) {
    fill(body, h('p', { role: 'status' }, `Back to your seat as ${mine.seat.nickname}\u2026`));
    sit(mine.seat).catch((e: unknown) => {
      // The round's room is gone (the class ended, the server restarted): its result, if kept, stays readable.
      if (mine.code) {
        fill(body, h('p', {}, 'That round has ended. Its result code:'), codeBox(ctx, mine.code), h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn', on: { click: leave } }, 'Join another class')));
      } else showJoin(e instanceof LiveError || e instanceof Error ? e.message : String(e), mine.joinCode);
    });
  } else showJoin('');

  return () => {
    gone = true;
    void conn?.close();
  };
}

function codeBox(ctx: UiContext, code: string): HTMLElement {
  const area = h('textarea', { class: 'result-code', readonly: true, rows: 3, 'aria-label': 'Your result code' });
  area.value = code;
  const said = h('span', { role: 'status' });
  return h(
    'div',
    { class: 'live-code-box' },
    area,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn', on: { click: () => void ctx.services.copy(code).then((ok) => (said.textContent = ok ? 'Copied.' : 'Select the code and copy it.')) } }, 'Copy the result code'), said),
  );
}

/** The table for one seat, drawn from its LiveView only. */
function liveTable(ctx: UiContext, first: LiveView, act: (a: Action) => void, leave: () => void) {
  const { announcer } = ctx;
  const side = first.side;
  const sc = getScenario(first.view.scenario)!;
  const errorBox = h('p', { class: 'field-error', role: 'alert' });
  const status = h('div', { class: 'status live-status' });
  const notice = h('div', { class: 'notices' });
  const dispatch = (a: Action) => {
    errorBox.textContent = '';
    act(a);
  };
  const offer = offerPanel(
    (index) => dispatch({ type: 'accept', side, index }),
    () => dispatch({ type: 'reject', side }),
  );
  const form = proposalForm(first.view, (packages, final) => dispatch({ type: 'propose', side, packages, ...(final ? { final: true } : {}) }));
  const actions = actionsPanel(dispatch, confirmDialog);
  const meters = metersPanel();
  const log = talksLog();
  const agreement = h('section', { class: 'panel agreement', hidden: true });
  const over = h('section', { class: 'panel over', hidden: true });
  const briefing = h('details', { class: 'panel live-briefing', 'data-briefing': side, open: true }, h('summary', {}, `Your confidential briefing: ${committee(side)}`), briefingBody(first.view));
  const el = h(
    'div',
    { class: 'live-table' },
    status,
    notice,
    errorBox,
    agreement,
    over,
    offer.el,
    form.el,
    actions.el,
    briefing,
    meters.el,
    log.el,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'linkish', on: { click: () => void confirmDialog('Leave your seat?', ['This browser forgets your seat, and the computer plays it from now on.'], 'Leave the seat').then((yes) => yes && leave()) } }, 'Leave this seat')),
  );
  let lastAt = -1;
  let lastPhase = first.view.phase;
  let started = first.status.started;
  let timer: ReturnType<typeof setInterval> | null = null;

  const clock = (v: LiveView) => {
    if (timer) clearInterval(timer);
    timer = null;
    if (!v.status.endsAt || v.status.closed) return '';
    const skew = Date.now() - v.status.now;
    const left = () => Math.max(0, Math.round((v.status.endsAt! + skew - Date.now()) / 1000));
    const span = h('strong', {}, '');
    const tick = () => (span.textContent = `${Math.floor(left() / 60)}:${String(left() % 60).padStart(2, '0')}`);
    tick();
    timer = setInterval(tick, 1000);
    return h('p', { class: 'notice' }, 'Time left in this class: ', span);
  };

  return {
    el,
    refused(message: string) {
      errorBox.textContent = message;
      announcer.alert(message);
    },
    lost(message: string) {
      errorBox.textContent = message;
    },
    update(lv: LiveView) {
      const v = lv.view;
      const partner = lv.partner.kind === 'computer' ? 'the computer' : lv.partner.kind === 'open' ? 'a classmate still to come (or the computer)' : `${lv.partner.nickname}${lv.partner.connected ? '' : ' (away just now)'}`;
      fill(
        status,
        h('p', {}, h('strong', {}, `Day ${v.day}`), ` · ${dateOf(sc, v.day)} · `, lv.status.closed && v.phase !== 'done' ? 'stopped when the class ended' : PHASE[v.phase], v.phase === 'strike' ? ` (strike day ${v.strikeDays})` : ''),
        h('p', {}, `You: ${lv.nickname} for ${theSide(side)}. Across the table: ${partner} for ${theSide(side === 'union' ? 'studio' : 'union')}.`),
        h('p', { class: 'live-turn' }, turnLine(lv)),
      );
      const notes: (HTMLElement | string)[] = [];
      if (!lv.status.started) notes.push(h('p', { class: 'notice' }, 'Your teacher has not started the round yet: read your confidential briefing below.'));
      // Before the start the briefing comes right under that line (on a phone it sat some 2,000
      // pixels further down); once the round runs, the table comes first again.
      if (!lv.status.started && errorBox.nextElementSibling !== briefing) errorBox.after(briefing);
      else if (lv.status.started && meters.el.previousElementSibling !== briefing) meters.el.before(briefing);
      if (lv.status.paused && !lv.status.closed) notes.push(h('p', { class: 'notice' }, 'Your teacher has paused the class.'));
      if (lv.status.closed && !lv.result?.finished) notes.push(h('p', { class: 'notice' }, 'Time is up: the class is over.'));
      // A deal voted down sends both back to the table: say so at the top until the next offer
      // (the news was only in the talks log, at the foot of the page).
      const voteAt = v.log.findLastIndex((e) => e.kind === 'vote' && (e.ref === 'board' || e.ref === 'ratification'));
      const vote = voteAt >= 0 ? v.log[voteAt]! : null;
      if (vote && vote.data?.passed === false && v.phase !== 'done' && !v.log.slice(voteAt).some((e) => e.kind === 'offer'))
        notes.push(h('p', { class: 'notice' }, `${dateOf(sc, vote.day)}: ${logText(sc, vote)}`));
      const c = clock(lv);
      if (c) notes.push(c);
      fill(notice, notes);
      if (lv.status.started && !started) {
        started = true;
        announcer.say('The round has started.');
      }

      agreement.hidden = v.phase !== 'ratification';
      if (v.phase === 'ratification' && v.agreement) {
        const count = legal(v, 'countVotes');
        fill(
          agreement,
          h('h3', {}, 'Tentative agreement'),
          h('ul', {}, v.issues.map((iss, i) => h('li', {}, `${iss.name}: ${iss.levels[v.agreement!.package[i]!]!.short} (${points(iss.levels[v.agreement!.package[i]!]!.points)} points to you)`))),
          h('p', {}, `Worth ${points(worth(v, v.agreement.package))} points to you. The members vote; counting the ballots takes ${count?.days ?? sc.ratificationDays} days.`),
          // The union counts its members' ballots (the server waits for it): both seats had the
          // button, and the slower one got "that move was meant for move 9" twice over.
          // (The studios may count when no one sits in the union's seat just now.)
          side === 'union' || lv.partner.kind !== 'person' || !lv.partner.connected
            ? h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn primary', disabled: !count || !lv.status.started || lv.status.paused || lv.status.closed, on: { click: () => dispatch({ type: 'countVotes', side }) } }, 'Count the members\u2019 votes'))
            : h('p', { class: 'hint' }, 'The union\u2019s members are voting; the union counts the ballots.'),
        );
      }
      over.hidden = !lv.result;
      if (lv.result && !over.dataset.code) {
        over.dataset.code = lv.result.code ?? '-';
        const rat = v.votes.filter((x) => x.kind === 'ratification').pop();
        const end = v.log.filter((e) => e.kind === 'ending').pop();
        fill(
          over,
          h('h3', {}, lv.result.finished ? 'The round is over' : 'The class is over'),
          // A round the class's end cut short has no vote to report and no score: it scored the
          // old terms as if they were a deal (a playtester read "Your score: 97.7 points", and an
          // earlier vote that failed as the headline).
          lv.result.finished && rat ? h('p', { class: 'big' }, `Members voted ${pct(rat.yes, 2)} yes at ${pct(rat.turnout, 2)} turnout${rat.passed ? '' : ': voted down'}.`) : null,
          end ? h('p', {}, logText(sc, end)) : null,
          lv.result.finished
            ? h('p', {}, `Your score: ${points(v.score)} points.`)
            : h('p', {}, `The round stopped unfinished on day ${v.day}, ${v.phase === 'strike' ? `on strike day ${v.strikeDays}` : 'with no deal'}: there is no score, and your teacher\u2019s table marks it "Not finished".`),
          lv.result.code
            ? [
                h('p', {}, 'Your teacher\u2019s table already has this round. Its result code, to keep or to check with the game:'),
                codeBox(ctx, lv.result.code),
                // The debrief (the frontier, the zone of agreement, what really happened) opens in the game itself.
                h('p', {}, h('a', { href: `${location.pathname}?result=${encodeURIComponent(lv.result.code)}`, target: '_blank', rel: 'noopener', class: 'live-debrief-link' }, 'See the debrief of this round (opens in a new tab)')),
              ]
            : h('p', { class: 'field-error' }, lv.result.problem ?? 'No result code could be made.'),
        );
        announcer.say(lv.result.finished ? 'The round is over.' : 'The class is over.');
        over.querySelector<HTMLElement>('h3')?.setAttribute('tabindex', '-1');
        over.querySelector<HTMLElement>('h3')?.focus();
      }
      const atTheTable = v.phase !== 'done' && v.phase !== 'ratification' && !lv.result;
      offer.el.hidden = !atTheTable;
      form.el.hidden = !atTheTable;
      actions.el.hidden = !atTheTable;
      // The moves are live only when the server waits for this seat.
      const canMove = lv.yourMove && atTable(v);
      offer.update(canMove ? v : { ...v, legal: v.legal.filter((l) => l.type !== 'accept' && l.type !== 'reject') });
      actions.update(canMove ? v : { ...v, legal: [] });
      form.update(v, canMove);
      meters.update(v);
      const fresh = log.update(v);
      if (lv.at !== lastAt && lastAt >= 0) {
        const said = fresh.filter((e) => e.side !== side).map((e) => logText(sc, e));
        if (said.length) announcer.say(said.join(' '));
      }
      lastAt = lv.at;
      if (v.phase !== lastPhase) {
        lastPhase = v.phase;
        if (v.phase === 'ratification') agreement.querySelector<HTMLElement>('button')?.focus();
      }
    },
  };
}

function turnLine(lv: LiveView): string {
  const v = lv.view;
  if (lv.result) return '';
  if (!lv.status.started || lv.status.paused || lv.status.closed) return 'Nobody moves until the class runs.';
  if (v.phase === 'ratification') return lv.yourMove || legal(v, 'countVotes') ? 'A tentative agreement awaits the members\u2019 vote.' : 'Waiting for the ballots to be counted.';
  // "Accept their offer" only when one of theirs is on the table (it was said over an empty table).
  const theirs = v.standing && v.standing.by !== v.side;
  return lv.yourMove ? `Your move: ${theirs ? 'accept their offer, ' : ''}propose a package, answer without one, or take a table action.` : `Waiting for ${theSide(v.turn)} to move.`;
}

function briefingBody(v: PlayerView): HTMLElement {
  return h(
    'div',
    {},
    h('p', {}, `You negotiate for ${theSide(v.side)}. Only you see this: the other side has its own briefing, with its own values.`),
    h('h4', {}, 'Your scoring schedule: what each level is worth to you (points)'),
    h('ul', { class: 'schedule' }, v.issues.map((iss) => h('li', {}, scheduleLine(iss)))),
    h('p', {}, walkAwayLine(v)),
    h('p', {}, `Your target is worth ${points(v.points.target)} points; your opening ${points(v.points.opening)}; their opening gives you ${points(v.points.theirOpening)}.`),
  );
}

/** A proposal from the view alone: one level per issue, its worth to you, "final", propose. */
function proposalForm(view0: PlayerView, onPropose: (packages: Package[], final: boolean) => void) {
  const side = view0.side;
  const mine = view0.offers.filter((o) => o.by === side).pop();
  const draft: Package = (mine?.packages[0] ?? view0.opening).slice();
  let view = view0;
  const total = h('p', { class: 'package-total', 'aria-live': 'polite' });
  const finalBox = h('input', { type: 'checkbox', id: 'live-final' });
  const btn = h('button', { type: 'submit', class: 'btn primary' }, 'Propose this package');
  const selects = view0.issues.map((iss, i) =>
    h(
      'select',
      { id: `live-issue-${iss.id}`, on: { change: (e: Event) => ((draft[i] = Number((e.target as HTMLSelectElement).value)), renderTotal()) } },
      iss.levels.map((l, k) => h('option', { value: String(k), selected: k === draft[i] }, `${l.short} (${points(l.points)} points to you)`)),
    ),
  );
  const renderTotal = () => (total.textContent = `Worth ${points(worth(view, draft))} points to you (your walk-away today: about ${points(view.walkAway)}).`);
  const el = h(
    'form',
    { class: 'panel proposal', 'aria-labelledby': 'live-proposal-title', on: { submit: (e: Event) => (e.preventDefault(), onPropose([draft.slice()], finalBox.checked), (finalBox.checked = false)) } },
    h('h3', { id: 'live-proposal-title' }, 'Your proposal'),
    view0.issues.map((iss, i) => h('div', { class: 'issue' }, h('label', { for: `live-issue-${iss.id}` }, iss.name), selects[i])),
    total,
    h('label', { class: 'check', for: 'live-final' }, finalBox, 'Make it your last, best and final offer'),
    h('div', { class: 'actions' }, btn),
  );
  renderTotal();
  return {
    el,
    update(v: PlayerView, canMove: boolean) {
      view = v;
      const move = legal(v, 'propose');
      btn.disabled = !canMove || !move;
      btn.textContent = move ? `Propose this package (${move.days} day${move.days === 1 ? '' : 's'})` : 'Propose this package';
      renderTotal();
    },
  };
}
