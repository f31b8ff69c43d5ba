#!/usr/bin/env node
// Screenshots of #12's design lessons (mod N, leader, caches), every step, at 1280×720 and
// 1920×1080 in both themes, from the built app (npx vite build first).
//   node scripts/design-shots.mjs [outDir] [lesson-title-filter] [sizes e.g. 1280]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { launchOptions } from './chromium.mjs';
import { startPreview } from './preview.mjs';

const out = process.argv[2] ?? 'e2e/screenshots/designs';
const only = process.argv[3] ?? '';
const widths = (process.argv[4] ?? '1280,1920').split(',').map(Number);
mkdirSync(out, { recursive: true });
const { base, stop } = await startPreview();
const LESSONS = {
  modn: 'Why not hash mod N? One join moves almost every key',
  leader: 'A leader keeps the view: N messages per change, and a crash mid-update',
  cached: 'Caches go stale: the put lands on the wrong node',
};
const browser = await chromium.launch(launchOptions());
try {
  if (!only || 'plot'.includes(only)) await plotShots();
  for (const [name, title] of Object.entries(LESSONS)) {
    if (only && !name.includes(only)) continue;
    for (const w of widths) {
      for (const theme of ['light', 'dark']) {
        const h = w === 1280 ? 720 : 1080;
        const page = await browser.newPage({
          viewport: { width: w, height: h },
          colorScheme: theme,
          reducedMotion: 'reduce',
        });
        page.on('pageerror', (e) => console.error('pageerror:', e.message));
        await page.goto(`${base}#/dht`);
        await page.getByRole('combobox', { name: 'Lesson' }).selectOption({ label: title });
        const scrub = page.getByRole('slider', { name: 'Scrubber' });
        const max = Number(await scrub.getAttribute('max'));
        for (let i = 0; i <= max; i++) {
          await scrub.fill(String(i));
          await page.waitForTimeout(150);
          await page.screenshot({ path: `${out}/${name}-${i}-${w}-${theme}.png` });
        }
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  stop();
}

/** The join-cost plots (Statistics → Join cost), opened from a design lesson's panel. */
async function plotShots() {
  for (const w of widths) {
    for (const theme of ['light', 'dark']) {
      const h = w === 1280 ? 720 : 1080;
      const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: theme });
      page.on('pageerror', (e) => console.error('pageerror:', e.message));
      await page.goto(`${base}#/dht`);
      await page.getByRole('combobox', { name: 'Lesson' }).selectOption({ label: LESSONS.cached });
      await page.getByRole('button', { name: 'Messages vs N plot' }).click();
      const fig = page.getByRole('figure', { name: 'Lookup hops plot' });
      await fig.waitFor({ timeout: 120_000 });
      await page.screenshot({ path: `${out}/plot-${w}-${theme}.png` });
      await page.getByRole('figure', { name: 'Keys moved plot' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${out}/plot-moved-${w}-${theme}.png` });
      await page.close();
    }
  }
}
