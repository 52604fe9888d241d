import { dexp, dlog } from '../detmath';
import type { OfferRecord, Side } from '../types';

/**
 * A side's concession style, fitted from its own-utility path over its offers
 * (research/models.md §2.2 and §6.5).
 *
 * The model is the GENIUS time-dependent tactic with no initial concession:
 *
 *     u(t) ≈ Pmax − (Pmax − Pmin) · t^(1/e),   t in [0, 1]
 *
 * where Pmax and Pmin are the highest and lowest utility the side asked for, and t is the day
 * of the offer over the horizon (by default the side's last offer day, so its path runs from
 * t = 0 to t = 1). e < 1 is Boulware (holds out, concedes late), e = 1 Linear, e > 1 Conceder
 * (gives ground early).
 *
 * The fit is least squares in e, found by a grid over log e in [log 0.05, log 20] refined with a
 * golden-section search. Only + − × ÷ and the detmath helpers are used, so the result is the same
 * in Node and in every browser.
 *
 * Labels (symmetric in log e, a factor of 1.5 either side of Linear):
 *   e < 2/3       → 'Boulware'
 *   2/3 ≤ e ≤ 3/2 → 'Linear'
 *   e > 3/2       → 'Conceder'
 * 'Too few offers' when there are fewer than 3 offers, or no offer strictly between the first
 * and the last day (the end points say nothing about the curve's shape). A side that never
 * moved (Pmax = Pmin) over enough offers is the extreme Boulware case: e = 0.05, rmse 0.
 */

export type ConcessionLabel = 'Boulware' | 'Linear' | 'Conceder' | 'Too few offers';

/** The bounds of the search for e. */
export const E_MIN = 0.05;
export const E_MAX = 20;
/** e below this is Boulware. */
export const BOULWARE_BELOW = 2 / 3;
/** e above this is Conceder. */
export const CONCEDER_ABOVE = 3 / 2;
/** Fewer offers than this cannot be fitted. */
export const MIN_OFFERS = 3;

export interface ConcessionPoint {
  /** Normalised time, 0..1. */
  t: number;
  /** The side's own utility of its offer (points, 0..100, when built from offers). */
  u: number;
}

export interface ConcessionFit {
  /** Fitted exponent (GENIUS convention), or null if there are too few offers. */
  e: number | null;
  label: ConcessionLabel;
  /** The path the fit was made on (u in the caller's units; points when built from offers). */
  points: ConcessionPoint[];
  /** Root-mean-square error of the fit, in the units of u; null if there are too few offers. */
  rmse: number | null;
  /** Highest and lowest utility on the path (units of u); null if the path is empty. */
  pMax: number | null;
  pMin: number | null;
  /** Number of offers (points) on the path. */
  offers: number;
}

const LOG_E_MIN = dlog(E_MIN);
const LOG_E_MAX = dlog(E_MAX);
const GRID = 48;
const GOLDEN_STEPS = 40;
const INV_PHI = 0.6180339887498949; // (√5 − 1) / 2

export function labelFor(e: number): Exclude<ConcessionLabel, 'Too few offers'> {
  if (e < BOULWARE_BELOW) return 'Boulware';
  if (e > CONCEDER_ABOVE) return 'Conceder';
  return 'Linear';
}

/** t^(1/e) with log t precomputed (logT = null for t = 0). */
function shape(logT: number | null, t: number, invE: number): number {
  if (logT === null) return 0;
  if (t >= 1) return 1;
  return dexp(logT * invE);
}

/** Least-squares fit of e on a path of (t, u) points; see the module comment. */
export function fitConcession(path: readonly ConcessionPoint[]): ConcessionFit {
  const points = path.map((p) => ({ t: p.t, u: p.u }));
  const n = points.length;
  let pMax = -Infinity;
  let pMin = Infinity;
  for (const p of points) {
    if (p.u > pMax) pMax = p.u;
    if (p.u < pMin) pMin = p.u;
  }
  const base: ConcessionFit = { e: null, label: 'Too few offers', points, rmse: null, pMax: n ? pMax : null, pMin: n ? pMin : null, offers: n };
  if (n < MIN_OFFERS) return base;
  let first = Infinity;
  let last = -Infinity;
  for (const p of points) {
    if (p.t < first) first = p.t;
    if (p.t > last) last = p.t;
  }
  if (!points.some((p) => p.t > first && p.t < last)) return base;
  const span = pMax - pMin;
  if (span === 0) return { ...base, e: E_MIN, label: 'Boulware', rmse: 0 };

  // Normalised concession y = (Pmax − u)/(Pmax − Pmin) against t^(1/e).
  const ys = points.map((p) => (pMax - p.u) / span);
  const ts = points.map((p) => (p.t < 0 ? 0 : p.t > 1 ? 1 : p.t));
  const logs = ts.map((t) => (t <= 0 ? null : t >= 1 ? 0 : dlog(t)));
  const sse = (logE: number): number => {
    const invE = dexp(-logE);
    let s = 0;
    for (let i = 0; i < n; i++) {
      const d = ys[i]! - shape(logs[i]!, ts[i]!, invE);
      s += d * d;
    }
    return s;
  };

  // Coarse grid over log e, then golden-section search between the best point's neighbours.
  const step = (LOG_E_MAX - LOG_E_MIN) / GRID;
  let bestK = 0;
  let bestS = Infinity;
  for (let k = 0; k <= GRID; k++) {
    const s = sse(LOG_E_MIN + k * step);
    if (s < bestS) {
      bestS = s;
      bestK = k;
    }
  }
  let lo = LOG_E_MIN + Math.max(0, bestK - 1) * step;
  let hi = LOG_E_MIN + Math.min(GRID, bestK + 1) * step;
  let x1 = hi - INV_PHI * (hi - lo);
  let x2 = lo + INV_PHI * (hi - lo);
  let s1 = sse(x1);
  let s2 = sse(x2);
  for (let i = 0; i < GOLDEN_STEPS; i++) {
    if (s1 <= s2) {
      hi = x2;
      x2 = x1;
      s2 = s1;
      x1 = hi - INV_PHI * (hi - lo);
      s1 = sse(x1);
    } else {
      lo = x1;
      x1 = x2;
      s1 = s2;
      x2 = lo + INV_PHI * (hi - lo);
      s2 = sse(x2);
    }
  }
  let bestX = LOG_E_MIN + bestK * step;
  for (const [x, s] of [
    [x1, s1],
    [x2, s2],
  ] as const) {
    if (s < bestS) {
      bestS = s;
      bestX = x;
    }
  }
  const e = dexp(bestX);
  return { ...base, e, label: labelFor(e), rmse: span * Math.sqrt(bestS / n) };
}

/**
 * A side's own-utility path over its offers: t = day / horizon (clamped to 0..1), u = the
 * side's utility of the first package of each offer, in points (deci-points / 10).
 * The horizon defaults to the side's last offer day.
 */
export function concessionPath(offers: readonly OfferRecord[], side: Side, horizonDay?: number): ConcessionPoint[] {
  const mine = offers.filter((o) => o.by === side);
  let horizon = horizonDay ?? 0;
  if (horizonDay == null) for (const o of mine) if (o.day > horizon) horizon = o.day;
  return mine.map((o) => ({
    t: horizon > 0 ? Math.min(1, Math.max(0, o.day / horizon)) : 0,
    u: (side === 'union' ? o.uUnion : o.uStudio) / 10,
  }));
}

/** Fit a side's concession style from the offers of a round (u and rmse in points). */
export function concessionStyle(offers: readonly OfferRecord[], side: Side, horizonDay?: number): ConcessionFit {
  return fitConcession(concessionPath(offers, side, horizonDay));
}

/** The fitted curve, for drawing beside the points: `steps + 1` points from t = 0 to t = 1. */
export function concessionCurve(fit: ConcessionFit, steps = 20): ConcessionPoint[] {
  if (fit.e === null || fit.pMax === null || fit.pMin === null) return [];
  const out: ConcessionPoint[] = [];
  const invE = 1 / fit.e;
  for (let k = 0; k <= steps; k++) {
    const t = k / steps;
    const y = t <= 0 ? 0 : t >= 1 ? 1 : dexp(dlog(t) * invE);
    out.push({ t, u: fit.pMax - (fit.pMax - fit.pMin) * y });
  }
  return out;
}
