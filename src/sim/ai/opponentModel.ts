import type { AiMemory, Package, Side } from '../types';
import { DEFAULT_PARAMS, type AiParams } from '../rules/params';

type ModelParams = AiParams['model'];
/** Readers outside a round (the debrief's rebuilt model, tests) may leave the model's numbers at their defaults. */
const DEFAULT_MODEL: ModelParams = DEFAULT_PARAMS.ai.model;

/**
 * A frequency model of the other side's preferences (the HardHeaded model of the GENIUS/BOA
 * tradition): issues the other side keeps unchanged between offers gain weight; levels it
 * proposes often gain value. It sees only the offers that were made, never hidden weights.
 * Weights are fixed-point (sum 10000); counts are integers.
 */
export function freshMemory(radix: number[]): AiMemory {
  const n = radix.length;
  const weights = new Array<number>(n).fill(Math.floor(10000 / n));
  weights[0]! += 10000 - weights.reduce((a, b) => a + b, 0);
  return {
    weights,
    counts: radix.map((r) => new Array<number>(r).fill(1)),
    firstSeen: null,
    lastSeen: null,
    ownOffers: [],
    received: [],
    bestReceived: -1,
    lastReserve: null,
    read: 0,
    signals: 0,
  };
}

function normalise(w: number[]): number[] {
  const sum = w.reduce((a, b) => a + b, 0);
  const out = w.map((x) => Math.floor((x * 10000) / sum));
  out[0]! += 10000 - out.reduce((a, b) => a + b, 0);
  return out;
}

/** Learn from the packages the other side just sent (1 to 3: a MESO set). */
export function learn(mem: AiMemory, packages: Package[], model: ModelParams = DEFAULT_MODEL): void {
  const n = mem.weights.length;
  const golden = model.learnCoef / n;
  for (const pkg of packages) {
    if (mem.lastSeen) {
      const unchanged = pkg.map((v, i) => v === mem.lastSeen![i]);
      const nUnchanged = unchanged.filter(Boolean).length;
      const total = 1 + golden * nUnchanged;
      const maxW = 1 - (n * golden) / total;
      mem.weights = normalise(
        mem.weights.map((w, i) => {
          const wf = w / 10000;
          // structural: 1e6 keeps six digits of the weight before normalise() turns it back into bp.
          return Math.round((unchanged[i] && wf < maxW ? (wf + golden) / total : wf / total) * 1e6);
        }),
      );
    }
    pkg.forEach((lvl, i) => (mem.counts[i]![lvl]! += 1));
    if (!mem.firstSeen) mem.firstSeen = pkg.slice();
    mem.lastSeen = pkg.slice();
  }
  // Issues that vary across a MESO set are the ones the sender is flexible on.
  if (packages.length > 1) {
    const varies = packages[0]!.map((_, i) => packages.some((p) => p[i] !== packages[0]![i]));
    mem.weights = normalise(mem.weights.map((w, i) => (varies[i] ? Math.round(w * model.mesoFlexible) : w)));
  }
}

/**
 * Which way each issue runs for the modelled side, from public knowledge only: the two
 * committees' published openings. dir[i] = +1 if it wants higher levels, −1 if lower.
 */
export function directions(modelledOpening: Package, otherOpening: Package): number[] {
  // Equal openings say both want that level: the issue is read as peaked there (0), not as a
  // push for more in either direction.
  return modelledOpening.map((lvl, i) => (lvl > otherOpening[i]! ? 1 : lvl < otherOpening[i]! ? -1 : 0));
}

/** Is level `l` of issue `i` at least as good for the modelled side as level `ref`, by its direction? */
export function noWorse(dirs: number[], peak: Package, i: number, l: number, ref: number): boolean {
  const d = dirs[i]!;
  if (d > 0) return l >= ref;
  if (d < 0) return l <= ref;
  return Math.abs(l - peak[i]!) <= Math.abs(ref - peak[i]!);
}

/**
 * The estimated issue weights of the modelled side (sum 10000): half (by default) the HardHeaded weights,
 * half a concession reading: an issue on which the other side has moved little from its own
 * opening, measured against the gap between the two public openings, matters to it.
 */
export function estimatedWeights(mem: AiMemory, modelledOpening: Package, otherOpening: Package, model: ModelParams = DEFAULT_MODEL): number[] {
  const first = mem.firstSeen;
  const last = mem.lastSeen;
  if (!first || !last) return mem.weights.slice();
  const theirs = modelledOpening;
  const mine = otherOpening;
  const held = first.map((f, i) => {
    const range = Math.max(1, Math.abs(theirs[i]! - mine[i]!));
    const moved = Math.min(1, Math.abs(last[i]! - f) / range);
    return (1 - moved) * (1 - moved) + model.heldFloor;
  });
  const total = held.reduce((a, b) => a + b, 0);
  const hh = model.hardHeadedShare;
  return normalise(mem.weights.map((w, i) => Math.round(w * hh + (10000 * (1 - hh) * held[i]!) / total)));
}

/**
 * The model's estimate of the other side's utility for every level of every issue, scaled so
 * that its best package is worth 1000: Û_i(l) = w_i · (a·rank + b·frequency), a = 0.7 and b = 0.3 by default.
 * The rank assumes diminishing returns (everyone knows the first percent of a raise matters
 * most), so the AI does not offer corner packages such as a 0% raise traded for a big fund.
 * Frequency is smoothed over neighbouring levels: asking for 11% says something about 10.5%.
 */
export function estimateTable(mem: AiMemory, weights: number[], dirs: number[], radix: number[], model: ModelParams = DEFAULT_MODEL, peak?: Package): number[][] {
  return radix.map((r, i) => {
    const counts = mem.counts[i]!;
    const maxC = Math.max(...counts);
    const w = weights[i]! / 10000;
    return Array.from({ length: r }, (_, l) => {
      const d = dirs[i]!;
      const x = r === 1 ? 1 : d > 0 ? l / (r - 1) : d < 0 ? (r - 1 - l) / (r - 1) : 1 - Math.abs(l - (peak?.[i] ?? l)) / (r - 1);
      const rank = x * (2 - x); // structural: the concave quadratic through (0, 0) and (1, 1)
      let freq = 0;
      for (let k = 0; k < r; k++) freq = Math.max(freq, (counts[k]! / maxC) * (1 - Math.abs(l - k) / r));
      return Math.round(1000 * w * (model.rankShare * rank + model.frequencyShare * freq));
    });
  });
}

/**
 * The same model rebuilt from the offer record alone: what a committee that watched `modelled`'s
 * offers would believe (the debrief shows it beside the truth, in any mode).
 */
export function modelFromOffers(radix: number[], offers: readonly { by: Side; packages: Package[] }[], modelled: Side, model: ModelParams = DEFAULT_MODEL): AiMemory {
  const mem = freshMemory(radix);
  for (const o of offers) if (o.by === modelled) learn(mem, o.packages, model);
  return mem;
}
