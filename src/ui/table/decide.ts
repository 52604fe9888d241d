import { other, type GameState, type Package, type PlayerView } from '../../sim';
import { projectedVote, worth } from '../../app/view';
import { choiceDialog } from '../dialog';
import { h, type Child } from '../dom';
import { pct, points } from '../format';

const theirs = (v: PlayerView) => (other(v.side) === 'union' ? 'the union\u2019s' : 'the studios\u2019');

/** What a tentative agreement leads to, in one sentence. */
const AFTER =
  'It becomes a tentative agreement: the union\u2019s board votes on it, then the members. If they ratify it, it is the new contract; if they vote it down, talks resume with members angrier. It cannot be changed once accepted.';

/** The package's worth beside this side's walk-away and target, and the projected vote (union): the numbers a decision needs. */
function numbers(view: PlayerView, game: GameState, pkg: Package, what: string): Child[] {
  const p = worth(view, pkg);
  const below = p < view.walkAway;
  const vote = projectedVote(game, view, pkg);
  return [
    h(
      'p',
      {},
      `${what} is worth `,
      h('strong', {}, `${points(p)} points`),
      ` to you. Your walk-away today: about ${points(view.walkAway)} points; your target: ${points(view.points.target)}.`,
    ),
    below
      ? h(
          'p',
          { class: 'warning-line' },
          h('strong', {}, 'Below your walk-away. '),
          view.side === 'union'
            ? 'Your committee would rather keep fighting than settle for this, and the members may well vote it down.'
            : 'Your member companies would rather take a strike\u2019s costs than settle for this.',
        )
      : null,
    vote ? h('p', {}, `If it were the deal today, members would vote about `, h('strong', {}, `${pct(vote.yesBp)} yes`), `. ${vote.why.charAt(0).toUpperCase()}${vote.why.slice(1)}`) : null,
  ];
}

/** Ask before accepting the other side's offer: what happens next, and what it is worth. */
export async function confirmAccept(view: PlayerView, game: GameState, index: number, fallback: () => HTMLElement | null): Promise<boolean> {
  const st = view.standing;
  const pkg = st?.packages[index];
  if (!st || !pkg) return false;
  const n = st.packages.length;
  const title = n > 1 ? `Accept package ${index + 1} of ${theirs(view)} offer?` : `Accept ${theirs(view)} offer?`;
  const below = worth(view, pkg) < view.walkAway;
  // The terms themselves, issue by issue: on a phone held sideways the Accept button comes before
  // the offer's table, and a playtester noted one could accept without seeing them.
  const terms = h(
    'ul',
    { class: 'accept-terms' },
    view.issues.map((iss, i) => h('li', {}, h('strong', {}, iss.name), `: ${iss.levels[pkg[i]!]!.short}`)),
  );
  // Taking less than one's own "last, best and final" offer goes past it, as tabling less would.
  const myFinal = view.public.finalBy.includes(view.side) && !view.public.brokeFinal.includes(view.side) ? [...view.offers].reverse().find((o) => o.by === view.side && o.final) : undefined;
  const pastFinal = !!myFinal && worth(view, pkg) < Math.min(...myFinal.packages.map((p) => worth(view, p)));
  const finalLine = pastFinal
    ? h('p', { class: 'warning-line' }, h('strong', {}, 'Less than your own final offer. '), `You called your offer last, best and final: taking less goes back on it, and costs ${points(view.scoring.brokenFinal)} points and trust.`)
    : null;
  // The numbers first: on a short screen the dialog scrolls under its buttons.
  const pick = await choiceDialog(title, [...numbers(view, game, pkg, n > 1 ? `Package ${index + 1}` : 'Their offer'), finalLine, terms, h('p', {}, AFTER)], [{ value: 'yes', label: below ? 'Accept it anyway' : 'Accept the offer', primary: true, danger: below }], {
    cancelLabel: 'Not yet',
    fallback,
  });
  return pick === 'yes';
}

/**
 * Before proposing a package worth less than this side's walk-away today: if the other side
 * accepts it, it is the deal. Resolves true at once when every package is at or above it.
 */
export async function confirmBelowWalkAway(view: PlayerView, game: GameState, packages: Package[], fallback: () => HTMLElement | null): Promise<boolean> {
  const low = packages.map((p, i) => ({ p, i })).filter(({ p }) => worth(view, p) < view.walkAway);
  if (!low.length) return true;
  const first = low[0]!;
  const name = packages.length > 1 ? `Package ${first.i + 1}` : 'This package';
  const pick = await choiceDialog(
    packages.length > 1 && low.length > 1 ? `Propose ${low.length} packages below your walk-away?` : 'Propose a package below your walk-away?',
    [
      h('p', {}, `If ${other(view.side) === 'union' ? 'the union accepts' : 'the studios accept'} it, it is the deal. ${AFTER.replace('It becomes', 'It would become').replace(' It cannot be changed once accepted.', '')}`),
      ...numbers(view, game, first.p, name),
    ],
    [{ value: 'yes', label: 'Propose it anyway', primary: true, danger: true }],
    { cancelLabel: 'Change it', fallback },
  );
  return pick === 'yes';
}

/**
 * Before proposing packages that are all worth less to this side than the other side's offer
 * already on the table: accepting theirs would give more. Resolves true at once otherwise (a
 * playtester proposed 82.2 points with 86.7 on the table, and the studios took it at once).
 */
export async function confirmBelowTheirs(view: PlayerView, packages: Package[], fallback: () => HTMLElement | null): Promise<boolean> {
  const st = view.standing;
  if (!st || st.by === view.side) return true;
  const best = Math.max(...st.packages.map((p) => worth(view, p)));
  const mine = Math.max(...packages.map((p) => worth(view, p)));
  if (mine >= best) return true;
  const pick = await choiceDialog(
    'Their offer already gives you more',
    [
      h('p', {}, `${theirs(view).charAt(0).toUpperCase()}${theirs(view).slice(1)} offer on the table is worth `, h('strong', {}, `${points(best)} points`), ` to you; ${packages.length > 1 ? 'the best of your packages' : 'your package'} is worth `, h('strong', {}, `${points(mine)}`), '.'),
      h('p', {}, `If ${other(view.side) === 'union' ? 'the union takes' : 'the studios take'} yours, you have given away ${points(best - mine)} points you already had. To settle now, accept their offer instead; to bargain on, ask for more than it gives.`),
    ],
    [{ value: 'yes', label: 'Propose mine anyway', primary: true, danger: true }],
    { cancelLabel: 'Change it', fallback },
  );
  return pick === 'yes';
}

/**
 * Before going back on this side's own "last, best and final" offer (a package giving up more
 * than any package of that offer did): what it costs. Resolves true at once when nothing breaks
 * it (a playtester improved on a final offer with no word of the cost, then met 3 points
 * missing from the score).
 */
export async function confirmBreakFinal(view: PlayerView, packages: Package[], fallback: () => HTMLElement | null): Promise<boolean> {
  if (!view.public.finalBy.includes(view.side) || view.public.brokeFinal.includes(view.side)) return true;
  const mine = [...view.offers].reverse().find((o) => o.by === view.side && o.final);
  if (!mine) return true;
  const least = Math.min(...mine.packages.map((p) => worth(view, p)));
  if (!packages.some((p) => worth(view, p) < least)) return true;
  const home = view.side === 'union' ? 'Your members\u2019 support falls' : 'Your alliance\u2019s cohesion falls';
  const pick = await choiceDialog(
    'Go back on your last, best and final offer?',
    [
      h('p', {}, `You called your offer final; this one gives up more (your final offer was worth at least ${points(least)} points to you). `, h('strong', {}, `It costs ${points(view.scoring.brokenFinal)} points off your score`), `, once. ${home}, and the other side will trust your word less.`),
    ],
    [{ value: 'yes', label: 'Go back on it', primary: true, danger: true }],
    { cancelLabel: 'Keep my final offer', fallback },
  );
  return pick === 'yes';
}
