/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { offlineWorker } from './sw-plugin.ts';

/**
 * The game's Content-Security-Policy, in one place: the build writes it into index.html's meta
 * tag (so any static host applies it) and `vite preview` also sends it as a header (with what a
 * meta tag cannot carry). Only the game's own origin: no inline script or style, no eval, no
 * other host. data: and blob: images are Phaser's built-in textures and its loaded SVG art;
 * connect-src 'self' also covers the live class's WebSocket on the same host.
 */
export const CSP_DIRECTIVES: [string, string][] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['media-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

export const CSP = CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');
/** What only a header can say: no framing by other sites. */
export const CSP_HEADER = `${CSP}; frame-ancestors 'none'`;

/**
 * The content policy (above) goes into the built index.html's meta tag. The dev server leaves
 * it out: Vite's development client injects styles, which a strict policy would refuse.
 */
function contentPolicy(): Plugin {
  return {
    name: 'strike-clock-content-policy',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) => html.replace('%STRIKE_CLOCK_CSP%', ctx.server ? '' : CSP).replace(/\s*<meta http-equiv="Content-Security-Policy" content="" \/>/, ''),
    },
  };
}

/**
 * Phaser is built from its sources with only what the game uses (src/render/phaser.ts). Its
 * sources choose features by compile-time flags, `typeof FLAG`, which Phaser's own build sets:
 * both renderers, no sound (the game plays its sounds through the DOM), no 3D camera, no
 * Facebook Instant Games, no WebGL debugging.
 */
const PHASER_FLAGS = {
  'typeof WEBGL_RENDERER': 'true',
  'typeof CANVAS_RENDERER': 'true',
  'typeof FEATURE_SOUND': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
  'typeof WEBGL_DEBUG': 'false',
};

// base './' makes every URL in the build relative, so dist/ works from any
// static host under any sub-path (and from a teacher's USB stick served locally).
export default defineConfig({
  base: './',
  plugins: [contentPolicy(), offlineWorker()],
  define: PHASER_FLAGS,
  // The dev server pre-bundles Phaser's sources (CommonJS) with its own bundler, which needs the flags too.
  optimizeDeps: { rolldownOptions: { transform: { define: PHASER_FLAGS } } },
  resolve: {
    // Phaser's package exports list only its bundles; its sources are reached by path.
    alias: [{ find: /^phaser-src\//, replacement: fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url)) }],
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Phaser is imported lazily; the group only gives its chunk a stable name.
        codeSplitting: {
          groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', headers: { 'Content-Security-Policy': CSP_HEADER, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' } },
  server: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'sim', include: ['test/sim/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          // A real browser on a shared 2-core machine: a test that fails once runs once more
          // (a broken test still fails both times, and the report names the retry).
          retry: 1,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // The live class: real server processes (and Redis, and Chromium) started by the tests.
          name: 'live',
          include: ['test/live/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
