import { describe, expect, it } from 'vitest';
import { decodeActions, encodeActions, EXAMPLE_CLASS_CODE, makeClassCode, makeResultCode, parseClassCode, verifyResultCode } from '../../src/app/codes';
import { botFor } from '../../src/sim/ai/bots';
import { playRound } from '../../src/sim/ai/play';
import { fnv1a64, stateHash } from '../../src/sim/hash';
import { isError } from '../../src/sim/setup';
import type { GameConfig } from '../../src/sim/types';
import { ENGINE_VERSION } from '../../src/sim/version';

const config: GameConfig = { scenario: '2023', seed: 'C0DE5', human: 'studio', difficulty: 'hard', pace: 'quick' };
const r = playRound(config, { studio: botFor('random', config.seed) });
if (isError(r)) throw new Error(r.message);

/** Re-seal a code's body with a fresh checksum (what a careful forger would do). */
const reseal = (parts: string[]) => {
  const body = parts.slice(0, 6).join('.');
  return `${body}.${fnv1a64(body).slice(0, 6).toUpperCase()}`;
};

describe('the example class code', () => {
  // The forms and the error message show it: typed in, it must open a round (it once named a
  // difficulty "S" and was refused as "not a class code").
  it('is a real code: it parses, and re-made from its round it is itself', () => {
    const parsed = parseClassCode(EXAMPLE_CLASS_CODE);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual({ scenario: '2023', seed: '7QX4K', human: 'union', difficulty: 'normal', pace: 'standard' });
    expect(makeClassCode(parsed.value)).toEqual({ ok: true, value: EXAMPLE_CLASS_CODE });
  });
});

describe('result codes', () => {
  const made = makeResultCode(config, r.actions, r.state, 'Lee');
  if (!made.ok) throw new Error(made.error);
  const code = made.value;

  it('carry the engine version and re-run to the same state', () => {
    expect(code.split('.')[1]).toBe(`V${ENGINE_VERSION}`);
    const v = verifyResultCode(code);
    expect(v.ok).toBe(true);
    if (v.ok) {
      expect(stateHash(v.value.state)).toBe(stateHash(r.state));
      expect(v.value.nickname).toBe('Lee');
      expect(v.value.config).toEqual(config);
    }
  });

  it('a code from another engine version is refused with that reason', () => {
    const parts = code.split('.');
    parts[1] = `V${ENGINE_VERSION + 1}`;
    const v = verifyResultCode(reseal(parts));
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.error).toMatch(new RegExp(`version ${ENGINE_VERSION + 1} .*version ${ENGINE_VERSION}`));
  });

  it('re-sealed but changed moves are caught by the replay, not trusted', () => {
    const parts = code.split('.');
    const moves = decodeActions(config, parts[4]!);
    // Drop the last move: a legal log that ends elsewhere than the claimed hash.
    parts[4] = encodeActions(config, moves.slice(0, -1));
    const v = verifyResultCode(reseal(parts));
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.error).toMatch(/does not give the result the code claims/);
  });

  it('the action encoding round-trips every action of a real round', () => {
    // `final: false` and no `final` mean the same; the code keeps the flag only when it is set.
    const plain = r.actions.map((a) => (a.type === 'propose' && !a.final ? { type: a.type, side: a.side, packages: a.packages } : a));
    expect(decodeActions(config, encodeActions(config, r.actions))).toEqual(plain);
  });
});

describe('class codes', () => {
  it('forgive a lower-case code with O for 0 and spaces', () => {
    const c = makeClassCode({ ...config, seed: 'A0B1C' });
    if (!c.ok) throw new Error(c.error);
    const messy = ` ${c.value.toLowerCase().replace(/0/g, 'o')} `;
    const p = parseClassCode(messy);
    expect(p.ok && p.value.seed).toBe('A0B1C');
  });
});
