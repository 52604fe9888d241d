import { clampBp } from '../detmath';
import type { GameState, Side, TableActionKind } from '../types';
import type { Scenario } from '../scenarios/types';
import type { Ctx } from './ctx';
import { segmentUtility } from './derived';
import { log } from './log';
import { P } from './params';
import { authorizationVote } from './votes';
import { mediatorHint } from './mediator';

/** What each table action does and costs, stated to the player before they commit. */
export interface TableActionInfo {
  kind: TableActionKind;
  label: string;
  who: Side | 'both';
  /** Days it takes. */
  days: number;
  cost: string;
  effect: string;
}

export const TABLE_ACTIONS: Record<TableActionKind, TableActionInfo> = {
  caucus: {
    kind: 'caucus',
    label: 'Caucus',
    who: 'both',
    days: 2,
    cost: '2 days away from the table.',
    effect:
      'Union: a town hall that raises support and brings members\u2019 expectations part of the way toward what is on the table. Studios: a meeting of member companies that restores cohesion and narrows their differences.',
  },
  statement: {
    kind: 'statement',
    label: 'Public statement',
    who: 'both',
    days: 1,
    cost: '1 day. Not possible during a media blackout.',
    effect:
      'Firm: moves public opinion your way and stiffens your side (union members\u2019 expectations rise). Conciliatory: cools expectations on your side and earns the other side\u2019s trust.',
  },
  authorize: {
    kind: 'authorize',
    label: 'Strike authorization vote',
    who: 'union',
    days: 7,
    cost: '7 days while the ballots are counted.',
    effect: 'If members vote yes, you may strike once the contract expires, and the studios must price in that threat.',
  },
  extend: {
    kind: 'extend',
    label: 'Extend the contract',
    who: 'union',
    days: 0,
    cost: 'No strike is possible until the extension ends.',
    effect: 'Talks continue under the old terms until the extension date. Little pressure on either side.',
  },
  strike: {
    kind: 'strike',
    label: 'Call a strike',
    who: 'union',
    days: 0,
    cost: 'Every strike day costs members their earnings and savings.',
    effect: 'Production stops. Every day costs the studios revenue, and more once their content pipeline runs dry.',
  },
  suspend: {
    kind: 'suspend',
    label: 'Suspend talks',
    who: 'both',
    days: 14,
    cost: '14 days pass with no sessions; the public blames whoever walks out.',
    effect: 'Shows resolve to your own side (support or cohesion up) and lets the clock work on the other side.',
  },
  ceos: {
    kind: 'ceos',
    label: 'Bring in the CEOs',
    who: 'both',
    days: 2,
    cost: '2 days; once per round.',
    effect: 'For three weeks both committees concede faster; media attention jumps.',
  },
  mediator: {
    kind: 'mediator',
    label: 'Request a federal mediator',
    who: 'both',
    days: 5,
    cost: `5 days; at most once every ${P.mediatorEvery} days.`,
    effect: 'The mediator hears both sides in confidence and tells you whether a zone of agreement exists, and roughly where.',
  },
  blackout: {
    kind: 'blackout',
    label: 'Media blackout',
    who: 'both',
    days: 0,
    cost: 'No public statements while it lasts.',
    effect: 'Public opinion holds still and attention fades. Take the action again to lift it.',
  },
};

/** null if `side` may take `kind` now; otherwise the reason, in plain words. */
export function tableActionProblem(s: GameState, sc: Scenario, side: Side, kind: TableActionKind): string | null {
  const info = TABLE_ACTIONS[kind];
  if (info.who !== 'both' && info.who !== side) return `Only the ${info.who === 'union' ? 'union' : 'studios'} can do that.`;
  if (s.phase === 'done') return 'The round is over.';
  if (s.phase === 'ratification') return 'A tentative agreement is waiting for the vote.';
  switch (kind) {
    case 'statement':
      return s.blackout ? 'A media blackout is in force.' : null;
    case 'authorize':
      if (s.authorized) return 'Members have already authorized a strike.';
      if (s.phase !== 'talks') return 'A strike authorization vote must be held before the contract expires.';
      return null;
    case 'extend':
      if (sc.calendar.extensionDay == null) return 'No extension is on offer in this round.';
      if (s.extended) return 'The contract has already been extended once.';
      if (s.phase === 'strike') return 'You are on strike.';
      if (s.day > sc.calendar.extensionDay) return 'The last date for an extension has passed.';
      return null;
    case 'strike':
      if (s.phase === 'strike') return 'You are already on strike.';
      if (!s.authorized) return 'Members must first authorize a strike.';
      if (s.day < s.expiryDay) return `The contract runs until day ${s.expiryDay}: no strike before it expires.`;
      return null;
    case 'suspend':
      return s.talksSuspendedUntil > s.day ? `Talks are already suspended until day ${s.talksSuspendedUntil}.` : null;
    case 'ceos':
      return s.ceosUsed ? 'The CEOs have already been brought in this round.' : null;
    case 'mediator':
      return s.mediatorDay >= 0 && s.day - s.mediatorDay < P.mediatorEvery ? `A mediator was here ${s.day - s.mediatorDay} days ago.` : null;
    default:
      return null;
  }
}

/** Apply a table action's effect (its days are spent by the caller). */
export function applyTableAction(ctx: Ctx, side: Side, kind: TableActionKind, tone: 'firm' | 'conciliatory' = 'firm'): void {
  const { s, sc, sp } = ctx;
  switch (kind) {
    case 'caucus': {
      if (side === 'union') {
        const offer = s.standing?.by === 'studio' ? s.standing.packages[0]! : null;
        s.members.forEach((m, i) => {
          if (offer) {
            const u = segmentUtility(sp, i, offer);
            if (m.expectation > u) m.expectation -= Math.round((m.expectation - u) / 5);
          }
          m.supportZ += 160;
          m.support = clampBp(m.support + 400);
        });
        log(ctx, 'action', side, kind);
      } else {
        const mean = Math.round(s.factions.reduce((a, f) => a + f.patience, 0) / s.factions.length);
        s.factions.forEach((f) => (f.patience += Math.round((mean - f.patience) / 5)));
        s.cohesion = clampBp(s.cohesion + 1200);
        log(ctx, 'action', side, kind);
      }
      break;
    }
    case 'statement': {
      const sign = side === 'union' ? 1 : -1;
      const partisan = 10000 - s.publicOpinion.neutral;
      if (tone === 'firm') {
        const u = Math.max(0, Math.min(partisan, s.publicOpinion.union + sign * Math.round(150 + s.attention / 20)));
        s.publicOpinion = { union: u, neutral: s.publicOpinion.neutral, studio: partisan - u };
        s.attention = clampBp(s.attention + 800);
        if (side === 'union') s.members.forEach((m) => ((m.expectation += 10), (m.supportZ += 100)));
        else s.cohesion = clampBp(s.cohesion + 300);
        log(ctx, 'action', side, kind, { tone });
      } else {
        const u = Math.max(0, Math.min(partisan, s.publicOpinion.union + sign * 80));
        s.publicOpinion = { union: u, neutral: s.publicOpinion.neutral, studio: partisan - u };
        if (side === 'union') s.members.forEach((m) => (m.expectation -= 15));
        else s.cohesion = clampBp(s.cohesion - 200);
        const them = side === 'union' ? 'studio' : 'union';
        s.trust[them] = clampBp(s.trust[them] + 800);
        log(ctx, 'action', side, kind, { tone });
      }
      break;
    }
    case 'authorize': {
      const vote = authorizationVote(ctx);
      s.votes.push(vote);
      s.attention = clampBp(s.attention + 1000);
      if (vote.passed) {
        s.authorized = true;
        s.authorizationYes = vote.yes;
        s.members.forEach((m) => (m.expectation += 10));
      }
      log(ctx, 'vote', side, 'authorization', { yes: vote.yes, turnout: vote.turnout, passed: vote.passed });
      break;
    }
    case 'extend': {
      s.extended = true;
      s.expiryDay = sc.calendar.extensionDay ?? s.expiryDay;
      if (s.phase === 'holdout') s.phase = 'talks';
      s.resumePhase = 'talks';
      s.members.forEach((m) => (m.expectation -= 5));
      log(ctx, 'action', side, kind, { day: s.expiryDay });
      break;
    }
    case 'strike': {
      s.phase = 'strike';
      s.resumePhase = 'strike';
      s.strikeStartDay = s.day + 1;
      s.attention = clampBp(s.attention + 2500);
      s.solidarity = clampBp(s.solidarity + 500);
      log(ctx, 'phase', side, kind);
      break;
    }
    case 'suspend': {
      s.talksSuspendedUntil = Math.max(s.talksSuspendedUntil, s.day + TABLE_ACTIONS.suspend.days);
      if (side === 'union') s.members.forEach((m) => (m.supportZ += 120));
      else s.cohesion = clampBp(s.cohesion + 300);
      const partisan = 10000 - s.publicOpinion.neutral;
      const u = Math.max(0, Math.min(partisan, s.publicOpinion.union + (side === 'union' ? -150 : 150)));
      if (!s.blackout) s.publicOpinion = { union: u, neutral: s.publicOpinion.neutral, studio: partisan - u };
      log(ctx, 'action', side, kind, { day: TABLE_ACTIONS.suspend.days });
      break;
    }
    case 'ceos': {
      s.ceosUsed = true;
      s.ceosUntil = s.day + P.ceos.days;
      s.attention = clampBp(s.attention + 1500);
      if (side === 'studio') s.cohesion = clampBp(s.cohesion + 500);
      else s.members.forEach((m) => (m.supportZ += 120));
      log(ctx, 'action', side, kind);
      break;
    }
    case 'mediator': {
      s.mediatorDay = s.day;
      s.mediatorHint = mediatorHint(ctx);
      s.attention = clampBp(s.attention - 500);
      log(ctx, 'action', side, kind, { hint: s.mediatorHint });
      break;
    }
    case 'blackout': {
      s.blackout = !s.blackout;
      log(ctx, 'action', side, kind, { on: s.blackout });
      break;
    }
  }
}
