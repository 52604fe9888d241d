import { addDays, prettyDate, type Scenario } from '../sim';

/** Deci-points as points: 125 → "12.5". */
export const pts = (deci: number): string => (Math.round(deci) / 10).toFixed(1).replace(/\.0$/, '');

/** Points (as a view gives them: 12.5) for reading: "12.5", "40". */
export const points = (p: number): string => (Math.round(p * 10) / 10).toFixed(1).replace(/\.0$/, '');

/** A share 0..1 (as a view gives it) as a percentage: 0.67 → "67%". */
export const share = (x: number, digits = 0): string => `${(x * 100).toFixed(digits)}%`;

/** Basis points as a percentage: 6700 → "67%"; digits for finer figures. */
export const pct = (bp: number, digits = 0): string => `${(bp / 100).toFixed(digits)}%`;

/** Thousands of dollars, compactly: 340000 → "$340M", 1_500_000 → "$1.5B". */
export function moneyK(k: number): string {
  const d = k * 1000;
  const a = Math.abs(d);
  const sign = d < 0 ? '−' : '';
  if (a >= 1e9) return `${sign}$${(a / 1e9).toFixed(a >= 1e10 ? 0 : 1)}B`;
  if (a >= 1e6) return `${sign}$${(a / 1e6).toFixed(a >= 1e8 ? 0 : 1)}M`;
  if (a >= 1e3) return `${sign}$${Math.round(a / 1e3)}k`;
  return `${sign}$${Math.round(a)}`;
}

/** Dollars, with thousands separators: 24869 → "$24,869". */
export const dollars = (d: number): string => `${d < 0 ? '−' : ''}$${Math.abs(Math.round(d)).toLocaleString('en-US')}`;

/** Game day → the real date of the scenario: "Jul 14, 2023". */
export const dateOf = (sc: Scenario, day: number): string => prettyDate(addDays(sc.calendar.talksOpen, day));

export const sideName = (side: 'union' | 'studio'): string => (side === 'union' ? 'Union' : 'Studios');
export const sideLong = (side: 'union' | 'studio'): string => (side === 'union' ? "the actors' union" : "the studios' alliance");
