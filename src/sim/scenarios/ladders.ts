import type { IssueDef, LevelDef, Source } from './types';

/** Evenly spaced percentage levels: `count` levels from 0 in steps of `stepBp` basis points. */
export function percentLevels(count: number, stepBp: number, kPerPercent: number, what: string): LevelDef[] {
  return Array.from({ length: count }, (_, l) => {
    const bp = l * stepBp;
    const pct = bp / 100;
    const short = `${pct}%`;
    return {
      short,
      label: `${short} ${what}`,
      studioCostK: Math.round((bp * kPerPercent) / 100),
      memberValueK: Math.round((bp * kPerPercent) / 100),
    };
  });
}

/** A linear 0..100 shape over `count` levels (rising), or falling if `down`. */
export function linear(count: number, down = false): number[] {
  return Array.from({ length: count }, (_, l) => {
    const v = Math.round((l * 100) / (count - 1));
    return down ? 100 - v : v;
  });
}

/** A concave rising shape: early levels are worth more than later ones (diminishing returns). */
export function concave(count: number): number[] {
  return Array.from({ length: count }, (_, l) => {
    const x = l / (count - 1);
    return Math.round(100 * x * (2 - x));
  });
}

/** The AI-protections ladder of DESIGN §4, shared by both scenarios. */
export const AI_LADDER: { short: string; label: string }[] = [
  { short: 'None', label: 'No AI protections' },
  { short: 'Meetings', label: 'Periodic meetings on new technology' },
  { short: 'Consent', label: 'Consent before a digital replica is made' },
  {
    short: 'Consent + pay',
    label: 'Informed consent for each use, pay including pension & health, notice and bargaining before a synthetic performer is used',
  },
  {
    short: 'Human first',
    label:
      'All of the above, plus a "significant additional value" test before a synthetic performer takes a human role, a business reason for every scan, and residuals for independently created replicas',
  },
  { short: 'Training pay', label: 'All of the above, plus payment for, or a veto over, training AI on members\' work' },
];

/** A raise lever: `count` levels from 0% in `stepBp` steps; members value raises with diminishing returns, studios pay linearly. */
export function raiseIssue(id: 'wageY1' | 'wageLater', count: number, stepBp: number, kPerPercent: number, moneySource: Source): IssueDef {
  const first = id === 'wageY1';
  return {
    id,
    name: first ? 'Minimum increase, year 1' : 'Increase in each later year',
    help: first ? 'The general increase in minimum pay rates in the first year of the contract.' : 'The increase in minimums in every later year of the contract.',
    levels: percentLevels(count, stepBp, kPerPercent, first ? 'raise in minimums in year 1' : 'raise in minimums in each later year'),
    unionShape: concave(count),
    studioShape: linear(count, true),
    moneySource,
  };
}

/** The AI ladder with each scenario's money per level and shapes. */
export function aiIssue(help: string, studioCostK: number[], memberValueK: number[], unionShape: number[], studioShape: number[], moneySource: Source): IssueDef {
  return {
    id: 'ai',
    name: 'AI protections',
    help,
    levels: AI_LADDER.map((l, i) => ({ ...l, studioCostK: studioCostK[i]!, memberValueK: memberValueK[i]! })),
    unionShape,
    studioShape,
    moneySource,
  };
}

/** Contract length: 3, 4 or 5 years. */
export function termIssue(help: string, unionShape: number[], studioShape: number[], moneySource: Source): IssueDef {
  return {
    id: 'term',
    name: 'Contract length',
    help,
    levels: [3, 4, 5].map((y) => ({ short: `${y} years`, label: `A ${y}-year contract`, studioCostK: 0, memberValueK: 0 })),
    unionShape,
    studioShape,
    moneySource,
  };
}

/** A mid-term AI reopener: no or yes. */
export function reopenerIssue(help: string, studioShape: number[], moneySource: Source): IssueDef {
  return {
    id: 'aiReopener',
    name: 'Mid-term AI reopener',
    help,
    levels: [
      { short: 'No', label: 'No reopener: AI terms fixed for the whole contract', studioCostK: 0, memberValueK: 0 },
      { short: 'Yes', label: 'AI terms can be reopened mid-contract', studioCostK: 0, memberValueK: 0 },
    ],
    unionShape: [0, 100],
    studioShape,
    moneySource,
  };
}
