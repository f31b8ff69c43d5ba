#!/usr/bin/env node
// Installs dependencies when they are missing or stale, so `npm start` and `npm test` work on a
// fresh clone with nothing but Node and npm. "Stale" = package-lock.json changed since the last
// install this script saw (a stamp in node_modules records its hash).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const lock = join(root, 'package-lock.json');
const stamp = join(root, 'node_modules', '.ringside-deps');
const want = createHash('sha256')
  .update(readFileSync(existsSync(lock) ? lock : join(root, 'package.json')))
  .digest('hex');
const have = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';
const binsPresent = ['vite', 'vitest', 'playwright', 'tsc'].every((b) =>
  existsSync(join(root, 'node_modules', '.bin', b)),
);

if (have !== want || !binsPresent) {
  // A fresh clone gets the exact lockfile (npm ci); an existing install is topped up in place
  // (npm install), which never deletes node_modules under a running dev server.
  const fresh = !existsSync(join(root, 'node_modules'));
  const cmd =
    fresh && existsSync(lock) ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund';
  console.log(`[ringside] installing dependencies: ${cmd}`);
  execSync(cmd, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, npm_config_loglevel: 'warn' },
  });
  writeFileSync(stamp, want + '\n');
}
