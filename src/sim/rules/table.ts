import { clampBp } from '../detmath';
import type { GameState, Side, TableActionKind } from '../types';
import type { Scenario } from '../scenarios/types';
import type { Ctx } from './ctx';
import { segmentUtility } from './derived';
import { log } from './log';
import { DEFAULT_PARAMS, paramsOf, type Params } from './params';
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
  /** What it does for one side, where the sides' versions differ (a caucus): shown to that side. */
  effectFor?: Partial<Record<Side, string>>;
}

const dayWords = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`;
/** "N days. " before a cost that is not about time, or nothing for an action that takes none. */
const lead = (n: number): string => (n > 0 ? `${dayWords(n)}. ` : '');
const WEEKS = ['', 'one week', 'two weeks', 'three weeks', 'four weeks'];
const DAYS_PER_WEEK = 7; // structural: the calendar
const span = (n: number): string => (n % DAYS_PER_WEEK === 0 && WEEKS[n / DAYS_PER_WEEK] ? WEEKS[n / DAYS_PER_WEEK]! : dayWords(n));

/** The table actions as a round with these parameters has them: the days and the words that state them. */
function buildTableActions(p: Params): Record<TableActionKind, TableActionInfo> {
  const t = p.table;
  return {
    caucus: {
      kind: 'caucus',
      label: 'Caucus',
      who: 'both',
      days: t.caucus.days,
      cost: `${dayWords(t.caucus.days)} away from the table.`,
      effect:
        'Union: a town hall that raises support and brings members\u2019 expectations part of the way toward what is on the table. Studios: a meeting of member companies that restores cohesion and narrows their differences.',
      effectFor: {
        union: 'A town hall that raises support and brings members\u2019 expectations part of the way toward what is on the table.',
        studio: 'A meeting of member companies that restores cohesion and narrows their differences.',
      },
    },
    statement: {
      kind: 'statement',
      label: 'Public statement',
      who: 'both',
      days: t.statement.days,
      cost: `${dayWords(t.statement.days)}. Not possible during a media blackout.`,
      effect:
        'Firm: moves public opinion your way and stiffens your side (the union\u2019s members expect more; the studios\u2019 alliance holds together better). Conciliatory: cools your side (members expect less; the alliance\u2019s hawks grumble) and earns the other side\u2019s trust.',
    },
    authorize: {
      kind: 'authorize',
      label: 'Strike authorization vote',
      who: 'union',
      days: t.authorize.days,
      cost: `${dayWords(t.authorize.days)} while the ballots are counted.`,
      effect: 'If members vote yes, you may strike once the contract expires, and the studios must price in that threat.',
    },
    extend: {
      kind: 'extend',
      label: 'Extend the contract',
      who: 'union',
      days: t.extend.days,
      cost: `${lead(t.extend.days)}No strike is possible until the extension ends.`,
      effect: 'Talks continue under the old terms until the extension date. Little pressure on either side.',
    },
    strike: {
      kind: 'strike',
      label: 'Call a strike',
      who: 'union',
      days: t.strike.days,
      cost: `${lead(t.strike.days)}Every strike day costs members their earnings and savings.`,
      effect: 'Production stops. Every day costs the studios revenue, and more once their content pipeline runs dry.',
    },
    suspend: {
      kind: 'suspend',
      label: 'Suspend talks',
      who: 'both',
      days: t.suspend.days,
      cost: `${dayWords(t.suspend.days)} pass with no sessions; the public blames whoever walks out.`,
      effect: 'Shows resolve to your own side (support or cohesion up) and lets the clock work on the other side.',
    },
    ceos: {
      kind: 'ceos',
      label: 'Bring in the CEOs',
      who: 'both',
      days: t.ceos.days,
      cost: `${dayWords(t.ceos.days)}; once per round.`,
      effect: `For ${span(t.ceos.lasts)} both committees concede faster; media attention jumps.`,
    },
    mediator: {
      kind: 'mediator',
      label: 'Request a federal mediator',
      who: 'both',
      days: t.mediator.days,
      cost: `${dayWords(t.mediator.days)}; at most once every ${t.mediator.every} days.`,
      effect: 'The mediator hears both sides in confidence and tells you whether a zone of agreement exists, and roughly where.',
    },
    blackout: {
      kind: 'blackout',
      label: 'Media blackout',
      who: 'both',
      days: t.blackout.days,
      cost: `${lead(t.blackout.days)}No public statements while it lasts.`,
      effect: 'Public opinion holds still and attention fades. Take the action again to lift it.',
    },
  };
}

const built = new WeakMap<Params, Record<TableActionKind, TableActionInfo>>();
/** The table actions of a round with parameters `p` (cached per parameter set). */
export function tableActions(p: Params): Record<TableActionKind, TableActionInfo> {
  let t = built.get(p);
  if (!t) built.set(p, (t = buildTableActions(p)));
  return t;
}

/** The table actions with the default parameters (what a round without tuning has). */
export const TABLE_ACTIONS: Record<TableActionKind, TableActionInfo> = tableActions(DEFAULT_PARAMS);

/** null if `side` may take `kind` now; otherwise the reason, in plain words. */
export function tableActionProblem(s: GameState, sc: Scenario, side: Side, kind: TableActionKind): string | null {
  const p = paramsOf(s.config);
  const info = tableActions(p)[kind];
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
      return s.mediatorDay >= 0 && s.day - s.mediatorDay < p.table.mediator.every ? `A mediator was here ${s.day - s.mediatorDay} days ago.` : null;
    default:
      return null;
  }
}

/**
 * The share of its full effect a repeated caucus or statement still has: 1/(1 + n)^power, where n
 * counts the side's earlier ones of that kind, each fading linearly to nothing over the window.
 * Squared, the returns stay bounded however often it is repeated (with 1/(1 + n) sixty town
 * halls in a strike-free summer talked the members' hopes down without limit).
 */
function freshness(ctx: Ctx, side: Side, kind: TableActionKind): number {
  const { s } = ctx;
  const t = ctx.p.table;
  let repeats = 0;
  for (let i = s.log.length - 1; i >= 0; i--) {
    const e = s.log[i]!;
    const ago = s.day - e.day;
    if (ago >= t.repeatWindow) break;
    if (e.kind === 'action' && e.side === side && e.ref === kind) repeats += 1 - ago / t.repeatWindow;
  }
  return 1 / (1 + repeats) ** t.repeatPower;
}

/** Apply a table action's effect (its days are spent by the caller). */
export function applyTableAction(ctx: Ctx, side: Side, kind: TableActionKind, tone: 'firm' | 'conciliatory' = 'firm'): void {
  const { s, sc, sp } = ctx;
  const t = ctx.p.table;
  switch (kind) {
    case 'caucus': {
      const c = t.caucus;
      const k = freshness(ctx, side, kind);
      if (side === 'union') {
        const offer = s.standing?.by === 'studio' ? s.standing.packages[0]! : null;
        s.members.forEach((m, i) => {
          if (offer) {
            const u = segmentUtility(sp, i, offer);
            if (m.expectation > u) m.expectation -= Math.round(((m.expectation - u) / c.expectationToward) * k);
          }
          m.supportZ += Math.round(c.supportZ * k);
          m.support = clampBp(m.support + Math.round(c.support * k));
        });
        log(ctx, 'action', side, kind);
      } else {
        const mean = Math.round(s.factions.reduce((a, f) => a + f.patience, 0) / s.factions.length);
        s.factions.forEach((f) => (f.patience += Math.round(((mean - f.patience) / c.patienceToward) * k)));
        s.cohesion = clampBp(s.cohesion + Math.round(c.cohesion * k));
        log(ctx, 'action', side, kind);
      }
      break;
    }
    case 'statement': {
      const sign = side === 'union' ? 1 : -1;
      const partisan = 10000 - s.publicOpinion.neutral;
      const k = freshness(ctx, side, kind);
      const r = (x: number) => Math.round(x * k);
      if (tone === 'firm') {
        const f = t.statement.firm;
        const u = Math.max(0, Math.min(partisan, s.publicOpinion.union + sign * r(f.public + s.attention / f.publicPerAttention)));
        s.publicOpinion = { union: u, neutral: s.publicOpinion.neutral, studio: partisan - u };
        s.attention = clampBp(s.attention + r(f.attention));
        if (side === 'union') s.members.forEach((m) => ((m.expectation += r(f.expectation)), (m.supportZ += r(f.supportZ))));
        else s.cohesion = clampBp(s.cohesion + r(f.cohesion));
        log(ctx, 'action', side, kind, { tone });
      } else {
        const c = t.statement.conciliatory;
        const u = Math.max(0, Math.min(partisan, s.publicOpinion.union + sign * r(c.public)));
        s.publicOpinion = { union: u, neutral: s.publicOpinion.neutral, studio: partisan - u };
        if (side === 'union') s.members.forEach((m) => (m.expectation += r(c.expectation)));
        else s.cohesion = clampBp(s.cohesion + r(c.cohesion));
        const them = side === 'union' ? 'studio' : 'union';
        s.trust[them] = clampBp(s.trust[them] + r(c.trust));
        log(ctx, 'action', side, kind, { tone });
      }
      break;
    }
    case 'authorize': {
      const vote = authorizationVote(ctx);
      s.votes.push(vote);
      s.attention = clampBp(s.attention + t.authorize.attention);
      if (vote.passed) {
        s.authorized = true;
        s.authorizationYes = vote.yes;
        s.members.forEach((m) => (m.expectation += t.authorize.expectation));
      }
      log(ctx, 'vote', side, 'authorization', { yes: vote.yes, turnout: vote.turnout, passed: vote.passed });
      break;
    }
    case 'extend': {
      s.extended = true;
      s.expiryDay = sc.calendar.extensionDay ?? s.expiryDay;
      if (s.phase === 'holdout') s.phase = 'talks';
      s.resumePhase = 'talks';
      s.members.forEach((m) => (m.expectation += t.extend.expectation));
      log(ctx, 'action', side, kind, { day: s.expiryDay });
      break;
    }
    case 'strike': {
      s.phase = 'strike';
      s.resumePhase = 'strike';
      s.strikeStartDay = s.day + 1;
      s.attention = clampBp(s.attention + t.strike.attention);
      s.solidarity = clampBp(s.solidarity + t.strike.solidarity);
      log(ctx, 'phase', side, kind);
      break;
    }
    case 'suspend': {
      const c = t.suspend;
      s.talksSuspendedUntil = Math.max(s.talksSuspendedUntil, s.day + c.days);
      if (side === 'union') s.members.forEach((m) => (m.supportZ += c.supportZ));
      else s.cohesion = clampBp(s.cohesion + c.cohesion);
      const partisan = 10000 - s.publicOpinion.neutral;
      const u = Math.max(0, Math.min(partisan, s.publicOpinion.union + (side === 'union' ? -c.blame : c.blame)));
      if (!s.blackout) s.publicOpinion = { union: u, neutral: s.publicOpinion.neutral, studio: partisan - u };
      log(ctx, 'action', side, kind, { day: c.days });
      break;
    }
    case 'ceos': {
      s.ceosUsed = true;
      const c = t.ceos;
      s.ceosUntil = s.day + c.lasts;
      s.attention = clampBp(s.attention + c.attention);
      if (side === 'studio') s.cohesion = clampBp(s.cohesion + c.cohesion);
      else s.members.forEach((m) => (m.supportZ += c.supportZ));
      log(ctx, 'action', side, kind);
      break;
    }
    case 'mediator': {
      s.mediatorDay = s.day;
      s.mediatorHint = mediatorHint(ctx);
      s.attention = clampBp(s.attention + t.mediator.attention);
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
