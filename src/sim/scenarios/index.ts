import { scenario2023 } from './s2023';
import { scenario2026 } from './s2026';
import type { Scenario } from './types';

/** The built-in scenarios. */
export const SCENARIOS: Record<string, Scenario> = { '2023': scenario2023, '2026': scenario2026 };
export const SCENARIO_IDS: readonly string[] = Object.keys(SCENARIOS);

/** Variants registered at run time (model experiments in tests; later, teacher-made scenarios). */
const extra = new Map<string, Scenario>();

export function registerScenario(sc: Scenario): void {
  if (Object.prototype.hasOwnProperty.call(SCENARIOS, sc.id)) throw new Error(`Scenario ${sc.id} is built in`);
  extra.set(sc.id, sc);
}

export function getScenario(id: string): Scenario | null {
  if (Object.prototype.hasOwnProperty.call(SCENARIOS, id)) return SCENARIOS[id]!;
  return extra.get(id) ?? null;
}
