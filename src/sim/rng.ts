import seedrandom from 'seedrandom';
import type { RngState } from './types';

/** A fresh alea state for a seed. */
export function seedState(seed: string): RngState {
  const gen = seedrandom.alea(String(seed), { state: true });
  return gen.state() as RngState;
}

/**
 * Draw from the game's PRNG without mutating: returns the values and the next state, so the
 * reducer stays pure and a save can resume the exact stream.
 */
export class Draw {
  private gen: seedrandom.StatefulPRNG<seedrandom.State.Alea>;
  constructor(state: RngState) {
    this.gen = seedrandom.alea('', { state: state as unknown as seedrandom.State.Alea });
  }
  /** Uniform in [0, 1). */
  next(): number {
    return this.gen();
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.gen() * (hi - lo + 1));
  }
  /** True with probability bp/10000. */
  chance(bp: number): boolean {
    return this.gen() * 10000 < bp;
  }
  state(): RngState {
    return this.gen.state() as RngState;
  }
}
