import { request } from 'node:http';
import { Client } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyResultCode } from '../../src/app/codes';
import { joinClass, openClass, takeSeat, type SeatConnection, type TeacherSession } from '../../src/app/live/client';
import { MAX_MESSAGE_BYTES, type Dashboard, type LiveView, type Refusal } from '../../src/app/live/protocol';
import { botFor, other, type Side } from '../../src/sim';
import { sleep, standInDist, startServe, stopAll, until, type Started } from './helpers';

/**
 * Bad input over the wire: garbage frames, huge messages, moves for the wrong side, replayed or
 * out of turn, messages of the wrong shape, a flood of joins, HTTP calls the game never makes.
 * Each gets a clear refusal; the server keeps running, the room keeps its state, and the round
 * still ends with a result code that re-runs.
 */

let server: Started;
let dist: ReturnType<typeof standInDist>;
const teachers: TeacherSession[] = [];
const MAX_STUDENTS = 8;

beforeAll(async () => {
  dist = standInDist();
  server = await startServe({ dist: dist.dir, env: { LIVE_MAX_STUDENTS: String(MAX_STUDENTS) } });
});

afterAll(async () => {
  await Promise.all(teachers.map((t) => t.close()));
  await stopAll();
  dist.remove();
});

async function openTeacher() {
  const t = await openClass(server.url, { scenario: '2023', difficulty: 'normal', pace: 'standard' });
  teachers.push(t);
  let latest: Dashboard | null = null;
  t.onDashboard((d) => (latest = d));
  return { t, dash: () => latest as Dashboard | null };
}

interface Watched {
  conn: SeatConnection;
  views: LiveView[];
  refusals: Refusal[];
  drops: string[];
  back: number;
  last(): LiveView;
}

async function sit(t: TeacherSession, nickname: string, side: Side): Promise<Watched> {
  const seat = await joinClass(server.url, t.joinCode, nickname, null, side);
  const w = { views: [], refusals: [], drops: [], back: 0 } as unknown as Watched;
  w.conn = await takeSeat(server.url, seat, {
    view: (v) => w.views.push(v),
    refused: (r) => w.refusals.push(r),
    reconnecting: (on, why) => (on ? w.drops.push(why ?? '') : w.back++),
  });
  w.last = () => w.views[w.views.length - 1]!;
  return w;
}

/** Send a message and wait for the refusal it must get. */
async function refusedFor(w: Watched, send: () => void): Promise<string> {
  const n = w.refusals.length;
  send();
  await until(() => w.refusals.length > n, 'a refusal');
  return w.refusals[w.refusals.length - 1]!.message;
}

describe('bad input over the wire', () => {
  it('each bad message gets a refusal in plain words; the room keeps its state and the round ends with a verifiable code', async () => {
    const { t } = await openTeacher();
    const seats = { union: await sit(t, 'Uma', 'union'), studio: await sit(t, 'Sol', 'studio') };
    t.command({ type: 'start' });
    const mover = await until(() => (seats.union.views.some((v) => v.yourMove) ? 'union' : seats.studio.views.some((v) => v.yourMove) ? 'studio' : null), 'the first move');
    const waiting = other(mover);
    const m = seats[mover];
    const w = seats[waiting];
    const at = m.last().at;

    expect(await refusedFor(m, () => m.conn.raw('act', { at, action: { type: 'reject', side: waiting } }))).toMatch(/cannot move for/);
    expect(await refusedFor(w, () => w.conn.raw('act', { at, action: { type: 'reject', side: waiting } }))).toMatch(/not your move/);
    for (const bad of ['reject', 42, [1, 2, 3], { at: 'now' }, { at, action: 'reject' }, null])
      expect(await refusedFor(m, () => m.conn.raw('act', bad))).toMatch(/must|message/);
    expect(await refusedFor(m, () => m.conn.raw('hello', { x: 1 }))).toMatch(/Unknown message "hello"/);
    expect(await refusedFor(m, () => m.conn.raw('act', { at, action: { type: 'propose', side: mover, packages: [[99, 99]] } }))).not.toBe('');
    // Nothing moved.
    expect(m.last().at).toBe(at);

    // A right move, then the very same message again (a replay): applied once.
    const move = { at, action: botFor('historical')(m.last().view) };
    m.conn.raw('act', move);
    await until(() => w.last().at === at + 1, 'the move to reach the other seat');
    expect(await refusedFor(m, () => m.conn.raw('act', move))).toMatch(/meant for move/);
    expect(w.last().at).toBe(at + 1);

    // Garbage on the socket: the server closes that connection (never the room), the seat comes back where it was.
    // (13 is Colyseus' "room data" code; 0xa3 "act" is the type; 0xc1 is a byte msgpack never uses.)
    const act = [0xa3, 0x61, 0x63, 0x74];
    const garbage = [
      new Uint8Array([13, ...act, 0xc1]),
      new Uint8Array([13, ...act, 0xdd, 0xff, 0xff, 0xff, 0xff]),
      new Uint8Array([13, 0xd9, 0xff]),
      new Uint8Array([13]),
      Uint8Array.from({ length: 300 }, (_, i) => (i * 97) % 256),
      new Uint8Array([0xff, 0, 0, 0]),
      new Uint8Array(0),
    ];
    const heard: string[] = [];
    for (const frame of garbage) {
      const refusals = w.refusals.length;
      w.conn.rawFrame(frame);
      await sleep(100);
      await until(() => w.back === w.drops.length, 'the seat to be connected');
      heard.push(...w.refusals.slice(refusals).map((r) => r.message));
      // Whatever the frame did, the seat still talks to its room.
      expect(await refusedFor(w, () => w.conn.raw('hello', {}))).toMatch(/Unknown message/);
    }
    expect(w.drops.length, 'undecodable frames closed the connection').toBeGreaterThan(0);
    expect(heard.length, 'frames that look like messages were refused in words').toBeGreaterThan(0);
    expect(w.last().at).toBe(at + 1);
    // A huge message: refused by the transport (close 1009), said in plain words, the seat reconnects.
    const drops = w.drops.length;
    w.conn.raw('act', { at: at + 1, action: { type: 'propose', side: waiting, packages: [Array(MAX_MESSAGE_BYTES).fill(1)] } });
    await until(() => w.drops.length > drops, 'the huge message to be refused');
    expect(w.drops[w.drops.length - 1]).toMatch(/too large/);
    await until(() => w.back === w.drops.length, 'the seat to reconnect after the huge message');
    expect(w.last().at).toBe(at + 1);

    // The round plays on to its end, and its code re-runs.
    const bots = { union: botFor('historical'), studio: botFor('conceder') };
    for (let i = 0; i < 400 && !seats.union.last().result; i++) {
      const side = seats.union.last().yourMove ? 'union' : seats.studio.last().yourMove ? 'studio' : null;
      if (!side) {
        await sleep(10);
        continue;
      }
      const s = seats[side];
      const before = s.last().at;
      s.conn.act(bots[side](s.last().view));
      await until(() => seats.union.last().at > before || seats.union.last().result || s.refusals.some((r) => r.at === before), 'the move to land');
    }
    const code = seats.union.last().result?.code;
    expect(code).toMatch(/^SC1\./);
    expect(verifyResultCode(code!).ok).toBe(true);
    expect(server.alive()).toBe(true);
    await Promise.all([seats.union.conn.close(), seats.studio.conn.close()]);
  });

  it('a flood of joins: the class fills, then refuses in plain words; odd joins are refused too', async () => {
    const { t, dash } = await openTeacher();
    const tries = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => joinClass(server.url, t.joinCode, `F${i}`)));
    const seated = tries.filter((r) => r.status === 'fulfilled');
    const refused = tries.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => (r.reason as Error).message);
    expect(seated).toHaveLength(MAX_STUDENTS);
    // Refused by the class (it is full) or, in the rush, by Colyseus' lock on a room with every place reserved.
    for (const r of refused) expect([`This live class is full: it has room for ${MAX_STUDENTS} students.`, 'That live class is full just now: try again in a moment.']).toContain(r);
    await until(() => dash()?.students === MAX_STUDENTS, 'the dashboard to count the class');

    // Joins that skip the page's own checks.
    const raw = new Client(server.url);
    const refusal = (p: Promise<unknown>) => p.then(() => 'joined', (e: Error) => e.message);
    const { t: t2 } = await openTeacher();
    expect(await refusal(raw.joinById(t2.joinCode, { role: 'student', nickname: 'x'.repeat(200) }))).toMatch(/at most 24 characters/);
    expect(await refusal(raw.joinById(t2.joinCode, { role: 'student' }))).toMatch(/Type a nickname/);
    expect(await refusal(raw.joinById(t2.joinCode, { role: 'admin' }))).toMatch(/Join as a student/);
    expect(await refusal(raw.joinById(t2.joinCode, { role: 'teacher', teacherKey: 'not-the-teacher-key-000' }))).toMatch(/not this class\u2019s teacher key/);
    expect(await refusal(raw.joinById(t2.joinCode, { role: 'student', nickname: 'Zed', side: 'referee' }))).toMatch(/union or studio/);
    expect(await refusal(raw.create('class', { scenario: '1999', teacherKey: 'k'.repeat(20) }))).toMatch(/scenario must be 2023 or 2026/);
    // A pair room cannot be joined without its seat key, even knowing its id.
    const pairId = dash()!.pairs[0]!.pairId;
    expect(await refusal(raw.joinById(pairId, {}))).toMatch(/needs your seat key/);
    expect(await refusal(raw.joinById(pairId, { seatKey: 'a-key-of-no-seat-000000' }))).toMatch(/belongs to no seat/);

    // A student in the class room may not give the teacher's commands.
    const student = await raw.joinById(t2.joinCode, { role: 'student', nickname: 'Mallory' });
    const said = new Promise<string>((resolve) => student.onMessage<Refusal>('refused', (r) => resolve(r.message)));
    student.onMessage('seat', () => undefined);
    student.send('command', { type: 'close' });
    expect(await said).toMatch(/Only the class\u2019s teacher/);
    await student.leave(true);
    expect(server.alive()).toBe(true);
  });

  it('the HTTP side refuses what the game never sends', async () => {
    const call = (path: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(`${server.url.replace(/\/$/, '')}${path}`, { method: init.method ?? 'POST', headers: { 'Content-Type': 'application/json', ...init.headers } }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end(init.method === 'GET' || init.method === 'DELETE' ? undefined : (init.body ?? '{}'));
      });
    expect(await call('/matchmake/joinById/ABCDE', { body: JSON.stringify({ nickname: 'x'.repeat(10_000) }) })).toMatchObject({ status: 413, body: expect.stringContaining('too large') });
    expect(await call('/matchmake/create/pair')).toMatchObject({ status: 403 });
    expect(await call('/matchmake/joinOrCreate/class')).toMatchObject({ status: 404 });
    // Colyseus would take any address containing "/matchmake"; the guard sees those too.
    expect(await call('/assets/matchmake/create/pair')).toMatchObject({ status: 404 });
    expect(await call('/matchmake/joinById/ABCDE', { method: 'GET' })).toMatchObject({ status: 405 });
    expect(await call('/matchmake/joinById/ABCDE', { headers: { Origin: 'http://elsewhere.example' } })).toMatchObject({ status: 403, body: expect.stringContaining('own pages') });
    const notJson = await call('/matchmake/create/class', { body: 'not json at all' });
    expect(JSON.parse(notJson.body)).toHaveProperty('error');
    expect((await call('/..%2f..%2f..%2fetc%2fpasswd', { method: 'GET' })).status).toBe(404);
    expect((await call('/', { method: 'DELETE' })).status).toBe(405);
    // A socket opened from another site's page is refused at the handshake.
    const upgrade = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}x/y`, {
        headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==', Origin: 'http://elsewhere.example' },
      });
      req.on('response', (res) => resolve(res.statusCode ?? 0));
      req.on('upgrade', () => resolve(101));
      req.on('error', reject);
      req.end();
    });
    expect(upgrade).toBe(401);
    expect(server.alive()).toBe(true);
  });
});
