import { expect, test, type Locator, type Page } from '@playwright/test';
import { describe, stageOverlaps } from './overlap';

/** #9: every picture says one thing. Small checks of what a student would misread. */

const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });

const pageErrors: string[] = [];
test.beforeEach(async ({ page }) => {
  pageErrors.length = 0;
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

const box = async (l: Locator) => (await l.boundingBox())!;
const apart = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

test('a lesson hint heads the side panel and covers nothing of the stage', async ({ page }) => {
  await page.goto('./#/dht');
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption('dht-successor');
  const notice = page.locator('.notices .notice');
  await expect(notice).toContainText('The query walks the circle');
  expect(apart(await box(notice), await box(page.getByRole('region', { name: 'DHT ring' })))).toBe(
    true,
  );
  // it can be dismissed at once
  await page.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(notice).toHaveCount(0);
});

test('failures plot: the y-axis title stands clear of the tick labels', async ({ page }) => {
  await page.goto('./#/dht');
  await page.getByRole('button', { name: 'Statistics' }).click();
  const stats = page.getByRole('region', { name: 'Statistics' });
  await stats.getByRole('button', { name: 'Failures' }).click();
  await expect(stats.getByRole('img', { name: /Failed lookups/ })).toBeVisible({ timeout: 30_000 });
  const found = await stageOverlaps(page, 'figure[aria-label="Failures plot"]');
  expect(found, describe(found)).toEqual([]);
});

test('the "Three generals" explainer closes when the scenario changes', async ({ page }) => {
  await page.goto('./#/byzantine');
  await page.getByRole('button', { name: 'Three generals, one traitor' }).click();
  const explainer = page.getByRole('region', { name: 'Three generals, one traitor' });
  await expect(explainer).toBeVisible();
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption('byz-two-traitors');
  await expect(page.getByRole('button', { name: 'General 6', exact: true })).toBeVisible();
  await expect(explainer).toHaveCount(0);
  await page.getByRole('button', { name: 'Three generals, one traitor' }).click();
  await expect(explainer).toBeVisible();
  const generals = page.getByRole('spinbutton', { name: 'Generals' });
  await generals.fill('5');
  await generals.press('Enter');
  await expect(explainer).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'General 4', exact: true })).toBeVisible();
});

test('13 generals, m = 4: "message" says why it steps by round', async ({ page }) => {
  await page.goto('./#/byzantine');
  const generals = page.getByRole('spinbutton', { name: 'Generals' });
  await generals.fill('13');
  await generals.press('Enter');
  const m = page.getByRole('spinbutton', { name: 'Rounds (m)' });
  await m.fill('4');
  await m.press('Enter');
  await expect(status(page)).toHaveText(/^Step 0 of /, { timeout: 30_000 });
  const stepBy = page.getByRole('group', { name: 'Step by' });
  await expect(stepBy.getByRole('button', { name: 'round' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await stepBy.getByRole('button', { name: 'message' }).click();
  await expect(page.locator('.notices')).toContainText(
    'sends 108,384 messages: too many to step one by one',
  );
  await expect(stepBy.getByRole('button', { name: 'round' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});
