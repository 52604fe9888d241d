import type { GameState } from './types';

/**
 * A fingerprint of any JSON value: FNV-1a (64-bit, as two 32-bit halves) over a canonical
 * serialisation with sorted keys. Only integer maths, so Node and browsers agree.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

export function fnv1a64(text: string): string {
  let h1 = 0x84222325;
  let h0 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // each UTF-16 unit is hashed as two bytes, low then high
    h1 ^= c & 0xff;
    // multiply (h0:h1) by the FNV prime 0x100000001b3, keeping 64 bits
    let lo = Math.imul(h1, 0x1b3) >>> 0;
    let hi = (Math.imul(h0, 0x1b3) + Math.imul(h1, 0x100) + Math.floor((h1 * 0x1b3) / 0x100000000)) >>> 0;
    h1 = lo;
    h0 = hi;
    const c2 = c >>> 8;
    h1 ^= c2;
    lo = Math.imul(h1, 0x1b3) >>> 0;
    hi = (Math.imul(h0, 0x1b3) + Math.imul(h1, 0x100) + Math.floor((h1 * 0x1b3) / 0x100000000)) >>> 0;
    h1 = lo;
    h0 = hi;
  }
  return (h0 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** The fingerprint of a game state. */
export const stateHash = (s: GameState): string => fnv1a64(canonicalJson(s));
