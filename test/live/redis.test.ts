import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyResultCode } from '../../src/app/codes';
import { playSeat } from '../../src/app/live/botSeat';
import { openClass, type TeacherSession } from '../../src/app/live/client';
import type { Dashboard } from '../../src/app/live/protocol';
import { BOT_NAMES, botFor, type Side } from '../../src/sim';
import { egress, freePort, standInDist, startProxy, startRedis, startServe, stopAll, until, type Started } from './helpers';

/**
 * Past one server: Debian's redis-server and two server processes sharing it (Colyseus' Redis
 * presence and driver). The teacher opens the class through one process; students join through
 * both; pairs are placed on both; every round finishes, and the one dashboard sees them all.
 */

let redis: Awaited<ReturnType<typeof startRedis>>;
let a: Started;
let b: Started;
let dist: ReturnType<typeof standInDist>;
let teacher: TeacherSession | null = null;

beforeAll(async () => {
  dist = standInDist();
  redis = await startRedis();
  [a, b] = await Promise.all([startServe({ dist: dist.dir, redisUrl: redis.url, publicAddress: true }), startServe({ dist: dist.dir, redisUrl: redis.url, publicAddress: true })]);
});

afterAll(async () => {
  await teacher?.close();
  await stopAll();
  dist.remove();
});

/** The rooms Colyseus' Redis driver lists: name, id and the process that holds each. */
function listedRooms(): { name: string; roomId: string; processId: string }[] {
  const out = redis.cli('HGETALL', 'roomcaches').trim().split('\n');
  const rooms = [];
  for (let i = 1; i < out.length; i += 2) rooms.push(JSON.parse(out[i]!) as { name: string; roomId: string; processId: string });
  return rooms;
}

describe('two server processes sharing Redis', () => {
  it('students join through both; pairs run on both; every round finishes and the dashboard sees them all', async () => {
    teacher = await openClass(a.url, { scenario: '2026', difficulty: 'normal', pace: 'quick' });
    let latest: Dashboard | null = null;
    teacher.onDashboard((d) => (latest = d));
    const dash = () => latest as Dashboard | null;

    const students = 6;
    const played = Array.from({ length: students }, (_, i) =>
      playSeat({
        endpoint: i % 2 === 0 ? a.url : b.url,
        code: teacher!.joinCode,
        nickname: `S${i + 1}`,
        side: (i < students / 2 ? 'union' : 'studio') as Side,
        bot: botFor(BOT_NAMES[i % BOT_NAMES.length]!, String(i)),
      }),
    );
    await until(() => dash()?.students === students && dash()!.pairs.length === students / 2 && dash()!.pairs.every((p) => p.seats.union.kind === 'person' && p.seats.studio.kind === 'person'), 'every student seated');

    // The class room is on one process; its pairs are spread over both.
    const rooms = listedRooms();
    const pairs = rooms.filter((r) => r.name === 'pair');
    expect(pairs.map((r) => r.roomId).sort()).toEqual(dash()!.pairs.map((p) => p.pairId).sort());
    expect(new Set(pairs.map((r) => r.processId)).size).toBe(2);
    expect(rooms.filter((r) => r.name === 'class').map((r) => r.roomId)).toContain(teacher.joinCode);

    teacher.command({ type: 'start' });
    const results = await Promise.all(played);
    for (const r of results) {
      expect(r.botError).toBeNull();
      const v = verifyResultCode(r.result!.code!);
      if (!v.ok) throw new Error(v.error);
      expect(v.value.state.phase).toBe('done');
    }
    // Partners agree on their result; three different rounds.
    expect(new Set(results.map((r) => r.result!.code)).size).toBe(students / 2);
    await until(() => dash()!.pairs.every((p) => p.result?.code), 'every result on the dashboard');
    expect(new Set(dash()!.pairs.map((p) => p.result!.code))).toEqual(new Set(results.map((r) => r.result!.code)));
    expect(a.alive() && b.alive()).toBe(true);
  });

  it('behind one address (a reverse proxy): the teacher and every student use one address; pairs still run on both processes', async () => {
    // The proxy's port first: each process is told the address under which the proxy reaches it.
    const proxyPort = await freePort();
    const behind = await Promise.all([1, 2].map((n) => startServe({ dist: dist.dir, redisUrl: redis.url, publicAddress: () => `127.0.0.1:${proxyPort}/sc-${n}` })));
    const proxy = await startProxy(behind.map((p) => p.port), proxyPort);
    try {
      const t = await openClass(proxy.url, { scenario: '2023', difficulty: 'easy', pace: 'quick' });
      let latest: Dashboard | null = null;
      t.onDashboard((d) => (latest = d));
      const played = Array.from({ length: 4 }, (_, i) =>
        playSeat({ endpoint: proxy.url, code: t.joinCode, nickname: `P${i + 1}`, side: (i < 2 ? 'union' : 'studio') as Side, bot: botFor(i % 2 ? 'conceder' : 'historical') }),
      );
      await until(() => (latest as Dashboard | null)?.students === 4, 'four students seated through the proxy');
      const mine = listedRooms().filter((r) => r.name === 'pair' && (latest as Dashboard | null)!.pairs.some((p) => p.pairId === r.roomId));
      expect(new Set(mine.map((r) => (r as { publicAddress?: string }).publicAddress))).toEqual(new Set([`127.0.0.1:${proxyPort}/sc-1`, `127.0.0.1:${proxyPort}/sc-2`]));
      t.command({ type: 'start' });
      const results = await Promise.all(played);
      for (const r of results) expect(verifyResultCode(r.result!.code!).ok).toBe(true);
      await until(() => (latest as Dashboard | null)!.pairs.every((p) => p.result?.code), 'both results on the dashboard');
      await t.close();
    } finally {
      await proxy.close();
    }
    // Every process talked to its clients and the local Redis, and to nothing beyond this machine.
    for (const p of [a, b, ...behind]) expect(egress(p.output())).toEqual([]);
  });
});
