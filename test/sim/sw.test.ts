import { describe, expect, it } from 'vitest';
import { cacheVersion, KEEP_BUILDS, workerSource } from '../../sw-plugin';

describe('the service worker of a build', () => {
  const files = [
    { name: 'index.html', content: '<html>one</html>' },
    { name: 'assets/index-abc.js', content: 'console.log(1)' },
  ];

  it('names its cache by the files\u2019 contents, not only their names', () => {
    const v = cacheVersion(files);
    expect(cacheVersion([...files].reverse())).toBe(v);
    // Same names, one changed byte (index.html keeps its name across builds): a new cache.
    expect(cacheVersion([{ ...files[0]!, content: '<html>two</html>' }, files[1]!])).not.toBe(v);
    expect(cacheVersion([files[0]!, { name: 'assets/index-abc.js', content: new TextEncoder().encode('console.log(1)') }])).toBe(v);
  });

  it('keeps the last builds\u2019 caches for pages still running them, and looks there after its own', () => {
    const src = workerSource('v1', ['./', './index.html']);
    expect(src).toContain(`const KEEP = ${KEEP_BUILDS};`);
    expect(KEEP_BUILDS).toBeGreaterThanOrEqual(2);
    expect(src).toMatch(/caches\.open\(CACHE\)\)\.match\(req, opts\)\) \|\| \(await caches\.match\(req, opts\)\)/);
    expect(src).not.toMatch(/k !== CACHE\)\.map\(\(k\) => caches\.delete/);
  });
});
