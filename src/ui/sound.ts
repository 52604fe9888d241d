import deal from '../../assets/sounds/deal.wav?no-inline';
import offer from '../../assets/sounds/offer.wav?no-inline';
import strike from '../../assets/sounds/strike.wav?no-inline';
import vote from '../../assets/sounds/vote.wav?no-inline';
import type { AppStore } from '../app/store';
import { viewOf } from '../app/view';
import type { LogEntry, Side } from '../sim';

/** The game's sound cues (assets/sounds, made by make-sounds.mjs there). */
export const CUES = { offer, deal, strike, vote } as const;
export type Cue = keyof typeof CUES;

/** Which cue a new log entry calls for, seen from `side` (its own offers are silent). */
export function cueOf(e: LogEntry, side: Side): Cue | null {
  if (e.kind === 'accept' || (e.kind === 'ending' && e.ref === 'ratified')) return 'deal';
  if (e.kind === 'phase' && e.ref === 'strike') return 'strike';
  if (e.kind === 'vote') return 'vote';
  if (e.kind === 'offer' && e.side !== side) return 'offer';
  return null;
}
const RANK: Cue[] = ['deal', 'strike', 'vote', 'offer'];

/**
 * Short sound cues, off unless the player turns them on (Display settings): one cue for what
 * just happened at the table (the most important, if several), never for what was already
 * there when a round was opened. Sound only repeats what the screen says.
 */
export function mountSounds(store: AppStore, play: (url: string) => void = playUrl): void {
  let round: string | null = null;
  let seen = 0;
  store.subscribe((s) => {
    const g = s.game;
    if (!g) return;
    const log = viewOf(g, s.viewSide).log;
    if (s.roundId !== round || log.length < seen) {
      round = s.roundId;
      seen = log.length;
      return;
    }
    if (log.length === seen) return;
    const fresh = log.slice(seen);
    seen = log.length;
    if (!s.prefs.sound) return;
    const cues = new Set(fresh.map((e) => cueOf(e, s.viewSide)).filter((c): c is Cue => c !== null));
    const cue = RANK.find((c) => cues.has(c));
    if (cue) play(CUES[cue]);
  });
}

function playUrl(url: string): void {
  const a = new Audio(url);
  a.volume = 0.7;
  void a.play().catch(() => {
    /* the browser may refuse sound before the first click: the screen says it all anyway */
  });
}
