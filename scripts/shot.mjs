#!/usr/bin/env node
// Dev helper: screenshot a URL of the running app.  node scripts/shot.mjs URL out.png [w] [h]
import { chromium } from '@playwright/test';
import { launchOptions } from './chromium.mjs';
const [url, out, w = '1280', h = '720'] = process.argv.slice(2);
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(url);
await page.waitForTimeout(800);
await page.screenshot({ path: out });
await browser.close();
