import { expect, test, type Page } from '@playwright/test';

// Every state the pictures show by colour is shown by a shape or a word as well, so a
// colour-blind student and a washed-out projector lose nothing.

const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });

test('Byzantine: the general deciding now has a dashed ring and its Decisions row a ▶', async ({
  page,
}) => {
  await page.goto('./#/byzantine');
  await expect(status(page)).toBeVisible();
  const caption = page.locator('.caption');
  for (let i = 0; i < 20 && !/ decides /.test(await caption.innerText()); i++) {
    const before = await status(page).innerText();
    await page.keyboard.press('PageDown');
    await expect(status(page)).not.toHaveText(before);
  }
  await expect(caption).toContainText(/Lieutenant (\d) decides/);
  const who = (await caption.innerText()).match(/Lieutenant (\d) decides/)![1];
  const deciding = page.locator('.general.deciding');
  await expect(deciding).toHaveCount(1);
  await expect(deciding).toHaveAttribute('aria-label', `General ${who}`);
  await expect(page.locator(`.deciding-ring[data-general="${who}"]`)).toHaveCSS(
    'stroke-dasharray',
    /\d/,
  );
  const rows = page.getByRole('table', { name: 'Decisions' }).locator('tbody tr');
  await expect(rows.filter({ hasText: '▶' })).toHaveCount(1);
  await expect(rows.filter({ hasText: '▶' }).locator('th')).toContainText(`L${who}`);
});

test('Paxos: prepare and accept (both proposer → acceptor) differ in width, not colour alone', async ({
  page,
}) => {
  await page.goto('./#/paxos');
  await expect(status(page)).toBeVisible();
  await page.getByRole('slider', { name: 'Scrubber' }).fill('12');
  await expect(status(page)).toHaveText(/^Step 12 of/);
  const width = (type: string) =>
    page
      .locator(`.px-spacetime line.px-st-msg.${type}`)
      .first()
      .evaluate((l) => parseFloat(getComputedStyle(l).strokeWidth));
  await expect(page.locator('.px-spacetime line.px-st-msg.accept').first()).toBeAttached();
  expect(await width('accept')).toBeGreaterThanOrEqual(2 * (await width('prepare')) - 0.5);
  // the legend draws them the same way
  const legend = (type: string) =>
    page
      .locator(`.px-st-legend line.${type}`)
      .evaluate((l) => parseFloat(getComputedStyle(l).strokeWidth));
  expect(await legend('accept')).toBeGreaterThan(await legend('prepare'));
});
