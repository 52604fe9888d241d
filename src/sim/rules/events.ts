import { clampBp } from '../detmath';
import type { EventDef, EventEffect } from '../scenarios/types';
import type { Ctx } from './ctx';
import { log } from './log';

/** Decide at setup which events happen and on which day (the seeded deck). */
export function scheduleEvents(ctx: Ctx): void {
  for (const ev of ctx.sc.events) {
    if (!ctx.rng.chance(ev.chance)) continue;
    const at = ctx.rng.int(ev.window[0], ev.window[1]);
    ctx.s.eventSchedule.push({ id: ev.id, at, anchor: ev.anchor ?? 'talks' });
  }
}

/** Fire the events due today whose conditions hold. An event whose day passes unmet is dropped. */
export function fireDueEvents(ctx: Ctx): void {
  const { s, sc } = ctx;
  for (const entry of s.eventSchedule) {
    if (s.firedEvents.includes(entry.id)) continue;
    const due = entry.anchor === 'strike' ? (s.strikeStartDay == null ? null : s.strikeStartDay + entry.at) : entry.at;
    if (due !== s.day) continue;
    const ev = sc.events.find((e) => e.id === entry.id);
    if (!ev || !eligible(ctx, ev)) continue;
    s.firedEvents.push(ev.id);
    for (const eff of ev.effects) applyEffect(ctx, eff);
    log(ctx, 'event', undefined, ev.id);
  }
}

function eligible(ctx: Ctx, ev: EventDef): boolean {
  const { s } = ctx;
  if (s.phase === 'done' || s.phase === 'ratification') return false;
  if (ev.phases && !ev.phases.includes(s.phase)) return false;
  if (ev.strike === true && s.phase !== 'strike') return false;
  if (ev.strike === false && s.phase === 'strike') return false;
  return true;
}

export function applyEffect(ctx: Ctx, eff: EventEffect): void {
  const { s, sc } = ctx;
  const segIdx = (id: string | undefined) => sc.segments.map((seg, i) => (id == null || seg.id === id ? i : -1)).filter((i) => i >= 0);
  const facIdx = (id: string | undefined) => sc.factions.map((f, i) => (id == null || f.id === id ? i : -1)).filter((i) => i >= 0);
  switch (eff.kind) {
    case 'public': {
      if (s.blackout) break;
      const partisan = 10000 - s.publicOpinion.neutral;
      const u = Math.max(0, Math.min(partisan, s.publicOpinion.union + eff.bp));
      s.publicOpinion = { union: u, neutral: s.publicOpinion.neutral, studio: partisan - u };
      break;
    }
    case 'attention':
      s.attention = clampBp(s.attention + eff.bp);
      break;
    case 'savings':
      for (const i of segIdx(eff.segment)) s.members[i]!.savings += eff.dollars;
      break;
    case 'expectation':
      for (const i of segIdx(eff.segment)) s.members[i]!.expectation += eff.deci;
      break;
    case 'support':
      for (const i of segIdx(eff.segment)) {
        const m = s.members[i]!;
        m.support = clampBp(m.support + eff.bp);
        // Move the logit state with it so the shock persists and then relaxes.
        m.supportZ += Math.round(eff.bp / ctx.p.events.supportPerZ);
      }
      break;
    case 'solidarity':
      s.solidarity = clampBp(s.solidarity + eff.bp);
      break;
    case 'pipeline':
      s.pipeline = clampBp(s.pipeline + eff.bp);
      break;
    case 'losses':
      for (const i of facIdx(eff.faction)) {
        s.factions[i]!.losses += eff.k;
        s.studioLosses += eff.k;
      }
      break;
    case 'patience':
      for (const i of facIdx(eff.faction)) s.factions[i]!.patience = clampBp(s.factions[i]!.patience + eff.bp);
      break;
    case 'sharePrice':
      s.sharePrice = Math.max(ctx.p.studios.sharePriceFloor, s.sharePrice + Math.round((s.sharePrice * eff.bp) / 10000));
      break;
    case 'cohesion':
      s.cohesion = clampBp(s.cohesion + eff.bp);
      break;
    case 'pauseTalks':
      s.talksSuspendedUntil = Math.max(s.talksSuspendedUntil, eff.untilDay);
      break;
    case 'blackout':
      s.blackout = true;
      break;
  }
}
