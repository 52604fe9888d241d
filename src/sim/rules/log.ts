import type { LogEntry, LogKind, Side } from '../types';
import type { Ctx } from './ctx';

export function log(ctx: Ctx, kind: LogKind, text: string, side?: Side, ref?: string): void {
  const entry: LogEntry = { day: ctx.s.day, kind, text };
  if (side) entry.side = side;
  if (ref) entry.ref = ref;
  ctx.s.log.push(entry);
}
