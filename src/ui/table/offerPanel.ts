import { getScenario, other, type Package, type PlayerView } from '../../sim';
import { legal, worth } from '../../app/view';
import { h, fill } from '../dom';
import { dateOf, points, sideName } from '../format';

/** A package as a table: one row per issue, one column per package, points on the viewer's schedule. */
export function packageTable(view: PlayerView, packages: Package[], caption: string): HTMLTableElement {
  return h(
    'table',
    { class: 'data offer-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Issue'), packages.map((_, k) => h('th', { scope: 'col' }, packages.length > 1 ? `Package ${k + 1}` : 'Terms')))),
    h(
      'tbody',
      {},
      view.issues.map((iss, i) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, iss.name),
          packages.map((p) => {
            const lvl = iss.levels[p[i]!]!;
            return h('td', {}, h('span', { class: 'lvl' }, lvl.short), h('span', { class: 'pts' }, ` ${points(lvl.points)} pts`));
          }),
        ),
      ),
    ),
    h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, 'Worth to you'), packages.map((p) => h('td', {}, `${points(worth(view, p))} points`)))),
  );
}

const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

/**
 * The offer on the table: the other side's packages with one Accept button each, and the
 * answer without a counter-offer ("the gap is too great": your last offer stands). Which
 * buttons work, and what they cost, come from the view's legal moves.
 */
export function offerPanel(onAccept: (index: number) => void, onReject: () => void) {
  const body = h('div', { class: 'offer-body' });
  const el = h('section', { class: 'panel offer', 'aria-labelledby': 'offer-title' }, h('h3', { id: 'offer-title' }, 'On the table'), body);
  let key = '';
  return {
    el,
    update(view: PlayerView) {
      const st = view.standing;
      const them = other(view.side);
      const accept = legal(view, 'accept');
      const reject = legal(view, 'reject');
      const k = `${view.offers.length}|${st?.by}|${st?.packages.length}|${view.phase}|${view.day}|${accept?.days}|${reject?.days}|${view.side}`;
      if (k === key) return;
      key = k;
      const theirs = st && st.by === them ? st : null;
      // Answering without a counter-offer: "reject" when their offer is there, "pass" when it is not.
      const rejectId = 'reject-desc';
      const rejectBtn = reject
        ? h(
            'button',
            { type: 'button', class: 'btn', 'aria-describedby': rejectId, on: { click: () => onReject() } },
            theirs ? 'Reject: no counter-offer' : 'Pass: make no new offer',
          )
        : null;
      const rejectHint = reject
        ? h(
            'p',
            { id: rejectId, class: 'hint reject-hint' },
            theirs ? 'Reject: the gap is too great; answer without a counter-offer. ' : 'Pass: answer without a new package. ',
            view.offers.some((o) => o.by === view.side) ? 'Your last offer stands. ' : 'You have made no offer yet. ',
            `Takes ${days(reject.days)}; then it is ${them === 'union' ? 'the union\u2019s' : 'the studios\u2019'} move.`,
          )
        : null;
      if (!theirs) {
        // Where their offer went, and why nothing can be accepted: a playtester, after the studios
        // walked out, found only "Pass" and nothing saying their last offer was no longer there
        // (their walk-out, like any table move, leaves one's own offer standing).
        const sc = getScenario(view.scenario);
        const lastTheirs = [...view.offers].reverse().find((o) => o.by === them);
        const whose = them === 'union' ? 'The union\u2019s' : 'The studios\u2019';
        // (Not of the openings: at day 0 both stand, and nobody has answered anything yet.)
        const answered = view.offers.filter((o) => o.by === view.side).length > 1;
        const gone = st && st.by === view.side && lastTheirs && answered && sc ? ` ${whose} last offer (${dateOf(sc, lastTheirs.day)}) is no longer on the table: you answered it with your own; it is in the talks log.` : '';
        fill(
          body,
          h('p', {}, st && st.by === view.side ? `Your offer is on the table. ${them === 'union' ? 'The union has' : 'The studios have'} not answered it with a counter-offer.${gone}` : `No offer from ${them === 'union' ? 'the union' : 'the studios'} is on the table.`),
          rejectBtn ? h('div', { class: 'actions' }, rejectBtn) : null,
          rejectHint,
        );
        return;
      }
      fill(
        body,
        theirs.final ? h('p', { class: 'badge final' }, 'Last, best and final offer') : null,
        // A table wider than the panel scrolls sideways rather than being cut off (at 844×390 a
        // playtester read "Packag" and "Thresho" in the third package's column).
        // (A box that can scroll is reachable from the keyboard.)
        h(
          'div',
          { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': `${them === 'union' ? 'The union\u2019s' : 'The studios\u2019'} offer, issue by issue` },
          packageTable(view, theirs.packages, `${them === 'union' ? 'The union\u2019s' : 'The studios\u2019'} offer${theirs.packages.length > 1 ? `: ${theirs.packages.length} equivalent packages, choose one` : ''}`),
        ),
        h(
          'div',
          { class: 'actions' },
          theirs.packages.map((p, i) =>
            h(
              'button',
              { type: 'button', class: 'btn accept', disabled: !accept, on: { click: () => onAccept(i) } },
              theirs.packages.length > 1 ? `Accept package ${i + 1} (${points(worth(view, p))} points)` : `Accept this offer (${points(worth(view, p))} points)`,
            ),
          ),
          rejectBtn,
        ),
        rejectHint,
      );
    },
  };
}
