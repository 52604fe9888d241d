import type { Draw } from '../rng';
import type { Scenario } from '../scenarios/types';
import type { Space } from '../space';
import type { GameState } from '../types';

/** What every rule works on: a private draft of the state (the reducer cloned it), its scenario and space, and the PRNG. */
export interface Ctx {
  s: GameState;
  sc: Scenario;
  sp: Space;
  rng: Draw;
}
