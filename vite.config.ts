/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './' keeps every asset path relative, so dist/ works from any static host,
// a sub-folder, or straight off the disk (routing is by URL hash, never by path).
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // A guard against a hung test, not a speed target: property tests that take 1 s alone took
    // over 5 s (Vitest's default) on a busy 2-core machine. Speed is measured by `npm run bench`.
    testTimeout: 120_000,
  },
});
