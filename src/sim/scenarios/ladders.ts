import type { LevelDef } from './types';

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
