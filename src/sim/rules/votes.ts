import { clampBp, phi } from '../detmath';
import { getScenario } from '../scenarios';
import { score, spaceOf } from '../space';
import type { GameState, Package, VoteResult } from '../types';
import type { Ctx } from './ctx';
import { segmentUtility } from './derived';
import { paramsOf } from './params';

/** Turnout of a segment in a vote now, bp: its base, raised by a long strike and by attention. */
export function turnout(ctx: Ctx, seg: number): number {
  const { s, sc } = ctx;
  const v = ctx.p.votes;
  const strike = Math.min(1, s.strikeDays / v.turnoutStrikeDays) * v.turnoutStrike;
  return clampBp(sc.segments[seg]!.turnout + strike + s.attention * v.turnoutAttention + s.members[seg]!.turnoutBoost);
}

/**
 * The share of the votes cast that say yes, bp: each segment's yes share (0..1) weighted by its
 * members who vote (share × turnout, both bp). One formula for the count and for every poll.
 */
export function yesShare(segs: readonly { share: number; turnout: number }[], yesBySeg: readonly number[]): number {
  let voters = 0;
  let yes = 0;
  segs.forEach((seg, i) => {
    voters += seg.share * seg.turnout;
    yes += seg.share * seg.turnout * yesBySeg[i]!;
  });
  return clampBp((yes / voters) * 10000);
}

/** A segment's yes share (0..1) for a deal worth `utility` to it, Φ((U_s − μ_s)/σ_s). */
export const segmentYes = (utility: number, expectation: number, sigma: number): number => phi((utility - expectation) / sigma);

function tally(ctx: Ctx, yesBySeg: number[], kind: VoteResult['kind']): VoteResult {
  const { s, sc } = ctx;
  const segs = sc.segments.map((seg, i) => ({ share: seg.share, turnout: turnout(ctx, i) }));
  let voters = 0;
  let members = 0;
  const bySegment = sc.segments.map((seg, i) => {
    const t = segs[i]!.turnout;
    voters += seg.share * t;
    members += seg.share;
    return { id: seg.id, yes: clampBp(yesBySeg[i]! * 10000), turnout: t };
  });
  const yesBp = yesShare(segs, yesBySeg);
  return {
    day: s.day,
    kind,
    yes: yesBp,
    turnout: clampBp(voters / members),
    passed: yesBp > 5000, // structural: a simple majority
    bySegment,
  };
}

/** Members' ratification vote: each segment votes yes with probability Φ((U_s(deal) − μ_s)/σ_s). */
export function ratificationVote(ctx: Ctx, deal: Package): VoteResult {
  const { s, sc, sp } = ctx;
  const yes = sc.segments.map((seg, i) => segmentYes(segmentUtility(sp, i, deal), s.members[i]!.expectation, seg.sigma));
  return tally(ctx, yes, 'ratification');
}

/**
 * The board votes first. Board members weigh the segments by how loud they are (visibility),
 * and lean toward the deal their own committee signed.
 */
export function boardVote(ctx: Ctx, deal: Package): VoteResult {
  const { s, sc, sp } = ctx;
  let z = 0;
  let w = 0;
  sc.segments.forEach((seg, i) => {
    z += seg.visibility * ((segmentUtility(sp, i, deal) - s.members[i]!.expectation) / seg.sigma);
    w += seg.visibility;
  });
  const yes = clampBp(phi(z / w + ctx.p.votes.boardLean) * 10000);
  return { day: s.day, kind: 'board', yes, turnout: 10000, passed: yes > 5000 }; // structural: the whole board votes; a simple majority
}

/**
 * Strike authorization: members back a strike when they support the committee and the studios'
 * offer falls short of what they expect.
 */
export function authorizationVote(ctx: Ctx): VoteResult {
  const { s, sc, sp } = ctx;
  const v = ctx.p.votes;
  const offer = s.standing && s.standing.by === 'studio' ? s.standing.packages[0]! : sc.statusQuo;
  const yes = sc.segments.map((seg, i) => {
    const gap = (s.members[i]!.expectation - segmentUtility(sp, i, offer)) / seg.sigma;
    const base = sc.unionModel.authorizationBase / 10000;
    const lean = (s.members[i]!.support - v.authorizationPivot) / 10000 + v.authorizationGap * gap;
    return Math.max(0, Math.min(1, base + lean));
  });
  return tally(ctx, yes, 'authorization');
}

/**
 * What a union committee knows of its members today, enough to poll them on any package: each
 * segment's share and turnout (bp), its hopes and their spread (deci-points on the segment's own
 * scale) and its schedule ([issue][level], the same scale). The person playing the union sees the
 * same poll for any package on the form; the computer's committee reads it here.
 */
export interface MemberPoll {
  segments: { share: number; turnout: number; expectation: number; sigma: number; table: number[][] }[];
}

export function memberPoll(s: GameState): MemberPoll {
  const sc = getScenario(s.config.scenario)!;
  const sp = spaceOf(sc);
  const ctx = { s, sc, sp, p: paramsOf(s.config) } as unknown as Ctx;
  return {
    segments: sc.segments.map((seg, i) => ({
      share: seg.share,
      turnout: turnout(ctx, i),
      expectation: s.members[i]!.expectation,
      sigma: seg.sigma,
      table: sp.segments[i]!.map((row) => row.slice()),
    })),
  };
}

/** The yes share (bp) the members would give `deal` today: the ratification count's own formula. */
export const pollYes = (poll: MemberPoll, deal: Package): number =>
  yesShare(
    poll.segments,
    poll.segments.map((seg) => segmentYes(score(seg.table, deal), seg.expectation, seg.sigma)),
  );

/** The share (0..1) of the union's members who would vote yes to `pkg` today; null in the studios' view. */
export const pollOf = (view: { memberPoll: MemberPoll | null }, pkg: Package): number | null => (view.memberPoll ? pollYes(view.memberPoll, pkg) / 10000 : null);

/**
 * What the members would vote today if `deal` were the tentative agreement (nothing changes):
 * for the union's "projected ratification" gauge.
 */
export function projectedRatification(s: GameState, deal: Package): VoteResult {
  const sc = getScenario(s.config.scenario)!;
  const ctx = { s, sc, sp: spaceOf(sc), p: paramsOf(s.config) } as unknown as Ctx;
  return ratificationVote(ctx, deal);
}
