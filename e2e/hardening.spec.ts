/**
 * The built app under a Content-Security-Policy of 'self' only (#15), with both workers
 * running; and a Byzantine worker that fails shows its error and gives the controls back.
 */
import { expect, test, type Page } from '@playwright/test';

async function setNumber(page: Page, name: string, value: number) {
  const input = page.getByRole('spinbutton', { name });
  await input.fill(String(value));
  await input.press('Enter');
}

test('the built app declares a self-only CSP and runs both workers without a violation', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./#/dht');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toMatch(/default-src 'self'/);
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).not.toMatch(/unsafe/);
  // the experiment worker
  await page.getByRole('button', { name: 'Statistics' }).click();
  const stats = page.getByRole('region', { name: 'Statistics' });
  await expect(stats.getByRole('img', { name: /Mean path length/ })).toBeVisible({
    timeout: 60_000,
  });
  // the Byzantine worker
  await page.getByRole('link', { name: 'Byzantine generals' }).click();
  await setNumber(page, 'Generals', 13);
  await setNumber(page, 'Rounds (m)', 4);
  await expect(page.getByRole('region', { name: 'Message counts' })).toContainText('108,384', {
    timeout: 60_000,
  });
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(errors).toEqual([]);
});

test('a Byzantine worker that fails: the error is shown, the controls return to the picture shown', async ({
  page,
}) => {
  // every worker script fails to load (as if missing from the server)
  await page.route('**/*.worker-*.js', (route) => route.fulfill({ status: 404, body: '' }));
  await page.route('**/byzantine.worker*', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('./#/byzantine');
  await page.evaluate(() => window.localStorage.clear());
  await page.goto('./#/byzantine');
  await setNumber(page, 'Generals', 13);
  await expect(page.getByRole('spinbutton', { name: 'Generals' })).toHaveValue('13');
  const status = page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });
  const before = await status.innerText();
  await setNumber(page, 'Rounds (m)', 4);
  const alert = page.getByRole('alert').filter({ hasText: /stopped/ });
  await expect(alert).toContainText(/Computing OM\(4\) with 13 generals stopped: .*unchanged/, {
    timeout: 30_000,
  });
  await expect(page.locator('.computing')).toHaveCount(0);
  // the controls show the picture on the stage again (m = 1), and it still steps
  await expect(page.getByRole('spinbutton', { name: 'Rounds (m)' })).toHaveValue('1');
  await expect(status).toHaveText(before);
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(status).toHaveText(/^Step 1 of/);
});
