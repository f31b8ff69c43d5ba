#!/usr/bin/env node
// `npm test`: lint, typecheck, unit tests, then Playwright end-to-end tests in Chromium.
// Dependencies were installed by the pretest hook (scripts/ensure-deps.mjs).
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';

function run(label, cmd, args, env = process.env) {
  console.log(`\n[ringside] ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`[ringside] ${label} failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status || 1);
  }
}

let browser;
try {
  browser = ensureChromium();
} catch (e) {
  console.error(`[ringside] ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
console.log(`[ringside] Chromium: ${browser.path}`);

run('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
run('format', 'npx', ['prettier', '--check', '.']);
run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
run('unit tests', 'npx', ['vitest', 'run']);
run('build', 'npx', ['vite', 'build']);
run('e2e tests', 'npx', ['playwright', 'test'], {
  ...process.env,
  ...(browser.bundled ? {} : { CHROMIUM_PATH: browser.path }),
});
console.log('\n[ringside] all checks passed');
