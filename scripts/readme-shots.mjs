#!/usr/bin/env node
// Regenerates the README screenshots from a running build:
//   npx vite build && npx vite preview --port 4400 &  node scripts/readme-shots.mjs
import { chromium } from '@playwright/test';
import { launchOptions } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4400/';
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });

await page.goto(`${base}#/dht`);
await page.getByRole('button', { name: 'Step forward' }).click();
await page.getByRole('button', { name: 'Step forward' }).click();
await page.waitForTimeout(600);
await page.screenshot({ path: 'docs/dht.png' });

await page.goto(`${base}#/byzantine`);
for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Step forward' }).click();
await page.waitForTimeout(600);
await page.screenshot({ path: 'docs/byzantine.png' });

await page.goto(`${base}#/paxos`);
await page.getByRole('combobox', { name: 'Lesson' }).selectOption('paxos-forget');
await page.getByRole('slider', { name: 'Scrubber' }).fill('14');
await page.getByRole('button', { name: 'Dismiss notice' }).click();
await page.waitForTimeout(600);
await page.screenshot({ path: 'docs/paxos.png' });
await browser.close();
