import { SIDES, type HiddenDraw, type Side } from '../../sim';
import { OUTCOME_WORDS } from '../../app/outcomes';
import { dataTable } from '../charts/figure';
import { h } from '../dom';
import { sourceNote } from '../screens/sources';
import { section } from './section';
import { cap, p1, share, sidePossessive, signed, type DebriefCtx } from './words';



/** The round beside the real one, issue by issue, with the sources of what really happened. */
export function historySection(c: DebriefCtx): HTMLElement {
  const hc = c.d.history;
  const you = c.viewer === 'both' ? 'This round' : 'Your round';
  const diff = (n: number | null) => (n === null ? null : n === 0 ? 'same' : `${n > 0 ? '+' : '−'}${Math.abs(n)} level${Math.abs(n) === 1 ? '' : 's'}`);
  const rows: (string | number | null)[][] = hc.issues.map((i) => [i.name, i.player ?? 'no deal', i.historical, diff(i.levelDiff)]);
  rows.push(['Strike days', String(hc.player.strikeDays), String(hc.historical.strikeDays), null]);
  rows.push([
    'Ratification',
    hc.player.ratification ? `${share(hc.player.ratification.yesBp)} yes, ${share(hc.player.ratification.turnoutBp)} turnout` : c.d.outcome ? OUTCOME_WORDS[c.d.outcome].label : 'not finished',
    `${share(hc.historical.ratification.yesBp)} yes, ${share(hc.historical.ratification.turnoutBp)} turnout`,
    null,
  ]);
  if (hc.historical.boardBp !== null || hc.player.boardBp !== null) rows.push(['Union board vote', hc.player.boardBp === null ? null : share(hc.player.boardBp), hc.historical.boardBp === null ? null : share(hc.historical.boardBp), null]);
  rows.push(['Union points', hc.player.union === null ? null : p1(hc.player.union), p1(hc.historical.union), hc.player.union === null ? null : signed(hc.player.union - hc.historical.union)]);
  rows.push(['Studio points', hc.player.studio === null ? null : p1(hc.player.studio), p1(hc.historical.studio), hc.player.studio === null ? null : signed(hc.player.studio - hc.historical.studio)]);
  return section(
    'db-history',
    'Side by side with what really happened',
    h('div', { class: 'table-wrap' }, dataTable(`${you} beside the real ${c.sc.id} contract`, ['', you, `History (${c.sc.id})`, 'Difference'], rows, { cls: 'compare' })),
    h('p', { class: 'hint' }, 'The real deal is the cross on the frontier chart above, scored on the same schedules.'),
    h('h4', {}, 'What really happened'),
    h('ul', { class: 'history' }, hc.historical.lines.map((l) => h('li', {}, l.text, sourceNote(l.source)))),
  );
}

const DRAW_LABEL: Record<string, string> = {
  lossScale: 'The studios\u2019 daily strike losses',
  toleranceScale: 'How much loss the studios could absorb',
  halfLifeScale: 'How long members\u2019 expectations held up in a strike',
  savingsScale: 'Members\u2019 savings at the start',
};

/** The hidden walk-away points and the seed's draws, revealed. */
export function hiddenSection(c: DebriefCtx): HTMLElement {
  const w = c.d.hidden.walkAway;
  const draws = c.d.hidden.draws as HiddenDraw & Record<string, unknown>;
  const terms = (side: Side) => w[side].terms;
  const rows = terms('union').map((t, i) => [t.name, t.short, terms('studio')[i]!.short]);
  const walkTable = dataTable('The hidden walk-away packages (the least each committee would take)', ['Issue', 'Union', 'Studios'], rows, {
    foot: [
      ['Worth on its own schedule (scenario)', p1(w.union.ownBasePoints), p1(w.studio.ownBasePoints)],
      ['This round\u2019s shift (from the seed)', signed(w.union.floorShiftPoints), signed(w.studio.floorShiftPoints)],
      ...(w.union.difficultyShiftPoints || w.studio.difficultyShiftPoints ? [[`The computer\u2019s difficulty (${c.d.difficulty})`, signed(w.union.difficultyShiftPoints), signed(w.studio.difficultyShiftPoints)]] : []),
      ['Hidden floor this round', p1(w.union.ownPoints), p1(w.studio.ownPoints)],
    ],
  });
  const scaleRows = Object.entries(draws)
    .filter(([k, v]) => k !== 'floorShift' && typeof v === 'number')
    .map(([k, v]) => {
      const inPlay = c.d.hidden.toleranceInPlay;
      const scaled = k === 'toleranceScale' && inPlay !== v ? `; ${share(inPlay)} with the ${c.d.difficulty} computer` : '';
      return [DRAW_LABEL[k] ?? k, `${share(v as number)} of the scenario\u2019s estimate${scaled}`];
    });
  return section(
    'db-hidden',
    'Hidden information, revealed',
    h(
      'p',
      {},
      ...SIDES.map((side) =>
        `${cap(sidePossessive(side))} hidden floor was worth ${p1(w[side].ownPoints)} points on its own schedule${w[side].floorShiftPoints || w[side].difficultyShiftPoints ? ` (${[`${p1(w[side].ownBasePoints)} in the scenario`, w[side].floorShiftPoints ? `${signed(w[side].floorShiftPoints)} from this round\u2019s seed` : '', w[side].difficultyShiftPoints ? `${signed(w[side].difficultyShiftPoints)} for the ${c.d.difficulty} computer` : ''].filter(Boolean).join(', ')})` : ''}. `,
      ),
      // The studios' floor also gives way as a strike's losses mount, and a union's after a lost
      // mandate: a playtester saw the studios' walk-away at 54 against a floor of 61.5 beside a
      // sentence that said it never fell below it.
      'A side\u2019s walk-away on a given day fell below its floor only as its own ranks broke, as a strike\u2019s losses mounted (the studios) or after the members withdrew the committee\u2019s mandate (the union).',
    ),
    h('div', { class: 'table-wrap' }, walkTable),
    h('h4', {}, `The seed\u2019s draws (seed ${c.d.seed})`),
    h('p', {}, 'Every round with this seed (the whole class, with a class code) had the same hidden variation; another seed gives another plausible round.'),
    h('div', { class: 'table-wrap' }, dataTable('Hidden variation drawn from the seed', ['What', 'This round'], scaleRows)),
    sourceNote(c.sc.reservations.source),
  );
}
