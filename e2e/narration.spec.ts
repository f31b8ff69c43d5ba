import { expect, test, type Page } from '@playwright/test';
import lzString from 'lz-string';

// The narration draws only its newest entries (a step does not re-draw and lay out hundreds of
// them) and more when scrolled back; what a user sees stays the same.

const WINDOW = 50; // views/player/Narration.tsx NARRATION_WINDOW
const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });
const narration = (page: Page) => page.getByRole('region', { name: 'Narration' });

/** The current entry lies inside the list's scrolled view. */
/** Scroll the narration to its top (it scrolls in reverse) and count the entries drawn. */
async function scrollToTop(page: Page): Promise<number> {
  await page.evaluate(() => {
    const list = document.querySelector('.narration-scroll')!;
    list.scrollTop = -list.scrollHeight;
  });
  return narration(page).getByRole('listitem').count();
}

async function currentInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const box = document.querySelector('.narration-scroll')!.getBoundingClientRect();
    const li = document.querySelector('.narration li.current')?.getBoundingClientRect();
    return Boolean(li && li.top >= box.top - 1 && li.bottom <= box.bottom + 1);
  });
}

test('a long run lists its newest steps, scrolling back lists the earlier ones, a step shows the newest again', async ({
  page,
}) => {
  const om = { kind: 'byzantine', version: 1, algorithm: 'OM', generals: 7, m: 2 };
  await page.goto(`./#/byzantine?s=${lzString.compressToEncodedURIComponent(JSON.stringify(om))}`);
  // only the link has a seventh general
  await expect(page.getByRole('button', { name: 'General 6', exact: true })).toBeVisible();
  const total = Number(/ of (\d+)/.exec(await status(page).innerText())![1]);
  expect(total).toBeGreaterThan(WINDOW);

  await page.keyboard.press('End');
  await expect(status(page)).toHaveText(new RegExp(`^Step ${total} of ${total}`));
  const items = narration(page).getByRole('listitem');
  await expect(items).toHaveCount(WINDOW);
  await expect(items.last()).toContainText(`${total}.`);
  await expect(items.last().getByRole('button')).toHaveAttribute('aria-current', 'step');
  await expect.poll(() => currentInView(page)).toBe(true);

  // scrolling to the top of the list draws the earlier steps, down to the first
  await expect.poll(() => scrollToTop(page)).toBe(total);
  await expect(items.first()).toContainText('1. The commander sends');
  expect(await currentInView(page)).toBe(false);

  // a step back shows the newest entry again, and only the newest ones are drawn
  await page.keyboard.press('ArrowLeft');
  await expect(status(page)).toHaveText(new RegExp(`^Step ${total - 1} of ${total}`));
  await expect(items).toHaveCount(WINDOW);
  await expect(items.last()).toContainText(`${total - 1}.`);
  await expect.poll(() => currentInView(page)).toBe(true);

  // an entry drawn by scrolling back is a button like the others
  await expect.poll(() => scrollToTop(page)).toBe(total - 1);
  await narration(page).getByRole('button', { name: /^2\. / }).click();
  await expect(status(page)).toHaveText(new RegExp(`^Step 2 of ${total}`));
  await expect(items).toHaveCount(2);
  await expect.poll(() => currentInView(page)).toBe(true);
});
