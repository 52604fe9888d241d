import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyResultCode } from '../../src/app/codes';
import { playSeat } from '../../src/app/live/botSeat';
import { joinClass, openClass, takeSeat, type TeacherSession } from '../../src/app/live/client';
import type { Dashboard, LiveView } from '../../src/app/live/protocol';
import { botFor, stateHash, type Side } from '../../src/sim';
import { spawnSync } from 'node:child_process';
import { egress, EGRESS, runCli, standInDist, startCli, startServe, stopAll, until, type Started } from './helpers';

/**
 * One real server process (npm run serve's entry point) on 127.0.0.1: a teacher opens a class,
 * bot students join over the wire and play whole rounds, the dashboard follows, and every
 * result code is checked by re-running it (in this process and with npm run verify).
 */

let server: Started;
let dist: ReturnType<typeof standInDist>;
const teachers: TeacherSession[] = [];

beforeAll(async () => {
  dist = standInDist();
  server = await startServe({ dist: dist.dir });
});

afterAll(async () => {
  await Promise.all(teachers.map((t) => t.close()));
  await stopAll();
  dist.remove();
});

async function teacher(): Promise<{ t: TeacherSession; dashboards: Dashboard[]; latest(): Dashboard | undefined }> {
  const t = await openClass(server.url, { scenario: '2023', difficulty: 'normal', pace: 'standard' });
  teachers.push(t);
  const dashboards: Dashboard[] = [];
  t.onDashboard((d) => dashboards.push(d));
  return { t, dashboards, latest: () => dashboards[dashboards.length - 1] };
}

/** Every view a seat receives must be its own side's (the other side's briefing never travels). */
function ownSideOnly(side: Side, seen: LiveView[]) {
  return (v: LiveView) => {
    seen.push(v);
    if (v.side !== side || v.view.side !== side) throw new Error(`the ${side} seat was sent a ${v.view.side} view`);
  };
}

describe('a live class on one server process', () => {
  it('two students finish a round; the dashboard shows the pair live and then its result code, which npm run verify accepts', async () => {
    const { t, dashboards, latest } = await teacher();
    const seenU: LiveView[] = [];
    const seenS: LiveView[] = [];
    const midRound = (d: Dashboard) => !!d.pairs[0] && d.pairs[0].moves > 0 && d.pairs[0].phase !== 'done' && !!d.pairs[0].lastOffer;
    // Ana holds her fifth move until the teacher has seen the round in progress (bots are quick).
    const ana = playSeat({
      endpoint: server.url,
      code: t.joinCode,
      nickname: 'Ana',
      side: 'union',
      bot: botFor('historical'),
      viewed: ownSideOnly('union', seenU),
      before: (v) => (v.at >= 4 ? until(() => dashboards.some(midRound), 'the teacher to see the round in progress').then(() => undefined) : undefined),
    });
    const ben = playSeat({ endpoint: server.url, code: t.joinCode, nickname: 'Ben', side: 'studio', bot: botFor('conceder'), viewed: ownSideOnly('studio', seenS) });
    await until(() => latest()?.pairs[0]?.seats.studio.kind === 'person', 'both students seated');
    // Nobody moves before the teacher starts the class.
    expect(seenU.every((v) => !v.yourMove) && seenS.every((v) => !v.yourMove)).toBe(true);
    t.command({ type: 'start' });
    const [a, b] = await Promise.all([ana, ben]);

    expect(a.seat.pairId).toBe(b.seat.pairId);
    expect(a.refused + b.refused).toBe(0);
    const code = a.result?.code;
    expect(code, a.result?.problem ?? '').toMatch(/^SC1\./);
    expect(b.result?.code).toBe(code);
    const verified = verifyResultCode(code!);
    if (!verified.ok) throw new Error(verified.error);
    expect(verified.value.nickname).toBe('Ana / Ben');
    expect(verified.value.state.phase).toBe('done');
    // Each side's last view is the end of that very round.
    expect(a.last?.view.day).toBe(verified.value.state.day);
    expect(a.last?.at).toBe(verified.value.actions.length);

    // Live: the dashboard showed the pair mid-round with an offer on the table, then the result.
    expect(dashboards.find(midRound), 'a dashboard during the round').toBeDefined();
    await until(() => latest()?.pairs[0]?.result?.code === code, 'the result on the dashboard');
    expect(latest()).toMatchObject({ students: 2, status: { started: true } });

    const cli = await runCli('verify', [code!]);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toContain(stateHash(verified.value.state));
  });

  it('an odd student gets the computer; a late student takes the computer\u2019s seat over mid-round', async () => {
    const { t, latest } = await teacher();
    t.command({ type: 'start' });
    await until(() => latest()?.status.started, 'the class started');
    let cleoAt = 0;
    let danHere: () => void = () => undefined;
    const danArrived = new Promise<void>((r) => (danHere = r));
    // Cleo holds still after six moves, until Dan is in (the computer would otherwise finish the round first).
    const cleo = playSeat({ endpoint: server.url, code: t.joinCode, nickname: 'Cleo', bot: botFor('historical'), viewed: (v) => (cleoAt = v.at), before: (v) => (v.at >= 6 ? danArrived : undefined) });
    await until(() => latest()?.pairs[0], 'Cleo\u2019s pair');
    const cleoSide = (['union', 'studio'] as const).find((s) => latest()!.pairs[0]!.seats[s].nickname === 'Cleo')!;
    const other: Side = cleoSide === 'union' ? 'studio' : 'union';
    expect(latest()!.pairs[0]!.seats[other].kind).toBe('computer');
    await until(() => cleoAt >= 6, 'Cleo and the computer playing a few moves');

    let danFirst: LiveView | null = null;
    const dan = playSeat({
      endpoint: server.url,
      code: t.joinCode,
      nickname: 'Dan',
      bot: botFor('conceder'),
      viewed: (v) => {
        danFirst ??= v;
        danHere();
      },
    });
    const [c, d] = await Promise.all([cleo, dan]);
    expect(d.seat.pairId).toBe(c.seat.pairId);
    expect(d.seat.side).toBe(other);
    expect(danFirst!.at).toBeGreaterThanOrEqual(6); // the round went on; Dan took it where it stood
    expect(danFirst!.partner).toMatchObject({ kind: 'person', nickname: 'Cleo' });
    const v = verifyResultCode(c.result!.code!);
    if (!v.ok) throw new Error(v.error);
    expect(v.value.nickname).toContain('Cleo');
    expect(v.value.nickname).toContain('Dan');
    // Both sides moved before Dan arrived: the computer's moves are in the log, as a hot-seat replay.
    expect(v.value.actions.slice(0, 6).some((a) => a.side === other)).toBe(true);
  });

  it('a dropped connection or a reloaded page gets its seat back with nothing lost', async () => {
    const { t, latest } = await teacher();
    const seatU = await joinClass(server.url, t.joinCode, 'Eve', null, 'union');
    const seatS = await joinClass(server.url, t.joinCode, 'Fay', null, 'studio');
    const views: Record<Side, LiveView[]> = { union: [], studio: [] };
    const reconnecting: boolean[] = [];
    const connect = (seat: typeof seatU, lost: string[] = []) =>
      takeSeat(server.url, seat, { view: (v) => views[seat.side].push(v), refused: () => undefined, reconnecting: (on) => reconnecting.push(on), lost: (m) => lost.push(m) });
    const oldTab: string[] = [];
    const u = await connect(seatU);
    const s = await connect(seatS, oldTab);
    t.command({ type: 'start' });
    const eve = botFor('historical');
    const fay = botFor('conceder');
    // A few moves each.
    for (let i = 0; i < 6; i++) {
      const latestU = () => views.union[views.union.length - 1];
      const latestS = () => views.studio[views.studio.length - 1];
      const turn = await until(() => (latestU()?.yourMove ? 'union' : latestS()?.yourMove ? 'studio' : null), 'someone to move');
      const before = latestU()!.at;
      if (turn === 'union') u.act(eve(latestU()!.view));
      else s.act(fay(latestS()!.view));
      await until(() => latestU()!.at > before && latestS()!.at > before, 'the move to reach both seats');
    }
    const at = views.union[views.union.length - 1]!.at;

    // The network drops: the seat reconnects by itself and finds the round where it was.
    const n = views.union.length;
    u.drop();
    await until(() => reconnecting.includes(true) && reconnecting.includes(false), 'the reconnection');
    await until(() => views.union.length > n, 'a view after reconnecting');
    expect(views.union[views.union.length - 1]!.at).toBe(at);
    expect(latest()!.pairs.find((p) => p.pairId === seatU.pairId)!.seats.union.connected).toBe(true);

    // A reload: a new page with the stored seat key. It gets the seat; the old tab is told why it lost it.
    const newTab: string[] = [];
    const m = views.studio.length;
    const s2 = await connect(seatS, newTab);
    await until(() => views.studio.length > m, 'the reloaded page\u2019s view');
    expect(views.studio[views.studio.length - 1]!.at).toBe(at);
    await until(() => oldTab.length > 0, 'the old tab to hear it lost the seat');
    expect(oldTab[0]).toMatch(/opened on another device or tab/);
    // Through the class with the key (the pair id forgotten): the same seat again.
    const again = await joinClass(server.url, t.joinCode, '', seatS.seatKey);
    expect(again).toEqual(seatS);
    expect(newTab).toEqual([]);
    await Promise.all([u.close(), s.close(), s2.close()]);
  });

  it('pause, five minutes left and close act on the whole class; an unfinished round still gets a verifiable code', async () => {
    const { t, latest } = await teacher();
    const seatU = await joinClass(server.url, t.joinCode, 'Gil', null, 'union');
    const seatS = await joinClass(server.url, t.joinCode, 'Hal', null, 'studio');
    const views: Record<Side, LiveView[]> = { union: [], studio: [] };
    const refusals: string[] = [];
    const conns = await Promise.all(
      [seatU, seatS].map((seat) => takeSeat(server.url, seat, { view: (v) => views[seat.side].push(v), refused: (r) => refusals.push(r.message) })),
    );
    const last = (side: Side) => views[side][views[side].length - 1]!;
    const mover = () => (last('union').yourMove ? 'union' : last('studio').yourMove ? 'studio' : null);
    await until(() => views.union.length && views.studio.length, 'both seats\u2019 first views');
    t.command({ type: 'start' });
    const first = await until(mover, 'the first move');
    const at = last(first).at;

    t.command({ type: 'pause' });
    await until(() => last('union').status.paused && last('studio').status.paused, 'both seats to hear the pause');
    expect(last('union').yourMove || last('studio').yourMove).toBe(false);
    conns[first === 'union' ? 0 : 1]!.act({ type: 'reject', side: first });
    await until(() => refusals.length > 0, 'the paused move to be refused');
    expect(refusals[0]).toMatch(/paused/);
    expect(last(first).at).toBe(at);

    t.command({ type: 'resume' });
    await until(() => mover() === first, 'the class to resume');
    conns[first === 'union' ? 0 : 1]!.act({ type: 'reject', side: first });
    await until(() => last('union').at === at + 1 && last('studio').at === at + 1, 'the move after resuming');

    t.command({ type: 'fiveMinutes' });
    await until(() => last('union').status.endsAt, 'the countdown');
    const left = last('union').status.endsAt! - last('union').status.now;
    expect(left).toBeGreaterThan(4 * 60 * 1000);
    expect(left).toBeLessThanOrEqual(5 * 60 * 1000);
    // A pause stops the class's clock too (students saw it run on beside "paused"), and resuming
    // gives the time back: the new end is as far off as was left, not five minutes from the start.
    t.command({ type: 'pause' });
    await until(() => last('union').status.paused, 'the pause');
    expect(last('union').status.endsAt).toBeNull();
    await new Promise((r) => setTimeout(r, 3000));
    t.command({ type: 'resume' });
    await until(() => !last('union').status.paused && last('union').status.endsAt, 'the countdown again');
    const after = last('union').status.endsAt! - last('union').status.now;
    expect(after).toBeGreaterThan(left - 2000); // without the time given back: about left - 3000
    expect(after).toBeLessThanOrEqual(left);

    t.command({ type: 'close' });
    await until(() => last('union').result && last('studio').result, 'the results of the closed class');
    expect(last('union').result).toMatchObject({ finished: false });
    const code = last('union').result!.code!;
    const v = verifyResultCode(code);
    if (!v.ok) throw new Error(v.error);
    expect(v.value.actions).toHaveLength(at + 1);
    await until(() => latest()?.pairs[0]?.result?.code === code, 'the unfinished result on the dashboard');
    expect(latest()!.status.closed).toBe(true);
    // Nobody may move once the class is closed, and no one new may join.
    await expect(joinClass(server.url, t.joinCode, 'Late')).rejects.toThrow(/This live class is over/);
    await Promise.all(conns.map((c) => c.close()));
  });

  it('one name, one student: a nickname already in the class is refused in plain words, and a returning seat is still known', async () => {
    const { t } = await teacher();
    const kim = await joinClass(server.url, t.joinCode, 'Kim', null, 'union');
    await expect(joinClass(server.url, t.joinCode, 'kim')).rejects.toThrow(/Someone in this class is already called kim: add an initial or a number/);
    await expect(joinClass(server.url, t.joinCode, '', kim.seatKey)).resolves.toEqual(kim);
    const other = await joinClass(server.url, t.joinCode, 'Kim L.');
    expect(other.nickname).toBe('Kim L.');
  });

  /** A class with two students seated on opposite sides, both connected, and the round started. */
  async function startedPair(unionNick: string, studioNick: string) {
    const { t, latest } = await teacher();
    const seatU = await joinClass(server.url, t.joinCode, unionNick, null, 'union');
    const seatS = await joinClass(server.url, t.joinCode, studioNick, null, 'studio');
    const views: Record<Side, LiveView[]> = { union: [], studio: [] };
    const u = await takeSeat(server.url, seatU, { view: (v) => views.union.push(v), refused: () => undefined });
    const s = await takeSeat(server.url, seatS, { view: (v) => views.studio.push(v), refused: () => undefined });
    const last = (side: Side) => views[side][views[side].length - 1]!;
    await until(() => views.union.length && views.studio.length, 'both seats\u2019 first views');
    t.command({ type: 'start' });
    return { t, latest, seatU, seatS, views, u, s, last };
  }

  it('the computer stands in for a student who left, and gives the seat back when they return', async () => {
    const { t, latest, seatU, seatS, views, u, s: s0, last } = await startedPair('Ivy', 'Jon');
    let s = s0;
    const ivy = botFor('historical');
    // Ivy moves until it is Jon's turn; then Jon closes his laptop for good.
    await until(() => last('union').yourMove || last('studio').yourMove, 'the first move');
    if (last('union').yourMove) {
      const at = last('union').at;
      u.act(ivy(last('union').view));
      await until(() => last('studio').at > at && last('studio').yourMove, 'Jon\u2019s turn');
    }
    s.vanish();
    const pair = () => latest()?.pairs.find((p) => p.pairId === seatU.pairId);
    await until(() => pair()?.seats.studio.connected === false, 'the dashboard to see Jon away');
    const at = last('union').at;
    t.command({ type: 'computerSeat', pairId: seatU.pairId, side: 'studio' });
    // The computer answers for Jon: the round moves on without him.
    await until(() => last('union').at > at, 'the computer to move for Jon');
    await until(() => pair()?.seats.studio.kind === 'computer', 'the dashboard to show the computer in Jon\u2019s seat');
    expect(pair()!.seats.studio).toMatchObject({ kind: 'computer', nickname: 'Jon' });
    expect(last('union').partner).toMatchObject({ kind: 'computer', nickname: 'Jon' });
    // Jon comes back with his seat key: the seat is his again.
    s = await takeSeat(server.url, seatS, { view: (v) => views.studio.push(v), refused: () => undefined });
    await until(() => pair()?.seats.studio.kind === 'person' && pair()?.seats.studio.connected, 'Jon back in his seat');
    expect(last('union').partner).toMatchObject({ kind: 'person', nickname: 'Jon' });
    await Promise.all([u.close(), s.close()]);
  });

  it('a student who chooses to leave hands the seat to the computer at once, and the partner is told', async () => {
    const { latest, seatU, u, s, last } = await startedPair('Lou', 'Max');
    await until(() => last('union').yourMove || last('studio').yourMove, 'the first move');
    await s.close(); // "Leave this seat"
    const pair = () => latest()?.pairs.find((p) => p.pairId === seatU.pairId);
    await until(() => pair()?.seats.studio.kind === 'computer', 'the computer in Max\u2019s seat, without the teacher');
    await until(() => last('union').partner.kind === 'computer', 'Lou to hear it');
    expect(last('union').partner).toMatchObject({ kind: 'computer', nickname: 'Max' });
    await u.close();
  });

  it('live-class opens a class and live-bot plays in it, printing the summary and a result code', async () => {
    const lc = startCli('live-class', ['--server', server.url, '--start-when', '2', '--wait', '--json']);
    const opened = await until(() => lc.stdout().split('\n')[0]?.trim() || null, 'the join code line');
    const { joinCode, classCode } = JSON.parse(opened) as { joinCode: string; classCode: string };
    expect(joinCode).toMatch(/^[A-Z2-9]{5}$/);
    const [u, s] = await Promise.all([
      runCli('live-bot', ['--server', server.url, '--code', joinCode, '--side', 'union', '--player', 'hardliner']),
      runCli('live-bot', ['--server', server.url, '--code', joinCode, '--side', 'studio', '--player', 'examples/tit-for-tat.mjs']),
    ]);
    expect(u.code, u.stderr).toBe(0);
    expect(s.code, s.stderr).toBe(0);
    const su = JSON.parse(u.stdout) as Record<string, unknown>;
    const ss = JSON.parse(s.stdout) as Record<string, unknown>;
    // The npm run sim --json fields, plus the result code.
    for (const k of ['scenario', 'side', 'seed', 'difficulty', 'outcome', 'deal', 'days', 'strikeDays', 'ratification', 'scores', 'efficiency', 'stateHash', 'refused', 'resultCode']) expect(su, k).toHaveProperty(k);
    expect(su).toMatchObject({ side: 'union', scenario: '2023', refused: 0 });
    expect(ss).toMatchObject({ side: 'studio', resultCode: su.resultCode, stateHash: su.stateHash });
    expect(String(su.resultCode)).toContain(`.${classCode}.`);
    expect(await lc.exited).toBe(0);
    const line = JSON.parse(lc.stdout().trim().split('\n')[1]!) as Record<string, unknown>;
    expect(line).toMatchObject({ resultCode: su.resultCode, finished: true });
    const verify = await runCli('verify', [String(su.resultCode)]);
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toContain(String(su.stateHash));
  });

  it('the server reached nothing beyond this machine (a watch on its sockets, lookups and fetches says so)', async () => {
    expect(egress(server.output())).toEqual([]);
    // The watch itself works: a process with it, asked to connect elsewhere, reports it.
    const probe = spawnSync(process.execPath, ['--require', EGRESS, '-e', "require('node:net').connect(9, '192.0.2.1').on('error', () => {}).destroy()"], { encoding: 'utf8' });
    expect(egress(probe.stderr)).toEqual(['EGRESS 192.0.2.1:9']);
  });

  it('the CLIs refuse bad arguments in plain words', async () => {
    const noServer = await runCli('live-bot', ['--code', 'ABCDE']);
    expect(noServer.code).toBe(2);
    expect(noServer.stderr).toContain('--server is required');
    const badCode = await runCli('live-bot', ['--server', server.url, '--code', 'ABCDE', '--player', 'historical']);
    expect(badCode.code).toBe(1);
    expect(badCode.stderr).toContain('No live class has the join code ABCDE');
    const nobody = await runCli('live-class', ['--server', 'http://127.0.0.1:9/']);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toContain('No live-class server answers');
    expect(server.alive()).toBe(true);
  });
});
