import type { Action, ActionType, Bot, Package, PlayerView } from '../sim';

/**
 * Strategies a clever student might try, written as bots over playerView only. The balance
 * table plays them against the computer beside sensible play: if one of them pays better, the
 * rules are wrong. Each probe does one thing relentlessly, and otherwise plays the smallest move
 * that keeps the round going (count the votes; strike once it may, for the union).
 */
const can = (v: PlayerView, type: ActionType): boolean => v.legal.some((l) => l.type === type);
const points = (v: PlayerView, p: Package): number => p.reduce((t, l, i) => t + v.issues[i]!.levels[l]!.points, 0);
const hold = (v: PlayerView): Action => ({ type: 'propose', side: v.side, packages: [v.opening.slice()] });

/** The minimum a committee must do: count votes; for the union, authorize and strike when it may. */
function chores(v: PlayerView, strike: boolean): Action | null {
  if (v.phase === 'ratification') return { type: 'countVotes', side: v.side };
  if (strike && v.side === 'union') {
    if (can(v, 'authorize') && v.day >= v.expiryDay - 14) return { type: 'authorize', side: 'union' };
    if (can(v, 'strike') && v.phase === 'holdout') return { type: 'strike', side: 'union' };
  }
  return null;
}

/** Spam one table action whenever it is allowed; otherwise repeat the opening. */
function spam(type: ActionType, extra: Partial<Action> = {}): Bot {
  return (v) => chores(v, true) ?? (can(v, type) ? ({ type, side: v.side, ...extra } as Action) : hold(v));
}

export const PROBES: Record<string, Bot> = {
  /** Take the first offer the other side makes. */
  'accept-at-once': (v) => chores(v, false) ?? (v.standing && v.standing.by !== v.side ? { type: 'accept', side: v.side, index: 0 } : hold(v)),
  /** Never move: repeat the opening forever (and, for the union, strike as soon as it may and stay out). */
  'never-move': (v) => chores(v, true) ?? hold(v),
  /** Answer every offer with "the gap is too great" and no counter. */
  'reject-spam': (v) => chores(v, true) ?? (can(v, 'reject') ? { type: 'reject', side: v.side } : hold(v)),
  'caucus-spam': spam('caucus'),
  'firm-statement-spam': spam('statement', { tone: 'firm' } as Partial<Action>),
  'conciliatory-statement-spam': spam('statement', { tone: 'conciliatory' } as Partial<Action>),
  'suspend-spam': spam('suspend'),
  'blackout-spam': spam('blackout'),
  /** Call the mediator, then put the package it names on the table as last, best and final. */
  'mediator-final': (v) => {
    const c = chores(v, true);
    if (c) return c;
    const hint = v.public.mediator;
    if (hint?.possible && hint.package && v.day - hint.day <= 14) {
      const mine = v.offers.filter((o) => o.by === v.side).pop();
      const already = mine?.final && mine.packages[0]!.every((l, i) => l === hint.package![i]);
      if (v.standing && v.standing.by !== v.side && points(v, v.standing.packages[0]!) >= points(v, hint.package)) return { type: 'accept', side: v.side, index: 0 };
      if (!already) return { type: 'propose', side: v.side, packages: [hint.package.slice()], final: true };
    }
    if (can(v, 'mediator')) return { type: 'mediator', side: v.side };
    return hold(v);
  },
};
