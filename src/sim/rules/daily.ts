import { staticAnalysis } from '../analysis/static';
import { clamp, clampBp, dexp, logistic, phi } from '../detmath';
import { utilityOf } from '../space';
import type { DailyRecord, LogEntry, Outcome, Package, Side } from '../types';
import { other } from '../types';
import type { Ctx } from './ctx';
import { capExpectations, expectationFloor, logit, memberAverage, reservation, segmentUtility, toleranceScaleOf } from './derived';
import { fireDueEvents } from './events';
import { log } from './log';

const LN2 = 0.6931471805599453; // structural: ln 2, turns a half-life into a daily rate

/** Advance the calendar `days` days, one simulated day at a time. Stops early if the round ends. */
export function advanceDays(ctx: Ctx, days: number): void {
  for (let i = 0; i < days && ctx.s.phase !== 'done'; i++) step(ctx);
}

function step(ctx: Ctx): void {
  const { s, sc } = ctx;
  s.day += 1;
  if (s.phase === 'talks' && s.day > s.expiryDay) {
    s.phase = 'holdout';
    s.resumePhase = 'holdout';
    log(ctx, 'phase', undefined, 'expired');
  }
  const striking = s.phase === 'strike';
  if (striking) s.strikeDays += 1;
  members(ctx, striking);
  studios(ctx, striking);
  opinion(ctx, striking);
  fireDueEvents(ctx);
  record(ctx);
  checkEndings(ctx);
  // The cap waits for a vote already under way; a rejected deal past the cap ends the round.
  if (s.day >= sc.calendar.hardCapDay && s.phase !== 'done' && s.phase !== 'ratification') end(ctx, 'noDeal');
}

function members(ctx: Ctx, striking: boolean): void {
  const { s, sc, sp } = ctx;
  const pm = ctx.p.members;
  const ps = ctx.p.solidarity;
  const standing = s.standing;
  const studioOffer = standing?.by === 'studio' ? standing.packages[0]! : lastOffer(ctx, 'studio');
  const unionDemand = standing?.by === 'union' ? standing.packages[0]! : lastOffer(ctx, 'union');
  const dispute = s.phase === 'strike' || s.phase === 'holdout';
  const pub = (s.publicOpinion.union - s.publicOpinion.studio) / 10000;
  // Friedkin–Johnsen: influence flows from every segment in proportion to its visibility.
  let visSum = 0;
  let zMix = 0;
  sc.segments.forEach((seg, i) => {
    visSum += seg.visibility;
    zMix += seg.visibility * s.members[i]!.supportZ;
  });
  zMix /= visSum;
  const z0 = Math.round(logit(pm.supportStart) * 1000); // the committee's starting mandate
  // Statements, votes and events may have raised hopes since yesterday: never past everything.
  capExpectations(s, sp);
  // Members turn on a committee that will not move: once the studios have moved and the union
  // has not for `stallGrace` strike days (more if it has already come some way), each further
  // day pushes support down (DESIGN §6: members can vote down a leadership that will not move).
  const stalled = striking ? Math.max(0, daysStill(ctx, 'union') - pm.stallGrace - pm.stallGraceServed * Math.sqrt(cameFar(ctx, 'union'))) : 0;
  sc.segments.forEach((seg, i) => {
    const m = s.members[i]!;
    if (striking) {
      m.savings -= seg.dailyEarnings;
      const debt = Math.max(0, -m.savings);
      m.hardship = clampBp((debt * 10000) / (seg.dailyEarnings * pm.hardshipDays));
      // Ashenfelter–Johnson: the gap between hopes and the floor decays with the strike, faster under hardship.
      const floor = expectationFloor(sp, i);
      const gap = m.expectation - floor;
      if (gap > 0) {
        const a = (LN2 / ((seg.halfLifeDays * s.hidden.halfLifeScale) / 10000)) * (1 + (pm.hardshipSpeedup * m.hardship) / 10000);
        m.expectation = floor + Math.floor(gap * dexp(-a));
      }
    }
    let drive = pm.supportPublic * pub - (pm.supportHardship * m.hardship) / 10000 - pm.stallPerDay * stalled;
    if (dispute && studioOffer) {
      drive -= pm.supportTemptation * Math.max(0, (segmentUtility(sp, i, studioOffer) - m.expectation) / seg.sigma);
    }
    if (unionDemand) {
      drive -= pm.supportSellout * Math.max(0, (m.expectation - segmentUtility(sp, i, unionDemand)) / seg.sigma);
    }
    const st = seg.stubbornness / 10000;
    const target = (1 - st) * zMix + st * (z0 + drive * 1000);
    m.supportZ = Math.round(m.supportZ + pm.supportRate * (target - m.supportZ)) + 0; // + 0: never -0, so a saved round reads back exactly
    m.support = clampBp(logistic(m.supportZ / 1000) * 10000);
  });
  // Granovetter: a member stays out once enough others do; hardship raises thresholds, support
  // above one half lowers them: θ = θ0 + γ_h·h − γ_o·(o − ½), models.md §6.2.
  const r = s.solidarity;
  let next = 0;
  sc.segments.forEach((seg, i) => {
    const m = s.members[i]!;
    // structural: 5000 is the ½ of (o − ½) in that formula.
    const theta = seg.threshold + (ps.hardship * m.hardship) / 10000 - (ps.support * (m.support - 5000)) / 10000;
    next += (seg.share / 10000) * phi((r - theta) / ps.spread) * 10000;
  });
  s.solidarity = clampBp(r + ps.rate * (next - r));
  if (striking) {
    let lost = 0;
    sc.segments.forEach((seg) => (lost += (sc.membership.count * seg.share * seg.dailyEarnings) / 10000));
    s.memberLosses += Math.round(lost / 1000);
  }
}

function lastOffer(ctx: Ctx, by: Side) {
  for (let i = ctx.s.offers.length - 1; i >= 0; i--) if (ctx.s.offers[i]!.by === by) return ctx.s.offers[i]!.packages[0]!;
  return null;
}

/** The package `by` ever offered that is best for `for_` (the first of equals). */
function bestOffer(ctx: Ctx, by: Side, for_: Side): Package | null {
  let best: Package | null = null;
  let bestU = -Infinity;
  for (const o of ctx.s.offers) {
    if (o.by !== by) continue;
    for (const p of o.packages) {
      const u = utilityOf(ctx.sp, for_, p);
      if (u > bestU) (bestU = u), (best = p);
    }
  }
  return best ? best.slice() : null;
}

function studios(ctx: Ctx, striking: boolean): void {
  const { s, sc } = ctx;
  const m = sc.studioModel;
  const p = ctx.p.studios;
  if (striking) {
    if (s.pipeline > 0) s.pipeline = Math.max(0, s.pipeline - Math.ceil(10000 / m.pipelineDays));
    else s.dryDays += 1;
    const factor = 1 + (m.dryGrowth / 10000) * (s.dryDays / 30); // structural: dryGrowth is per 30 days (scenario units)
    let total = 0;
    const tolerance = toleranceScaleOf(s);
    sc.factions.forEach((f, i) => {
      const fs = s.factions[i]!;
      const loss = Math.round(((f.dailyLossK * s.hidden.lossScale) / 10000) * factor);
      fs.losses += loss;
      fs.patience = clampBp(fs.patience - (loss * 10000) / ((f.toleranceK * tolerance) / 10000));
      if (fs.patience === 0) fs.spentDays += 1;
      total += loss;
    });
    s.studioLosses += total;
    s.sharePrice = Math.max(p.sharePriceFloor, s.sharePrice - Math.round((total / 1000) * m.sharePerMillion));
  } else {
    s.sharePrice += Math.round((10000 - s.sharePrice) / p.sharePriceRecovery);
  }
  const pats = s.factions.map((f) => f.patience);
  const spread = Math.max(...pats) - Math.min(...pats);
  const stalled = striking ? Math.max(0, daysStill(ctx, 'studio') - p.stallGrace - p.stallGraceServed * Math.sqrt(cameFar(ctx, 'studio'))) : 0;
  // A company whose patience is spent pulls further from the alliance with every strike day it
  // bears beyond it, until it signs on its own: a committee that outwaits the union risks that.
  const spent = s.factions.reduce((a, f) => a + f.spentDays, 0);
  const target = p.cohesionTop - p.cohesionSpread * spread - p.cohesionLowPatience * Math.max(0, p.lowPatience - Math.min(...pats)) - p.stallPerDay * stalled - p.defectPerDay * spent;
  s.cohesion = clampBp(s.cohesion + p.cohesionRate * (target - s.cohesion));
}

/** How far (0..1) the studios' best offer has come from their opening toward the even split, in the union's points. */
/** How far (0..1) `side`'s offers have come from its opening toward the even split, for the other side. */
function cameFar(ctx: Ctx, side: Side): number {
  const { s, sc, sp } = ctx;
  const them = other(side);
  const worth = (o: (typeof s.offers)[number]) => (them === 'union' ? o.uUnion : o.uStudio);
  const open = utilityOf(sp, them, sc.openings[side]);
  const f = staticAnalysis(sp).fair;
  const fair = them === 'union' ? f.a : f.b;
  let best = open;
  for (const o of s.offers) if (o.by === side) best = Math.max(best, worth(o));
  return clamp((best - open) / Math.max(1, fair - open), 0, 1);
}

/**
 * Strike days `side` has stood still while the other side moved: counted from its last
 * improvement for the other side (or the strike's start) — but only if the other side has
 * improved its own offer since; two committees that both stand still split no one.
 */
export function daysStill(ctx: Ctx, side: Side): number {
  const { s } = ctx;
  const start = s.strikeStartDay ?? s.day;
  // A move counts once the side's best offer has come at least `stallMinMove` further for the
  // other side since the last move that counted: a string of one-level steps adds up, a single
  // token step does not reset the clock.
  const min = ctx.p.studios.stallMinMove;
  const lastMove = (by: Side): number => {
    let anchor: number | null = null;
    let moved = -1;
    for (const o of s.offers) {
      if (o.by !== by) continue;
      const u = by === 'studio' ? o.uUnion : o.uStudio;
      if (anchor == null) anchor = u;
      else if (u - anchor >= min) (moved = o.day), (anchor = u);
    }
    return moved;
  };
  const still = lastMove(side);
  const moved = lastMove(other(side));
  if (moved <= still) return 0;
  return s.day - Math.max(still, start);
}

export const daysSinceStudiosMoved = (ctx: Ctx): number => daysStill(ctx, 'studio');

function opinion(ctx: Ctx, striking: boolean): void {
  const { s, sp } = ctx;
  const p = ctx.p.opinion;
  const floor = striking ? p.attentionFloor.strike : p.attentionFloor.calm;
  s.attention = clampBp(s.attention + p.attentionDecay * (floor - s.attention) * (s.blackout ? p.blackoutDecay : 1));
  if (s.blackout) return;
  // Fairness: how far each side's latest position stands from the even split.
  const fair = staticAnalysis(sp).fair;
  const studioOffer = lastOffer(ctx, 'studio');
  const unionDemand = lastOffer(ctx, 'union');
  let tilt = 0;
  if (studioOffer) tilt += fair.a - utilityOf(sp, 'union', studioOffer);
  if (unionDemand) tilt -= fair.b - utilityOf(sp, 'studio', unionDemand);
  const share = logistic(p.base + tilt * p.fairness - p.disruption * s.strikeDays);
  const partisan = 10000 - s.publicOpinion.neutral;
  const cur = s.publicOpinion.union / partisan;
  const next = cur + p.rate * (s.attention / 10000) * (share - cur);
  const u = clamp(Math.round(next * partisan), 0, partisan);
  s.publicOpinion = { union: u, neutral: s.publicOpinion.neutral, studio: partisan - u };
}

function record(ctx: Ctx): void {
  const { s, sc, sp } = ctx;
  // The day's loss is what was actually taken today (zero on the day a strike is called).
  const prev = s.daily.filter((d) => d.day < s.day).pop();
  const dailyLoss = prev ? s.studioLosses - prev.studioLosses : 0;
  const rec: DailyRecord = {
    day: s.day,
    phase: s.phase,
    support: memberAverage(s, sc, 'support'),
    solidarity: s.solidarity,
    savings: memberAverage(s, sc, 'savings'),
    hardship: memberAverage(s, sc, 'hardship'),
    publicUnion: s.publicOpinion.union,
    publicStudio: s.publicOpinion.studio,
    studioLosses: s.studioLosses,
    dailyLoss: Math.round(dailyLoss),
    pipeline: s.pipeline,
    sharePrice: s.sharePrice,
    cohesion: s.cohesion,
    batnaUnion: reservation(s, sc, sp, 'union'),
    batnaStudio: reservation(s, sc, sp, 'studio'),
    expectation: memberAverage(s, sc, 'expectation'),
  };
  const last = s.daily[s.daily.length - 1];
  if (last && last.day === s.day) s.daily[s.daily.length - 1] = rec;
  else s.daily.push(rec);
}

/** Record today's meters again (after an action changed them). */
export const recordToday = record;

function checkEndings(ctx: Ctx): void {
  const { s } = ctx;
  if (s.phase === 'done' || s.phase === 'ratification') return;
  const c = ctx.p.crumble;
  s.streaks.solidarity = s.phase === 'strike' && s.solidarity < c.solidarity ? s.streaks.solidarity + 1 : 0;
  const dispute = s.phase === 'strike' || s.phase === 'holdout';
  s.streaks.support = dispute && memberAverage(s, ctx.sc, 'support') < c.support ? s.streaks.support + 1 : 0;
  s.streaks.cohesion = dispute && s.cohesion < c.cohesion ? s.streaks.cohesion + 1 : 0;
  // The strike gives way on the union's watch: while the studios' latest offer waits for the
  // union's first answer, the union may still take it (a playtester saw the studios' final
  // offer, better than his own ask, arrive and the strike collapse before his turn came). Any
  // move of the union's answers it: a suspended table or a caucus does not hold the strike up.
  if (s.streaks.solidarity >= c.days && !(s.standing?.by === 'studio' && unansweredByUnion(s.log))) end(ctx, 'strikeCrumbled');
  else if (s.streaks.support >= c.days) leadershipCrisis(ctx);
  else if (s.streaks.cohesion >= c.days) end(ctx, 'allianceBroke');
}

/** Whether the studios' latest offer came after the union's latest move of any kind. */
function unansweredByUnion(entries: LogEntry[]): boolean {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (e.side === 'studio' && e.kind === 'offer') return true;
    if (e.side === 'union' && (e.kind === 'offer' || e.kind === 'accept' || e.kind === 'reject' || e.kind === 'action')) return false;
  }
  return false;
}

/**
 * Members have withdrawn their support: the committee is replaced and talks go on. The new
 * committee has a fresh but thinner mandate and must settle for less (its walk-away drops).
 */
function leadershipCrisis(ctx: Ctx): void {
  const { s } = ctx;
  s.crises += 1;
  s.streaks.support = 0;
  const z = Math.round(logit(ctx.p.crisis.supportAfter) * 1000);
  s.members.forEach((m) => ((m.supportZ = z), (m.support = ctx.p.crisis.supportAfter)));
  log(ctx, 'phase', 'union', 'crisis', { day: s.crises });
}

/** End the round. A forced ending imposes the standing terms of the side that held out. */
export function end(ctx: Ctx, outcome: Outcome): void {
  const { s, sc } = ctx;
  s.outcome = outcome;
  s.phase = 'done';
  // The side whose ranks broke takes the other side's most generous offer of the round, not its
  // latest: an offer once made stands, so pulling it back as the other side collapses gains nothing.
  if (outcome === 'strikeCrumbled') s.deal = bestOffer(ctx, 'studio', 'union') ?? sc.statusQuo.slice();
  else if (outcome === 'allianceBroke') s.deal = bestOffer(ctx, 'union', 'studio') ?? sc.statusQuo.slice();
  else if (outcome === 'noDeal') s.deal = null;
  log(ctx, 'ending', undefined, outcome);
}
