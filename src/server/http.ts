import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/**
 * The HTTP side of the live server: the built game's files, and a guard in front of Colyseus'
 * matchmaking routes. Nothing else is served; nothing is fetched from anywhere.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

const SECURITY = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The largest matchmaking request body (a join carries a nickname and a key). */
export const MAX_BODY = 4096;

/** The matchmaking calls a page may make: open a class, or join a room by its id (a class's join code or a pair). */
const MATCHMAKE = /^\/matchmake\/(create|joinById)\/([A-Za-z0-9_-]{1,40})$/;

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...SECURITY });
  res.end(JSON.stringify(body));
}

/** Same origin: a browser's Origin header names the host it was sent to (a proxy must pass Host on). */
export function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return true; // not a browser (a bot, curl): nothing to protect from
  try {
    const o = new URL(origin);
    return !!host && o.host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}

/**
 * In front of Colyseus' own handler: only the two calls the game makes, only POST, only from
 * this origin, only small bodies. Anything else gets a JSON error in plain words. Returns true
 * if the request was answered here (refused), false to let Colyseus handle it.
 */
export function guardMatchmake(req: IncomingMessage, res: ServerResponse, roomNames: { create: string[] }): boolean {
  const url = (req.url ?? '').split('?')[0]!;
  if (req.method === 'OPTIONS') {
    res.writeHead(204, SECURITY);
    res.end();
    return true;
  }
  const m = MATCHMAKE.exec(url);
  if (!m) {
    json(res, 404, { code: 404, error: 'No such live-class call.' });
    return true;
  }
  if (req.method !== 'POST') {
    json(res, 405, { code: 405, error: 'Live-class calls are POST requests.' });
    return true;
  }
  if (m[1] === 'create' && !roomNames.create.includes(m[2]!)) {
    json(res, 403, { code: 403, error: 'Only a live class can be opened from outside; its pairs are made by the server.' });
    return true;
  }
  if (!sameOrigin(req.headers.origin, (req.headers['x-forwarded-host'] as string | undefined) ?? req.headers.host)) {
    json(res, 403, { code: 403, error: 'Live-class calls are accepted only from the game\u2019s own pages.' });
    return true;
  }
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > MAX_BODY) {
    json(res, 413, { code: 413, error: `The request is too large (at most ${MAX_BODY} bytes).` });
    req.resume();
    return true;
  }
  // A body sent without a length (chunked) is counted as it arrives.
  let seen = 0;
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > MAX_BODY && !res.headersSent) {
      json(res, 413, { code: 413, error: `The request is too large (at most ${MAX_BODY} bytes).` });
      req.destroy();
    }
  });
  return false;
}

/** Serve the built game from `root` (GET and HEAD only; index.html for a folder; never outside root). */
export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', ...SECURITY });
    res.end();
    return;
  }
  let path: string;
  try {
    path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
  } catch {
    res.writeHead(400, SECURITY);
    res.end('Bad address');
    return;
  }
  const base = resolve(root);
  let file = normalize(join(base, path));
  if (file !== base && !file.startsWith(base + sep)) {
    res.writeHead(404, SECURITY);
    res.end('Not found');
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY });
    res.end('Not found');
    return;
  }
  const ext = extname(file).toLowerCase();
  // Hashed assets never change; the page and the worker must be fetched fresh.
  const cache = file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
  res.writeHead(200, { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Content-Length': statSync(file).size, 'Cache-Control': cache, ...SECURITY });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}
