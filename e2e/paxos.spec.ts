import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';

const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });
const safe = (page: Page) => page.getByTestId('verdict-safe');
const agreement = (page: Page) => page.getByTestId('verdict-agreement');
const chosen = (page: Page) => page.getByRole('table', { name: 'Chosen' });

async function openLesson(page: Page, title: RegExp) {
  await page.goto('./#/paxos');
  await page.evaluate(() => window.localStorage.clear());
  await page.goto('./#/paxos');
  await expect(page.getByRole('button', { name: 'Acceptor A1', exact: true })).toBeVisible();
  const picker = page.getByRole('combobox', { name: 'Lesson' });
  const value = await picker.locator('option', { hasText: title }).first().getAttribute('value');
  await picker.selectOption(value!);
  await expect(status(page)).toHaveText(/^Step 0 of \d+/);
}

async function toEnd(page: Page) {
  const total = Number(((await status(page).textContent()) ?? '').match(/of (\d+)/)![1]);
  await page.getByRole('slider', { name: 'Scrubber' }).fill(String(total));
  await expect(status(page)).toHaveText(new RegExp(`^Step ${total} of ${total}`));
}

test('Crashes can’t break Paxos: a lossy run with a crash stays safe', async ({ page }) => {
  await openLesson(page, /Crashes can’t break Paxos/);
  await toEnd(page);
  await expect(safe(page)).toHaveText('Safe ✓');
  await expect(chosen(page)).toContainText('attack');
  await expect(page.getByRole('button', { name: 'Acceptor A3' })).toContainText('crashed');
  await page.screenshot({ path: 'e2e/screenshots/paxos-crashes.png' });
});

test('One hacked acceptor: two values chosen, quorums overlapping only in A2', async ({ page }) => {
  await openLesson(page, /One hacked acceptor/);
  const forward = page.getByRole('button', { name: 'Step forward' });
  await forward.click();
  await expect(status(page)).toHaveText(/^Step 1 of/);
  await expect(page.getByTestId('token')).toHaveCount(0); // a propose step moves no message yet
  await page.getByRole('slider', { name: 'Scrubber' }).fill('13');
  await expect(safe(page)).toHaveText('Safe ✓');
  await forward.click();
  await expect(status(page)).toHaveText(/^Step 14 of/);
  // the accept has arrived and its full label is wider than the gap between the columns: the
  // pill says type and ballot (it covers no acceptor's text), the caption says the rest
  await expect(page.getByTestId('token').locator('text')).toHaveText('acc 20');
  await expect(page.locator('.caption')).toContainText('(20, retreat)');
  await expect(safe(page)).toHaveText('Safe ✗');
  await expect(chosen(page).getByRole('row', { name: /attack/ })).toContainText('A1 A2');
  await expect(chosen(page).getByRole('row', { name: /retreat/ })).toContainText('A2 A3');
  await expect(page.getByText(/The two quorums overlap in A2/)).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/paxos-forget.png' });
  // back is exact
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(safe(page)).toHaveText('Safe ✓');
  await toEnd(page);
  await expect(agreement(page)).toHaveText('Agreement ✗');

  // the lecturer makes A2 honest: the same schedule is now safe
  await page.getByRole('button', { name: 'Acceptor A2' }).click();
  await page.getByRole('radio', { name: /Honest/ }).check();
  await toEnd(page);
  await expect(safe(page)).toHaveText('Safe ✓');
  await expect(agreement(page)).toHaveText('Agreement ✓');
});

test('Quorums that overlap in an honest node: the same attack is safe', async ({ page }) => {
  await openLesson(page, /Quorums that overlap in an honest node/);
  await toEnd(page);
  await expect(safe(page)).toHaveText('Safe ✓');
  await expect(agreement(page)).toHaveText('Agreement ✓');
  await expect(page.getByRole('button', { name: 'Acceptor A2' })).toContainText('forget');
  await expect(chosen(page).getByRole('row')).toHaveCount(2); // attack at 10 and again at 20
  await expect(chosen(page)).not.toContainText('retreat');
});

test('A liar beats any quorum: two values with 4 acceptors and quorum 3', async ({ page }) => {
  await openLesson(page, /A liar beats any quorum/);
  await toEnd(page);
  await expect(safe(page)).toHaveText('Safe ✗');
  await expect(agreement(page)).toHaveText('Agreement ✗');
  await expect(chosen(page).getByRole('row', { name: /attack/ })).toContainText('A1 A2 A4');
  await expect(chosen(page).getByRole('row', { name: /retreat/ })).toContainText('A1 A3 A4');
  await page.screenshot({ path: 'e2e/screenshots/paxos-liar.png' });
});

test('Same bound as the generals: links open OM with n = 3 in the Byzantine lab', async ({
  page,
}) => {
  await openLesson(page, /Same bound as the generals/);
  const panel = page.getByRole('region', { name: 'Same bound as the generals' });
  await expect(panel).toContainText('n = 3f + 1');
  await expect(panel.getByRole('link', { name: /OM\(1\) with n = 4/ })).toBeVisible();
  await expect(panel.getByRole('link', { name: /SM\(1\) with n = 3/ })).toBeVisible();
  await toEnd(page);
  await expect(safe(page)).toHaveText('Safe ✓');
  await panel.getByRole('link', { name: /OM\(1\) with n = 3/ }).click();
  await expect(page).toHaveURL(/#\/byzantine/);
  await expect(page.getByRole('spinbutton', { name: 'Generals' })).toHaveValue('3');
  await expect(page.getByRole('button', { name: 'General 2', exact: true })).toBeVisible();
});

test('click a token to drop it and an acceptor to crash it; a link replays exactly', async ({
  page,
}) => {
  await openLesson(page, /One hacked acceptor/);
  await page.getByRole('slider', { name: 'Scrubber' }).fill('3');
  const token = page.getByRole('button', { name: /^Drop message \d+: prepare\(10\) P1→A3/ });
  await token.click();
  await expect(status(page)).toHaveText(/^Step 4 of/);
  await expect(page.locator('.caption')).toHaveText(/prepare\(10\) P1→A3 is lost/);
  await page.getByRole('button', { name: 'Acceptor A1' }).click();
  await page.getByRole('button', { name: 'Crash A1 now' }).click();
  await expect(status(page)).toHaveText(/^Step 5 of/);
  await expect(page.getByRole('button', { name: 'Acceptor A1' })).toContainText('crashed');
  const caption = await page.locator('.caption').innerText();
  // the address bar carries the whole state: a fresh page shows the same step. It is written a
  // beat after each change (a 120 ms throttle): wait until it holds step 5 and the crash.
  const inBar = () => {
    const packed = new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '').get('s');
    const json = LZString.decompressFromEncodedURIComponent(packed ?? '') ?? '';
    return /"cursor":5\b/.test(json) && /"crash"/.test(json);
  };
  await expect.poll(inBar).toBe(true);
  const url = page.url();
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(status(other)).toHaveText(/^Step 5 of/);
  await expect(other.locator('.caption')).toHaveText(caption);
});
