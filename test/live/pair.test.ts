import { describe, expect, it } from 'vitest';
import { verifyResultCode } from '../../src/app/codes';
import { cleanAct, cleanCommand, cleanJoinCode, cleanNickname, MAX_MESSAGE_BYTES, type ClassStatus } from '../../src/app/live/protocol';
import { PairGame, type Seat } from '../../src/server/pairGame';
import { place, type PairSeats } from '../../src/server/placement';
import { botFor, playerView, stateHash, toMove, type GameConfig, type Side } from '../../src/sim';

/**
 * A live pair's round without the network: the rules the pair room enforces (seat, moment,
 * turn, the class's clock), the computer in a seat, and the result code every live round gets.
 */

const config: GameConfig = { scenario: '2023', seed: 'K7QX4', human: 'both', difficulty: 'normal', pace: 'standard' };
const running: ClassStatus = { started: true, paused: false, endsAt: null, closed: false, now: 0 };
const person = (nickname: string, key: string): Seat => ({ kind: 'person', nickname, key, connected: true });
const computer = (): Seat => ({ kind: 'computer', nickname: null, key: null, connected: false });
const KEY_U = 'union-seat-key-0123456789';
const KEY_S = 'studio-seat-key-0123456789';

/** Play until the round ends: bots in the person seats, the computer in its own. */
function playOut(g: PairGame, bots: Partial<Record<Side, ReturnType<typeof botFor>>>): void {
  const over = () => g.state.phase === 'done';
  for (let i = 0; i < 2000 && !over(); i++) {
    g.computerMoves();
    const side = toMove(g.state);
    if (!side || over()) break;
    const r = g.act(side, g.actions.length, bots[side]!(g.view(side)));
    if (!r.ok) g.act(side, g.actions.length, g.state.phase === 'ratification' ? { type: 'countVotes', side } : { type: 'reject', side });
  }
}

describe('a live pair', () => {
  it('plays a whole round against the computer, and its result code re-runs to the same end', () => {
    const g = new PairGame(config, { union: person('Ana', KEY_U), studio: computer() }, running);
    playOut(g, { union: botFor('historical') });
    expect(g.state.phase).toBe('done');
    // The computer really played: the log holds studio moves nobody sent.
    expect(g.actions.filter((a) => a.side === 'studio').length).toBeGreaterThan(3);
    const result = g.settle();
    expect(result?.finished).toBe(true);
    expect(result?.code, result?.problem ?? '').toMatch(/^SC1\./);
    const v = verifyResultCode(result!.code!);
    if (!v.ok) throw new Error(v.error);
    expect(stateHash(v.value.state)).toBe(stateHash(g.state));
    expect(v.value.nickname).toBe('Ana / computer');
  });

  it('two people: every move is checked for seat, moment and turn, and a refusal changes nothing', () => {
    const g = new PairGame(config, { union: person('Ana', KEY_U), studio: person('Ben', KEY_S) }, running);
    const mover = toMove(g.state)!;
    const waiting: Side = mover === 'union' ? 'studio' : 'union';
    const before = stateHash(g.state);
    const refused = (r: ReturnType<PairGame['act']>) => (r.ok ? '' : r.message);
    // A move for the other side.
    expect(refused(g.act(mover, 0, { type: 'reject', side: waiting }))).toMatch(/cannot move for/);
    // Out of turn.
    expect(refused(g.act(waiting, 0, { type: 'reject', side: waiting }))).toMatch(/not your move/);
    // Meant for another moment (replayed, or sent ahead).
    expect(refused(g.act(mover, 1, { type: 'reject', side: mover }))).toMatch(/meant for move 2/);
    // Against the rules: a package of the wrong length; not an action at all.
    expect(refused(g.act(mover, 0, { type: 'propose', side: mover, packages: [[0, 0]] }))).not.toBe('');
    expect(refused(g.act(mover, 0, { type: 'dance', side: mover } as never))).toMatch(/Unknown action/);
    expect(stateHash(g.state)).toBe(before);
    expect(g.actions).toHaveLength(0);
    // The same move, right: applied once; sent again with the same moment, refused.
    const move = { type: 'reject' as const, side: mover, say: 'counter-firm' as const };
    expect(g.act(mover, 0, move).ok).toBe(true);
    expect(refused(g.act(mover, 0, move))).not.toBe('');
    expect(g.actions).toHaveLength(1);
    // The words a committee picks travel in no result code, so the live log drops them.
    expect(g.actions[0]).toEqual({ type: 'reject', side: mover });
  });

  it('no move before the class starts, while it is paused, or after time is up', () => {
    const g = new PairGame(config, { union: person('Ana', KEY_U), studio: person('Ben', KEY_S) }, { ...running, started: false });
    const side = toMove(g.state)!;
    const tryMove = () => g.act(side, g.actions.length, { type: 'reject', side });
    expect(tryMove()).toMatchObject({ ok: false, message: expect.stringMatching(/not started/) });
    g.status = { ...running, paused: true };
    expect(tryMove()).toMatchObject({ ok: false, message: expect.stringMatching(/paused/) });
    g.status = { ...running, closed: true };
    expect(tryMove()).toMatchObject({ ok: false, message: expect.stringMatching(/Time is up/) });
    // A class that closes mid-round still gives the round a (not finished) result code.
    const r = g.settle();
    expect(r?.finished).toBe(false);
    const v = verifyResultCode(r!.code!);
    expect(v.ok).toBe(true);
    g.status = running;
    expect(tryMove().ok).toBe(true);
  });

  it('the computer stands in for an absentee, and the student takes the seat back', () => {
    const g = new PairGame(config, { union: person('Ana', KEY_U), studio: person('Ben', KEY_S) }, running);
    const ana = botFor('conceder');
    g.act('union', 0, ana(g.view('union')));
    expect(toMove(g.state)).toBe('studio');
    expect(g.computerMoves()).toBe(0); // Ben is a person: nobody moves for him
    g.computerTakes('studio');
    expect(g.seatPublic('studio')).toMatchObject({ kind: 'computer', nickname: 'Ben' });
    expect(g.computerMoves()).toBe(1);
    expect(g.memory.studio).not.toBeNull();
    g.act('union', g.actions.length, ana(g.view('union')));
    g.seat('studio', 'Ben', KEY_S);
    expect(g.seatPublic('studio').kind).toBe('person');
    expect(g.computerMoves()).toBe(0);
    // Another student cannot take Ben's seat: only his key finds it.
    expect(g.sideOfKey(KEY_S)).toBe('studio');
    expect(g.sideOfKey('someone-else-key-0123456789')).toBeNull();
  });

  it('no seat key ever appears in what a seat or the teacher is sent', () => {
    const g = new PairGame(config, { union: person('Ana', KEY_U), studio: person('Ben', KEY_S) }, running);
    playOut(g, { union: botFor('historical'), studio: botFor('conceder') });
    g.settle();
    const sent = JSON.stringify([g.liveView('union', 'ABCDE', 'cc'), g.liveView('studio', 'ABCDE', 'cc'), g.row('p1')]);
    expect(sent).not.toContain(KEY_U);
    expect(sent).not.toContain(KEY_S);
    // Each seat's view is its own side's, with the class's picture of who plays.
    expect(g.liveView('union', 'ABCDE', 'cc').view).toMatchObject({ side: 'union', players: { union: 'person', studio: 'person' } });
    expect(g.liveView('studio', 'ABCDE', 'cc').view.walkAway).toBe(playerView(g.state, 'studio').walkAway);
  });
});

describe('seating a class', () => {
  const seat = (kind: 'open' | 'person' | 'computer', key: string | null = null) => ({ kind, key, nickname: key });
  const pair = (pairId: string, union: ReturnType<typeof seat>, studio: ReturnType<typeof seat>, done = false): PairSeats => ({ pairId, done, seats: { union, studio } });

  it('fills open seats first, then takes over the computer once the class runs, else opens a new pair', () => {
    expect(place([], false, 'union')).toEqual({ create: 'union' });
    expect(place([pair('a', seat('person', 'k1'), seat('open'))], false, 'union')).toEqual({ pairId: 'a', side: 'studio' });
    const vsComputer = pair('a', seat('person', 'k1'), seat('computer'));
    expect(place([vsComputer], false, 'union')).toEqual({ create: 'union' });
    expect(place([vsComputer], true, 'union')).toEqual({ pairId: 'a', side: 'studio' });
    // An absentee's seat is kept for them; a finished pair takes nobody.
    expect(place([pair('a', seat('person', 'k1'), seat('computer', 'k2'))], true, 'studio')).toEqual({ create: 'studio' });
    expect(place([pair('a', seat('person', 'k1'), seat('open'), true)], true, 'union')).toEqual({ create: 'union' });
  });

  it('honours a side asked for', () => {
    const waiting = pair('a', seat('person', 'k1'), seat('open'));
    expect(place([waiting], false, 'union', 'union')).toEqual({ create: 'union' });
    expect(place([waiting], false, 'union', 'studio')).toEqual({ pairId: 'a', side: 'studio' });
  });
});

describe('what arrives over the wire', () => {
  it('moves must be small plain objects with a moment and an action', () => {
    expect(cleanAct({ at: 3, action: { type: 'reject', side: 'union' } }).ok).toBe(true);
    for (const bad of [null, 'reject', 42, [1, 2], new Uint8Array(4), { at: -1, action: {} }, { at: 1.5, action: {} }, { at: 2 }, { at: 2, action: [] }, { at: 2, action: 'x' }])
      expect(cleanAct(bad).ok, JSON.stringify(bad)).toBe(false);
    const cyclic: Record<string, unknown> = { at: 1 };
    cyclic.action = cyclic;
    expect(cleanAct(cyclic)).toEqual({ ok: false, error: 'The message is not plain JSON.' });
    const huge = cleanAct({ at: 1, action: { type: 'propose', side: 'union', packages: [Array(MAX_MESSAGE_BYTES).fill(1)] } });
    expect(huge.ok ? '' : huge.error).toMatch(/too large/);
  });

  it('nicknames are shown as typed text, without control or direction characters, and short', () => {
    expect(cleanNickname('  Ana \u202e\u0007 Z ')).toEqual({ ok: true, value: 'Ana Z' });
    expect(cleanNickname('\u200b').ok).toBe(false);
    expect(cleanNickname('x'.repeat(25)).ok).toBe(false);
    expect(cleanNickname({ toString: () => 'Ana' }).ok).toBe(false);
  });

  it('join codes and teacher commands', () => {
    expect(cleanJoinCode(' kq7-mx ')).toEqual({ ok: true, value: 'KQ7MX' });
    expect(cleanJoinCode('KQ7M0').ok).toBe(false);
    expect(cleanCommand({ type: 'start' })).toEqual({ ok: true, value: { type: 'start' } });
    expect(cleanCommand({ type: 'computerSeat', pairId: 'abc', side: 'union' }).ok).toBe(true);
    expect(cleanCommand({ type: 'computerSeat', pairId: '../x', side: 'union' }).ok).toBe(false);
    expect(cleanCommand({ type: 'shutdown' }).ok).toBe(false);
  });
});
