import './live.css';
import { describePackage, getScenario, spaceOf, utilityOf, type Side } from '../../sim';
import { points } from '../format';
import { LiveError, openClass, pageEndpoint, reopenClass, type TeacherSession } from '../../app/live/client';
import type { Dashboard, PairRow, SeatPublic } from '../../app/live/protocol';
import { OUTCOME_LABEL } from '../../app/classroom';
import { confirmDialog } from '../dialog';
import { fill, h } from '../dom';
import type { UiContext } from '../mount';
import { openClassRecord, teacherLink } from './panel';
import { joinAddress, PHASE } from './words';

/**
 * The teacher's live dashboard, inside the teacher page: open a class (scenario, difficulty,
 * pace), show the join code and a projector screen, start / pause / five minutes left / close,
 * and every pair's day, phase, strike days and last offer as it happens. A finished pair's
 * result code goes into the page's class table, like a pasted code.
 */
export function renderDashboard(ctx: UiContext, body: HTMLElement, add: (codes: string) => void): void {
  const endpoint = pageEndpoint(location.href);
  const record = openClassRecord.get();
  if (record && record.endpoint === endpoint) {
    fill(body, h('p', { role: 'status' }, `Reconnecting to live class ${record.joinCode}\u2026`));
    reopenClass(endpoint, record.joinCode, record.teacherKey).then(
      (session) => dashboard(ctx, body, session, add),
      (e: unknown) => {
        openClassRecord.set(null);
        openForm(ctx, body, add, `Live class ${record.joinCode} could not be reopened: ${e instanceof Error ? e.message : String(e)}`);
      },
    );
    return;
  }
  openForm(ctx, body, add, '');
}

const LOCAL_ONLY =
  'This address works on this computer only. Students need the network address the server printed when it started ("Students on this network open: …", with npm run serve -- --host 0.0.0.0); open this teacher page by that address and the join screen will show it.';

function select(id: string, label: string, options: [string, string][]): [HTMLLabelElement, HTMLSelectElement] {
  return [h('label', { for: id }, label), h('select', { id }, options.map(([v, t]) => h('option', { value: v }, t)))];
}

function openForm(ctx: UiContext, body: HTMLElement, add: (codes: string) => void, problem: string): void {
  const [sl, scenario] = select('live-scenario', 'Scenario', [
    ['2023', '2023: SAG-AFTRA and the AMPTP'],
    ['2026', '2026: the next contract'],
  ]);
  const [dl, difficulty] = select('live-difficulty', 'Computer seats play', [
    ['normal', 'Normal'],
    ['easy', 'Easy'],
    ['hard', 'Hard'],
  ]);
  const [pl, pace] = select('live-pace', 'Pace', [
    ['standard', 'Standard'],
    ['quick', 'Quick (shorter sessions)'],
  ]);
  const msg = h('p', { class: 'field-error', role: 'alert' }, problem);
  const btn = h('button', { type: 'submit', class: 'btn primary' }, 'Open the live class');
  const form = h(
    'form',
    {
      class: 'live-open',
      on: {
        submit: async (e: Event) => {
          e.preventDefault();
          btn.disabled = true;
          msg.textContent = '';
          try {
            const session = await openClass(pageEndpoint(location.href), { scenario: scenario.value, difficulty: difficulty.value as 'normal', pace: pace.value as 'standard' });
            openClassRecord.set({ endpoint: pageEndpoint(location.href), joinCode: session.joinCode, teacherKey: session.teacherKey });
            dashboard(ctx, body, session, add);
          } catch (err) {
            msg.textContent = err instanceof LiveError || err instanceof Error ? err.message : String(err);
            btn.disabled = false;
          }
        },
      },
    },
    h('div', { class: 'inline' }, h('div', {}, sl, scenario), h('div', {}, dl, difficulty), h('div', {}, pl, pace)),
    h('div', { class: 'actions' }, btn),
    msg,
  );
  fill(body, form);
}

const seatText = (s: SeatPublic): string => (s.kind === 'open' ? 'waiting for a student' : s.kind === 'computer' ? (s.nickname ? `computer (for ${s.nickname})` : 'computer') : `${s.nickname ?? '?'}${s.connected ? '' : ' (away)'}`);

function dashboard(ctx: UiContext, body: HTMLElement, session: TeacherSession, add: (codes: string) => void): void {
  const { announcer } = ctx;
  const added = new Set<string>();
  const address = joinAddress(location.href, session.joinCode);
  // A page opened as localhost shows an address no student's device can reach (a playtester's
  // join screen projected http://127.0.0.1:8088/…).
  const localOnly = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(location.hostname);
  const code = h('p', { class: 'live-join-code' }, 'Join code ', h('strong', { 'data-join-code': session.joinCode }, session.joinCode));
  const statusLine = h('p', { class: 'live-class-status', role: 'status' });
  // The countdown ticks every second outside the status line, which a screen reader would
  // otherwise read out every second.
  const clock = h('p', { class: 'live-class-clock', hidden: true });
  const problems = h('p', { class: 'field-error', role: 'alert' });
  const start = h('button', { type: 'button', class: 'btn primary', on: { click: () => session.command({ type: 'start' }) } }, 'Start the round');
  const pause = h('button', { type: 'button', class: 'btn', on: { click: () => session.command({ type: last?.status.paused ? 'resume' : 'pause' }) } }, 'Pause');
  const five = h('button', { type: 'button', class: 'btn', on: { click: () => session.command({ type: 'fiveMinutes' }) } }, 'Five minutes left');
  const close = h(
    'button',
    {
      type: 'button',
      class: 'btn danger',
      on: {
        click: () =>
          void confirmDialog('Close the live class?', ['Every round stops where it is; unfinished rounds go into the table as not finished.'], 'Close the class', { danger: true }).then((yes) => {
            if (yes) session.command({ type: 'close' });
          }),
      },
    },
    'Close the class',
  );
  // A closed class leaves the way open to the next one (a playtester's tab reopened the closed
  // dashboard, every button off, and never offered "Run a live class" again).
  const another = h(
    'button',
    {
      type: 'button',
      class: 'btn primary',
      hidden: true,
      on: {
        click: () => {
          openClassRecord.set(null);
          void session.close();
          openForm(ctx, body, add, '');
        },
      },
    },
    'Run another live class\u2026',
  );
  const joinScreen = h('button', { type: 'button', class: 'btn', on: { click: () => projector() } }, 'Show the join screen');
  const tbody = h('tbody', {});
  const table = h(
    'table',
    { class: 'data live-pairs' },
    h('caption', {}, 'Pairs, live'),
    h('thead', {}, h('tr', {}, ['Union', 'Studios', 'Day', 'Phase', 'Waiting for', 'Strike days', 'Last offer', 'Result'].map((t) => h('th', { scope: 'col' }, t)))),
    tbody,
  );
  const projector = () => {
    const dlg = h(
      'dialog',
      { class: 'live-projector', 'aria-labelledby': 'live-projector-title' },
      h('h2', { id: 'live-projector-title' }, 'Join the live class'),
      h('p', {}, 'Open this address on your device:'),
      h('p', { class: 'live-address' }, address),
      localOnly ? h('p', { class: 'notice' }, LOCAL_ONLY) : null,
      h('p', {}, 'and type the join code'),
      h('p', { class: 'live-big-code' }, session.joinCode),
      h('form', { method: 'dialog' }, h('button', { type: 'submit', class: 'btn' }, 'Close the join screen')),
    );
    dlg.addEventListener('close', () => dlg.remove());
    document.body.appendChild(dlg);
    dlg.showModal();
  };
  fill(
    body,
    code,
    h('p', {}, 'Students open ', h('a', { href: address, class: 'live-address-link' }, address), ' and type their nickname.'),
    localOnly ? h('p', { class: 'notice' }, LOCAL_ONLY) : null,
    h('div', { class: 'actions' }, joinScreen, start, pause, five, close, another),
    statusLine,
    clock,
    // Another device (the projector's PC) can take over the controls: a playtester's class ran on
    // with nobody able to pause or close it once the teacher moved.
    h(
      'details',
      { class: 'live-teacher-link' },
      h('summary', {}, 'Run this class from another device'),
      h('p', { class: 'hint' }, 'Open this address there. It carries your teacher key: do not project it or give it to students.'),
      h('input', { readonly: true, value: teacherLink(location.href, { endpoint: pageEndpoint(location.href), joinCode: session.joinCode, teacherKey: session.teacherKey }), 'aria-label': 'Teacher link for another device', class: 'live-teacher-link-input' }),
    ),
    problems,
    table,
  );
  let last: Dashboard | null = null;
  /** This page's clock less the server's, at the last update. */
  let skew = 0;
  let timer: ReturnType<typeof setInterval> | null = null;

  const render = (d: Dashboard) => {
    last = d;
    const sc = getScenario(d.scenario);
    const s = d.status;
    start.disabled = s.started || s.closed;
    pause.disabled = !s.started || s.closed;
    pause.textContent = s.paused ? 'Resume' : 'Pause';
    five.disabled = !s.started || s.closed || s.endsAt !== null;
    close.disabled = s.closed;
    joinScreen.disabled = s.closed;
    another.hidden = !s.closed;
    const state = s.closed ? 'The class is closed.' : !s.started ? 'Waiting to start: students are seated as they join.' : s.paused ? 'Paused.' : 'Running.';
    if (timer) clearInterval(timer);
    timer = null;
    // The server's clock against this page's, read once per update: the countdown then runs on
    // this page's clock (it was computed as a constant and stood still between updates).
    skew = Date.now() - s.now;
    // A round the class's end cut short has a result code but is not finished.
    const finished = d.pairs.filter((p) => p.outcome !== null).length;
    const cut = d.pairs.filter((p) => p.result && p.outcome === null).length;
    statusLine.textContent = `${state} ${d.students} student${d.students === 1 ? '' : 's'} in ${d.pairs.length} pair${d.pairs.length === 1 ? '' : 's'}; ${finished} finished${cut ? `, ${cut} stopped unfinished when the class ended` : ''}. Class code ${d.classCode}.`;
    const tick = () => {
      const left = s.endsAt && !s.closed ? Math.max(0, Math.round((s.endsAt + skew - Date.now()) / 1000)) : null;
      clock.hidden = left === null;
      clock.textContent = left === null ? '' : `Time left: ${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
    };
    tick();
    if (s.endsAt && !s.closed) timer = setInterval(tick, 1000);
    fill(
      tbody,
      // The teacher sees what each offer is worth to both sides (who is ahead), then its terms.
      d.pairs.map((p) =>
        row(
          p,
          sc
            ? (pkg: number[]) => {
                const sp = spaceOf(sc);
                return `worth ${points(utilityOf(sp, 'union', pkg) / 10)} to the union, ${points(utilityOf(sp, 'studio', pkg) / 10)} to the studios: ${describePackage(sc, pkg)}`;
              }
            : (pkg: number[]) => pkg.join(' '),
        ),
      ),
    );
    const fresh = d.pairs.filter((p) => p.result?.code && !added.has(p.result.code));
    if (fresh.length) {
      for (const p of fresh) added.add(p.result!.code!);
      add(fresh.map((p) => p.result!.code).join('\n'));
      const done = fresh.filter((p) => p.outcome !== null).length;
      announcer.say(
        done === fresh.length
          ? `${fresh.length === 1 ? 'A pair has' : `${fresh.length} pairs have`} finished; the class table has ${fresh.length === 1 ? 'its result' : 'their results'}.`
          : `The class table has ${fresh.length === 1 ? 'a result' : `${fresh.length} results`}: ${done} finished, ${fresh.length - done} stopped unfinished.`,
      );
    }
  };

  const row = (p: PairRow, words: (pkg: number[]) => string) => {
    const seat = (side: Side) => {
      const s = p.seats[side];
      const away = s.kind === 'person' && !s.connected && !p.result;
      return h(
        'td',
        { 'data-seat': side },
        seatText(s),
        away ? [' ', h('button', { type: 'button', class: 'btn small', on: { click: () => session.command({ type: 'computerSeat', pairId: p.pairId, side }) } }, `Computer plays for ${s.nickname ?? 'them'}`)] : null,
      );
    };
    const offer = p.lastOffer ? `${p.lastOffer.by === 'union' ? 'Union' : 'Studios'}, day ${p.lastOffer.day}${p.lastOffer.final ? ' (final)' : ''}: ${words(p.lastOffer.packages[0]!)}` : '\u2014';
    const result = p.result ? (p.outcome ? OUTCOME_LABEL[p.outcome] : p.result.finished ? 'Ended' : 'Not finished') + (p.result.code ? '' : ` (no code: ${p.result.problem ?? '?'})`) : '\u2014';
    // Who the pair waits for, and since when (this page's clock): a pair stuck at day 4 all class
    // looked like any other.
    const who = p.turn ? `${p.turn === 'union' ? 'Union' : 'Studios'} (${p.seats[p.turn].nickname ?? 'computer'})` : '';
    const since = p.lastMoveAt !== null ? new Date(p.lastMoveAt + skew).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' }) : null;
    const waiting = p.result || !p.turn ? '\u2014' : `${who}${since ? `, since ${since}` : ''}`;
    return h('tr', { 'data-pair': p.pairId }, seat('union'), seat('studio'), h('td', {}, String(p.day)), h('td', {}, PHASE[p.phase]), h('td', { class: 'live-waiting' }, waiting), h('td', {}, String(p.strikeDays)), h('td', { class: 'live-offer' }, offer), h('td', {}, result));
  };

  session.onDashboard(render);
  session.onRefused((m) => (problems.textContent = m));
  session.onLost((m) => (problems.textContent = `${m} Reload the page to reconnect to class ${session.joinCode}.`));
}
