import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServerOptions } from '@colyseus/core';
import { MAX_MESSAGE_BYTES, ROOM_CLASS, ROOM_PAIR } from '../app/live/protocol';
import { ClassRoom } from './classRoom';
import { core, redisParts, WebSocketTransport } from './colyseus';
import { guardMatchmake, sameOrigin, serveStatic } from './http';
import { PairRoom } from './pairRoom';

export interface LiveServerOptions {
  port: number;
  host: string;
  /** The built game (dist/) to serve on the same origin; null serves only the live endpoint. */
  distDir: string | null;
  /** With Redis, rooms and the dashboard are shared by every process that names the same Redis. */
  redisUrl?: string | null;
  /**
   * How clients reach this very process (host:port, or host/path behind a proxy). Needed when
   * several processes share Redis: a seat in a room held by another process is reached there.
   */
  publicAddress?: string | null;
}

/**
 * Which process gets a new room: the one holding the fewest rooms now. Colyseus' own choice
 * reads counts each process saves at most once a second, so a class seating a row of students
 * at once would put every pair on one process; the rooms' own listing is current.
 */
async function leastLoaded(): Promise<string> {
  const mm = core.matchMaker;
  const held = new Map<string, number>([[mm.processId, 0]]);
  for (const p of await mm.stats.fetchAll()) held.set(p.processId, 0);
  for (const r of await mm.driver.query({})) if (held.has(r.processId)) held.set(r.processId, held.get(r.processId)! + 1);
  return [...held].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]![0];
}

export interface LiveServer {
  url: string;
  port: number;
  processId: string;
  close(): Promise<void>;
}

/**
 * Start the live-class server: the built game's files and the Colyseus endpoint on one origin,
 * listening on `host` (127.0.0.1 unless told otherwise). One process per Node process: Colyseus'
 * matchmaker is a module-level singleton.
 */
export async function startLiveServer(o: LiveServerOptions): Promise<LiveServer> {
  const dist = o.distDir;
  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (dist) serveStatic(dist, req, res);
    else {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('This server runs only the live-class endpoint.');
    }
  });
  // A slow or silent client cannot hold a socket open for long.
  http.headersTimeout = 15_000;
  http.requestTimeout = 30_000;

  const transport = new WebSocketTransport({
    server: http,
    maxPayload: MAX_MESSAGE_BYTES,
    pingInterval: 5000,
    pingMaxRetries: 3,
    // A page from another site may not open a socket here in a visitor's name.
    verifyClient: (info: { origin?: string; req: IncomingMessage }) => sameOrigin(info.origin, (info.req.headers['x-forwarded-host'] as string | undefined) ?? info.req.headers.host),
  } as ConstructorParameters<typeof WebSocketTransport>[0]);

  const extra: ServerOptions = {};
  if (o.redisUrl) {
    const { RedisPresence, RedisDriver } = redisParts();
    extra.presence = new RedisPresence(o.redisUrl);
    extra.driver = new RedisDriver(o.redisUrl);
  }
  if (o.publicAddress) extra.publicAddress = o.publicAddress;
  extra.selectProcessIdToCreateRoom = leastLoaded;
  // Same-origin only: no CORS headers for anyone else.
  (core.matchMaker.controller as { DEFAULT_CORS_HEADERS: Record<string, string> }).DEFAULT_CORS_HEADERS = {};
  core.matchMaker.controller.getCorsHeaders = () => ({});

  const server = new core.Server({ ...extra, transport, greet: false, gracefullyShutdown: false });
  server.define(ROOM_CLASS, ClassRoom);
  server.define(ROOM_PAIR, PairRoom);

  // Colyseus put its matchmaking handler in front of ours; put the guard in front of both.
  const handlers = http.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  http.removeAllListeners('request');
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    // Colyseus takes any address that merely contains "/matchmake": the guard sees all of those.
    if ((req.url ?? '').includes('/matchmake') && guardMatchmake(req, res, { create: [ROOM_CLASS] })) return;
    for (const h of handlers) h.call(http, req, res);
  });

  await server.listen(o.port, o.host);
  const port = (http.address() as AddressInfo).port;
  let closed = false;
  return {
    url: `http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${port}`,
    port,
    processId: core.matchMaker.processId,
    async close() {
      if (closed) return;
      closed = true;
      await server.gracefullyShutdown(false);
    },
  };
}
