import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

// CHROMIUM_PATH is set by scripts/test.mjs when the browser is a system one (Debian's chromium);
// when it is unset, Playwright uses its own downloaded build.
// Run on its own (`npm run e2e`), it falls back to Debian's chromium when Playwright has no build.
const executablePath =
  process.env.CHROMIUM_PATH ??
  (existsSync(chromium.executablePath())
    ? undefined
    : ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)));
// A port nobody holds, chosen once by the main process and handed to the workers through the
// environment (they load this file again). scripts/test.mjs may pass one in E2E_PORT.
function freePort(): string {
  return execFileSync(process.execPath, [
    '-e',
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
  ])
    .toString()
    .trim();
}
const PORT = (process.env.E2E_PORT ??= freePort());
// The dev server (`npm start`) gets its own port: StrictMode and unbundled workers only exist there.
const DEV_PORT = (process.env.E2E_DEV_PORT ??= freePort());
// Specs named *.dev.spec.ts run against the dev server only; every other spec, the built app.
const DEV_SPECS = /\.dev\.spec\.ts$/;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // No retries: a test that passes only on its second try is a bug to fix, not to hide.
  retries: 0,
  workers: 2,
  // Limits catch hangs; they are not speed targets (npm run bench:ui has those). A busy 2-core
  // machine (load 20+) made single steps take seconds, so both are generous.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 720 },
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: DEV_SPECS,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 720 } },
    },
    {
      name: 'dev',
      testMatch: DEV_SPECS,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 720 },
        baseURL: `http://127.0.0.1:${DEV_PORT}/`,
      },
    },
  ],
  webServer: [
    // The built app, served statically: what a lecturer gets from `npm run build` on any host.
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    // `npm start`: React in development (StrictMode runs every effect twice), workers unbundled.
    {
      command: `npx vite --host 127.0.0.1 --port ${DEV_PORT} --strictPort`,
      url: `http://127.0.0.1:${DEV_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
