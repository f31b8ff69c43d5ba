#!/usr/bin/env node
// Screenshots of every lesson (the Lessons menu) at its first, middle and last step, at 1280×720
// by default, light and dark, to look at one by one. From a running build:
//   npx vite build && npx vite preview --port 4400 &  node scripts/lesson-shots.mjs [URL] [OUT]
// Env: THEMES=light,dark  SIZE=1280x720  ONLY=dht-crash,byz-three (lesson ids)
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4400/';
const out = process.argv[3] ?? 'e2e/screenshots/lessons';
const themes = (process.env.THEMES ?? 'light,dark').split(',');
const [w, h] = (process.env.SIZE ?? '1280x720').split('x').map(Number);
const only = process.env.ONLY ? new Set(process.env.ONLY.split(',')) : null;
mkdirSync(out, { recursive: true });

const browser = await chromium.launch(launchOptions());
const written = [];
for (const theme of themes) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await page.goto(`${base}#/dht`);
  const picker = page.getByRole('combobox', { name: 'Lesson' });
  const lessons = await picker
    .locator('option:not([disabled])')
    .evaluateAll((os) => os.map((o) => o.value));
  for (const id of lessons) {
    if (only && !only.has(id)) continue;
    await picker.selectOption(id);
    const scrub = page.getByRole('slider', { name: 'Scrubber' });
    const status = page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });
    await status.filter({ hasText: /^Step 0 of / }).waitFor();
    const max = Number(await scrub.getAttribute('max'));
    const picks = new Map();
    for (const [name, k] of [
      ['first', Math.min(1, max)],
      ['middle', Math.ceil(max / 2)],
      ['last', max],
    ])
      if (![...picks.values()].includes(k)) picks.set(name, k);
    for (const [name, k] of picks) {
      await scrub.fill(String(k));
      await status.filter({ hasText: new RegExp(`^Step ${k} of `) }).waitFor();
      await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
      const file = `${out}/${id}-${name}-${k}-${w}-${theme}.png`;
      await page.screenshot({ path: file });
      written.push(file);
    }
  }
  await page.close();
}
await browser.close();
console.log(written.join('\n'));
