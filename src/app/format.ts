import { addDays, prettyDate, type Scenario } from '../sim';

/**
 * The one set of number formats for everything a player reads: the DOM screens, the canvas, the
 * debrief and the teacher page all call these, so the same figure is written the same way
 * everywhere (a test compares the canvas's and the page's words for the same view).
 * Pure functions, no DOM.
 */

/** Points (as a view gives them: 12.5) for reading: "12.5", "40", "−3.1". */
export function points(p: number): string {
  const r = Math.round(Math.abs(p) * 10) / 10;
  const t = r.toFixed(1).replace(/\.0$/, '');
  return p < 0 && r !== 0 ? `\u2212${t}` : t;
}

/** Deci-points (the engine's integers: 125) as points: "12.5". */
export const pts = (deci: number): string => points(deci / 10);

/** A signed points figure: "+1.5", "−2", "0". */
export const signedPoints = (p: number): string => {
  const t = points(Math.abs(p));
  return t === '0' ? '0' : `${p > 0 ? '+' : '\u2212'}${t}`;
};

/** "1 point", "12.5 points". */
export const pointsWord = (p: number): string => `${points(p)} ${points(p) === '1' ? 'point' : 'points'}`;

/** A share 0..1 (as a view gives it) as a percentage: 0.67 → "67%". */
export const share = (x: number, digits = 0): string => `${(x * 100).toFixed(digits)}%`;

/** Basis points as a percentage: 6700 → "67%"; digits for finer figures. */
export const pct = (bp: number, digits = 0): string => `${(bp / 100).toFixed(digits)}%`;

/** Basis points with one decimal and no trailing ".0": 6220 → "62.2%", 5000 → "50%". */
export const pct1 = (bp: number): string => `${(bp / 100).toFixed(1).replace(/\.0$/, '')}%`;

/** Thousands of dollars, compactly: 950 → "$950K", 18_400 → "$18.4M", 340_000 → "$340M", 1_320_000 → "$1.32B". */
export function moneyK(k: number): string {
  const abs = Math.abs(k);
  const sign = k < 0 ? '\u2212' : '';
  if (abs >= 1_000_000) return `${sign}$${(abs / 1_000_000).toFixed(abs >= 10_000_000 ? 1 : 2)}B`;
  if (abs >= 1_000) return `${sign}$${(abs / 1_000).toFixed(abs >= 100_000 ? 0 : 1)}M`;
  return abs === 0 ? '$0' : `${sign}$${Math.round(abs)}K`;
}

/** Whole dollars with thousands separators: 24869 → "$24,869", −423 → "−$423". */
export function dollars(d: number): string {
  const abs = Math.abs(Math.round(d)).toLocaleString('en-US');
  return d < 0 && abs !== '0' ? `\u2212$${abs}` : `$${abs}`;
}

/** "1 day", "12 days". */
export const daysWord = (n: number): string => `${n.toLocaleString('en-US')} day${n === 1 ? '' : 's'}`;

/** "1 strike day", "3 offers". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Game day → the real date of the scenario: "Jul 14, 2023". */
export const dateOf = (sc: Scenario, day: number): string => prettyDate(addDays(sc.calendar.talksOpen, day));
