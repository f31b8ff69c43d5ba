#!/usr/bin/env node
// Screenshots of #15's messages and states (save banner, worker failure, refused run, folded
// walk) at 1280×720 and 1920×1080 in both themes, from the built app (npx vite build first).
//   node scripts/robust-shots.mjs [outDir]
import { mkdirSync } from 'node:fs';
import { shootStates, startPreview } from './preview.mjs';

const out = process.argv[2] ?? 'e2e/screenshots/robust';
mkdirSync(out, { recursive: true });
const { base, link, stop } = await startPreview();
const PAPER = { kind: 'chord', version: 1, bits: 6, nodes: [1, 8, 14, 21, 32, 38, 42, 48, 51, 56] };

const states = {
  blocked: async (page) => {
    await page.addInitScript(() =>
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      }),
    );
    await page.goto(base);
    await page.locator('[data-problem="blocked"]').waitFor();
  },
  quota: async (page) => {
    await page.addInitScript(() => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (window.__full) throw new DOMException('quota', 'QuotaExceededError');
        set.call(this, k, v);
      };
    });
    await page.goto(base);
    await page.getByRole('button', { name: 'Node 8', exact: true }).waitFor();
    await page.evaluate(() => (window.__full = true));
    await page.getByRole('button', { name: 'Node 21', exact: true }).click();
    await page.locator('[data-problem="quota:dht"]').waitFor();
  },
  kept: async (page) => {
    await page.goto(base);
    await page.evaluate(() => {
      localStorage.setItem('ringside:scenario:dht', '{"kind":"chord","version":2,"nodes":[1]}');
      localStorage.setItem('ringside:scenario:byzantine', '{"kind":"byzantine","vers');
    });
    await page.reload();
    await page.locator('[data-problem="kept:byzantine"]').waitFor();
  },
  twoTabs: async (page, context) => {
    await page.goto(base);
    const other = await context.newPage();
    await other.goto(base);
    await other.getByRole('button', { name: 'Node 38', exact: true }).click();
    await page.locator('[data-problem="other-tab-saved:dht"]').waitFor();
  },
  workerFailed: async (page) => {
    await page.route('**/byzantine.worker*', (r) => r.fulfill({ status: 404, body: '' }));
    await page.goto(`${base}#/byzantine`);
    for (const [name, v] of [
      ['Generals', 13],
      ['Rounds (m)', 4],
    ]) {
      const input = page.getByRole('spinbutton', { name });
      await input.fill(String(v));
      await input.press('Enter');
    }
    await page
      .getByRole('alert')
      .filter({ hasText: /stopped/ })
      .waitFor();
  },
  viewIgnored: async (page) => {
    await page.goto(link('dht', { ...PAPER, view: { compare: 'x', selected: 8 } }));
    await page.getByText(/view was ignored/).waitFor();
  },
  tooBig: async (page) => {
    await page.goto(base);
    await page.getByRole('button', { name: 'Node 8', exact: true }).waitFor();
    await page.goto(
      link('dht', {
        kind: 'chord',
        version: 1,
        bits: 32,
        nodes: 20000,
        steps: [{ op: 'stabilize', rounds: 1000 }],
      }),
    );
    await page
      .getByRole('alert')
      .filter({ hasText: /too big/ })
      .waitFor();
  },
  job: async (page) => {
    await page.goto(base);
    await page.getByRole('button', { name: 'Node 8', exact: true }).waitFor();
    const heavy = { kind: 'chord', version: 1, bits: 32, nodes: 2000 };
    await page.goto(link('dht', { ...heavy, steps: [{ op: 'stabilize', rounds: 1000 }] }));
    await page.locator('.job-bar').waitFor();
    await page.waitForFunction(() => Number(document.querySelector('.job-progress')?.value) >= 3);
  },
  walk: async (page) => {
    // 200 nodes 5 apart; a successor lookup from N5 for key 0 walks all the way round
    const nodes = Array.from({ length: 200 }, (_, i) => i * 5);
    const s = { kind: 'chord', version: 1, bits: 10, nodes, routing: 'successor' };
    await page.goto(
      link('dht', { ...s, steps: [{ op: 'lookup', from: 5, key: 0 }], view: { cursor: 2 } }),
    );
    await page.getByText(/Show the .* hops of this walk/).click();
  },
};

await shootStates(states, out);
stop();
