import { expect, test, type Page } from '@playwright/test';
import { describe, stageOverlaps } from './overlap';

/** #9: semantic zoom. At 10,000 nodes the last hops of a lookup can be told apart. */

const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
});

test('10,000 nodes: Follow the query, then click and read each of the last three hops', async ({
  page,
}) => {
  // a 10,000-node ring and its lookup are built in the page: give a busy machine time
  test.setTimeout(180_000);
  await page.goto('./#/dht');
  await page.getByRole('spinbutton', { name: 'Random ring size' }).fill('10000');
  await page.getByRole('button', { name: 'Random ring' }).click();
  await expect(page.getByRole('group', { name: /^Chord ring: 10000 nodes/ })).toBeVisible({
    timeout: 60_000,
  });
  await page.getByRole('textbox', { name: 'Key' }).fill('lecture');
  await page.getByRole('button', { name: 'Lookup', exact: true }).click();
  // the run holds the lookup (its first step is shown) before its length is read
  await expect(page.locator('.caption')).toContainText('starts a lookup');
  const scrub = page.getByRole('slider', { name: 'Scrubber' });
  const max = Number(await scrub.getAttribute('max'));
  await scrub.fill(String(max));
  await expect(status(page)).toHaveText(new RegExp(`^Step ${max} of`));
  const path = ((await page.locator('.caption').innerText()).match(/Path ([\d →]+):/)?.[1] ?? '')
    .split(' → ')
    .map(Number);
  expect(path.length).toBeGreaterThanOrEqual(4);
  const lastThree = path.slice(-3);

  await page.getByRole('button', { name: 'Follow the query' }).click();
  await expect(page.getByRole('button', { name: 'Follow the query' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const ring = page.locator('svg.ring-svg');
  const seen: number[] = [];
  for (let k = 1; k <= max && seen.length < 3; k++) {
    await scrub.fill(String(k));
    await expect(status(page)).toHaveText(new RegExp(`^Step ${k} of`));
    // the hop in progress is drawn in the same render as the status: there is one, or none
    const current = ring.locator('[data-hop]');
    const hop = (await current.count()) > 0 ? await current.getAttribute('data-hop') : null;
    const to = hop ? Number(hop.split('-')[1]) : NaN;
    if (!lastThree.includes(to) || seen.includes(to)) continue;
    // zoomed onto the hop: the minimap says where, the hop's node has its label, readable
    await expect(page.getByRole('img', { name: 'Where the view is on the ring' })).toBeVisible();
    const node = page.getByRole('button', { name: `Node ${to}`, exact: true });
    await expect(node.locator('text')).toHaveText(`N${to}`);
    const found = await stageOverlaps(page);
    expect(found, describe(found)).toEqual([]);
    await node.locator('text').click();
    await expect(page.getByRole('heading', { name: `Node N${to}` })).toBeVisible();
    seen.push(to);
  }
  expect(seen.sort()).toEqual([...lastThree].sort());
});

test('zooming spreads nodes apart: more labels, the same size of text', async ({ page }) => {
  await page.goto('./#/dht');
  await page.getByRole('spinbutton', { name: 'Random ring size' }).fill('1000');
  await page.getByRole('button', { name: 'Random ring' }).click();
  await expect(page.getByRole('group', { name: /^Chord ring: 1000 nodes/ })).toBeVisible();
  const ring = page.locator('svg.ring-svg');
  const r0 = Number(await ring.locator('.ring-circle').getAttribute('r'));
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  // the radius grows (semantic zoom), only an arc of it is drawn, nodes get buttons and labels
  await expect(ring.locator('path.ring-circle')).toHaveCount(1);
  await expect(page.getByRole('img', { name: 'Where the view is on the ring' })).toBeVisible();
  await expect.poll(async () => ring.locator('.node text').count()).toBeGreaterThan(3);
  const size = await ring
    .locator('.node text')
    .first()
    .evaluate((t) => getComputedStyle(t).fontSize);
  expect(size).toBe('17px');
  const found = await stageOverlaps(page);
  expect(found, describe(found)).toEqual([]);
  await page.getByRole('button', { name: 'Fit' }).click();
  await expect(ring.locator('circle.ring-circle')).toHaveAttribute('r', String(r0));
});
