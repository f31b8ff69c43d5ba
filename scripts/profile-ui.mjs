#!/usr/bin/env node
// Where the main thread's time goes in big-ring actions (issue #11): Crash and Stabilize on a
// random ring of N nodes, RUNS times each, with the page's CPU per action (TaskDuration) and
//  - a V8 CPU profile (CDP Profiler): the functions with the most self and total time, or
//  - with TRACE=1, a Chromium trace: self CPU per trace event (script, layout, paint, GC…).
// Profiles sample wall time, so on a busy machine read them as shares, not as CPU.
// Build an unminified copy first, so the names are readable:
//   npx vite build --minify false && N=10000 node scripts/profile-ui.mjs
// ACTIONS=crash,stabilize picks actions; TOP=n rows per list.
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { launchOptions } from './chromium.mjs';
import { startPreview } from './preview.mjs';
import { TRACE_CATEGORIES, idle } from './trace.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const N = Number(process.env.N ?? 10_000);
const ACTIONS = (process.env.ACTIONS ?? 'crash,stabilize').split(',');
const TOP = Number(process.env.TOP ?? 25);
const TRACE = process.env.TRACE === '1';
const { base, stop } = await startPreview();
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const taskMs = async () => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
};
const line = () =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('[role=status]')].find((e) =>
        /^Step \d+ of \d+/.test(e.textContent ?? ''),
      )?.textContent ?? '',
  );
/** clicks from inside the page; resolves two frames after the status line changed */
const click = (label) =>
  page.evaluate(
    (label) =>
      new Promise((resolve) => {
        const line = () =>
          [...document.querySelectorAll('[role=status]')].find((e) =>
            /^Step \d+ of \d+/.test(e.textContent ?? ''),
          )?.textContent;
        const before = line();
        const obs = new MutationObserver(() => {
          if (line() === before) return;
          obs.disconnect();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        });
        obs.observe(document.body, { subtree: true, childList: true, characterData: true });
        [...document.querySelectorAll('button')]
          .find((b) => b.textContent.trim() === label)
          .click();
      }),
    label,
  );

await page.goto(base + '#/dht');
await page.getByRole('button', { name: 'Step forward' }).waitFor();
await page.getByRole('spinbutton', { name: 'Random ring size' }).fill(String(N));
await page.getByRole('button', { name: 'Random ring' }).click();
await page.waitForFunction(
  (n) => document.querySelector(`[aria-label^="Chord ring: ${n} nodes"]`) !== null,
  N,
  { timeout: 180_000 },
);

/** adds each main-thread trace event's self CPU time (tdur minus its children's) to `into` */
function traceSelf({ traceEvents: ev }, into) {
  const mains = new Set(
    ev
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const xs = ev
    .filter((e) => mains.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const add = (e, ms) => into.set(e.name, (into.get(e.name) ?? 0) + ms);
  for (const e of xs) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) add(parent, -e.tdur / 1000);
    add(e, e.tdur / 1000);
    stack.push(e);
  }
}

/** self and total time per function over all samples of the profiles */
function summarize(profiles) {
  const self = new Map();
  const total = new Map();
  let all = 0;
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const key = (n) => {
      const f = n.callFrame;
      const file = f.url.split('/').pop();
      return `${f.functionName || '(anon)'} ${file}:${f.lineNumber + 1}`;
    };
    for (let i = 0; i < p.samples.length; i++) {
      const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
      all += dt;
      let id = p.samples[i];
      self.set(key(byId.get(id)), (self.get(key(byId.get(id))) ?? 0) + dt);
      const seen = new Set();
      while (id !== undefined) {
        const k = key(byId.get(id));
        if (!seen.has(k)) {
          seen.add(k);
          total.set(k, (total.get(k) ?? 0) + dt);
        }
        id = parent.get(id);
      }
    }
  }
  const top = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([k, v]) => `  ${(v / RUNS).toFixed(1).padStart(7)} ms  ${k}`)
      .join('\n');
  return { all, text: `self (ms per action):\n${top(self)}\ntotal:\n${top(total)}` };
}

console.log(`profile-ui: ${N} nodes, ${RUNS} runs, load ${loadavg().map((x) => x.toFixed(2))}`);
const box = await page.getByTestId('ring-hit').boundingBox();
for (const action of ACTIONS) {
  const profiles = [];
  const cpu = [];
  const events = new Map();
  for (let r = 0; r < RUNS; r++) {
    if (action === 'crash') {
      const rad = box.width / 2 - 15;
      const a = (0.1 + r / RUNS) * 2 * Math.PI;
      const x = box.x + box.width / 2 + rad * Math.sin(a);
      const y = box.y + box.height / 2 - rad * Math.cos(a);
      await page.mouse.move(x, y - 20, { steps: 2 });
      await page.mouse.move(x, y, { steps: 3 });
      await page.mouse.click(x, y);
      await page.getByRole('button', { name: 'Crash', exact: true }).waitFor({ timeout: 10_000 });
    }
    await idle(page);
    const before = await line();
    if (TRACE) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    else await cdp.send('Profiler.start');
    const t0 = await taskMs();
    await click(action === 'crash' ? 'Crash' : 'Stabilize');
    cpu.push((await taskMs()) - t0);
    if (TRACE) traceSelf(JSON.parse((await browser.stopTracing()).toString('utf8')), events);
    else profiles.push((await cdp.send('Profiler.stop')).profile);
    if ((await line()) === before) console.log('  (status line did not change)');
  }
  cpu.sort((a, b) => a - b);
  console.log(`\n== ${action} on ${N}: TaskDuration ${cpu.map((x) => x.toFixed(0)).join(' ')} ms`);
  if (TRACE) {
    console.log('trace, main thread, self CPU by event (ms per action):');
    for (const [k, v] of [...events].sort((a, b) => b[1] - a[1]).slice(0, TOP))
      console.log(`  ${(v / RUNS).toFixed(1).padStart(7)} ms  ${k}`);
  } else {
    const s = summarize(profiles);
    console.log(`profiled ${(s.all / RUNS).toFixed(1)} ms (wall) per action\n${s.text}`);
  }
}
await browser.close();
stop();
