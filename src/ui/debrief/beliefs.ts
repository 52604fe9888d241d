import type { OpponentModelView } from '../../sim';
import { barChart } from '../charts/bars';
import { chartFigure, dataTable } from '../charts/figure';
import { h } from '../dom';
import { pair, section } from './section';
import { cap, lowerFirst, plural, rankWords, sideNoun, sidePossessive, who, whose, type DebriefCtx } from './words';

const pctText = (v: number): string => `${(Math.round(v * 10) / 10).toFixed(1).replace(/\.0$/, '')}%`;

function block(c: DebriefCtx, m: OpponentModelView): HTMLElement {
  const hot = c.viewer === 'both';
  // In hot-seat no computer played: the model is the one the computer would have kept.
  const them = hot ? `The model on ${sidePossessive(m.modelledBy)} side` : cap(sideNoun(m.modelledBy));
  const they = hot ? 'It' : m.modelledBy === 'studio' ? 'They' : 'It';
  const subject = who(c, m.side);
  const nameOf = (id: string) => lowerFirst(m.issues.find((i) => i.issue === id)?.name ?? id);
  const max = Math.max(10, Math.ceil(Math.max(...m.issues.map((i) => Math.max(i.estimatedPct, i.truePct))) / 5) * 5);
  const svg = barChart({
    categories: m.issues.map((i) => i.name),
    series: [
      { name: `What ${sideNoun(m.modelledBy)} thought`, cls: m.modelledBy, fill: 'hatch' },
      { name: 'The truth', cls: m.side, fill: 'solid' },
    ],
    values: m.issues.map((i) => [i.estimatedPct, i.truePct]),
    max,
    format: pctText,
  });
  const top = m.issues.find((i) => i.issue === m.trueTop)!;
  const summary = `For each issue, the weight ${sideNoun(m.modelledBy)} thought ${subject === 'you' ? 'you' : sideNoun(m.side)} gave it, beside the true weight. ${cap(sideNoun(m.modelledBy))} ${rankWords(m.spearman)}.`;
  const fig = chartFigure({
    caption: hot ? 'The model\u2019s estimated weight beside the true weight, issue by issue' : `What ${sideNoun(m.modelledBy)} thought ${subject} cared about, and the truth`,
    svg,
    summary,
    legend: [
      { label: `What ${sideNoun(m.modelledBy)} thought (hatched)`, cls: m.modelledBy, area: 'hatch' },
      { label: `${cap(whose(c, m.side))} true weights (solid)`, cls: m.side, area: 'solid' },
    ],
    table: dataTable(
      'Issue weights, percent of the schedule',
      ['Issue', 'They thought', 'Truth', 'Their rank', 'True rank'],
      m.issues.map((i) => [i.name, pctText(i.estimatedPct), pctText(i.truePct), String(i.estimatedRank), String(i.trueRank)]),
    ),
  });
  const words = [
    h('p', { class: 'big-line' }, `${them} ${rankWords(m.spearman)}.`),
    h(
      'p',
      {},
      m.topMatches
        ? `${they} picked out ${whose(c, m.side)} top issue correctly: ${nameOf(m.trueTop)} (${pctText(top.truePct)} of the schedule).`
        : `${they} thought ${subject} cared most about ${nameOf(m.estimatedTop)}; in fact ${whose(c, m.side)} top issue was ${nameOf(m.trueTop)} (${pctText(top.truePct)} of the schedule).`,
    ),
    m.utilityCorrelation !== null
      ? h('p', {}, `Over every possible package, ${they === 'They' ? 'their' : 'its'} guess of ${whose(c, m.side)} points and the true points move together with a correlation of ${m.utilityCorrelation.toFixed(2)} (1 would be a perfect read).`)
      : null,
    h(
      'p',
      { class: 'hint' },
      `${they} learnt from ${plural(m.offersSeen, 'offer')}: issues ${subject === 'you' ? 'you' : sideNoun(m.side)} held still looked important, issues that moved looked cheap. `,
      m.offersSeen < 3 ? 'That is too few to learn much.' : 'Holding firm where it matters and trading where it does not is how a side signals its priorities.',
    ),
  ];
  return h('div', { class: 'db-belief' }, hot ? h('h4', {}, `What ${sidePossessive(m.side)} offers told the other side`) : null, pair(fig, words));
}

export function beliefsSection(c: DebriefCtx): HTMLElement {
  const ms = c.d.opponentModel;
  return section(
    'db-beliefs',
    c.viewer === 'both' ? 'What each side thought the other cared about, and the truth' : 'What the other side thought you cared about, and the truth',
    c.viewer === 'both'
      ? h('p', {}, 'No computer played in this round. Below is what the computer\u2019s opponent model, kept on each side all the same, learnt from the other side\u2019s offers: what a careful watcher could have read from them.')
      : null,
    ms.length ? ms.map((m) => block(c, m)) : h('p', {}, 'No model was kept in this round.'),
  );
}
