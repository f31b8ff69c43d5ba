/**
 * The built app under a Content-Security-Policy of 'self' only (#15), with its four workers
 * running (each seen to start: a job silently computed on the page fails here); and a Byzantine
 * worker that fails shows its error and gives the controls back.
 */
import { expect, test, type Page } from '@playwright/test';
import lzString from 'lz-string';

async function setNumber(page: Page, name: string, value: number) {
  const input = page.getByRole('spinbutton', { name });
  await input.fill(String(value));
  await input.press('Enter');
}

/** The workers the page has started, by script name ('chord' for …/chord.worker-*.js), in order. */
function watchWorkers(page: Page): () => string[] {
  const started: string[] = [];
  page.on('worker', (w) => started.push(/(\w+)\.worker\b/.exec(w.url())?.[1] ?? w.url()));
  return () => started;
}

test('the built app declares a self-only CSP and runs its four workers without a violation', async ({
  page,
}) => {
  const workers = watchWorkers(page);
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
  expect(workers()).toContain('experiments');
  // the Chord build worker: a link heavy enough not to be built on the page (12 steps: not the
  // default run's count)
  const heavy = {
    kind: 'chord',
    version: 1,
    bits: 32,
    nodes: 2000,
    steps: [{ op: 'stabilize', rounds: 12 }],
  };
  await page.evaluate(
    (h) => (window.location.hash = h),
    `#/dht?s=${lzString.compressToEncodedURIComponent(JSON.stringify(heavy))}`,
  );
  await expect(page.getByRole('slider', { name: 'Scrubber' })).toHaveAttribute('max', '12', {
    timeout: 60_000,
  });
  expect(workers()).toContain('chord');
  // the Byzantine worker
  await page.getByRole('link', { name: 'Byzantine generals' }).click();
  await setNumber(page, 'Generals', 13);
  await setNumber(page, 'Rounds (m)', 4);
  await expect(page.getByRole('region', { name: 'Message counts' })).toContainText('108,384', {
    timeout: 60_000,
  });
  expect(workers()).toContain('byzantine');
  // the Paxos search worker
  await page.getByRole('link', { name: 'Paxos' }).click();
  const find = page.getByRole('button', { name: 'Find a violation' });
  await find.click();
  await expect(page.getByRole('status', { name: 'Search result' })).toContainText(
    /Violation found|No violation/,
    { timeout: 60_000 },
  );
  expect(workers()).toContain('paxos');
  // no other script, and each job reached its own
  expect(new Set(workers())).toEqual(new Set(['experiments', 'chord', 'byzantine', 'paxos']));
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
