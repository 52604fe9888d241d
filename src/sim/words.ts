import { describePackage } from './describe';
import { addDays, prettyDate } from './scenarios/dates';
import type { Scenario } from './scenarios/types';
import type { LogEntry, MediatorHint, Mood, Outcome, Side } from './types';

/**
 * The words of the talks log. The engine records what happened as structured entries; this is
 * the one place that turns them into sentences, for every view (the page, the canvas, the CLI).
 * Rewording anything here changes no replay, no stateHash and no result code.
 */

const LINES: Record<Side, Record<Mood, string[]>> = {
  studio: {
    accept: ['We can live with that. Let\u2019s get everyone back to work.', 'Agreed. We\u2019ll put it in writing tonight.'],
    'counter-firm': [
      'Our offer is already the richest in decades. This is what we can do.',
      'We hear you. The numbers don\u2019t move much from where they are.',
      'This is a serious offer. We are not going much further.',
    ],
    'counter-moving': [
      'We have moved. Meet us somewhere in the middle.',
      'Here is real movement from our side. Your turn.',
      'We can give on some of this if you give on the rest.',
    ],
    'counter-close': ['We are close. This should get it done.', 'The gap is small now. Take this back to your committee.'],
    signal: ['The gap is too great. There is no point in a counter-offer until you move.', 'That is not a serious proposal. We will wait for one.'],
    hold: ['Our offer stands. We are waiting for your answer.', 'Nothing has changed on our side. The offer on the table stands.'],
    final: ['This is our last, best and final offer.', 'We have gone as far as we can. This is final.'],
    'reject-final': ['We cannot accept that, final or not.'],
    withdraw: [], // the studios do not poll the union's members
    suspend: ['We are suspending talks. The gap is too great.'],
    ceos: ['Our chief executives will join the talks in person.'],
    strike: [],
    authorize: [],
    extend: ['We agree to extend the contract while we keep talking.'],
    caucus: ['Our member companies have met and speak with one voice.'],
  },
  union: {
    accept: ['The committee accepts. We will recommend it to the members.', 'We have a deal, subject to the board and the members.'],
    'counter-firm': [
      'Our members expect far more than this. Here is what they need.',
      'Performers cannot live on that. This is our position.',
      'We will not trade away our members\u2019 faces and voices.',
    ],
    'counter-moving': ['We have moved. Now it is your turn.', 'Here is a serious counter. Look at what we gave up.'],
    'counter-close': ['We are close. Fix this and we can take it to the members.', 'One more step and we can recommend it.'],
    signal: ['That offer is an insult to our members. The gap is too great.', 'We will not dignify that with a counter.'],
    hold: ['Our proposal stands. The members are waiting for your answer.', 'We have nothing new to say until you move.'],
    final: ['This is as far as our members will let us go.'],
    'reject-final': ['Our members would vote that down. We cannot accept it.'],
    withdraw: ['Our members would vote down what we last proposed. It is off the table.', 'The members have told us that is not enough. We are taking it back.'],
    suspend: ['We are walking away from the table for now.'],
    ceos: [],
    strike: ['The committee has called a strike. Pencils down, cameras off.', 'We are on strike as of 12:01 a.m.'],
    authorize: ['The members have voted to authorize a strike.'],
    extend: ['We will extend the contract and keep talking, for now.'],
    caucus: ['We met with the members. They are behind us.'],
  },
};

/** Does this committee have words for this mood? (Some moves pass in silence.) */
export const hasLine = (side: Side, mood: Mood): boolean => LINES[side][mood].length > 0;

/** The line a committee says for a mood; `pick` chooses among the mood's lines. */
export function lineText(side: Side, mood: Mood, pick: number): string {
  const options = LINES[side][mood];
  return options.length ? options[Math.abs(pick) % options.length]! : '';
}

export const ENDING_WORDS: Record<Outcome, string> = {
  ratified: 'The members ratified the contract.',
  strikeCrumbled: 'The strike crumbled: members drifted back to work, and the union had to take the best offer the studios had made.',
  mandateLost: 'The members withdrew their support from the committee, which had to put the studios\u2019 standing offer into effect.',
  allianceBroke: 'The alliance broke ranks: studios signed, one by one, the most modest terms the union had offered.',
  noDeal: 'The calendar ran out with no contract: neither side took the other\u2019s terms.',
};

const who = (side: Side | undefined): string => (side === 'studio' ? 'The studios' : 'The union');
/** "The union puts" / "The studios put". */
const verb = (side: Side | undefined, v: string): string => `${who(side)} ${v}${side === 'studio' ? '' : 's'}`;
const pct = (bp: number | undefined, digits: number): string => `${((bp ?? 0) / 100).toFixed(digits)}%`;

const ordinal = (n: number): string => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'}`;

/** What a mediator said, in words. */
export function mediatorWords(sc: Scenario, hint: MediatorHint): string {
  if (!hint.possible)
    return `"From what I hear in both rooms, no deal is possible yet: what each of you needs does not overlap, by about ${Math.round((hint.gap ?? 0) / 10)} points counted on both your schedules together. Time and costs will move one of you. I may have read either of you wrong."`;
  // What a mediator reads is what each side needs, not what it holds out for: a firm committee
  // (a hard computer, say) can turn the package down (a playtester took it as a promise).
  return `"From what I hear in both rooms, a deal looks possible today. Something like this might work for both committees, if each settles for what it truly needs: ${hint.package ? describePackage(sc, hint.package) : ''}. A committee set on holding out may still ask for more, and I may have read either of you wrong."`;
}

/** One log entry in words. */
export function logText(sc: Scenario, e: LogEntry): string {
  const d = e.data ?? {};
  switch (e.kind) {
    case 'offer': {
      const packages = d.packages ?? [];
      const label = packages.length > 1 ? `${packages.length} equivalent packages` : 'a package';
      return `${verb(e.side, 'put')} ${label} on the table${d.final ? ' as last, best and final' : ''}: ${packages.map((p) => describePackage(sc, p)).join(' \u2014 or \u2014 ')}.`;
    }
    case 'accept':
      return `${verb(e.side, 'accept')}: tentative agreement on ${describePackage(sc, d.packages?.[0] ?? [])}.`;
    case 'reject':
      // The log says what was done; a committee's reasons are in its own line.
      return d.on ? `${verb(e.side, 'turn')} the offer down without a counter-offer; ${e.side === 'studio' ? 'their' : 'its'} own last offer stands.` : `${verb(e.side, 'hold')} ${e.side === 'studio' ? 'their' : 'its'} position.`;
    case 'line':
      return lineText(e.side ?? 'union', (e.ref ?? 'hold') as Mood, d.pick ?? 0);
    case 'ending':
      return ENDING_WORDS[(e.ref ?? 'noDeal') as Outcome] ?? '';
    case 'event': {
      const ev = sc.events.find((x) => x.id === e.ref);
      return ev ? `${ev.title}: ${ev.text}` : 'An event.';
    }
    case 'vote': {
      if (e.ref === 'pre-authorized') return `Members have already authorized a strike: ${pct(d.yes, 2)} yes.`;
      if (e.ref === 'board') {
        // The no share is what the rounded yes share leaves, so the two add up to 100%.
        const yes = Math.round((d.yes ?? 0) / 10) * 10;
        return `The union\u2019s board votes ${pct(yes, 1)} yes, ${pct(10000 - yes, 1)} no: ${d.passed ? 'sent to the members for ratification' : 'rejected, back to the table'}.`;
      }
      if (e.ref === 'ratification') return `Ratification: ${pct(d.yes, 2)} yes at ${pct(d.turnout, 2)} turnout: ${d.passed ? 'ratified' : 'rejected'}.`;
      return `Strike authorization: ${pct(d.yes, 2)} yes at ${pct(d.turnout, 2)} turnout: ${d.passed ? 'authorized' : 'not authorized'}.`;
    }
    case 'phase':
      switch (e.ref) {
        case 'open':
          return `Talks open. The contract expires on day ${d.day ?? 0}.`;
        case 'expired':
          return 'The contract has expired. Members keep working under the old terms while talks go on.';
        case 'strike':
          return 'The union calls a strike. Production stops.';
        case 'board-rejected':
          return 'The board rejected the tentative agreement. Talks resume, with members angrier than before.';
        case 'members-rejected':
          return 'The members voted the deal down. Talks resume, with members angrier than before.';
        case 'crisis':
          return `Members have lost faith in the committee: a leadership crisis${(d.day ?? 1) > 1 ? ` (the ${ordinal(d.day ?? 1)})` : ''}. A new committee takes over with a thinner mandate, a lower walk-away and less credibility; each crisis counts against the union\u2019s score.`;
        default:
          return '';
      }
    case 'action':
      switch (e.ref) {
        case 'broke-final':
          return `${who(e.side)} went past their "final" offer: credibility lost.`;
        case 'caucus':
          return e.side === 'studio' ? 'The studios\u2019 member companies meet behind closed doors.' : 'The union holds a town hall: members hear where the talks stand.';
        case 'statement':
          return `${verb(e.side, 'make')} a ${d.tone === 'conciliatory' ? 'conciliatory' : 'firm'} public statement.`;
        case 'extend':
          // A date, as everywhere else (a playtester read "extended to day 35" beside "Jul 12").
          return `The contract is extended to ${prettyDate(addDays(sc.calendar.talksOpen, d.day ?? 0))} (day ${d.day ?? 0}) while talks continue.`;
        case 'suspend':
          return `${verb(e.side, 'suspend')} talks for ${d.day ?? 0} days.`;
        case 'ceos':
          return 'The studios\u2019 chief executives join the talks in person.';
        case 'mediator':
          return `A federal mediator meets both sides. ${d.hint ? mediatorWords(sc, d.hint) : ''}`;
        case 'blackout':
          return d.on ? 'Both sides agree to a media blackout.' : 'The media blackout is lifted.';
        default:
          return '';
      }
  }
}
