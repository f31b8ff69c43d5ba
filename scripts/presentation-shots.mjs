#!/usr/bin/env node
// Screenshots of the three labs, normal and presentation mode, at 1280×720 and 1920×1080, light and
// dark, to look at (and docs/presentation.png for the README). From a running build:
//   npx vite build && npx vite preview --port 4400 &  node scripts/presentation-shots.mjs [URL] [OUT]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4400/';
const out = process.argv[3] ?? 'e2e/screenshots';
const modes = (process.env.MODES ?? 'normal,present').split(',');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(launchOptions());
for (const [w, h] of [
  [1280, 720],
  [1920, 1080],
]) {
  for (const theme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    for (const lab of ['dht', 'byzantine', 'paxos']) {
      for (const mode of modes) {
        await page.goto(`${base}#/${lab}`);
        await page.getByRole('button', { name: 'Step forward' }).click();
        await page.getByRole('button', { name: 'Step forward' }).click();
        if (lab !== 'dht')
          for (let i = 0; i < 3; i++)
            await page.getByRole('button', { name: 'Step forward' }).click();
        if (mode === 'present') await page.keyboard.press('f');
        await page.waitForTimeout(500);
        await page.screenshot({ path: `${out}/${lab}-${mode}-${w}-${theme}.png` });
      }
    }
    await page.close();
  }
}
await browser.close();
