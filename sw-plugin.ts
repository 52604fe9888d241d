import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Emits sw.js, a service worker that caches every file of the build on first visit, so the
 * game keeps working offline afterwards (a classroom's Wi-Fi drops; a teacher plays from a
 * laptop on a train). URLs are relative to the worker, so any sub-path works.
 */
export function offlineWorker(): Plugin {
  return {
    name: 'strike-clock-offline-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      // The bundle, plus the files copied as-is from public/.
      const copied = existsSync('public') ? readdirSync('public', { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => `${d.parentPath ?? d.path}/${d.name}`.replace(/^public\//, '')) : [];
      const files = ['./', ...Object.keys(bundle), ...copied].filter((f) => f !== 'sw.js').map((f) => (f.startsWith('./') ? f : `./${f}`));
      files.sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = `// Generated at build time: the files of this build, cached for offline play.
const CACHE = 'strike-clock-${version}';
const FILES = ${JSON.stringify(files)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('strike-clock-') && k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  // The page itself: the network first (a new build wins), the cache when offline.
  if (req.mode === 'navigate') {
    event.respondWith(fetch(req).catch(() => caches.match('./', { ignoreSearch: true, ignoreVary: true })));
    return;
  }
  event.respondWith(caches.match(req, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit || fetch(req)));
});
`;
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
