import { debrief, getScenario } from '../../sim';
import { OUTCOME_WORDS } from '../../app/outcomes';
import { openDetailsWhilePrinting } from '../charts/figure';
import { beliefsSection } from './beliefs';
import { benchmarksSection } from './benchmarks';
import { frontierSection } from './frontier';
import { metersSection } from './meters';
import { offersSection } from './offers';
import { costSection, votesSection } from './outcome';
import { hiddenSection, historySection } from './reveal';
import { cap, dayText, p1, plural, sideNoun, type DebriefCtx } from './words';
import { pointsWord } from '../format';
import { zoneSection } from './zone';
import { scoreClause } from '../scoreWords';
import { fill, h } from '../dom';
import type { UiContext } from '../mount';



const SECTIONS: [string, string][] = [
  ['db-frontier', 'The deal on the Pareto frontier'],
  ['db-benchmarks', 'Fair-split benchmarks'],
  ['db-zone', 'The zone of agreement over time'],
  ['db-offers', 'The offer trace and concession styles'],
  ['db-beliefs', 'What the other side thought'],
  ['db-meters', 'Timelines of the meters'],
  ['db-cost', 'The joint cost of the dispute'],
  ['db-votes', 'Ratification by member segment'],
  ['db-history', 'What really happened'],
  ['db-hidden', 'Hidden information'],
];

/**
 * Fill the debrief screen (DESIGN §7): every analysis of the round, each chart with its
 * numbers, printable. Loaded on demand (its own chunk), so the first paint stays small.
 * Returns a clean-up function.
 */
export function renderDebrief(ctx: UiContext, el: HTMLElement, body: HTMLElement): () => void {
  const { store } = ctx;
  const g = store.getState().game;
  const sc = g ? getScenario(g.config.scenario) : null;
  const back = h('button', { type: 'button', class: 'btn', on: { click: () => store.getState().go('title') } }, 'Back to the title');
  if (!g || !sc) {
    fill(body, h('p', {}, 'There is no round to debrief yet. Play a round first.'), h('div', { class: 'actions' }, back));
    return () => {};
  }

  const d = debrief(g);
  const viewer = g.config.human;
  const c: DebriefCtx = { d, sc, g, viewer, projector: store.getState().prefs.largeText };
  const finished = d.finished;
  const facts = h(
    'ul',
    { class: 'facts db-facts' },
    h('li', {}, `${finished ? 'Ended' : 'So far: up to'} ${dayText(sc, g.day)}, ${g.strikeDays ? `after ${plural(g.strikeDays, 'strike day')}` : 'with no strike'}.`),
    d.deal ? h('li', {}, `The deal: ${p1(d.deal.union)} points on the union\u2019s schedule, ${p1(d.deal.studio)} on the studios\u2019.`) : h('li', {}, 'No deal.'),
    h('li', {}, `Scores: union ${scoreClause(g, 'union')}; studios ${scoreClause(g, 'studio')}.`),
    d.efficiency ? h('li', {}, d.efficiency.onFrontier ? 'Efficiency: on the Pareto frontier.' : `Efficiency: ${pointsWord(d.efficiency.distance)} from the frontier; ${pointsWord(d.efficiency.valueLeft)} of joint value left on the table.`) : null,
  );
  const who =
    viewer === 'both'
      ? 'Two players shared this device: the debrief shows both sides\u2019 views.'
      : `You played ${sideNoun(viewer)} against the computer (${d.difficulty} difficulty). Both sides\u2019 secrets are revealed below.`;

  const toEnding = h('button', { type: 'button', class: 'btn', on: { click: () => store.getState().go(finished ? 'ending' : 'table') } }, finished ? 'Back to how it ended' : 'Back to the table');
  fill(
    body,
    h('p', { class: 'scenario-title' }, `${sc.id} · seed ${d.seed} · ${viewer === 'both' ? 'hot-seat' : `played as ${sideNoun(viewer)}`}`),
    finished ? null : h('p', { class: 'notice', role: 'status' }, `This round is not finished: the debrief covers it up to ${dayText(sc, g.day)}. Come back when it ends for the final picture.`),
    h('p', { class: 'lede' }, finished && d.outcome ? `${OUTCOME_WORDS[d.outcome].line}.` : 'The round so far.', ' ', who),
    facts,
    h(
      'nav',
      { class: 'db-toc', 'aria-label': 'Debrief sections' },
      h('ol', {}, SECTIONS.map(([id, label]) => h('li', {}, h('a', { href: `#${id}`, on: { click: (e: Event) => jump(e, id) } }, label)))),
    ),
    frontierSection(c),
    benchmarksSection(c),
    zoneSection(c),
    offersSection(c),
    beliefsSection(c),
    metersSection(c),
    costSection(c),
    votesSection(c),
    historySection(c),
    hiddenSection(c),
    h(
      'div',
      { class: 'actions', id: 'db-actions' },
      h('button', { type: 'button', class: 'btn primary', on: { click: () => window.print() } }, 'Print the debrief'),
      toEnding,
      back,
    ),
    h('p', { class: 'hint print-only' }, `Strike Clock debrief · ${sc.title} · seed ${d.seed}`),
  );
  const stopPrint = openDetailsWhilePrinting(el);
  // Projector mode redraws the charts across the screen's width (and back).
  const shownProjector = c.projector;
  const unsub = store.subscribe((st) => {
    if (st.screen === 'debrief' && st.prefs.largeText !== shownProjector) {
      unsub();
      stopPrint();
      const again = renderDebrief(ctx, el, body);
      cleanup = again;
    }
  });
  let cleanup: (() => void) | null = null;
  return () => {
    unsub();
    stopPrint();
    cleanup?.();
  };
}

/** In-page links: move focus to the section's heading too, so keyboard and screen-reader users land there. */
function jump(e: Event, id: string): void {
  const target = document.getElementById(`${id}-title`);
  if (!target) return;
  e.preventDefault();
  target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}
