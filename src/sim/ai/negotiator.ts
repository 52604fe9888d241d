import { paretoFrontier } from '../analysis/frontier';
import type { Ctx } from '../rules/ctx';
import { concession, pressure, reservation } from '../rules/derived';
import { log } from '../rules/log';
import { P } from '../rules/params';
import { putOnTable, reachAgreement } from '../rules/bargain';
import { applyTableAction, tableActionProblem } from '../rules/table';
import { utilityOf } from '../space';
import type { Package, Side } from '../types';
import { other } from '../types';
import { line, type Mood } from './dialogue';
import { directions, estimatedWeights, estimateTable, learn } from './opponentModel';

/** The AI's target utility now: time/pressure concession blended with tit-for-tat (research/models.md §6.3). */
export function aspiration(ctx: Ctx, side: Side): { target: number; reserve: number; tau: number } {
  const { s, sc, sp } = ctx;
  const cfg = P.concession[s.config.difficulty];
  const reserve = reservation(s, sc, sp, side);
  const top = utilityOf(sp, side, sc.openings[side]);
  const tau = pressure(s, sc, side);
  const timeTarget = reserve + (top - reserve) * (1 - concession(tau, cfg.e, cfg.k));
  const mem = s.ai[side];
  let target = timeTarget;
  // Tit-for-tat: mirror the other side's concession (measured in our utility) over the last three offers.
  const rec = mem.received;
  if (rec.length >= 2 && mem.ownOffers.length > 0) {
    const back = Math.min(3, rec.length - 1);
    const theirMove = rec[rec.length - 1]! - rec[rec.length - 1 - back]!;
    const tft = Math.max(reserve, Math.min(top, mem.ownOffers[mem.ownOffers.length - 1]! - theirMove));
    const beta = cfg.tft * (mem.trust / 10000) * (s.day < s.ceosUntil ? 1.5 : 1);
    target = (1 - beta) * timeTarget + beta * tft;
  }
  // Never go back on a concession already made, and never below the walk-away point.
  const last = mem.ownOffers[mem.ownOffers.length - 1];
  if (last != null) target = Math.min(target, last);
  const wasFinal = s.finalBy.includes(side) && !s.brokeFinal.includes(side);
  if (wasFinal && last != null && tau < 0.98) target = last;
  return { target: Math.max(reserve, Math.round(target)), reserve, tau };
}

/**
 * Offers on the AI's own iso-utility band that maximise the other side's estimated utility:
 * the frontier of (own utility, estimated other utility) is exact and cheap (per-issue merge),
 * so the best offer at or above the target is one scan away. With MESO it adds packages of the
 * same value to itself that each favour a different issue the other side seems to care about.
 */
export function chooseOffers(ctx: Ctx, side: Side, target: number, count: number): Package[] {
  const { s, sc, sp } = ctx;
  const mem = s.ai[side];
  const opp = other(side);
  const weights = estimatedWeights(mem, sc, opp);
  const est = estimateTable(mem, weights, directions(sc, opp), sp.radix);
  const own = sp.tables[side];
  const pick = (fixed?: (number | null)[]): Package | null => {
    const f = paretoFrontier(own, est, fixed);
    let best = -1;
    for (let i = 0; i < f.a.length; i++) if (f.a[i]! >= target) best = i; // a descending: the last one ≥ target
    return best >= 0 ? f.packages[best]! : null;
  };
  const first = pick() ?? sc.openings[side].slice();
  const out: Package[] = [first];
  if (count > 1) {
    const order = weights.map((w, i) => ({ w, i })).sort((x, y) => y.w - x.w || x.i - y.i);
    const theirLast = mem.lastSeen;
    for (const { i } of order) {
      if (out.length >= count || !theirLast) break;
      if (first[i] === theirLast[i]) continue;
      // Meet them halfway on an issue they seem to care about, and rebalance the rest.
      const fixed: (number | null)[] = first.map(() => null);
      fixed[i] = Math.round((first[i]! + theirLast[i]!) / 2);
      const alt = pick(fixed);
      if (alt && !out.some((p) => p.every((v, k) => v === alt[k])) && utilityOf(sp, side, alt) <= utilityOf(sp, side, first) + 15) out.push(alt);
    }
  }
  return out;
}

function say(ctx: Ctx, side: Side, mood: Mood): void {
  const text = line(side, mood, ctx.rng);
  if (text) log(ctx, 'line', text, side, mood);
}

/** `side` takes in packages from the other side: its model learns, and it notes their value to itself. */
export function observe(ctx: Ctx, side: Side, received: Package[]): { u: number; index: number } {
  const mem = ctx.s.ai[side];
  learn(mem, received);
  let best = { u: -1, index: 0 };
  received.forEach((p, index) => {
    const u = utilityOf(ctx.sp, side, p);
    if (u > best.u) best = { u, index };
  });
  mem.received.push(best.u);
  mem.bestReceived = Math.max(mem.bestReceived, best.u);
  return best;
}

/**
 * The AI answers what the other side just put on the table (or a rejection, with `received`
 * null): accept, counter, or signal that the gap is too great.
 */
export function aiRespond(ctx: Ctx, side: Side, received: Package[] | null, final: boolean): void {
  const { s, sp } = ctx;
  const mem = s.ai[side];
  const best = received ? observe(ctx, side, received) : null;
  const { target, reserve, tau } = aspiration(ctx, side);
  const cfg = P.concession[s.config.difficulty];
  let offers = chooseOffers(ctx, side, target, cfg.meso);
  // The band's nearest package can sit above the last offer; then the last offer stands again.
  const mine = s.offers.filter((o) => o.by === side).pop();
  if (mine && utilityOf(sp, side, offers[0]!) > utilityOf(sp, side, mine.packages[0]!)) offers = mine.packages.map((p) => p.slice());
  const nextU = utilityOf(sp, side, offers[0]!);
  const b = best;
  if (b) {
    const acceptable = b.u >= reserve && (final || b.u >= nextU || (tau >= 0.97 && b.u >= mem.bestReceived));
    if (acceptable) {
      say(ctx, side, 'accept');
      reachAgreement(ctx, side, b.index);
      return;
    }
    if (final) say(ctx, side, 'reject-final');
    else if (b.u < reserve - 120 && s.signals[side] < 2 && mem.ownOffers.length > 0) {
      s.signals[side] += 1;
      say(ctx, side, 'signal');
      log(ctx, 'signal', `${side === 'union' ? 'The union' : 'The studios'}: the gap is too great. Their offer stands.`, side);
      // Twice rebuffed during a strike, the studios walk out for two weeks (as on Oct 11, 2023).
      if (side === 'studio' && s.signals[side] >= 2 && s.phase === 'strike' && !tableActionProblem(s, ctx.sc, side, 'suspend')) {
        say(ctx, side, 'suspend');
        applyTableAction(ctx, side, 'suspend');
      }
      const stand = s.offers.filter((o) => o.by === side).pop();
      if (stand) s.standing = { by: side, packages: stand.packages.map((p) => p.slice()), final: stand.final, day: s.day };
      return;
    }
  }
  s.signals[side] = 0;
  const gap = b ? nextU - b.u : 999;
  const goFinal = tau >= 0.9 && !s.finalBy.includes(side) && gap < 60;
  const prev = mem.ownOffers[mem.ownOffers.length - 1];
  say(ctx, side, goFinal ? 'final' : gap < 40 ? 'counter-close' : prev != null && nextU < prev ? 'counter-moving' : 'counter-firm');
  mem.ownOffers.push(nextU);
  putOnTable(ctx, side, offers, goFinal);
}

/** The AI's own moves on days when no human acts at the table (authorize, extend, strike, CEOs, caucus). */
export function aiDaily(ctx: Ctx, side: Side): void {
  const { s, sc, sp } = ctx;
  if (s.phase === 'done' || s.phase === 'ratification') return;
  const opp = other(side);
  const theirs = s.standing?.by === opp ? s.standing.packages : s.offers.filter((o) => o.by === opp).pop()?.packages;
  const theirBest = theirs ? Math.max(...theirs.map((p) => utilityOf(sp, side, p))) : 0;
  const gap = reservation(s, sc, sp, side) - theirBest;
  const can = (k: Parameters<typeof tableActionProblem>[3]) => tableActionProblem(s, sc, side, k) === null;
  if (side === 'union') {
    if (s.phase === 'talks' && !s.authorized && s.day >= s.expiryDay - 10 && gap > 40 && can('authorize')) {
      applyTableAction(ctx, side, 'authorize');
      if (s.authorized) say(ctx, side, 'authorize');
    } else if (s.day === s.expiryDay && gap > 0 && gap <= 150 && can('extend')) {
      applyTableAction(ctx, side, 'extend');
      say(ctx, side, 'extend');
    } else if (s.phase === 'holdout' && gap > 30 && can('strike')) {
      say(ctx, side, 'strike');
      applyTableAction(ctx, side, 'strike');
    } else if (s.phase !== 'talks' && s.members.some((m) => m.support < 4000) && s.day % 21 === 0) {
      applyTableAction(ctx, side, 'caucus');
    }
  } else {
    if (s.phase === 'strike' && can('ceos') && pressure(s, sc, side) >= 0.6) {
      say(ctx, side, 'ceos');
      applyTableAction(ctx, side, 'ceos');
    } else if (s.phase === 'strike' && s.cohesion < 5000 && s.day % 14 === 0) {
      applyTableAction(ctx, side, 'caucus');
    }
  }
}
