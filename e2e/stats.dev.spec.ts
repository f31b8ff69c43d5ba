import { expect, test } from '@playwright/test';

// Runs against `vite` dev (npm start), where React StrictMode mounts every effect twice and the
// experiment worker is served as an unbundled module. A view-owned worker used to be killed by
// the first cleanup and never restarted there, leaving "Running…" forever.

test('under the dev server, Statistics finishes, and finishes again after another run', async ({
  page,
}) => {
  // the dev server transforms every module on first load: slow on a busy machine, not a hang
  test.slow();
  await page.goto('./#/dht');
  // this really is the dev server (its client script), not the built app
  await expect(page.locator('script[src*="@vite/client"]')).toHaveCount(1);
  await expect(page.locator('[data-stage] svg').first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Statistics' }).click();
  const stats = page.getByRole('region', { name: 'Statistics' });
  await expect(stats.getByRole('img', { name: /Mean path length/ })).toBeVisible({
    timeout: 45_000,
  });
  await expect(stats.locator('.plot .dot')).toHaveCount(11);

  // closing and reopening the panel (an unmount and a mount) must not strand a job either
  await page.getByRole('button', { name: 'Close statistics' }).click();
  await expect(stats).toHaveCount(0);
  await page.getByRole('button', { name: 'Statistics' }).click();
  await stats.getByRole('button', { name: 'Failures' }).click();
  await stats.getByRole('spinbutton', { name: 'Nodes' }).fill('1000');
  await stats.getByRole('button', { name: 'Run' }).click();
  await expect(stats.getByRole('img', { name: /Failed lookups/ })).toBeVisible({ timeout: 45_000 });
});
