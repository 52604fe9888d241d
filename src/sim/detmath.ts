/**
 * Deterministic maths for the engine. Only + − × ÷ and comparisons (exactly specified by
 * IEEE 754) are used, so Node and every browser compute the same bits; results that reach
 * the state are rounded to integers anyway.
 */

export const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);
export const clampBp = (x: number): number => clamp(Math.round(x), 0, 10000);

const LN2 = 0.6931471805599453;

/** e^x by range reduction (x = k·ln2 + r, |r| ≤ ln2/2) and a Taylor series on r. */
export function dexp(x: number): number {
  if (x > 700) return Infinity;
  if (x < -700) return 0;
  const k = Math.round(x / LN2);
  const r = x - k * LN2;
  let term = 1;
  let sum = 1;
  for (let n = 1; n < 18; n++) {
    term = (term * r) / n;
    sum += term;
  }
  // 2^k by repeated multiplication (exact for |k| ≤ 1010).
  let p = 1;
  const base = k >= 0 ? 2 : 0.5;
  for (let i = 0; i < Math.abs(k); i++) p *= base;
  return sum * p;
}

/** Standard normal CDF Φ(z), from the Abramowitz–Stegun 7.1.26 erf approximation (|error| < 1.5e-7). */
export function phi(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * dexp(-x * x);
  return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}

/** Logistic 1/(1+e^−x). */
export const logistic = (x: number): number => 1 / (1 + dexp(-x));

/** Natural log for x > 0 by Newton's method on dexp (used for fitting, never for state). */
export function dlog(x: number): number {
  if (!(x > 0)) return NaN;
  let y = 0;
  // Bring x near 1 with powers of two for a fast start.
  let k = 0;
  let m = x;
  while (m > 2) {
    m /= 2;
    k++;
  }
  while (m < 0.5) {
    m *= 2;
    k--;
  }
  y = m - 1;
  for (let i = 0; i < 30; i++) {
    const e = dexp(y);
    const next = y - (e - m) / e;
    if (Math.abs(next - y) < 1e-15) {
      y = next;
      break;
    }
    y = next;
  }
  return y + k * LN2;
}

/** x^p for x > 0. */
export const dpow = (x: number, p: number): number => (x === 0 ? (p > 0 ? 0 : Infinity) : dexp(p * dlog(x)));
