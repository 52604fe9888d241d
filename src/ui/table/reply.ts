import { getScenario, logText, other, type LogEntry, type PlayerView } from '../../sim';
import { worth } from '../../app/view';
import { dateOf, points } from '../format';
import { fill, h } from '../dom';
import { icon } from '../icons';

/** What the other side said and did since this side's last move: its words quoted, its offer in points. */
export function sinceMyMove(view: PlayerView): LogEntry[] {
  const me = view.side;
  let from = 0;
  for (let i = view.log.length - 1; i >= 0; i--) {
    const e = view.log[i]!;
    // The board's and the members' votes carry the union's side but are nobody's move: after the
    // studios accepted, the board vote made the panel say "nothing new" over their acceptance.
    // Nor is a leadership crisis, which befalls the union: a playtester saw "nothing new" over two.
    const notAMove = e.kind === 'line' || (e.kind === 'vote' && (e.ref === 'board' || e.ref === 'ratification')) || (e.kind === 'phase' && e.ref === 'crisis');
    if (e.side === me && !notAMove) {
      from = i + 1;
      break;
    }
  }
  return view.log.slice(from).filter((e) => e.kind !== 'phase' || e.ref !== 'open');
}

const them = (v: PlayerView) => (other(v.side) === 'union' ? 'The union' : 'The studios');

/**
 * Issues on which the other side's latest offer gives this side more than its own latest offer
 * asked for (on this side's own schedule): their level, what this side asked, and why. Mostly
 * they had offered as much already and do not take back what is on the table (a playtester
 * asked for 3.5% where the studios' opening already gave 4%); otherwise this side had asked for
 * as much before, and the other side gives it where it costs them least (the computer picks its
 * packages on its own costs). Empty when their offer is older than this side's latest.
 */
export function beyondAsk(view: PlayerView): { issue: string; theirs: string; asked: string; why: 'kept' | 'askedBefore' }[] {
  const mine = [...view.offers].reverse().find((o) => o.by === view.side);
  const theirs = [...view.offers].reverse().find((o) => o.by !== view.side);
  if (!mine || !theirs || view.offers.lastIndexOf(theirs) < view.offers.lastIndexOf(mine)) return [];
  // Their offer before this side's latest: what was already on the table.
  const before = view.offers.slice(0, view.offers.lastIndexOf(mine)).filter((o) => o.by !== view.side);
  const out: { issue: string; theirs: string; asked: string; why: 'kept' | 'askedBefore' }[] = [];
  view.issues.forEach((iss, i) => {
    const pts = (l: number) => iss.levels[l]!.points;
    const ask = Math.max(...mine.packages.map((p) => pts(p[i]!)));
    const over = theirs.packages.map((p) => p[i]!).find((l) => pts(l) > ask);
    if (over == null) return;
    const asked = mine.packages.map((p) => iss.levels[p[i]!]!.short).filter((x, k, a) => a.indexOf(x) === k);
    const kept = before.some((o) => o.packages.some((p) => pts(p[i]!) >= pts(over)));
    out.push({ issue: iss.name, theirs: iss.levels[over]!.short, asked: asked.join(' or '), why: kept ? 'kept' : 'askedBefore' });
  });
  return out;
}

/**
 * The other side's latest answer, at the top of the table, so a player reads it without looking
 * for it in the canvas or the log. It is where focus lands after every move (tabindex −1).
 */
export function replyPanel() {
  const body = h('div', { class: 'reply-body' });
  const el = h('section', { class: 'panel reply', id: 'reply', tabindex: -1, 'aria-labelledby': 'reply-title' }, h('h3', { id: 'reply-title' }, 'Their latest answer'), body);
  let key = '';
  return {
    el,
    update(view: PlayerView) {
      const sc = getScenario(view.scenario)!;
      const entries = sinceMyMove(view);
      const k = `${view.side}|${view.log.length}`;
      if (k === key) return;
      key = k;
      const title = el.querySelector('h3')!;
      // Once a deal is signed the panel also carries the votes, which are nobody's answer.
      // (So does a board vote that sent a deal back to the table.)
      if (view.phase === 'ratification' || view.phase === 'done' || entries.some((e) => e.kind === 'vote' && (e.ref === 'board' || e.ref === 'ratification'))) fill(title, 'Since your last move');
      else fill(title, view.players[other(view.side)] === 'computer' ? [`${other(view.side) === 'union' ? 'The union\u2019s' : 'The studios\u2019'} latest answer`, h('span', { class: 'who-note' }, ' (the computer)')] : `${them(view)}: their latest move`);
      if (!entries.length) {
        fill(body, h('p', { class: 'hint' }, view.offers.length === 0 ? 'Nothing yet: the talks have just opened.' : 'Nothing new since your move.'));
        return;
      }
      const last = entries[entries.length - 1]!;
      // Their words first, then what they did, then votes and phase changes, then the news in
      // one line: the newest of each (the log below keeps everything).
      // After the members' vote their words from the day of the deal are old news, not an answer
      // (a playtester saw "Agreed. We'll put it in writing tonight." again, 27 days on).
      const voted = entries.findLastIndex((e) => e.kind === 'vote' && e.ref === 'ratification');
      const said = entries.filter((e, i) => e.kind === 'line' && i > voted).slice(-1);
      const did = entries.filter((e) => e.kind !== 'line' && e.kind !== 'event' && e.side).slice(-2);
      const rest = entries.filter((e) => !e.side && e.kind !== 'event').slice(-2);
      const news = entries.filter((e) => e.kind === 'event').map((e) => view.events.find((x) => x.id === e.ref)?.title ?? 'an event');
      const item = (e: LogEntry) => {
        if (e.kind === 'line') return h('li', { class: `said by-${e.side}` }, h('q', {}, logText(sc, e)));
        if (e.kind === 'offer' && e.side && e.side !== view.side) {
          const pkgs = e.data?.packages ?? [];
          const pts = pkgs.map((p) => points(worth(view, p)));
          return h(
            'li',
            {},
            `${them(view)} put ${pkgs.length > 1 ? `${pkgs.length} equivalent packages` : 'a package'} on the table${e.data?.final ? ' as their last, best and final offer' : ''}: worth ${pts.join(' / ')} points to you. See \u201cOn the table\u201d.`,
          );
        }
        return h('li', {}, logText(sc, e));
      };
      // A rebuff ("the gap is too great") after a package that took ground back on some issue:
      // say which, from this side's own offers (a playtester made their biggest concession yet,
      // stepped back one level on AI, and could not tell why it was called an insult).
      const rebuffed = said.some((e) => e.ref === 'signal');
      const mine = view.offers.filter((o) => o.by === view.side);
      const [prev, cur] = [mine[mine.length - 2]?.packages[0], mine[mine.length - 1]?.packages[0]];
      const back = rebuffed && prev && cur ? view.issues.filter((iss, i) => iss.levels[cur[i]!]!.points > iss.levels[prev[i]!]!.points).map((iss) => iss.name) : [];
      const backNote = back.length ? h('li', { class: 'hint' }, `Your last package took back ground you had given on ${back.join(' and ')}: what you gave elsewhere may count for less with them than that.`) : null;
      const more = did.some((e) => e.kind === 'offer' && e.side !== view.side) ? beyondAsk(view) : [];
      const list = (ms: typeof more) => ms.map((m) => `${m.issue} (theirs ${m.theirs}, yours ${m.asked})`).join(' and ');
      const kept = more.filter((m) => m.why === 'kept');
      const earlier = more.filter((m) => m.why === 'askedBefore');
      const moreNote = more.length
        ? h(
            'li',
            { class: 'hint' },
            'Their answer gives you more than your own last offer on ',
            [
              kept.length ? `${list(kept)}: they had offered that already, and an offer once made stays on the table` : '',
              earlier.length
                ? `${list(earlier)}: you had asked for as much before${view.players[other(view.side)] === 'computer' ? ', and it costs them less there than what you want elsewhere' : ''}`
                : '',
            ]
              .filter(Boolean)
              .join('; and on '),
            '. It is yours to take with the package, or to trade back for what you want more.',
          )
        : null;
      fill(
        body,
        // The day of their move (the log's date for it), not of the news that came after it (a
        // playtester saw Feb 15 here and Feb 13 for the same counter in the log).
        h('p', { class: 'reply-date hint' }, dateOf(sc, (did[did.length - 1] ?? said[said.length - 1] ?? last).day)),
        h(
          'ul',
          { class: 'reply-lines' },
          [...said, ...did, ...rest].map(item),
          backNote,
          moreNote,
          news.length ? h('li', { class: 'hint' }, icon('news'), `In the news: ${news.slice(-3).join('; ')}.`) : null,
        ),
      );
    },
  };
}
