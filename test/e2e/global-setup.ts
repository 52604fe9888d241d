import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, preview } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The built game's folder, served by the preview server (a test may change files in it, as a new deployment would). */
    outDir: string;
  }
}

/**
 * Build the game once into a fresh temporary folder (so parallel runs never share a dist/),
 * and serve it with `vite preview` on 127.0.0.1 at a free port.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = mkdtempSync(join(tmpdir(), 'strike-clock-e2e-'));
  // A real production build (Vitest sets NODE_ENV=test, which would make Vite build a
  // non-production bundle: no service worker, for one).
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = env;
  }
  const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  project.provide('baseURL', url);
  project.provide('outDir', outDir);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
