import type { Draw } from '../rng';
import type { Scenario } from '../scenarios/types';
import type { Space } from '../space';
import type { GameState } from '../types';
import type { Params } from './params';

/**
 * What every rule works on: a private draft of the state (the reducer cloned it), its scenario
 * and space, the PRNG, and the round's parameters (paramsOf(s.config): its tuning over the defaults).
 */
export interface Ctx {
  s: GameState;
  sc: Scenario;
  sp: Space;
  rng: Draw;
  p: Params;
}
