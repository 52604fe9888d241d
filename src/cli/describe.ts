import type { Scenario } from '../sim';

/** The public face of a scenario: issues, levels and calendar (no hidden reservations). */
export function describeScenario(sc: Scenario) {
  return {
    id: sc.id,
    title: sc.title,
    calendar: { talksOpen: sc.calendar.talksOpen, expiry: sc.calendar.expiry, extensionTo: sc.calendar.extensionTo },
    outcomes: sc.issues.reduce((a, iss) => a * iss.levels.length, 1),
    issues: sc.issues.map((iss) => ({
      id: iss.id,
      name: iss.name,
      levels: iss.levels.map((l, i) => ({ level: i, short: l.short, label: l.label, studioCostPerYear: l.studioCostK * 1000, memberValuePerYear: l.memberValueK * 1000 })),
      moneySource: iss.moneySource.text,
    })),
  };
}
