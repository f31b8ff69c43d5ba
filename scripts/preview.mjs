// The built app (npx vite build first) served by `vite preview` on a free port, for the
// screenshot scripts: { base, link(lab, scenario), stop() }; shootStates() shoots named states.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import lzString from 'lz-string';
import { chromium } from '@playwright/test';
import { launchOptions } from './chromium.mjs';

export async function startPreview() {
  const port = await new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });
  // its own process group, so stop() ends vite and not only the npx that started it
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const link = (lab, s) =>
    `${base}#/${lab}?s=${lzString.compressToEncodedURIComponent(JSON.stringify(s))}`;
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      server.kill();
    }
  };
  return { base, link, stop };
}

/**
 * Shoots each named state (`run(page, context)` brings the page there) at 1280×720 and
 * 1920×1080 in both themes into `${out}/${name}-${width}-${theme}.png`; ONLY=name,name picks
 * states. A state that fails is reported on stderr and the others are still shot.
 */
export async function shootStates(states, out) {
  const browser = await chromium.launch(launchOptions());
  const only = process.env.ONLY?.split(',');
  for (const [name, run] of Object.entries(states)) {
    if (only && !only.includes(name)) continue;
    for (const [w, h] of [
      [1280, 720],
      [1920, 1080],
    ]) {
      for (const theme of ['light', 'dark']) {
        const context = await browser.newContext({
          viewport: { width: w, height: h },
          colorScheme: theme,
        });
        const page = await context.newPage();
        try {
          await run(page, context);
          await page.waitForTimeout(300);
          await page.screenshot({ path: `${out}/${name}-${w}-${theme}.png` });
        } catch (e) {
          console.error(name, w, theme, e.message.split('\n')[0]);
        }
        await context.close();
      }
    }
  }
  await browser.close();
}
