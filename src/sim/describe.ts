import type { Scenario } from './scenarios/types';
import type { Package } from './types';

/** A package in short words: "7% / 4% · Bonus 100% @20% · AI: Consent + pay · +30% · 3 years · reopener: No". */
export function describePackage(sc: Scenario, pkg: Package): string {
  return sc.issues.map((iss, i) => `${iss.name}: ${iss.levels[pkg[i]!]!.short}`).join('; ');
}
