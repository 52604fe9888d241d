import { getScenario } from '../../sim/scenarios';
import type { GameState, Side } from '../../sim/types';
import { h, fill } from '../dom';
import { dollars, moneyK, pct } from '../format';

/**
 * The viewer's side's meters, in words and numbers (the canvas draws the same as bars). Public
 * figures (public opinion, share price) are shown to both sides; the other side's internal
 * meters are not.
 */
export function metersPanel() {
  const dl = h('dl', { class: 'meters' });
  const el = h('section', { class: 'panel', 'aria-labelledby': 'meters-title' }, h('h3', { id: 'meters-title' }, 'Your side\u2019s meters'), dl);
  let key = '';
  const row = (label: string, value: string, bp?: number, warn = false) =>
    h('div', { class: `meter-row${warn ? ' warn' : ''}` }, h('dt', {}, label), h('dd', {}, bp !== undefined ? h('meter', { min: 0, max: 10000, low: 3000, high: 7000, optimum: 10000, value: bp, 'aria-hidden': 'true' }) : null, h('span', {}, value, warn ? ' (danger)' : '')));
  return {
    el,
    update(game: GameState, side: Side) {
      const k = `${game.day}|${game.actionsTaken}|${side}`;
      if (k === key) return;
      key = k;
      const sc = getScenario(game.config.scenario)!;
      const last = game.daily[game.daily.length - 1]!;
      const pub = game.publicOpinion;
      const rows =
        side === 'union'
          ? [
              ...sc.segments.map((seg, i) => row(`Support: ${seg.name}`, pct(game.members[i]!.support), game.members[i]!.support, game.members[i]!.support < 3000)),
              row('Solidarity on the picket line', pct(game.solidarity), game.solidarity, game.solidarity < 4000),
              row('Members\u2019 average savings', dollars(last.savings)),
              row('Members\u2019 hardship', pct(last.hardship), last.hardship, last.hardship > 5000),
              row('Earnings lost by members so far', moneyK(game.memberLosses)),
            ]
          : [
              row('Studio losses so far', moneyK(game.studioLosses)),
              row('Losses per strike day', game.phase === 'strike' ? moneyK(last.dailyLoss) : 'none (no strike)'),
              row('Content pipeline left', pct(game.pipeline), game.pipeline, game.pipeline < 2000),
              row('Alliance cohesion', pct(game.cohesion), game.cohesion, game.cohesion < 4000),
              ...sc.factions.map((f, i) => row(`Patience: ${f.name}`, pct(game.factions[i]!.patience), game.factions[i]!.patience, game.factions[i]!.patience < 3000)),
            ];
      fill(
        dl,
        rows,
        row('Public opinion', `${pct(pub.union)} with the union, ${pct(pub.studio)} with the studios, ${pct(pub.neutral)} neither`, pub.union),
        row('Studio share prices', `${(game.sharePrice / 100).toFixed(1)} (100 when talks opened)`),
      );
    },
  };
}
