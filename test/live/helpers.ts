import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What the live-class tests start: real server processes (`npm run serve`'s own entry point),
 * a real redis-server, the real CLIs. Everything listens on 127.0.0.1 at a free port, and every
 * process a test starts is stopped by its id when the test file ends.
 */

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The project's TypeScript entry points run in this very Node with tsx's loader: one process, whose id is the server's. */
const node = (script: string, args: string[]) => spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });

const started: ChildProcess[] = [];
export const EGRESS = fileURLToPath(new URL('./egress.cjs', import.meta.url));

/** The lines in a server's output where it reached beyond this machine (there must be none). */
export const egress = (output: string): string[] => output.split('\n').filter((l) => l.startsWith('EGRESS'));

/** Stop every process this file started (call in afterAll). */
export async function stopAll(): Promise<void> {
  await Promise.all(started.splice(0).map((p) => stop(p)));
}

export function stop(p: ChildProcess): Promise<void> {
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

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A folder with a stand-in page, for servers whose tests do not load the game in a browser. */
export function standInDist(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'strike-clock-live-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Strike Clock (test page)</title>\n');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Started {
  proc: ChildProcess;
  url: string;
  port: number;
  output(): string;
  alive(): boolean;
}

/** Wait until a process prints a line matching `ready`, or fail with what it printed. */
function waitFor(proc: ChildProcess, ready: RegExp, what: string, timeoutMs = 60_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start in time:\n${out}`)), timeoutMs);
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = ready.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', (b: Buffer) => (out += b.toString()));
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code}) before it was ready:\n${out}`));
    });
  });
}

export interface ServeOptions {
  dist: string;
  redisUrl?: string;
  /** Give the process its own public address: true for its own host:port, or the address given (behind a proxy). */
  publicAddress?: boolean | ((port: number) => string);
  env?: Record<string, string>;
}

/** Start `npm run serve`'s entry point on a free port of 127.0.0.1. */
export async function startServe(o: ServeOptions): Promise<Started> {
  const port = await freePort();
  const args = ['src/cli/serve.ts', '--port', String(port), '--host', '127.0.0.1', '--dist', o.dist];
  if (o.redisUrl) args.push('--redis', o.redisUrl);
  if (o.publicAddress) args.push('--public-address', typeof o.publicAddress === 'function' ? o.publicAddress(port) : `127.0.0.1:${port}`);
  const env = { ...process.env, ...o.env };
  delete env.REDIS_URL;
  delete env.PUBLIC_ADDRESS;
  // egress.cjs reports any connection beyond this machine as an "EGRESS" line (see noEgress).
  const proc = spawn(process.execPath, ['--require', EGRESS, '--import', 'tsx', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(proc);
  let log = '';
  proc.stdout!.on('data', (b: Buffer) => (log += b.toString()));
  proc.stderr!.on('data', (b: Buffer) => (log += b.toString()));
  const m = await waitFor(proc, /serving (http:\/\/[^/\s]+)\//, 'The live server');
  return { proc, url: `${m[1]}/`, port, output: () => log, alive: () => proc.exitCode === null && proc.signalCode === null };
}

/** Find a program on PATH (no test installs anything). */
export function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, name);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      /* keep looking */
    }
  }
  return null;
}

/** Start Debian's redis-server on a free port of 127.0.0.1, with nothing written to disk. */
export async function startRedis(): Promise<{ url: string; port: number; proc: ChildProcess; cli(...args: string[]): string }> {
  const bin = onPath('redis-server');
  if (!bin) throw new Error('redis-server is not installed: apt-get install redis-server (.ci/run installs it)');
  const port = await freePort();
  const proc = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'], { stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(proc);
  await waitFor(proc, /Ready to accept connections/, 'redis-server');
  const cliBin = onPath('redis-cli');
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    proc,
    cli: (...args: string[]) => {
      if (!cliBin) throw new Error('redis-cli is not installed');
      return spawnSync(cliBin, ['-h', '127.0.0.1', '-p', String(port), ...args], { encoding: 'utf8' }).stdout;
    },
  };
}

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run one of the project's CLIs (src/cli/NAME.ts) to its end. */
export function runCli(name: string, args: string[], timeoutMs = 120_000): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const proc = node(`src/cli/${name}.ts`, args);
    started.push(proc);
    let stdout = '';
    let stderr = '';
    proc.stdout!.on('data', (b: Buffer) => (stdout += b.toString()));
    proc.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`${name} ${args.join(' ')} did not finish in time:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Start a CLI and hand back the running process (for ones that wait, like live-class --wait). */
export function startCli(name: string, args: string[]): { proc: ChildProcess; stdout(): string; stderr(): string; exited: Promise<number | null> } {
  const proc = node(`src/cli/${name}.ts`, args);
  started.push(proc);
  let out = '';
  let err = '';
  proc.stdout!.on('data', (b: Buffer) => (out += b.toString()));
  proc.stderr!.on('data', (b: Buffer) => (err += b.toString()));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return { proc, stdout: () => out, stderr: () => err, exited };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll until `check` returns something truthy (or fail after `timeoutMs`, saying what was awaited). */
export async function until<T>(check: () => T | null | undefined | false | Promise<T | null | undefined | false>, what: string, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await sleep(25);
  }
}

/**
 * A reverse proxy on one address, as a school would put in front of several processes (what the
 * README's nginx example does): /sc-N/... goes to process N with the prefix stripped (a seat's
 * own process, named by its public address); everything else goes to the processes in turn.
 * WebSocket upgrades are piped through; the Host header is passed on.
 */
export async function startProxy(ports: number[], port: number): Promise<{ port: number; url: string; close(): Promise<void> }> {
  let turn = 0;
  const route = (url: string): { port: number; path: string } => {
    const m = /^\/sc-(\d+)(\/.*)$/.exec(url);
    if (m && ports[Number(m[1]) - 1]) return { port: ports[Number(m[1]) - 1]!, path: m[2]! };
    return { port: ports[turn++ % ports.length]!, path: url };
  };
  const server = createHttpServer((req, res) => {
    const to = route(req.url ?? '/');
    const up = httpRequest({ host: '127.0.0.1', port: to.port, path: to.path, method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => (res.headersSent ? res.destroy() : (res.writeHead(502), res.end())));
    req.pipe(up);
  });
  server.on('upgrade', (req, socket: Socket, head: Buffer) => {
    const to = route(req.url ?? '/');
    const up = connect(to.port, '127.0.0.1', () => {
      const lines = [`${req.method} ${to.path} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      up.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length) up.write(head);
      socket.pipe(up).pipe(socket);
    });
    up.on('error', () => socket.destroy());
    socket.on('error', () => up.destroy());
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
