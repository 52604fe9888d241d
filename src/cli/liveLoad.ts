import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { playSeat, type BotSeatResult } from '../app/live/botSeat';
import { openClass } from '../app/live/client';
import { verifyResultCode } from '../app/codes';
import { BOT_NAMES, botFor, type Side } from '../sim';

/**
 * The live class under load, as `npm run bench` measures it (and a small test runs it): real
 * server processes (one, or two sharing a real redis-server), one class, N pairs of bot
 * students joining through the processes in turn, every round played to its end over the wire.
 *
 * Measured: rounds finished and verified; the time from a seat sending its move to the other
 * seat receiving the view with that move (both seats live in this process, so one clock);
 * the server processes' CPU time (from /proc) and their peak resident memory.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface LoadOptions {
  pairs: number;
  processes: 1 | 2;
  /** Each bot waits a random time in this range (ms) before each move; [0, 0] answers at once. */
  thinkMs?: [number, number];
  /** Give up after this long (ms). */
  timeoutMs?: number;
}

export interface LoadResult {
  pairs: number;
  processes: number;
  roundsFinished: number;
  roundsVerified: number;
  moves: number;
  /** Action sent → the other side's view updated, ms, one per move between two people. */
  latencies: number[];
  wallMs: number;
  /** CPU time of the server processes (summed) and of this process (the bot clients), ms. */
  serverCpuMs: number | null;
  clientCpuMs: number;
  /** Peak resident memory of the server processes (summed), MB. */
  serverPeakRssMb: number | null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      /* keep looking */
    }
  }
  return null;
}

function ready(proc: ChildProcess, pattern: RegExp, what: string): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start:\n${seen}`)), 60_000);
    const look = (b: Buffer) => {
      seen += b.toString();
      const m = pattern.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    };
    proc.stdout?.on('data', look);
    proc.stderr?.on('data', (b: Buffer) => (seen += b.toString()));
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code}):\n${seen}`));
    });
  });
}

function stop(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => p.kill('SIGKILL'), 5000);
    p.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    p.kill('SIGTERM');
  });
}

/** A process's CPU time so far, ms (Linux /proc; null elsewhere). */
function procCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 a second on Linux).
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

/** A process's peak resident memory, MB (Linux /proc; null elsewhere). */
function procPeakRssMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Start the live server (`npm run serve`'s entry point, in this very Node, so its pid is the server's). */
async function serve(dist: string, redisUrl: string | null): Promise<{ proc: ChildProcess; url: string }> {
  const port = await freePort();
  const args = ['--import', 'tsx', 'src/cli/serve.ts', '--port', String(port), '--host', '127.0.0.1', '--dist', dist];
  if (redisUrl) args.push('--redis', redisUrl, '--public-address', `127.0.0.1:${port}`);
  const env = { ...process.env };
  delete env.REDIS_URL;
  delete env.PUBLIC_ADDRESS;
  const proc = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const m = await ready(proc, /serving (http:\/\/[^/\s]+)\//, 'the live server');
  return { proc, url: `${m[1]}/` };
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const started: ChildProcess[] = [];
  const dist = mkdtempSync(join(tmpdir(), 'strike-clock-load-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Strike Clock (load test)</title>\n');
  try {
    let redisUrl: string | null = null;
    if (o.processes === 2) {
      const bin = onPath('redis-server');
      if (!bin) throw new Error('redis-server is not installed (apt-get install redis-server)');
      const port = await freePort();
      const redis = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
      started.push(redis);
      await ready(redis, /Ready to accept connections/, 'redis-server');
      redisUrl = `redis://127.0.0.1:${port}`;
    }
    const servers = await Promise.all(Array.from({ length: o.processes }, () => serve(dist, redisUrl)));
    started.push(...servers.map((s) => s.proc));
    const pids = servers.map((s) => s.proc.pid!);

    const teacher = await openClass(servers[0]!.url, { scenario: '2023', difficulty: 'normal', pace: 'standard' });
    let students = 0;
    teacher.onDashboard((d) => (students = d.students));

    const think = o.thinkMs && o.thinkMs[1] > 0 ? o.thinkMs : null;
    // When a seat sends move `at`, the clock starts for its pair; the other seat's view with at+1 stops it.
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    const seats: Promise<BotSeatResult>[] = [];
    for (let p = 0; p < o.pairs; p++) {
      for (const side of ['union', 'studio'] as const) {
        const i = p * 2 + (side === 'union' ? 0 : 1);
        let pairId = '';
        seats.push(
          playSeat({
            endpoint: servers[i % servers.length]!.url,
            code: teacher.joinCode,
            nickname: `${side === 'union' ? 'U' : 'S'}${p + 1}`,
            side: side as Side,
            bot: botFor(BOT_NAMES[(p + (side === 'union' ? 0 : 1)) % BOT_NAMES.length]!, `${p}`),
            seated: (seat) => (pairId = seat.pairId),
            before: think ? () => new Promise<void>((r) => setTimeout(r, think[0] + Math.random() * (think[1] - think[0]))) : undefined,
            sent: (at) => sentAt.set(`${pairId}:${side}:${at + 1}`, performance.now()),
            viewed: (v) => {
              const key = `${pairId}:${side === 'union' ? 'studio' : 'union'}:${v.at}`;
              const t0 = sentAt.get(key);
              if (t0 !== undefined) {
                latencies.push(performance.now() - t0);
                sentAt.delete(key);
              }
            },
            timeoutMs: o.timeoutMs ?? 10 * 60 * 1000,
          }),
        );
      }
    }
    const deadline = Date.now() + 60_000;
    while (students < o.pairs * 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    if (students < o.pairs * 2) throw new Error(`only ${students} of ${o.pairs * 2} students were seated`);

    const cpu0 = pids.map(procCpuMs);
    const client0 = process.cpuUsage();
    const t0 = performance.now();
    teacher.command({ type: 'start' });
    const results = await Promise.all(seats);
    const wallMs = performance.now() - t0;
    const client = process.cpuUsage(client0);
    const cpu1 = pids.map(procCpuMs);
    const peak = pids.map(procPeakRssMb);
    await teacher.close();

    const codes = new Map<string, string | null>();
    for (const r of results) codes.set(r.seat.pairId, r.result?.code ?? null);
    let verified = 0;
    let moves = 0;
    for (const code of codes.values()) {
      if (!code) continue;
      const v = verifyResultCode(code);
      if (v.ok) {
        verified++;
        moves += v.value.actions.length;
      }
    }
    const sum = (xs: (number | null)[]) => (xs.some((x) => x === null) ? null : xs.reduce<number>((a, x) => a + x!, 0));
    const c0 = sum(cpu0);
    const c1 = sum(cpu1);
    return {
      pairs: o.pairs,
      processes: o.processes,
      roundsFinished: [...new Set(results.filter((r) => r.result?.finished).map((r) => r.seat.pairId))].length,
      roundsVerified: verified,
      moves,
      latencies,
      wallMs,
      serverCpuMs: c0 !== null && c1 !== null ? c1 - c0 : null,
      clientCpuMs: (client.user + client.system) / 1000,
      serverPeakRssMb: sum(peak),
    };
  } finally {
    await Promise.all(started.map(stop));
    if (existsSync(dist)) rmSync(dist, { recursive: true, force: true });
  }
}

export function percentile(xs: number[], p: number): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** A figure's median over runs. */
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

type Out = (name: string, value: number, unit: string) => void;

/**
 * The bench's live lines: 30 pairs (60 bot clients) on one server process, and on two sharing
 * Redis; first with bots answering at once (a burst: the server's worst case), the median of
 * `runs` runs of each figure; then paced, each bot thinking 0.1 to 0.3 s per move (still far
 * quicker than a class), one run. p50/p95 are over every move of the run(s); beside them, the
 * server's CPU per move. Without Linux's /proc the CPU and memory lines are left out.
 */
export async function liveLines(out: Out, pairs = 30, runs = 3): Promise<void> {
  for (const processes of [1, 2] as const) {
    const name = processes === 1 ? 'live_1proc' : 'live_2proc_redis';
    if (processes === 2 && !onPath('redis-server')) {
      process.stderr.write('bench: no redis-server, skipping the two-process live lines (apt-get install redis-server)\n');
      continue;
    }
    for (const [kind, thinkMs, n] of [
      ['burst', [0, 0], runs],
      ['paced', [100, 300], 1],
    ] as const) {
      const rs: LoadResult[] = [];
      for (let i = 0; i < n; i++) rs.push(await runLoad({ pairs, processes, thinkMs: [...thinkMs] as [number, number] }));
      const all = rs.flatMap((r) => r.latencies);
      const each = (f: (r: LoadResult) => number | null) => {
        const xs = rs.map(f).filter((x): x is number => x !== null);
        return xs.length === rs.length ? median(xs) : null;
      };
      const prefix = `${name}_${kind}`;
      out(`${prefix}_pairs`, pairs, 'pairs');
      out(`${prefix}_rounds_finished`, each((r) => r.roundsVerified)!, 'rounds');
      out(`${prefix}_action_to_other_view_p50`, percentile(all, 50), 'ms');
      out(`${prefix}_action_to_other_view_p95`, percentile(all, 95), 'ms');
      const perMove = each((r) => (r.serverCpuMs === null || !r.moves ? null : r.serverCpuMs / r.moves));
      if (perMove !== null) out(`${prefix}_server_cpu_per_move`, perMove, 'ms');
      out(`${prefix}_all_rounds`, each((r) => r.wallMs)!, 'ms');
      const cpu = each((r) => r.serverCpuMs);
      if (cpu !== null) out(`${prefix}_all_rounds_cpu`, cpu, 'ms');
      out(`${prefix}_bot_clients_cpu`, each((r) => r.clientCpuMs)!, 'ms');
      const rss = each((r) => r.serverPeakRssMb);
      if (rss !== null) out(`${prefix}_server_peak_rss`, rss, 'MB');
    }
  }
}
