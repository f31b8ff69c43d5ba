#!/usr/bin/env node
// Installs dependencies when they are missing or stale, so `npm start` and `npm test` work on a
// fresh clone with nothing but Node and npm. "Stale" = package-lock.json changed since the last
// install this script saw (a stamp in node_modules records its hash).
//
// It also builds the scenario CLI (src/cli/scenario.ts) into one plain JavaScript file, so
// `npm run scenario` starts Node on compiled code instead of compiling TypeScript on every call.
// The build is redone when any source file changed since (a fingerprint of src/ is stamped
// beside it).
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * @param {{ quiet?: boolean }} opts quiet: send npm's output to stderr (the CLI's stdout is JSON)
 */
export function ensureDeps({ quiet = false } = {}) {
  const lock = join(root, 'package-lock.json');
  const stamp = join(root, 'node_modules', '.ringside-deps');
  const want = createHash('sha256')
    .update(readFileSync(existsSync(lock) ? lock : join(root, 'package.json')))
    .digest('hex');
  const have = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';
  const binsPresent = ['vite', 'vitest', 'playwright', 'tsc'].every((b) =>
    existsSync(join(root, 'node_modules', '.bin', b)),
  );
  if (have === want && binsPresent) return;
  // A fresh clone gets the exact lockfile (npm ci); an existing install is topped up in place
  // (npm install), which never deletes node_modules under a running dev server.
  const fresh = !existsSync(join(root, 'node_modules'));
  const cmd =
    fresh && existsSync(lock) ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund';
  (quiet ? console.error : console.log)(`[ringside] installing dependencies: ${cmd}`);
  execSync(cmd, {
    cwd: root,
    stdio: quiet ? ['ignore', 2, 2] : 'inherit',
    env: { ...process.env, npm_config_loglevel: 'warn' },
  });
  writeFileSync(stamp, want + '\n');
}

/** Where the compiled CLI lives (inside node_modules: never committed, linted or formatted). */
export const CLI_DIR = join(root, 'node_modules', '.cache', 'ringside-cli');
export const CLI_FILE = join(CLI_DIR, 'scenario.mjs');
const CLI_STAMP = join(CLI_DIR, 'sources');

/** Every source file under src/ with its size and modification time: cheap to compute. */
function sourcesFingerprint() {
  const lines = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) {
        const s = statSync(p);
        lines.push(`${p}\t${s.size}\t${s.mtimeMs}`);
      }
    }
  };
  walk(join(root, 'src'));
  return createHash('sha256').update(lines.sort().join('\n')).digest('hex');
}

/** Builds the CLI unless the compiled file matches the sources; returns its path. */
export async function ensureCli({ quiet = false } = {}) {
  const want = sourcesFingerprint();
  const have = existsSync(CLI_STAMP) ? readFileSync(CLI_STAMP, 'utf8').trim() : '';
  if (have === want && existsSync(CLI_FILE)) return CLI_FILE;
  (quiet ? console.error : console.log)('[ringside] compiling the scenario CLI');
  // Build into a private directory, then rename: two first runs at once never see half a file.
  const tmp = join(root, 'node_modules', '.cache', `ringside-cli-${process.pid}`);
  const { build } = await import('vite');
  await build({
    configFile: false,
    publicDir: false,
    root,
    logLevel: 'warn',
    build: {
      ssr: join(root, 'src', 'cli', 'scenario.ts'),
      outDir: tmp,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'scenario.mjs' } },
    },
  });
  writeFileSync(join(tmp, 'sources'), want + '\n');
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  rmSync(CLI_DIR, { recursive: true, force: true });
  try {
    renameSync(tmp, CLI_DIR);
  } catch {
    // another run renamed its build into place first: it is the same build
    rmSync(tmp, { recursive: true, force: true });
  }
  return CLI_FILE;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureDeps();
  await ensureCli();
}
