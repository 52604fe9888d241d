import { clampBp } from '../detmath';
import { utilityOf } from '../space';
import type { Package, Side } from '../types';
import { other } from '../types';
import type { Ctx } from './ctx';
import { capExpectations } from './derived';
import { advanceDays, end } from './daily';
import { log } from './log';
import { boardVote, ratificationVote } from './votes';

/**
 * Going past one's own "last, best and final" costs credibility at home: by tabling a package
 * that gives up more than any package of the final set did, or by accepting one (a strategy
 * hunt called every offer final and then accepted the other side's counter below it, free).
 */
function breakFinalIfPast(ctx: Ctx, by: Side, packages: Package[]): void {
  const { s, sp } = ctx;
  if (s.finalBy.includes(by) && !s.brokeFinal.includes(by)) {
    const prevFinal = [...s.offers].reverse().find((o) => o.by === by && o.final);
    const opp = other(by);
    // Judged on the breaker's own scale: giving up more than any package of its "final" set
    // gave up (repeating the final set is not a break).
    const floor = prevFinal ? Math.min(...prevFinal.packages.map((p) => utilityOf(sp, by, p))) : 0;
    if (prevFinal && packages.some((p) => utilityOf(sp, by, p) < floor)) {
      s.brokeFinal.push(by);
      const e = ctx.p.agreement.brokenFinal;
      if (by === 'union') s.members.forEach((m) => ((m.supportZ += e.supportZ), (m.support = clampBp(m.support + e.support))));
      else s.cohesion = clampBp(s.cohesion + e.cohesion);
      s.trust[opp] = clampBp(s.trust[opp] + e.trust);
      log(ctx, 'action', by, 'broke-final');
    }
  }
}

/** Put packages on the table for `by` and record them. */
export function putOnTable(ctx: Ctx, by: Side, packages: Package[], final: boolean): void {
  const { s, sp } = ctx;
  breakFinalIfPast(ctx, by, packages);
  if (final && !s.finalBy.includes(by)) s.finalBy.push(by);
  s.standing = { by, packages: packages.map((p) => p.slice()), final, day: s.day };
  const first = packages[0]!;
  s.offers.push({ day: s.day, by, packages: packages.map((p) => p.slice()), final, uUnion: utilityOf(sp, 'union', first), uStudio: utilityOf(sp, 'studio', first) });
  log(ctx, 'offer', by, undefined, { packages: packages.map((p) => p.slice()), final });
}

/** `by` accepts package `index` of the standing offer: a tentative agreement, then the board votes. */
export function reachAgreement(ctx: Ctx, by: Side, index: number): void {
  const { s } = ctx;
  const pkg = s.standing!.packages[index]!.slice();
  breakFinalIfPast(ctx, by, [pkg]);
  s.resumePhase = s.phase === 'ratification' ? s.resumePhase : s.phase;
  s.phase = 'ratification';
  s.standing = null;
  log(ctx, 'accept', by, undefined, { packages: [pkg.slice()] });
  const board = boardVote(ctx, pkg);
  s.votes.push(board);
  s.agreement = { packages: pkg, day: s.day, board };
  log(ctx, 'vote', 'union', 'board', { yes: board.yes, turnout: board.turnout, passed: board.passed });
  if (!board.passed) backToTable(ctx, 'board-rejected');
}

/** Count the members' ballots (the vote takes the scenario's ratification period). */
export function countVotes(ctx: Ctx): void {
  const { s, sc } = ctx;
  const deal = s.agreement!.packages;
  advanceDays(ctx, sc.ratificationDays);
  const vote = ratificationVote(ctx, deal);
  s.votes.push(vote);
  log(ctx, 'vote', 'union', 'ratification', { yes: vote.yes, turnout: vote.turnout, passed: vote.passed });
  if (vote.passed) {
    s.deal = deal.slice();
    s.sharePrice += Math.round((10000 - s.sharePrice) / ctx.p.studios.sharePriceOnDeal);
    end(ctx, 'ratified');
  } else if (s.day >= sc.calendar.hardCapDay) {
    // No time is left to go back to the table.
    s.agreement = null;
    end(ctx, 'noDeal');
  } else {
    backToTable(ctx, 'members-rejected');
  }
}

function backToTable(ctx: Ctx, why: 'board-rejected' | 'members-rejected'): void {
  const { s } = ctx;
  s.agreement = null;
  s.phase = s.resumePhase === 'ratification' ? 'talks' : s.resumePhase;
  if (s.phase === 'talks' && s.day > s.expiryDay) s.phase = 'holdout';
  const e = ctx.p.agreement.rejected;
  s.members.forEach((m) => ((m.expectation += e.expectation), (m.supportZ += e.supportZ)));
  capExpectations(s, ctx.sp);
  s.trust.union = clampBp(s.trust.union + e.trust);
  s.trust.studio = clampBp(s.trust.studio + e.trust);
  s.standing = null;
  // The union's committee must come back to the table with something its members will take.
  s.turn = 'union';
  log(ctx, 'phase', undefined, why);
}
