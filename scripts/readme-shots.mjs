#!/usr/bin/env node
// Regenerates the README screenshots of the three labs (docs/dht.png, docs/byzantine.png,
// docs/paxos.png) at 1280×720, light theme, from the build:
//   npx vite build && node scripts/readme-shots.mjs
// (docs/presentation.png comes from scripts/presentation-shots.mjs.)
import { chromium } from '@playwright/test';
import { launchOptions } from './chromium.mjs';
import { startPreview } from './preview.mjs';

const { base, stop } = await startPreview();
try {
  const browser = await chromium.launch(launchOptions());
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  const status = page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });
  // waits for the step, then for every transition and animation to end, and for the fonts
  const at = async (k) => {
    await status.filter({ hasText: new RegExp(`^Step ${k} of`) }).waitFor();
    await page.evaluate(async () => {
      document.getAnimations().forEach((a) => a.finish());
      await document.fonts.ready;
    });
  };

  await page.goto(`${base}#/dht`);
  await status.waitFor();
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Step forward' }).click();
  await at(2);
  await page.screenshot({ path: 'docs/dht.png' });

  await page.goto(`${base}#/byzantine`);
  await status.waitFor();
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Step forward' }).click();
  await at(5);
  await page.screenshot({ path: 'docs/byzantine.png' });

  await page.goto(`${base}#/paxos`);
  await status.waitFor();
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption('paxos-forget');
  await page.getByRole('slider', { name: 'Scrubber' }).fill('14');
  await page.getByRole('button', { name: 'Dismiss notice' }).click();
  await at(14);
  await page.screenshot({ path: 'docs/paxos.png' });
  await browser.close();
} finally {
  stop();
}
