import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** How many builds' caches the worker keeps: a tab opened on an older build still finds its files. */
export const KEEP_BUILDS = 3;

/**
 * The cache's name for a build: a hash of every file's name and contents, so any change to any
 * file (even one whose name stays the same, like index.html or a public file) makes a new cache.
 */
export function cacheVersion(files: { name: string; content: string | Uint8Array }[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(f.name);
    hash.update('\0');
    hash.update(f.content);
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The service worker's source for a build. */
export function workerSource(version: string, files: string[]): string {
  return `// Generated at build time: the files of this build, cached for offline play.
// The cache is named by a hash of the files' contents. Caches of the last ${KEEP_BUILDS} builds are kept,
// so a page opened on an older build still finds the files it loads later (the debrief, the
// teacher page); the page offers a reload when a newer build takes over.
const CACHE = 'strike-clock-${version}';
const META = 'strike-clock-meta';
const KEEP = ${KEEP_BUILDS};
const FILES = ${JSON.stringify(files)};
const opts = { ignoreSearch: true, ignoreVary: true };
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const meta = await caches.open(META);
      const old = await meta.match('./versions');
      const list = old ? await old.json() : [];
      const versions = [...list.filter((v) => v !== CACHE), CACHE].slice(-KEEP);
      await meta.put('./versions', new Response(JSON.stringify(versions), { headers: { 'content-type': 'application/json' } }));
      const names = await caches.keys();
      await Promise.all(names.filter((k) => k.startsWith('strike-clock-') && k !== META && !versions.includes(k)).map((k) => caches.delete(k)));
      await self.clients.claim();
    })(),
  );
});
self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  // The page itself: the network first (a new build wins), this build's copy when offline.
  if (req.mode === 'navigate') {
    event.respondWith(fetch(req).catch(() => caches.open(CACHE).then((c) => c.match('./', opts))));
    return;
  }
  // Files: this build's cache, then an older build's (a tab still running it), then the network.
  event.respondWith(
    (async () => (await (await caches.open(CACHE)).match(req, opts)) || (await caches.match(req, opts)) || fetch(req))(),
  );
});
`;
}

/**
 * Emits sw.js, a service worker that caches every file of the build on first visit, so the
 * game keeps working offline afterwards (a classroom's Wi-Fi drops; a teacher plays from a
 * laptop on a train). URLs are relative to the worker, so any sub-path works.
 */
export function offlineWorker(): Plugin {
  return {
    name: 'strike-clock-offline-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const contents: { name: string; content: string | Uint8Array }[] = [];
      for (const [name, item] of Object.entries(bundle)) {
        if (name === 'sw.js') continue;
        contents.push({ name, content: item.type === 'chunk' ? item.code : item.source });
      }
      // The files copied as-is from public/.
      if (existsSync('public'))
        for (const d of readdirSync('public', { recursive: true, withFileTypes: true })) {
          if (!d.isFile()) continue;
          const path = `${d.parentPath}/${d.name}`;
          contents.push({ name: path.replace(/^public\//, ''), content: readFileSync(path) });
        }
      const files = ['./', ...contents.map((c) => `./${c.name}`)].sort();
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: workerSource(cacheVersion(contents), files) });
    },
  };
}
