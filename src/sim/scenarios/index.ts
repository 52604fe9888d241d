import { scenario2023 } from './s2023';
import { scenario2026 } from './s2026';
import type { Scenario } from './types';

export const SCENARIOS: Record<string, Scenario> = { '2023': scenario2023, '2026': scenario2026 };
export const SCENARIO_IDS = Object.keys(SCENARIOS);

export function getScenario(id: string): Scenario | null {
  return Object.prototype.hasOwnProperty.call(SCENARIOS, id) ? SCENARIOS[id]! : null;
}
