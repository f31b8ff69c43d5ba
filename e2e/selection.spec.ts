import { expect, test } from '@playwright/test';

// One selection: what the user clicked is selected everywhere, and every button acts on it,
// even while a lookup runs somewhere else (issue #8, bug 3).

const status = (page: import('@playwright/test').Page) =>
  page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });

test('clicking a node mid-lookup selects that node, and Crash crashes it', async ({ page }) => {
  await page.goto('./#/dht');
  await expect(status(page)).toBeVisible(); // the first page renders in a transition
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(status(page)).toHaveText(/^Step 3 of/);
  // the query is at N42, shown on the stage and named beside the panel
  await expect(page.getByText('The query is at N42')).toBeVisible();

  await page.getByRole('button', { name: 'Node 21', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Node 21 details' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Node N21' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Node 42 details' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('21');
  // the ring marks N21 as the selection, not N42
  await expect(page.locator('.node[aria-pressed="true"]')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Node 21', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await panel.getByRole('button', { name: 'Crash' }).click();
  await expect(page.locator('.caption')).toContainText('N21');
  await expect(page.locator('.caption')).toContainText(/crash/i);
  await expect(panel.getByText('N21 has crashed.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Node 42', exact: true })).toBeVisible();
});

test('a general clicked while messages fly is the one the panel acts on', async ({ page }) => {
  await page.goto('./#/byzantine');
  await expect(status(page)).toBeVisible(); // the first page renders in a transition
  for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
  await page.getByRole('button', { name: 'General 2', exact: true }).click();
  const panel = page.getByRole('region', { name: 'General 2', exact: true });
  await expect(panel).toBeVisible();
  await panel.getByRole('checkbox', { name: /traitor/i }).check();
  await expect(page.locator('.general.traitor')).toHaveCount(2);
});
