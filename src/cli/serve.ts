import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startLiveServer } from '../server/server';
import { parseCommand, usageFailure } from './args';

const USAGE = `Usage: npm run serve -- [--port N] [--host ADDRESS] [--dist FOLDER] [--build]
                       [--redis URL] [--public-address HOST:PORT]

Serves the built game and the live-class endpoint on one origin.
  --port N              the port (default: $PORT, else 8080)
  --host ADDRESS        where to listen (default: $HOST, else 127.0.0.1, this machine only;
                        0.0.0.0 for every device on the school network)
  --dist FOLDER         the built game (default: dist/ of this project; built first if missing)
  --build               build the game first even if dist/ exists
  --redis URL           share rooms with other processes through Redis (default: $REDIS_URL)
  --public-address A    how browsers reach this process, host:port or host/path (default:
                        $PUBLIC_ADDRESS); needed with Redis when several processes run`;

const fail = (message: string): number => usageFailure(message, USAGE);

async function main(argv: string[]): Promise<number> {
  const args = parseCommand(argv, ['port', 'host', 'dist', 'redis', 'public-address'], ['build'], USAGE);
  if (typeof args === 'number') return args;
  const v = args.values;
  const portText = v.port ?? process.env.PORT ?? '8080';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) return fail(`--port must be a number from 0 to 65535, not "${portText}".`);
  const host = v.host ?? process.env.HOST ?? '127.0.0.1';
  const redisUrl = v.redis ?? process.env.REDIS_URL ?? null;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) return fail(`--redis must be a redis:// address, not "${redisUrl}".`);
  const publicAddress = v['public-address'] ?? process.env.PUBLIC_ADDRESS ?? null;
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const dist = v.dist ?? `${root}dist`;
  if (args.flags.has('build') || !existsSync(`${dist}/index.html`)) {
    if (v.dist && !args.flags.has('build')) return fail(`No built game in "${v.dist}" (no index.html there).`);
    process.stdout.write('Building the game first (npm run build)...\n');
    const { build } = await import('vite');
    await build({ root, logLevel: 'warn', mode: 'production', build: { outDir: dist, emptyOutDir: true } });
  }

  let server;
  try {
    server = await startLiveServer({ port, host, distDir: dist, redisUrl, publicAddress });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') return fail(`Port ${port} is already in use: choose another with --port.`);
    if (err.code === 'EACCES') return fail(`Port ${port} needs more rights than this user has: choose one above 1023.`);
    throw e;
  }
  const lines = [`Strike Clock is serving ${server.url}/ (live classes${redisUrl ? ', shared through Redis' : ''}; process ${server.processId})`];
  if (host === '0.0.0.0' || host === '::') {
    const lan = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && i.family === 'IPv4' && !i.internal)
      .map((i) => `http://${i!.address}:${server.port}/`);
    if (lan.length) lines.push(`Students on this network open: ${lan.join('  or  ')}`);
  }
  lines.push('Stop it with Ctrl+C.');
  process.stdout.write(`${lines.join('\n')}\n`);

  // A classroom server stays up: a failure nobody awaited (Redis away for a moment) is logged, not fatal.
  process.on('unhandledRejection', (e) => process.stderr.write(`live server: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`));
  const stop = () => {
    void server.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1; // keep running
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
