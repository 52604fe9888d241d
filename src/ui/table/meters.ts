import type { PlayerView } from '../../sim';
import { h, fill } from '../dom';
import { dollars, moneyK, share } from '../format';

/**
 * The viewer's side's meters, in words and numbers (the canvas draws the same as bars), from its
 * own view. Public figures (public opinion, share price) are shown to both sides; the other
 * side's internal meters are not in the view at all.
 */
export function metersPanel() {
  const dl = h('dl', { class: 'meters' });
  const el = h('section', { class: 'panel', 'aria-labelledby': 'meters-title' }, h('h3', { id: 'meters-title' }, 'Your side\u2019s meters'), dl);
  let shown: PlayerView | null = null;
  /** A row; `x` (0..1) draws a gauge beside the words. */
  const row = (label: string, value: string, x?: number, warn = false) =>
    h(
      'div',
      { class: `meter-row${warn ? ' warn' : ''}` },
      h('dt', {}, label),
      h('dd', {}, x !== undefined ? h('meter', { min: 0, max: 1, low: 0.3, high: 0.7, optimum: 1, value: x, 'aria-hidden': 'true' }) : null, h('span', {}, value, warn ? ' (danger)' : '')),
    );
  return {
    el,
    update(view: PlayerView) {
      if (view === shown) return;
      shown = view;
      const m = view.meters;
      const pub = view.public;
      const rows =
        m.kind === 'union'
          ? [
              ...m.segments.map((seg) => row(`Support: ${seg.name}`, share(seg.support), seg.support, seg.support < 0.3)),
              row('Solidarity on the picket line', share(pub.solidarity), pub.solidarity, pub.solidarity < 0.4),
              row('Members\u2019 average savings', dollars(m.savings)),
              row('Members\u2019 hardship', share(m.hardship), m.hardship, m.hardship > 0.5),
              row('Earnings lost by members so far', moneyK(m.lostEarningsK)),
            ]
          : [
              row('Studio losses so far', moneyK(m.lossesK)),
              row('Losses per strike day', view.phase === 'strike' ? moneyK(m.dailyLossK) : 'none (no strike)'),
              row('Content pipeline left', share(m.pipeline), m.pipeline, m.pipeline < 0.2),
              row('Alliance cohesion', share(m.cohesion), m.cohesion, m.cohesion < 0.4),
              ...m.factions.map((f) => row(`Patience: ${f.name}`, share(f.patience), f.patience, f.patience < 0.3)),
            ];
      fill(
        dl,
        rows,
        row('Public opinion', `${share(pub.opinion.union)} with the union, ${share(pub.opinion.studio)} with the studios, ${share(pub.opinion.neutral)} neither`, pub.opinion.union),
        row('Studio share prices', `${pub.sharePrice.toFixed(1)} (100 when talks opened)`),
      );
    },
  };
}
