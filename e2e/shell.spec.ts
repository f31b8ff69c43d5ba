import { expect, test } from '@playwright/test';
import lzString from 'lz-string';

const status = (page: import('@playwright/test').Page) =>
  page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });

test('opens on the DHT lab and switches between the two labs by link', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('link', { name: 'DHT ring' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('button', { name: 'Node 8', exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Byzantine generals' }).click();
  await expect(page).toHaveURL(/#\/byzantine\?s=/);
  await expect(page.getByRole('button', { name: 'General 0', exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'DHT ring' }).click();
  await expect(page).toHaveURL(/#\/dht\?s=/);
  await expect(page.getByRole('button', { name: 'Node 42', exact: true })).toBeVisible();
});

test('steps forward and back with buttons and presenter-remote keys', async ({ page }) => {
  await page.goto('./#/byzantine');
  const s = status(page);
  await expect(s).toHaveText(/^Step 0 of (\d+)/);
  const narration = page.getByRole('region', { name: 'Narration' });

  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(s).toHaveText(/^Step 1 of/);
  const first = await narration.getByRole('listitem').last().innerText();

  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowRight');
  await expect(s).toHaveText(/^Step 3 of/);
  await expect(narration.getByRole('listitem')).toHaveCount(3);

  await page.getByRole('button', { name: 'Step back' }).click();
  await page.keyboard.press('PageUp');
  await expect(s).toHaveText(/^Step 1 of/);
  await expect(narration.getByRole('listitem')).toHaveCount(1);
  await expect(narration.getByRole('listitem').last()).toHaveText(first);

  // Clicking a narration entry jumps there.
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.getByRole('button', { name: 'Step forward' }).click();
  await narration.getByRole('button').first().click();
  await expect(s).toHaveText(/^Step 1 of/);

  await page.keyboard.press('Home');
  await expect(s).toHaveText(/^Step 0 of/);

  // Play runs by itself; Pause stops it.
  // 1×: slow enough that the run cannot end (and Pause turn back into Play) before the click
  await page.getByRole('slider', { name: 'Speed' }).fill('0');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(s).not.toHaveText(/^Step 0 of/);
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await s.innerText();
  await page.waitForTimeout(400);
  await expect(s).toHaveText(paused);
});

test('a shared link reproduces the exact state in a new page, and a reload loses nothing', async ({
  page,
  context,
}) => {
  await page.goto('./#/byzantine');
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(status(page)).toHaveText(/^Step 4 of/);
  const caption = await page.locator('.caption').innerText();

  await page.getByRole('button', { name: 'Share link' }).click();
  const url = await page.getByRole('textbox', { name: 'Share link URL' }).inputValue();
  expect(url).toMatch(/#\/byzantine\?s=/);

  const other = await context.browser()!.newContext();
  const fresh = await other.newPage();
  await fresh.goto(url);
  await expect(status(fresh)).toHaveText(/^Step 4 of/);
  await expect(fresh.locator('.caption')).toHaveText(caption);
  await other.close();

  await page.reload();
  await expect(status(page)).toHaveText(/^Step 4 of/);
  await expect(page.locator('.caption')).toHaveText(caption);
});

test('a broken link shows a clear message and keeps a working page', async ({ page }) => {
  await page.goto('./#/dht?s=thisIsNotAScenario');
  await expect(page.getByRole('alert')).toContainText(/link is broken/i);
  await expect(page.getByRole('button', { name: 'Node 8', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss message' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a link with an out-of-range value names the problem and keeps the current state', async ({
  page,
}) => {
  await page.goto('./#/byzantine');
  await page.getByRole('button', { name: 'Step forward' }).click();
  const bad = lzString.compressToEncodedURIComponent(
    JSON.stringify({ kind: 'byzantine', version: 1, generals: 2, m: 1 }),
  );
  await page.goto(`./#/byzantine?s=${bad}`);
  await expect(page.getByRole('alert')).toContainText(/generals/i);
  await expect(page.getByRole('button', { name: 'General 3', exact: true })).toBeVisible();
});

test('a link that arrives while an autosave is due wins: the old state is not written over it', async ({
  page,
}) => {
  await page.goto('./#/byzantine');
  await expect(page.getByRole('status').filter({ hasText: /^Step 0 of/ })).toBeVisible();
  const link = lzString.compressToEncodedURIComponent(
    JSON.stringify({ kind: 'byzantine', version: 1, generals: 6, m: 1 }),
  );
  // A step (which schedules the autosave) and a new address whose hashchange has not run yet:
  // the order a busy machine gives when a link is pasted right after a click.
  await page.evaluate((hash) => {
    document.querySelector<HTMLButtonElement>('button[aria-label="Step forward"]')!.click();
    window.history.replaceState(null, '', hash);
  }, `#/byzantine?s=${link}`);
  await expect(page.getByRole('button', { name: 'General 5', exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Step 0 of/ })).toBeVisible();
});

test('import rejects bad JSON with a message and accepts a valid scenario of the other lab', async ({
  page,
}) => {
  await page.goto('./#/dht');
  await page.getByRole('button', { name: 'Import scenario' }).click();
  const box = page.getByRole('textbox', { name: 'Scenario JSON' });
  await box.fill('{ "kind": "byzantine", ');
  await page.getByRole('button', { name: 'Load scenario' }).click();
  await expect(page.getByRole('alert')).toContainText(/not valid JSON/);

  await box.fill(
    JSON.stringify({
      kind: 'byzantine',
      version: 1,
      generals: 5,
      m: 1,
      traitors: { '2': 'split' },
    }),
  );
  await page.getByRole('button', { name: 'Load scenario' }).click();
  await expect(page).toHaveURL(/#\/byzantine/);
  await expect(page.getByRole('button', { name: 'General 4', exact: true })).toBeVisible();
});

test('the theme toggle switches between light and dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the Lessons menu loads an idea from the notes into its lab in one click', async ({
  page,
}) => {
  await page.goto('./#/byzantine');
  await page
    .getByRole('combobox', { name: 'Lesson' })
    .selectOption({ label: 'Finger tables: O(log N) hops (Chord Fig. 3b)' });
  await expect(page).toHaveURL(/#\/dht\?s=/);
  await expect(page.getByText(/each hop at least halves the distance/)).toBeVisible();
  await page.keyboard.press('End');
  for (let i = 0; i < 20; i++) await page.keyboard.press('PageDown');
  const narration = page.getByRole('region', { name: 'Narration' });
  await expect(narration).toContainText('N42');
  await expect(narration).toContainText('N56');

  await page
    .getByRole('combobox', { name: 'Lesson' })
    .selectOption({ label: 'Signed messages: three generals suffice (SM(1), Fig. 5)' });
  await expect(page).toHaveURL(/#\/byzantine\?s=/);
  await expect(page.getByRole('button', { name: 'General 2', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'General 3', exact: true })).toHaveCount(0);
});
