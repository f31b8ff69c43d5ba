#!/usr/bin/env node
// Screenshots of every lesson (the Lessons menu) at its first, middle and last step, at 1280×720
// by default, light and dark, to look at one by one. Starts its own preview of the build
// (npx vite build first) unless a URL is given:
//   node scripts/lesson-shots.mjs [URL|-] [OUT]
// Env: THEMES=light,dark  SIZE=1280x720  ONLY=dht-crash,byz-three (lesson ids)  LAB=dht
//      EVERY=12 (a lesson of at most 12 steps is shot at every step)
//      AT=dht-cached:5,47;dht-stabilize:9 (extra steps of a lesson)
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from './chromium.mjs';
import { startPreview } from './preview.mjs';

const given = process.argv[2] && process.argv[2] !== '-' ? process.argv[2] : null;
const preview = given ? null : await startPreview();
const base = given ?? preview.base;
const out = process.argv[3] ?? 'e2e/screenshots/lessons';
const themes = (process.env.THEMES ?? 'light,dark').split(',');
const [w, h] = (process.env.SIZE ?? '1280x720').split('x').map(Number);
const only = process.env.ONLY ? new Set(process.env.ONLY.split(',')) : null;
const lab = process.env.LAB ?? 'dht';
const every = Number(process.env.EVERY ?? 0);
const extra = new Map(
  (process.env.AT ?? '')
    .split(';')
    .filter(Boolean)
    .map((s) => {
      const [id, ks] = s.split(':');
      return [id, ks.split(',').map(Number)];
    }),
);
mkdirSync(out, { recursive: true });

/** The steps to shoot for a lesson of `max` steps, each with its name. */
function picksOf(id, max) {
  const picks = new Map(); // step → name
  const add = (name, k) => {
    if (!picks.has(k)) picks.set(k, name);
  };
  add('first', Math.min(1, max));
  add('middle', Math.ceil(max / 2));
  add('last', max);
  if (max <= every) for (let k = 0; k <= max; k++) add('step', k);
  for (const k of extra.get(id) ?? []) if (k <= max) add('at', k);
  return [...picks].map(([k, name]) => [name, k]).sort((a, b) => a[1] - b[1]);
}

const browser = await chromium.launch(launchOptions());
const written = [];
try {
  for (const theme of themes) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
    await page.goto(`${base}#/${lab}`);
    const picker = page.getByRole('combobox', { name: 'Lesson' });
    // the first page renders in a transition: wait for the lessons before reading them
    await picker.locator('option:not([disabled])').first().waitFor({ state: 'attached' });
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
      if (theme === themes[0]) console.error(`${id}: ${max} steps`);
      for (const [name, k] of picksOf(id, max)) {
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
} finally {
  await browser.close();
  preview?.stop();
}
console.log(written.join('\n'));
