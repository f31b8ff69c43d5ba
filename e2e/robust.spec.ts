/**
 * Never lose work, never wedge (#15): crafted links, broken saved state, blocked storage, a
 * full quota, two tabs, and a big import, each with its message and nothing else lost.
 */
import { expect, test, type Page } from '@playwright/test';
import lzString from 'lz-string';

const PAPER = {
  kind: 'chord',
  version: 1,
  bits: 6,
  nodes: [1, 8, 14, 21, 32, 38, 42, 48, 51, 56],
  steps: [{ op: 'lookup', from: 8, key: 54 }],
};
const link = (lab: string, scenario: unknown) =>
  `./#/${lab}?s=${lzString.compressToEncodedURIComponent(JSON.stringify(scenario))}`;
const node = (page: Page, id: number) =>
  page.getByRole('button', { name: `Node ${id}`, exact: true });
const saved = (page: Page, lab = 'dht') =>
  page.evaluate((k) => window.localStorage.getItem(k), `ringside:scenario:${lab}`);
const noCrash = async (page: Page) => {
  await expect(page.locator('.crash-panel')).toHaveCount(0);
  await expect(node(page, 8)).toBeVisible();
};

test.describe('crafted links never wedge the app', () => {
  for (const [name, view] of [
    ['view {"compare": "x"}', { compare: 'x' }],
    ['view compare with rows: 5', { compare: { key: 54, from: 8, rows: 5 } }],
    [
      'view.stats experiment with sizes: 5',
      { stats: true, experiment: { name: 'pathLength', sizes: 5 } },
    ],
  ] as const) {
    test(`${name}: no crash screen, not after a reload either`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(link('dht', { ...PAPER, view }));
      await noCrash(page);
      await page.reload();
      await noCrash(page);
      expect(errors).toEqual([]);
    });
  }
});

test('a view that crashes is not autosaved, and Try again goes back to the last good state', async ({
  page,
}) => {
  await page.goto(link('dht', { ...PAPER, view: { selected: 21 } }));
  await expect(node(page, 21)).toBeVisible();
  await expect.poll(() => saved(page)).toContain('"selected":21');
  // A state no check knows about: make the ring view throw on it.
  await page.evaluate(() => {
    const orig = Map.prototype.get;
    (window as unknown as { __crash: boolean }).__crash = true;
    Map.prototype.get = function (this: Map<unknown, unknown>, k: unknown) {
      if ((window as unknown as { __crash: boolean }).__crash && k === 14) throw new Error('boom');
      return orig.call(this, k);
    };
  });
  await node(page, 14).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Something went wrong' }).first(),
  ).toBeVisible();
  // the crashing state is not saved: the autosave still has N21 selected
  expect(await saved(page)).toContain('"selected":21');
  await page.evaluate(() => ((window as unknown as { __crash: boolean }).__crash = false));
  await page.getByRole('button', { name: 'Try again' }).first().click();
  await expect(page.locator('.crash-panel')).toHaveCount(0);
  await expect(page.getByText('Back to the last state that worked.')).toBeVisible();
});

test('a saved scenario that cannot be restored is kept aside, said, and exportable', async ({
  page,
}) => {
  await page.goto('./');
  await page.evaluate(() => {
    window.localStorage.setItem(
      'ringside:scenario:dht',
      JSON.stringify({ kind: 'chord', version: 2, nodes: [1, 2, 3] }),
    );
    window.localStorage.setItem('ringside:scenario:byzantine', '{"kind":"byzantine","vers');
  });
  await page.goto('./#/dht');
  await page.reload();
  const dht = page.locator('[data-problem="kept:dht"]');
  await expect(dht).toContainText(/saved DHT ring scenario could not be restored: .*version/);
  await expect(page.locator('[data-problem="kept:byzantine"]')).toContainText(/ends too early/);
  await noCrash(page);
  // the copy is still there after the app saved its own state, and after another reload
  await node(page, 14).click();
  await page.reload();
  await expect(dht).toBeVisible();
  const kept = await page.evaluate(() => window.localStorage.getItem('ringside:unrestored:dht'));
  expect(JSON.parse(kept!)).toMatchObject({ version: 2 });
  const download = page.waitForEvent('download');
  await dht.getByRole('button', { name: 'Export saved copy' }).click();
  expect((await download).suggestedFilename()).toBe('ringside-dht-unrestored.json');
  await dht.getByRole('button', { name: 'Discard saved copy' }).click();
  await expect(dht).toHaveCount(0);
  expect(
    await page.evaluate(() => window.localStorage.getItem('ringside:unrestored:dht')),
  ).toBeNull();
});

test('blocked storage: the app works and says it cannot save', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The user denied access', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await expect(page.locator('[data-problem="blocked"]')).toContainText(
    /does not let Ringside save data/,
  );
  await node(page, 14).click();
  await page.getByRole('button', { name: /theme/ }).click();
  await page.getByRole('link', { name: 'Byzantine generals' }).click();
  await expect(page.getByRole('button', { name: 'General 0', exact: true })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a full quota: a visible warning with Export, and the theme toggle does not throw', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
      if ((window as unknown as { __full?: boolean }).__full)
        throw new DOMException('quota', 'QuotaExceededError');
      set.call(this, k, v);
    };
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await noCrash(page);
  await page.evaluate(() => ((window as unknown as { __full: boolean }).__full = true));
  await node(page, 21).click();
  const warn = page.locator('[data-problem="quota:dht"]');
  await expect(warn).toContainText(/storage for the site is full/);
  const download = page.waitForEvent('download');
  await warn.getByRole('button', { name: 'Export scenario' }).click();
  expect((await download).suggestedFilename()).toBe('ringside-chord.json');
  await page.getByRole('button', { name: /theme/ }).click();
  expect(errors).toEqual([]);
  // space again: the warning goes once a save succeeds
  await page.evaluate(() => ((window as unknown as { __full: boolean }).__full = false));
  await node(page, 32).click();
  await expect(warn).toHaveCount(0);
});

test('two tabs: each is told about the other before it overwrites anything', async ({
  context,
}) => {
  const a = await context.newPage();
  await a.goto('./');
  await noCrash(a);
  const b = await context.newPage();
  await b.goto('./#/byzantine');
  await expect(b.locator('[data-problem="other-tab"]')).toContainText(/also open in another tab/);
  await expect(a.locator('[data-problem="other-tab"]')).toContainText(/also open in another tab/);
  // B saves its DHT lab: A is told that changing its own DHT lab will replace that save
  await b.getByRole('link', { name: 'DHT ring' }).click();
  await node(b, 38).click();
  await expect(a.locator('[data-problem="other-tab-saved:dht"]')).toContainText(
    /Another tab just saved its DHT ring scenario/,
  );
});

test('an import too big to autosave says so and offers Export', async ({ page }) => {
  // 4,000 keys to place and draw: a bound for a slow machine, not a wait
  test.setTimeout(180_000);
  await page.goto('./');
  await noCrash(page);
  // 4,000 keys with 900-character values: about 3.7 M characters of JSON
  const keys: Record<string, string> = {};
  for (let i = 0; i < 4000; i++) keys[`k${i}`] = 'v'.repeat(900);
  const text = JSON.stringify({ ...PAPER, keys, steps: [] });
  await page.getByRole('button', { name: 'Import scenario' }).click();
  await page.getByLabel('Scenario file').setInputFiles({
    name: 'big.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const warn = page.locator('[data-problem="too-big:dht"]');
  await expect(warn).toContainText(/too big to autosave \(7\.\d MB/, { timeout: 120_000 });
  await expect(warn.getByRole('button', { name: 'Export scenario' })).toBeVisible();
});

test.describe('heavy links', () => {
  test('20,000 nodes × 1,000 rounds is refused before it starts, with the numbers', async ({
    page,
  }) => {
    await page.goto('./');
    await noCrash(page);
    await page.goto(
      link('dht', {
        kind: 'chord',
        version: 1,
        bits: 32,
        nodes: 20000,
        steps: [{ op: 'stabilize', rounds: 1000 }],
      }),
    );
    await expect(page.getByRole('alert').filter({ hasText: /too big/ })).toContainText(
      /20,000,000 node-rounds .*the budget is 2,000,000/,
    );
    await noCrash(page);
  });

  test('a long successor walk is one step that opens to list its nodes', async ({ page }) => {
    const nodes = Array.from({ length: 200 }, (_, i) => i * 5);
    await page.goto(
      link('dht', {
        kind: 'chord',
        version: 1,
        bits: 10,
        nodes,
        routing: 'successor',
        steps: [{ op: 'lookup', from: 5, key: 0 }],
        view: { cursor: 2 },
      }),
    );
    await expect(page.locator('.caption')).toContainText(
      'N5 → … → N995: the query passes through 198 nodes',
    );
    await expect(page.getByRole('status').filter({ hasText: /^Step 2 of 4/ })).toBeVisible();
    await page.getByText('Show the 198 hops of this walk').click();
    const list = page.getByRole('list', { name: 'Nodes the walk passes through' });
    await expect(list.getByRole('listitem')).toHaveCount(199);
    await expect(list.getByRole('listitem').last()).toHaveText('N995');
  });
});
