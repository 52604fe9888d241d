import { getScenario, other, type Package, type PlayerView, type Side } from '../../sim';
import { viewOf, worth } from '../../app/view';
import { h } from '../dom';
import { dateOf, moneyK, pct, points, sideLong } from '../format';
import type { ScreenView, UiContext } from '../mount';
import { sourceNote } from './sources';
import { glossaryDetails } from '../glossary';

/**
 * The confidential packet for the side now at the screen (DESIGN §2: mandate, priorities,
 * walk-away, the other side, the calendar). Everything about the round comes from this side's
 * own view; the scenario supplies only its public story (people, companies, dates).
 */
export function briefingScreen(ctx: UiContext): ScreenView {
  const { store } = ctx;
  const st = store.getState();
  const game = st.game!;
  const side: Side = st.viewSide;
  const view = viewOf(game, side);
  const sc = getScenario(view.scenario)!;
  const them = other(side);
  const cell = (pkg: Package, i: number) => {
    const lvl = view.issues[i]!.levels[pkg[i]!]!;
    return `${lvl.short} (${points(lvl.points)})`;
  };

  const cols: { label: string; pkg: Package }[] = [
    { label: 'Your opening', pkg: view.opening },
    { label: 'Your target', pkg: view.target },
    { label: 'Your floor', pkg: view.floor },
    { label: 'Their opening', pkg: view.theirOpening },
  ];
  const priorities = h(
    'table',
    { class: 'data' },
    h('caption', {}, `Your scoring schedule: what each issue is worth to you (points out of 100)`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Issue'), h('th', { scope: 'col' }, 'Worth up to'), cols.map((c) => h('th', { scope: 'col' }, c.label)))),
    h(
      'tbody',
      {},
      view.issues.map((iss, i) =>
        h('tr', {}, h('th', { scope: 'row' }, iss.name), h('td', {}, ptsWord(Math.max(...iss.levels.map((l) => l.points)))), cols.map((c) => h('td', {}, cell(c.pkg, i)))),
      ),
    ),
    h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, 'Total'), h('td', {}, '100'), cols.map((c) => h('td', {}, ptsWord(worth(view, c.pkg)))))),
  );

  const constituents =
    side === 'union'
      ? h(
          'div',
          {},
          h('h3', {}, 'Your members'),
          h('p', {}, 'Members vote on any deal before it holds. Each group weighs the issues differently, and their expectations fall only once a strike wears on them.'),
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
  const hot = view.players.union === 'person' && view.players.studio === 'person';
  const briefedOther = st.briefed.includes(them);
  /** Hot-seat: the other player reads their own briefing, then whoever moves first takes the device. */
  const go = () => {
    const now = store.getState();
    store.setState({ briefed: [...new Set([...now.briefed, side])] });
    if (hot && !briefedOther) return now.handOver(them, 'briefing');
    const turn = now.game ? viewOf(now.game, side).turn : side;
    if (hot && turn !== side) return now.handOver(turn, 'table');
    now.go('table');
  };
  const session = cal.sessionDays[view.pace];
  const floorShift = Math.round((view.points.floor - worth(view, view.floor)) * 10) / 10;

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
        ? `Win a contract your members will ratify: your target is worth ${points(view.points.target)} points on your schedule. A strike costs members their earnings; it also costs the studios, more each week once their content pipeline runs dry.`
        : `Settle at a cost your member companies accept: your target is worth ${points(view.points.target)} points on your schedule. A strike costs you revenue, share price and eventually a season; it also drains the members' savings.`,
    ),
    priorities,
    h('h3', {}, 'Your walk-away point'),
    h(
      'p',
      { class: 'walkaway-line' },
      'Your walk-away today: ',
      h('strong', { id: 'brief-walkaway' }, `about ${points(view.walkAway)} points`),
      '. Your committee would rather keep fighting than take less. ',
      side === 'union'
        ? // Held at the floor when members expect less than it (2026): a playtester read "it follows
          // what your members expect" beside members expecting 43.9 and a walk-away of 58.6.
          view.meters.kind === 'union' && view.meters.expectation < view.walkAway - 0.05 && Math.abs(view.walkAway - view.points.floor) < 0.05
          ? `Today it stands at your floor, the least your side can live with: your members expect less than that (about ${points(view.meters.expectation)} points on your schedule), but your committee will not go below it. Some groups expect more than others, so the vote forecast beside each package you draft is the surer guide to what will pass.`
          : 'It follows what your members expect on average, and a deal far below it will be voted down; some groups expect more than others, so the vote forecast beside each package you draft is the surer guide. Their expectations fall only once a strike wears on them.'
        : // At the floor already (2026), it cannot fall: a playtester read "it falls ... where it already is" as a contradiction.
          Math.abs(view.walkAway - view.points.floor) < 0.05
          ? 'It is already at your floor today, the least your side can live with, and cannot fall below it; a strike you fear and the losses it brings would otherwise lower it.'
          : // The losses of a long strike lower even the floor (Hicks): "never below your floor" was not so.
            'It falls as the strike you fear comes closer and as your losses mount; once a strike\u2019s losses are heavy, even below your floor.',
      ' The table shows it every day; the other side has one too, which you will only see in the debrief.',
    ),
    h('p', { class: 'numbers-order' }, numbersInOrder(view)),
    h(
      'p',
      {},
      // A person may sign for less than the floor (a playtester did, and wondered why nothing stopped them).
      `Your floor: the least your side can live with however long the fight, about ${points(view.points.floor)} points; a computer committee in your seat would not go below it unless its own ranks were breaking${view.side === 'studio' ? ' or a strike\u2019s losses had mounted' : ' or its members had withdrawn its mandate'}. You may sign for less, but a deal scores only what it is worth. `,
      floorShift !== 0
        ? `The “Your floor” column shows a package worth ${points(worth(view, view.floor))}; this round’s hidden draw moves your floor ${floorShift > 0 ? 'up' : 'down'} by ${points(Math.abs(floorShift))}.`
        : 'That is the “Your floor” package in the table.',
    ),
    constituents,
    scoreSection(view),
    h('h3', {}, 'What you know of the other side'),
    h('p', {}, `Their opening is in the table above. Their own priorities are confidential; watch what they hold firm on.`),
    otherSide,
    h('h3', {}, 'The calendar'),
    h(
      'ul',
      {},
      h('li', {}, `Talks open: ${dateOf(sc, 0)} (day 0).`),
      h('li', {}, `The contract expires: ${dateOf(sc, view.expiryDay)} (day ${view.expiryDay}).`, view.public.authorized ? ' Members have already authorized a strike.' : ' No strike vote has been held.'),
      view.extensionDay !== null
        ? h('li', {}, `It can be extended once, to ${dateOf(sc, view.extensionDay)}.`)
        : h('li', {}, 'No extension is on offer; after expiry, work continues under the old terms unless the union strikes.'),
      h('li', {}, `A bargaining session (one side\u2019s move and the other\u2019s answer) takes about ${session.talks} days before expiry and ${session.strike} days during a strike; each move at the table costs half of it.`),
      h('li', {}, `The round ends without a deal on ${dateOf(sc, view.hardCapDay)}.`),
    ),
    sourceNote(cal.source),
    h('h3', {}, 'How to play'),
    h(
      'ol',
      {},
      h('li', {}, 'On your move, put a package on the table (a level for every issue), accept the other side\u2019s offer, answer without a counter-offer, or take a table action such as ' + (side === 'union' ? 'a town hall or a strike.' : 'a meeting of your member companies or suspending the talks.')),
      h(
        'li',
        {},
        'Every move hands the turn to the other side',
        hot ? ' (pass the device to the other player).' : view.players[them] === 'computer' ? ', and the computer\u2019s committee answers at once.' : '.',
      ),
      h('li', {}, 'Offer up to three packages of equal value to you at once: if the other side takes one, its choice tells you what it cares about; either way, together they tell it what you care about, and its counter-offer is built on that.'),
      h('li', {}, 'Watch your meters: they are your side\u2019s patience. If they collapse, the round ends against you.'),
      h('li', {}, 'A tentative agreement goes to the union\u2019s board, then to the members. A rejected deal sends everyone back, angrier.'),
    ),
    glossaryDetails(),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn primary', on: { click: go } }, hot && !briefedOther ? `Done: hand over to ${them === 'union' ? 'the union' : 'the studios'}` : 'Go to the table')),
  );
  return { el };
}

/** How the score is made, in words, from the rules the view carries. */
function scoreSection(view: PlayerView): HTMLElement {
  const r = view.scoring;
  const union = view.side === 'union';
  const failures = union ? 'the strike crumbles or the season ends with no contract' : 'the alliance breaks ranks or the season ends with no contract';
  return h(
    'div',
    { class: 'score-rules' },
    h('h3', {}, 'How your score is made'),
    h(
      'ul',
      { id: 'brief-score' },
      h('li', {}, `The deal: its points on your schedule above.`),
      h('li', {}, `Minus the cost of a strike: every ${moneyK(r.strikeLossKPerPoint)} of ${union ? 'earnings your members lose' : 'revenue your companies lose'} costs you 1 point.`),
      h(
        'li',
        {},
        union
          ? `Minus lost goodwill: ${points(r.crisis)} points for each leadership crisis (when your members stop backing you, for up to ${r.crisesCharged}), and ${points(r.brokenFinal)} for going back on your own “last, best and final” offer.`
          : `Minus lost goodwill: ${points(r.brokenFinal)} points for going back on your own “last, best and final” offer.`,
      ),
      h('li', {}, `If ${failures}, you score at most your floor package (${points(r.failureCapBase)} points) less ${points(r.failurePenalty)}: a failure always scores below a deal your side can live with.`),
    ),
  );
}

const ptsWord = (p: number): string => `${points(p)} ${p === 1 ? 'pt' : 'pts'}`;

/**
 * One sentence that puts the briefing's numbers in order (a playtester could not tell which to
 * aim for when the union's walk-away stood above its target).
 */
export function numbersInOrder(view: PlayerView): string {
  const base = `How these fit: your floor (${points(view.points.floor)}) is the least your committee will ever take, your target (${points(view.points.target)}) is a good result to aim for, and your walk-away (${points(view.walkAway)}) is the least you could sign today.`;
  if (view.meters.kind === 'union' && view.walkAway > view.points.target) {
    return `${base} Today it stands above your target because your members hope for more than a good deal brings (they expect about ${points(view.meters.expectation)}); as a strike wears on, their hopes come down toward it.`;
  }
  return base;
}

function topIssues(sc: NonNullable<ReturnType<typeof getScenario>>, weights: Record<string, number>): string {
  return [...sc.issues]
    .sort((a, b) => weights[b.id]! - weights[a.id]!)
    .slice(0, 3)
    .map((i) => (/^[A-Z]{2}/.test(i.name) ? i.name : i.name.charAt(0).toLowerCase() + i.name.slice(1))) // "AI protections" keeps its capitals
    .join('; '); // an issue's name may hold a comma ("minimum increase, year 1")
}
