import type { SeatKind } from '../app/live/protocol';
import type { Side } from '../sim';

/** What the class room knows of a pair's seats (it keeps the keys; the pair reports kinds). */
export interface PairSeats {
  pairId: string;
  done: boolean;
  seats: Record<Side, { kind: SeatKind; key: string | null; nickname: string | null }>;
}

export type Placement = { pairId: string; side: Side } | { create: Side };

const SIDES: Side[] = ['union', 'studio'];

/**
 * Where a newly arrived student sits. First an open seat (a pair waiting for its second
 * student); then, once the class has started, a computer seat facing a student (the student
 * takes it over: the pair becomes two people); else a new pair. A student (or a bot) may ask
 * for a side: then only seats on that side are taken, and a new pair seats them there.
 * A computer standing in for an absentee keeps that seat for them.
 */
export function place(pairs: Iterable<PairSeats>, started: boolean, newSide: Side, wanted: Side | null = null): Placement {
  const list = [...pairs].filter((p) => !p.done);
  const sides = wanted ? [wanted] : SIDES;
  for (const p of list) for (const side of sides) if (p.seats[side].kind === 'open') return { pairId: p.pairId, side };
  if (started)
    for (const p of list)
      for (const side of sides) {
        const s = p.seats[side];
        const o = p.seats[side === 'union' ? 'studio' : 'union'];
        if (s.kind === 'computer' && !s.key && o.kind === 'person') return { pairId: p.pairId, side };
      }
  return { create: wanted ?? newSide };
}
