#!/usr/bin/env node
// npm run bench:ui — the UI rows of issue #11's table, measured on the built app (dist/) in
// Chromium. Numbers only, not a test (npm test never runs it). For each row, over RUNS runs:
// min / median / max of the main thread's CPU per action (CDP Performance.getMetrics:
// TaskDuration, of which ScriptDuration), frame times from requestAnimationFrame, and the
// longest task (PerformanceObserver 'longtask'). Build first: `npm run build` (bench:ui does).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import lzString from 'lz-string';

const { compressToEncodedURIComponent } = lzString;
import { launchOptions } from './chromium.mjs';
import { TRACE_CATEGORIES, frameCpu, idle, longestTask, mainThread } from './trace.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
// ONLY=load,10k,100k,1k,om picks rows (default: all)
const ONLY = (process.env.ONLY ?? 'load,10k,100k,1k,om').split(',');
const want = (row) => ONLY.includes(row);
// DIST=path measures another build (e.g. main's, or one from before a change)
const dist = process.env.DIST
  ? join(process.env.DIST, '/')
  : fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(join(dist, 'index.html'))) {
  console.error('bench:ui: no dist/ — run `npm run build` first.');
  process.exit(1);
}

// ---- a static server for dist/ on a free port ----------------------------------------------
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]));
  let file = join(dist, path === '/' ? 'index.html' : path);
  if (!file.startsWith(dist) || !existsSync(file)) file = join(dist, 'index.html');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;

// ---- measuring -----------------------------------------------------------------------------
const browser = await chromium.launch(launchOptions());

/** In the page: long tasks and rAF frame intervals, recorded from the first script on. */
function instrument() {
  window.__long = [];
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no longtask support: the rows say so
  }
  window.__frames = null;
  window.__recordFrames = () => {
    window.__frames = [];
    let last = performance.now();
    const tick = (t) => {
      if (window.__frames === null) return;
      window.__frames.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  window.__stopFrames = () => {
    const f = window.__frames ?? [];
    window.__frames = null;
    return f;
  };
}

async function openPage(hash, viewport = { width: 1280, height: 720 }) {
  const page = await browser.newPage({ viewport });
  await page.addInitScript(instrument);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const metrics = async () => {
    const { metrics: m } = await cdp.send('Performance.getMetrics');
    const get = (n) => m.find((x) => x.name === n)?.value ?? 0;
    return { task: get('TaskDuration') * 1000, script: get('ScriptDuration') * 1000 };
  };
  if (hash !== null) await page.goto(base + hash);
  return { page, cdp, metrics };
}

/** Two animation frames: whatever the action scheduled has been rendered. */
const settle = (page) =>
  page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );

/** cpuOf, or null when the action did not complete (e.g. the id drawn for Add was taken) */
async function tryCpu(p, act, done) {
  try {
    return await cpuOf(p, act, done);
  } catch {
    return null;
  }
}

/** Runs fn while Chromium traces the page: fn's result and the page's main-thread tasks. */
async function traced(page, fn) {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  let result;
  try {
    result = await fn();
  } catch (e) {
    await browser.stopTracing().catch(() => {}); // the action's own error is the one to report
    throw e;
  }
  const buf = await browser.stopTracing();
  return { result, main: mainThread(buf.toString('utf8')) };
}

/** CPU of one action: from just before it until its result is on screen. */
async function cpuOf(p, act, done) {
  await idle(p.page);
  await p.page.evaluate(() => (window.__long.length = 0));
  const { result, main } = await traced(p.page, async () => {
    const a = await p.metrics();
    await act();
    await done();
    await settle(p.page);
    const b = await p.metrics();
    return { task: b.task - a.task, script: b.script - a.script };
  });
  const longest = await p.page.evaluate(() => Math.max(0, ...window.__long));
  return { ...result, longest, longestCpu: longestTask(main).cpu };
}

const stat = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], med: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};
const f0 = (x) => (Number.isFinite(x) ? x.toFixed(0) : '–');
function printRow(what, samples, target) {
  if (samples.length === 0) return console.log(`${what.padEnd(46)} no sample`);
  const t = stat(samples.map((s) => s.task));
  const sc = stat(samples.map((s) => s.script));
  const lt = stat(samples.map((s) => s.longest));
  const lc = stat(samples.map((s) => s.longestCpu ?? NaN));
  console.log(
    `${what.padEnd(46)} CPU ${f0(t.min)}/${f0(t.med)}/${f0(t.max)} ms (script ${f0(sc.med)}), ` +
      `longest task CPU ${f0(lc.min)}/${f0(lc.med)}/${f0(lc.max)} ms (wall ${f0(lt.med)} [max ${f0(lt.max)}])` +
      `   target ${target}`,
  );
}
/** runs: [{ wall: rAF intervals (ms), cpu: main-thread CPU per frame (ms) }] */
function printFrames(what, runs, target) {
  const med = stat(runs.map((r) => stat(r.wall).med));
  const worst = stat(runs.map((r) => Math.max(...r.wall)));
  const worstCpu = stat(runs.map((r) => Math.max(0, ...r.cpu)));
  const fps = (ms) => (1000 / ms).toFixed(0);
  console.log(
    `${what.padEnd(46)} median frame ${med.min.toFixed(1)}/${med.med.toFixed(1)}/${med.max.toFixed(1)} ms ` +
      `(${fps(med.med)} fps), worst frame CPU ${f0(worstCpu.min)}/${f0(worstCpu.med)}/${f0(worstCpu.max)} ms ` +
      `(wall ${f0(worst.min)}/${f0(worst.med)}/${f0(worst.max)})   target ${target}`,
  );
}
/** frame times (rAF, wall) and main-thread CPU per frame while `during` runs */
async function framesOf(page, during) {
  await idle(page);
  const { result: wall, main } = await traced(page, async () => {
    await page.evaluate(() => window.__recordFrames());
    await during();
    return page.evaluate(() => window.__stopFrames());
  });
  return { wall, cpu: frameCpu(main) };
}

const status = (page) => page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });
const statusText = async (page) => (await status(page).textContent()) ?? '';
/** the status line changed from `before` (the action's steps are in) */
const changed = (page, before) => async () => {
  await page.waitForFunction(
    (b) => {
      const el = [...document.querySelectorAll('[role=status]')].find((e) =>
        /^Step \d+ of \d+/.test(e.textContent ?? ''),
      );
      return el && el.textContent !== b;
    },
    before,
    { timeout: 60_000 },
  );
};

/**
 * Clicks a button (by its aria-label or text) from inside the page and resolves once `until`
 * holds — 'status': the status line changed (the action's steps are in); a number n: the ring
 * shows n nodes — and two frames were drawn. Waits with a MutationObserver: Playwright's
 * actionability checks and its polling (a requestAnimationFrame loop, which makes the page
 * render a frame every 16 ms for as long as a worker build takes) would count as the page's CPU.
 */
const clickInPage = (page, label, until = 'status') =>
  page.evaluate(
    ([label, until]) =>
      new Promise((resolve, reject) => {
        const line = () =>
          [...document.querySelectorAll('[role=status]')].find((e) =>
            /^Step \d+ of \d+/.test(e.textContent ?? ''),
          )?.textContent;
        const before = line();
        const done = () =>
          typeof until === 'number'
            ? document.querySelector(`[aria-label^="Chord ring: ${until} nodes"]`) !== null
            : line() !== before;
        const alerts = document.querySelectorAll('[role=alert]').length;
        const button = [...document.querySelectorAll('button')].find(
          (b) => (b.getAttribute('aria-label') ?? b.textContent.trim()) === label,
        );
        if (!button) return reject(new Error(`no button "${label}"`));
        const obs = new MutationObserver(() => {
          if (document.querySelectorAll('[role=alert]').length > alerts) {
            obs.disconnect();
            clearTimeout(timer);
            reject(new Error(`"${label}" was refused`)); // (e.g. Add: the id is taken)
            return;
          }
          if (!done()) return;
          obs.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        });
        const timer = setTimeout(() => {
          obs.disconnect();
          reject(new Error(`"${label}": nothing changed in 120 s`));
        }, 120_000);
        obs.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        button.click();
      }),
    [label, until],
  );

/**
 * Resolves once the page has an element matching `selector` (and, with `text`, containing it),
 * watched with a MutationObserver rather than Playwright's polling (see clickInPage).
 */
const untilInPage = (page, selector, text = null) =>
  page.evaluate(
    ([selector, text]) =>
      new Promise((resolve, reject) => {
        const ok = () =>
          [...document.querySelectorAll(selector)].some(
            (e) => text === null || (e.textContent ?? '').includes(text),
          );
        if (ok()) return resolve();
        const obs = new MutationObserver(() => {
          if (!ok()) return;
          obs.disconnect();
          clearTimeout(timer);
          resolve();
        });
        const timer = setTimeout(() => {
          obs.disconnect();
          reject(new Error(`no ${selector} ${text ?? ''} in 120 s`));
        }, 120_000);
        obs.observe(document.documentElement, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
      }),
    [selector, text],
  );

/** Selects the node nearest a point on the ring (a fraction of the way round): Crash acts on it. */
async function selectOnRing(page, turn) {
  const box = await page.getByTestId('ring-hit').boundingBox();
  if (!box) return;
  const r = box.width / 2 - 15; // the hit ring's box includes its 30 px stroke
  const a = (0.1 + turn) * 2 * Math.PI;
  const x = box.x + box.width / 2 + r * Math.sin(a);
  const y = box.y + box.height / 2 - r * Math.cos(a);
  await page.mouse.move(x, y - 20, { steps: 2 });
  await page.mouse.move(x, y, { steps: 3 });
  await page.mouse.click(x, y);
  await page
    .getByRole('table', { name: 'Finger table' })
    .waitFor({ timeout: 10_000 })
    .catch(() => {});
}

/** CPU of building a random ring of n nodes (from a small ring, so the new one is told apart) */
async function randomRing(p, n) {
  const size = p.page.getByRole('spinbutton', { name: 'Random ring size' });
  await size.fill('16');
  await clickInPage(p.page, 'Random ring', 16);
  await size.fill(String(n));
  return cpuOf(
    p,
    () => clickInPage(p.page, 'Random ring', n),
    async () => {},
  );
}

console.log(
  `Ringside bench:ui — Chromium ${browser.version()}, load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}; ${RUNS} runs per row, min/median/max; CPU = main-thread TaskDuration\n`,
);

// ---- first load of #/dht ---------------------------------------------------------------------
if (want('load')) {
  const samples = [];
  for (let r = 0; r < RUNS; r++) {
    const p = await openPage(null);
    const { result: m, main } = await traced(p.page, async () => {
      await p.page.goto(base + '#/dht');
      await untilInPage(p.page, 'button[aria-label="Step forward"]');
      await settle(p.page);
      await idle(p.page);
      return p.metrics();
    });
    const longest = await p.page.evaluate(() => Math.max(0, ...window.__long));
    samples.push({ task: m.task, script: m.script, longest, longestCpu: longestTask(main).cpu });
    await p.page.close();
  }
  printRow('first load of #/dht', samples, '≤ 200 ms CPU');
}

// ---- actions on big rings --------------------------------------------------------------------
for (const n of [10_000, 100_000]) {
  if (!want(n === 10_000 ? '10k' : '100k')) continue;
  const p = await openPage('#/dht');
  await p.page.getByRole('button', { name: 'Step forward' }).waitFor();
  const builds = [];
  for (let r = 0; r < RUNS; r++)
    builds.push(await randomRing(p, n).catch((e) => ({ error: e.message })));
  const build = builds.find((b) => b.error) ?? {};
  if (build.error) {
    console.log(
      `${`${n.toLocaleString('en-US')}-node ring`.padEnd(46)} not available: ${build.error.split('\n')[0]}`,
    );
    await p.page.close();
    continue;
  }
  const target = n === 10_000 ? '≤ 50 ms CPU' : '≤ 200 ms CPU';
  const label = (a) => `${n.toLocaleString('en-US')} nodes: ${a}`;
  const rows = { lookup: [], add: [], crash: [], stabilize: [], step: [] };
  const page = p.page;
  for (let r = 0; r < RUNS; r++) {
    await page.getByRole('textbox', { name: 'Key' }).fill(`key${r}`);
    rows.lookup.push(
      await tryCpu(
        p,
        () => clickInPage(page, 'Lookup'),
        async () => {},
      ),
    );
    rows.step.push(
      await tryCpu(
        p,
        () => clickInPage(page, 'Step back'),
        async () => {},
      ),
    );
    await page.getByRole('textbox', { name: 'Node id' }).fill(String(7 + 1013 * r));
    rows.add.push(
      await tryCpu(
        p,
        () => clickInPage(page, 'Add node'),
        async () => {},
      ),
    );
    await selectOnRing(page, r / RUNS);
    const crash = page.getByRole('button', { name: 'Crash', exact: true });
    if (await crash.isEnabled().catch(() => false)) {
      rows.crash.push(
        await tryCpu(
          p,
          () => clickInPage(page, 'Crash'),
          async () => {},
        ),
      );
    }
    rows.stabilize.push(
      await tryCpu(
        p,
        () => clickInPage(page, 'Stabilize'),
        async () => {},
      ),
    );
  }
  printRow(label('random ring (build)'), builds, target);
  for (const [k, all] of Object.entries(rows)) {
    const v = all.filter((x) => x !== null);
    if (v.length > 0)
      printRow(
        label(`${k}${v.length < all.length ? ` (${v.length} of ${all.length} ran)` : ''}`),
        v,
        target,
      );
    else console.log(`${label(k).padEnd(46)} (no ${k} button for the selection)`);
  }
  // pan/zoom: wheel zooms and drags pan; frame times while it happens
  const stage = page.locator('svg').first();
  const box = await stage.boundingBox();
  const frames = [];
  for (let r = 0; r < RUNS; r++) {
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    frames.push(
      await framesOf(page, async () => {
        await page.mouse.move(cx, cy);
        for (let i = 0; i < 10; i++) await page.mouse.wheel(0, i < 5 ? -120 : 120);
        await page.mouse.down();
        for (let i = 0; i < 20; i++) await page.mouse.move(cx + i * 6, cy + i * 3);
        await page.mouse.up();
        await settle(page);
      }),
    );
  }
  printFrames(label('pan/zoom'), frames, '60 fps');
  await page.close();
}

// ---- 1,000 nodes, a lookup playing: frame times and the cost of each step change -------------
if (want('1k')) {
  const p = await openPage('#/dht');
  await p.page.getByRole('button', { name: 'Step forward' }).waitFor();
  await randomRing(p, 1000);
  const page = p.page;
  const steps = [];
  const frames = [];
  for (let r = 0; r < RUNS; r++) {
    let before = await statusText(page);
    await page.getByRole('textbox', { name: 'Key' }).fill(`k${r}`);
    await page.getByRole('button', { name: 'Lookup', exact: true }).click();
    await changed(page, before)();
    await page.keyboard.press('Home');
    await settle(page);
    steps.push(
      await cpuOf(
        p,
        () => clickInPage(page, 'Step forward'),
        async () => {},
      ),
    );
    await page.keyboard.press('Home');
    frames.push(
      await framesOf(page, async () => {
        await page.getByRole('button', { name: 'Play' }).click();
        await untilInPage(page, 'button[aria-label="Pause"]');
        await untilInPage(page, 'button[aria-label="Play"]');
      }),
    );
  }
  printRow('1,000 nodes: one step change', steps, '< 16 ms of work');
  printFrames('1,000 nodes: lookup playing', frames, '≥ 58 fps median, no frame > 50 ms');
  await page.close();
}

// ---- a share link of OM(4) with 13 generals (what app/share.ts writes) --------------------------
if (want('om')) {
  const scenario = {
    kind: 'byzantine',
    version: 1,
    algorithm: 'OM',
    generals: 13,
    m: 4,
    order: 'attack',
    traitors: { 5: 'opposite', 9: 'split' },
  };
  const link = `${base}#/byzantine?s=${compressToEncodedURIComponent(JSON.stringify(scenario))}`;
  const samples = [];
  for (let r = 0; r < RUNS; r++) {
    const q = await openPage(null);
    const { result, main } = await traced(q.page, async () => {
      await q.page.goto(link);
      await untilInPage(q.page, 'body', '108,384');
      await settle(q.page);
      await idle(q.page);
      return q.metrics();
    });
    const longest = await q.page.evaluate(() => Math.max(0, ...window.__long));
    samples.push({ ...result, longest, longestCpu: longestTask(main).cpu });
    await q.page.close();
  }
  printRow('OM(4), 13 generals: opening its share link', samples, 'no task > 50 ms');
}

await browser.close();
server.close();
