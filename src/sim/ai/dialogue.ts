import type { Side } from '../types';
import type { Draw } from '../rng';

/** What the AI's committee says, by situation. Lines reflect its state; the PRNG picks among them. */
export type Mood = 'accept' | 'counter-firm' | 'counter-moving' | 'counter-close' | 'signal' | 'final' | 'reject-final' | 'suspend' | 'ceos' | 'strike' | 'authorize' | 'extend' | 'caucus';

const LINES: Record<Side, Record<Mood, string[]>> = {
  studio: {
    accept: ['We can live with that. Let\u2019s get everyone back to work.', 'Agreed. We\u2019ll put it in writing tonight.'],
    'counter-firm': [
      'Our offer is already the richest in decades. This is what we can do.',
      'The pattern the directors accepted is fair. We are not going far past it.',
      'We hear you. The numbers don\u2019t move much from where they are.',
    ],
    'counter-moving': [
      'We have moved. Meet us somewhere in the middle.',
      'Here is real movement from our side. Your turn.',
      'We can give on some of this if you give on the rest.',
    ],
    'counter-close': ['We are close. This should get it done.', 'The gap is small now. Take this back to your committee.'],
    signal: ['The gap is too great. There is no point in a counter-offer until you move.', 'That is not a serious proposal. We will wait for one.'],
    final: ['This is our last, best and final offer.', 'We came all the way to you. This is final.'],
    'reject-final': ['We cannot accept that, final or not.'],
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
    'counter-moving': ['We have moved on several points. Now it is your turn.', 'Here is a serious counter. Look at what we gave up.'],
    'counter-close': ['We are close. Fix this and we can take it to the members.', 'One more step and we can recommend it.'],
    signal: ['That offer is an insult to our members. The gap is too great.', 'We will not dignify that with a counter.'],
    final: ['This is as far as our members will let us go.'],
    'reject-final': ['Our members would vote that down. We cannot accept it.'],
    suspend: ['We are walking away from the table for now.'],
    ceos: [],
    strike: ['The committee has called a strike. Pencils down, cameras off.', 'We are on strike as of 12:01 a.m.'],
    authorize: ['The members have voted to authorize a strike.'],
    extend: ['We will extend the contract and keep talking, for now.'],
    caucus: ['We met with the members. They are behind us.'],
  },
};

export function line(side: Side, mood: Mood, rng: Draw): string {
  const options = LINES[side][mood];
  if (options.length === 0) return '';
  return options[rng.int(0, options.length - 1)]!;
}
