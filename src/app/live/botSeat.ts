import type { Bot, Side } from '../../sim';
import { joinClass, takeSeat, type SeatConnection } from './client';
import type { LiveResult, LiveView, SeatMessage } from './protocol';

/**
 * A student played by a bot, over the wire: join a class, take the seat it gives, and answer
 * every view that waits for this seat with the bot's move, under the same rule as `npm run sim`:
 * a refused move is asked again with the same view, and 3 refusals in a row end the bot's play
 * (botError). Used by `npm run live-bot`, the bench's live lines and the tests.
 */

export interface BotSeatOptions {
  endpoint: string;
  code: string;
  nickname: string;
  side?: Side | null;
  bot: Bot;
  maxRefusals?: number;
  /** The class gave this seat (before the seat is taken). */
  seated?(seat: SeatMessage): void;
  /** This seat sent a move meant for move `at` (for the bench's latency figures). */
  sent?(at: number): void;
  /** A view arrived (after the handlers above have run). */
  viewed?(v: LiveView): void;
  /** Wait before answering a view (think time, or a test holding the seat still). */
  before?(v: LiveView): Promise<void> | void;
  /** Give up after this long without the round ending (default: 10 minutes). */
  timeoutMs?: number;
}

export interface BotSeatResult {
  seat: SeatMessage;
  result: LiveResult | null;
  refused: number;
  botError: { refusals: number; lastRefusal: string } | null;
  last: LiveView | null;
}

export async function playSeat(o: BotSeatOptions): Promise<BotSeatResult> {
  const seat = await joinClass(o.endpoint, o.code, o.nickname, null, o.side ?? null);
  o.seated?.(seat);
  const maxRefusals = o.maxRefusals ?? 3;
  let conn: SeatConnection | null = null;
  let refused = 0;
  let inRow = 0;
  let actedAt = -1;
  let last: LiveView | null = null;
  let finish: (r: BotSeatResult) => void = () => undefined;
  let fail: (e: Error) => void = () => undefined;
  const done = new Promise<BotSeatResult>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const end = (botError: BotSeatResult['botError'] = null) => {
    finish({ seat, result: last?.result ?? null, refused, botError, last });
  };
  const move = (v: LiveView) => {
    actedAt = v.at;
    const send = () => {
      const now = last;
      if (!now || now.at !== v.at || !now.yourMove) return; // the table moved on meanwhile: a later view decides
      o.sent?.(now.at);
      conn?.act(o.bot(now.view));
    };
    const wait = o.before?.(v);
    if (wait) void wait.then(send);
    else send();
  };
  conn = await takeSeat(o.endpoint, seat, {
    view(v) {
      last = v;
      if (v.at > actedAt) inRow = 0;
      o.viewed?.(v);
      if (v.result) return end();
      if (v.yourMove && v.at !== actedAt) move(v);
    },
    refused(r) {
      const v = last;
      // A refusal for a moment that has passed (the other seat moved first) is nobody's fault.
      if (!v || r.at !== v.at) return;
      refused++;
      inRow++;
      if (inRow >= maxRefusals) return end({ refusals: inRow, lastRefusal: r.message });
      if (v.yourMove) move(v);
    },
    lost: (message) => fail(new Error(message)),
  });
  const timer = setTimeout(() => fail(new Error('The round did not end in time.')), o.timeoutMs ?? 10 * 60 * 1000);
  try {
    return await done;
  } finally {
    clearTimeout(timer);
    await conn.close();
  }
}
