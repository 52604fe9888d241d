import { getScenario } from '../../sim/scenarios';
import { addDays, prettyDate } from '../../sim/scenarios/dates';
import { spaceOf, utilityOf } from '../../sim/space';
import type { Package, Side } from '../../sim/types';
import { other } from '../../sim/types';
import { h } from '../dom';
import { pct, pts, sideLong } from '../format';
import type { ScreenView, UiContext } from '../mount';
import { sourceNote } from './sources';
import { glossaryDetails } from '../glossary';

/** The confidential packet for the side now at the screen (DESIGN §2: mandate, priorities, walk-away, the other side, the calendar). */
export function briefingScreen(ctx: UiContext): ScreenView {
  const { store } = ctx;
  const st = store.getState();
  const game = st.game!;
  const side: Side = st.viewSide;
  const sc = getScenario(game.config.scenario)!;
  const sp = spaceOf(sc);
  const tab = sp.tables[side];
  const them = other(side);
  const cell = (pkg: Package, i: number) => `${sc.issues[i]!.levels[pkg[i]!]!.short} (${pts(tab[i]![pkg[i]!]!)})`;
  const total = (pkg: Package) => pts(utilityOf(sp, side, pkg));
  const walkAway = utilityOf(sp, side, sc.reservations[side]) + game.hidden.floorShift[side];

  const cols: { label: string; pkg: Package }[] = [
    { label: 'Your opening', pkg: sc.openings[side] },
    { label: 'Your target', pkg: sc.targets[side] },
    { label: 'Your walk-away', pkg: sc.reservations[side] },
    { label: 'Their opening', pkg: sc.openings[them] },
  ];
  const priorities = h(
    'table',
    { class: 'data' },
    h('caption', {}, `Your scoring schedule: what each issue is worth to you (points out of 100)`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Issue'), h('th', { scope: 'col' }, 'Worth up to'), cols.map((c) => h('th', { scope: 'col' }, c.label)))),
    h(
      'tbody',
      {},
      sc.issues.map((iss, i) =>
        h('tr', {}, h('th', { scope: 'row' }, iss.name), h('td', {}, `${sc.weights[side][iss.id]} pts`), cols.map((c) => h('td', {}, cell(c.pkg, i)))),
      ),
    ),
    h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, 'Total'), h('td', {}, '100'), cols.map((c) => h('td', {}, `${total(c.pkg)} pts`)))),
  );

  const constituents =
    side === 'union'
      ? h(
          'div',
          {},
          h('h3', {}, 'Your members'),
          h('p', {}, 'Members ratify any deal. Each group weighs the issues differently, and their expectations fall only once a strike wears on them.'),
          h(
            'ul',
            { class: 'cards' },
            sc.segments.map((seg) =>
              h(
                'li',
                {},
                h('strong', {}, `${seg.name} (${pct(seg.share)} of members)`),
                h('span', {}, seg.blurb),
                h('span', { class: 'hint' }, `Cares most about: ${topIssues(sc, seg.weights)}`),
              ),
            ),
          ),
        )
      : h(
          'div',
          {},
          h('h3', {}, 'Your alliance'),
          h('p', {}, 'The alliance acts only when its member companies agree. A long strike hurts some far more than others.'),
          h('ul', { class: 'cards' }, sc.factions.map((f) => h('li', {}, h('strong', {}, `${f.name} (${pct(f.share)} of the alliance's voice)`), h('span', {}, f.blurb)))),
        );

  const otherSide =
    side === 'union'
      ? h('ul', { class: 'cards' }, sc.factions.map((f) => h('li', {}, h('strong', {}, f.name), h('span', {}, f.blurb))))
      : h('ul', { class: 'cards' }, sc.segments.map((seg) => h('li', {}, h('strong', {}, `${seg.name} (${pct(seg.share)})`), h('span', {}, seg.blurb))));

  const cal = sc.calendar;
  const hot = game.config.human === 'both';
  const briefedOther = st.briefed.includes(them);
  /** Hot-seat: the other player reads their own briefing, then whoever moves first takes the device. */
  const go = () => {
    const now = store.getState();
    store.setState({ briefed: [...new Set([...now.briefed, side])] });
    if (hot && !briefedOther) return now.handOver(them, 'briefing');
    if (hot && game.turn !== side) return now.handOver(game.turn, 'table');
    now.go('table');
  };

  const el = h(
    'section',
    { class: 'screen briefing', 'aria-labelledby': 'brief-title' },
    h('p', { class: 'confidential' }, 'Confidential: for ', sideLong(side), ' only.', hot ? ' Do not show the other player.' : ''),
    h('h2', { id: 'brief-title' }, `Briefing: ${side === 'union' ? 'the union committee' : 'the studios\u2019 negotiating committee'}`),
    h('p', { class: 'scenario-title' }, sc.title),
    h('p', {}, sc.situation),
    h('h3', {}, 'Your mandate'),
    h(
      'p',
      {},
      side === 'union'
        ? `Win a contract your members will ratify: your target is worth ${total(sc.targets.union)} points on your schedule. A strike costs members their earnings; it also costs the studios, more each week once their content pipeline runs dry.`
        : `Settle at a cost your member companies accept: your target is worth ${total(sc.targets.studio)} points on your schedule. A strike costs you revenue, share price and eventually a season; it also drains the members' savings.`,
    ),
    priorities,
    h('h3', {}, 'Your walk-away point'),
    h(
      'p',
      {},
      `Your committee would rather keep fighting than settle below about ${pts(walkAway)} points. The other side has a walk-away point too; you will only see it in the debrief.`,
      side === 'union' ? ' Your members\u2019 expectations are a second limit: a deal far below them will be voted down.' : '',
    ),
    constituents,
    h('h3', {}, 'What you know of the other side'),
    h('p', {}, `Their opening is in the table above. Their own priorities are confidential; watch what they hold firm on.`),
    otherSide,
    h('h3', {}, 'The calendar'),
    h(
      'ul',
      {},
      h('li', {}, `Talks open: ${prettyDate(cal.talksOpen)} (day 0).`),
      h('li', {}, `The contract expires: ${prettyDate(cal.expiry)} (day ${cal.expiryDay}).`, game.authorized ? ' Members have already authorized a strike.' : ' No strike vote has been held.'),
      cal.extensionTo ? h('li', {}, `It can be extended once, to ${prettyDate(cal.extensionTo)}.`) : h('li', {}, 'No extension is on offer; after expiry, work continues under the old terms unless the union strikes.'),
      h('li', {}, `Each bargaining session takes about ${cal.sessionDays[game.config.pace].talks} days before expiry and ${cal.sessionDays[game.config.pace].strike} days during a strike.`),
      h('li', {}, `The round ends without a deal on ${prettyDate(addDays(cal.talksOpen, cal.hardCapDay))}.`),
    ),
    sourceNote(cal.source),
    h('h3', {}, 'How to play'),
    h(
      'ol',
      {},
      h('li', {}, 'Each session, put a package on the table (a level for every issue), accept the other side\u2019s offer, or take a table action such as a caucus or a strike.'),
      h('li', {}, 'Offer up to three packages of equal value to you at once: the other side\u2019s choice tells you what it cares about.'),
      h('li', {}, 'Watch your meters: they are your side\u2019s patience. If they collapse, the round ends against you.'),
      h('li', {}, 'A tentative agreement goes to the union\u2019s board, then to the members. A rejected deal sends everyone back, angrier.'),
    ),
    glossaryDetails(),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn primary', on: { click: go } }, hot && !briefedOther ? `Done: hand over to ${them === 'union' ? 'the union' : 'the studios'}` : 'Go to the table')),
  );
  return { el };
}

function topIssues(sc: ReturnType<typeof getScenario> & object, weights: Record<string, number>): string {
  return [...sc.issues]
    .sort((a, b) => weights[b.id]! - weights[a.id]!)
    .slice(0, 3)
    .map((i) => i.name.toLowerCase())
    .join(', ');
}
