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
  // 64-bit state as two unsigned 32-bit halves; each UTF-16 unit is hashed as two bytes.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  const byte = (b: number) => {
    lo = (lo ^ b) >>> 0;
    // (hi:lo) × 0x100000001b3 mod 2^64 = (hi:lo) × 0x1b3 + (lo << 40)
    const loMul = lo * 0x1b3; // < 2^41: exact in a double
    const carry = Math.floor(loMul / 0x100000000);
    const newLo = loMul >>> 0;
    hi = (Math.imul(hi, 0x1b3) + carry + Math.imul(lo, 0x100)) >>> 0;
    lo = newLo;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    byte(c & 0xff);
    byte(c >>> 8);
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** The fingerprint of a game state. */
export const stateHash = (s: GameState): string => fnv1a64(canonicalJson(s));
