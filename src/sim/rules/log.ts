import type { LogData, LogEntry, LogKind, Side } from '../types';
import type { Ctx } from './ctx';

/** Record what happened today, as data (words.ts makes the sentences). */
export function log(ctx: Ctx, kind: LogKind, side?: Side, ref?: string, data?: LogData): void {
  const entry: LogEntry = { day: ctx.s.day, kind };
  if (side) entry.side = side;
  if (ref) entry.ref = ref;
  if (data) entry.data = data;
  ctx.s.log.push(entry);
}
