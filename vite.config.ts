/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The built app loads nothing but its own files: scripts, workers, styles and the icon all
 * come from 'self', nothing inline, no eval. (Only in the build: the dev server injects an
 * inline React refresh preamble that such a policy would block.) Styles set from script go
 * through the CSSOM, which style-src does not restrict.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const cspMeta: Plugin = {
  name: 'ringside-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
      injectTo: 'head-prepend',
    },
  ],
};

// base './' keeps every asset path relative, so dist/ works from any static host,
// a sub-folder, or straight off the disk (routing is by URL hash, never by path).
export default defineConfig({
  base: './',
  plugins: [react(), cspMeta],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // Fonts stay files: a small subset inlined as a data: URL is blocked by font-src 'self'.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // A guard against a hung test, not a speed target: property tests that take 1 s alone took
    // over 5 s (Vitest's default) on a busy 2-core machine. Speed is measured by `npm run bench`.
    testTimeout: 120_000,
  },
});
