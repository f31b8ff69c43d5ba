// Finds a Chromium for Playwright, in this order: $CHROMIUM_PATH; a browser installed by
// `npx playwright install chromium`; /usr/bin/chromium (Debian); if none and we are root with
// apt-get, install Debian's chromium; otherwise try `npx playwright install chromium`.
// Prints how to get one and exits non-zero when all of that fails.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** Flags for headless Chromium on machines with no sandbox, GPU or outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Launch options for the dev screenshot scripts: the browser `npm test` would use. */
export function launchOptions() {
  const { path, bundled } = ensureChromium();
  return { ...(bundled ? {} : { executablePath: path }), args: CHROMIUM_ARGS };
}

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function playwrightBrowser() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('@playwright/test');
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

function systemBrowser() {
  return SYSTEM_PATHS.find((p) => existsSync(p)) ?? null;
}

function tryRun(cmd) {
  try {
    execSync(cmd, { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
}

/** Returns { path, bundled } where bundled = Playwright's own build (no executablePath needed). */
export function ensureChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv, bundled: false };
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const pw = playwrightBrowser();
  if (pw) return { path: pw, bundled: true };
  const sys = systemBrowser();
  if (sys) return { path: sys, bundled: false };

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('[ringside] no Chromium found: installing Debian chromium with apt-get');
    if (
      tryRun('apt-get update -qq') &&
      tryRun('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium')
    ) {
      const after = systemBrowser();
      if (after) return { path: after, bundled: false };
    }
  }
  console.log('[ringside] trying: npx playwright install chromium');
  if (tryRun('npx playwright install chromium')) {
    const after = playwrightBrowser();
    if (after) return { path: after, bundled: true };
  }
  throw new Error(
    'No Chromium available for the end-to-end tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
      'elsewhere: `npx playwright install chromium`) or point CHROMIUM_PATH at a Chromium/Chrome binary.',
  );
}
