import { expect, test, type Page } from '@playwright/test';
import { describeMarks, markHits } from './shapesOnText';

const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });
const decisions = (page: Page) => page.getByRole('table', { name: 'Decisions' });
const caption = (page: Page) => page.locator('.caption');

/** A fresh lab: no autosave from an earlier test. */
async function openLab(page: Page) {
  await page.goto('./#/byzantine');
  await page.evaluate(() => window.localStorage.clear());
  await page.goto('./#/byzantine');
  await expect(page.getByRole('button', { name: 'General 0', exact: true })).toBeVisible();
}

async function setNumber(page: Page, name: string, value: number) {
  const input = page.getByRole('spinbutton', { name });
  await input.fill(String(value));
  await input.press('Enter');
  await expect(input).toHaveValue(String(value));
}

test('a lecturer sets up 4 generals with a traitor, steps the rounds and reads the verdicts', async ({
  page,
}) => {
  await openLab(page);
  // start from a loyal army of 4, then make general 3 a traitor by hand
  await setNumber(page, 'Generals', 3);
  await setNumber(page, 'Generals', 4);
  await setNumber(page, 'Rounds (m)', 1);
  await page.getByRole('button', { name: 'General 3', exact: true }).click();
  const traitor = page.getByRole('checkbox', { name: 'Traitor' });
  await expect(traitor).not.toBeChecked();
  await traitor.check();
  await expect(traitor).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Strategy' })).toHaveValue('opposite');

  const s = status(page);
  await expect(s).toHaveText(/^Step 0 of 12/);
  await expect(decisions(page).getByRole('row', { name: /L1/ })).toContainText('pending');
  await expect(page.getByTestId('verdict-IC1')).toHaveText('IC1 pending');

  // round 0: the commander's orders fly out
  const forward = page.getByRole('button', { name: 'Step forward' });
  await forward.click();
  await expect(s).toHaveText(/^Step 1 of 12 · Round 0/);
  await expect(page.getByTestId('token')).toHaveText('A 0→1');
  for (let k = 0; k < 4; k++) await forward.click();
  await expect(s).toHaveText(/^Step 5 of 12 · Round 1/);
  const token5 = (await page.getByTestId('token').textContent()) ?? '';
  const caption5 = await caption(page).innerText();
  await page.screenshot({ path: 'e2e/screenshots/byzantine-mid-round.png' });

  await forward.click();
  await expect(s).toHaveText(/^Step 6 of 12/);
  await expect(caption(page)).not.toHaveText(caption5);
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(s).toHaveText(/^Step 5 of 12 · Round 1/);
  await expect(page.getByTestId('token')).toHaveText(token5);
  await expect(caption(page)).toHaveText(caption5);

  // a traitor's lie is marked on its token
  await page.getByRole('slider', { name: 'Scrubber' }).fill('8');
  await expect(s).toHaveText(/^Step 8 of 12/);
  await expect(page.getByTestId('token')).toContainText('R 0→3→');

  // decisions and verdicts
  await page.getByRole('slider', { name: 'Scrubber' }).fill('12');
  await expect(s).toHaveText(/^Step 12 of 12/);
  const table = decisions(page);
  await expect(table.getByRole('row', { name: /L1/ })).toContainText('ATTACK');
  await expect(table.getByRole('row', { name: /L2/ })).toContainText('ATTACK');
  await expect(table.getByRole('row', { name: /L3/ })).toContainText('does not count');
  await expect(page.getByTestId('verdict-IC1')).toHaveText('IC1 ✓');
  await expect(page.getByTestId('verdict-IC2')).toHaveText('IC2 ✓');
  await expect(page.getByText('Victory: every loyal general attacks')).toBeVisible();

  // lieutenant 1's message tree, majority rolled up
  await page.getByRole('button', { name: 'General 1', exact: true }).click();
  await page.getByRole('button', { name: 'Show message tree' }).click();
  const tree = page.getByRole('region', { name: 'Message tree' });
  await expect(tree.getByRole('treeitem', { name: '0→1: attack, majority attack' })).toBeVisible();
  await expect(tree.getByRole('treeitem', { name: '0→3→1: retreat' })).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/byzantine-message-tree.png' });
  await tree.getByRole('button', { name: 'Back to the generals' }).click();
  await expect(page.getByRole('button', { name: 'General 1', exact: true })).toBeVisible();
});

test('bad input is explained and the state kept', async ({ page }) => {
  await openLab(page);
  const input = page.getByRole('spinbutton', { name: 'Generals' });
  await input.fill('2');
  await input.press('Enter');
  await expect(page.getByRole('alert')).toContainText('between 3 and 40');
  await expect(status(page)).toHaveText(/^Step 0 of 12/);
  await setNumber(page, 'Generals', 16);
  await setNumber(page, 'Rounds (m)', 3);
  const m = page.getByRole('spinbutton', { name: 'Rounds (m)' });
  await m.fill('4');
  await m.press('Enter');
  await expect(page.getByRole('alert')).toContainText('more than this view can show');
  await expect(page.getByRole('spinbutton', { name: 'Rounds (m)' })).toHaveValue('3');
});

test('the three generals lesson shows both figures and what lieutenant 1 hears', async ({
  page,
}) => {
  await openLab(page);
  await page.getByRole('button', { name: 'Three generals, one traitor' }).click();
  const lesson = page.getByRole('region', { name: 'Three generals, one traitor' });
  await expect(lesson.getByRole('img', { name: /Fig\. 1/ })).toBeVisible();
  await expect(lesson.getByRole('img', { name: /Fig\. 2/ })).toBeVisible();
  const heard = lesson.getByRole('table', { name: 'What lieutenant 1 hears' });
  await expect(heard.getByRole('row', { name: /0→1/ })).toContainText('attackattack');
  await expect(heard.getByRole('row', { name: /0→2→1/ })).toContainText('retreatretreat');
  await expect(lesson.getByText('= identical')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/byzantine-three-generals.png' });

  await lesson.getByRole('button', { name: 'Step through Fig. 2' }).click();
  await expect(page.getByRole('spinbutton', { name: 'Generals' })).toHaveValue('3');
  await expect(page.getByRole('button', { name: 'General 0', exact: true })).toHaveAttribute(
    'aria-description',
    /traitor/,
  );
  await page.getByRole('button', { name: 'Three generals, one traitor' }).click();
  await lesson.getByRole('button', { name: 'Back to the run' }).click();
  await expect(lesson).toBeHidden();
});

test('the counterexample search finds one for 3 generals and none for 4', async ({ page }) => {
  await openLab(page);
  await page.getByRole('button', { name: 'Find a counterexample' }).click();
  const report = page.getByRole('region', { name: 'Counterexample search' });
  await expect(report).toContainText('No counterexample for OM(1) with 4 generals');

  await setNumber(page, 'Generals', 3);
  await page.getByRole('button', { name: 'Find a counterexample' }).click();
  await expect(report).toContainText('Counterexample found');
  await expect(report).toContainText(/breaks IC[12]/);
  // the counterexample is loaded: play it to the end and a verdict fails
  await page.getByRole('slider', { name: 'Scrubber' }).press('End');
  await expect(page.getByText(/IC[12] ✗/).first()).toBeVisible();
});

test('a big run (13 generals, OM(4)) is computed in the worker and stays responsive', async ({
  page,
}) => {
  await openLab(page);
  await setNumber(page, 'Generals', 13);
  const m = page.getByRole('spinbutton', { name: 'Rounds (m)' });
  await m.fill('4');
  await m.press('Enter');
  // the page answers while the worker computes
  await expect(page.getByRole('spinbutton', { name: 'Generals' })).toHaveValue('13');
  await expect(status(page)).toHaveText(/^Step 0 of (\d+)/, { timeout: 20_000 });
  await expect(page.locator('.computing')).toBeHidden({ timeout: 20_000 });
  const counts = page.getByRole('region', { name: 'Message counts' });
  await expect(counts).toContainText('108,384');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(status(page)).toHaveText(/· Round 0/);
  for (let k = 0; k < 4; k++) await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(status(page)).toHaveText(/· Round 4/);
  await page.screenshot({ path: 'e2e/screenshots/byzantine-big-round.png' });
});

test('a shared link to OM(4) with 13 generals reopens the same step, built in the worker', async ({
  page,
  context,
}) => {
  await openLab(page);
  await setNumber(page, 'Generals', 13);
  await setNumber(page, 'Rounds (m)', 4);
  await expect(page.locator('.computing')).toBeHidden({ timeout: 60_000 });
  for (let k = 0; k < 3; k++) await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(status(page)).toHaveText(/^Step 3 of \d+/);
  const before = await status(page).innerText();
  await page.getByRole('button', { name: 'Share link' }).click();
  const url = await page.getByRole('textbox', { name: 'Share link URL' }).inputValue();

  const other = await context.newPage();
  // the page shows the worker's 'Computing…' instead of freezing while OM(4) is built
  await other.addInitScript(() => {
    const seen = () => document.querySelector('.computing') !== null;
    new MutationObserver(() => {
      if (seen()) (window as unknown as { __computing: boolean }).__computing = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await other.goto(url);
  // while the worker computes, the address bar keeps the link (nothing overwrites it)
  await expect(other.getByRole('region', { name: 'Message counts' })).toContainText('108,384', {
    timeout: 60_000,
  });
  await expect(status(other)).toHaveText(before);
  await expect(other.getByRole('spinbutton', { name: 'Generals' })).toHaveValue('13');
  expect(new URL(other.url()).hash).toBe(new URL(url).hash);
  expect(
    await other.evaluate(() => (window as unknown as { __computing?: boolean }).__computing),
  ).toBe(true);
});

test('a shared link reopens the same state', async ({ page, context }) => {
  await openLab(page);
  await page.getByRole('button', { name: 'General 3', exact: true }).click();
  await page.getByRole('combobox', { name: 'Strategy' }).selectOption('split');
  await page.getByRole('combobox', { name: 'Algorithm' }).selectOption('SM');
  for (let k = 0; k < 4; k++) await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(status(page)).toHaveText(/^Step 4 of/);
  const before = await status(page).innerText();
  await page.getByRole('button', { name: 'Share link' }).click();
  const url = await page.getByRole('textbox', { name: 'Share link URL' }).inputValue();
  expect(url).toContain('#/byzantine?s=');

  const other = await context.newPage();
  await other.goto(url);
  await expect(status(other)).toHaveText(before);
  await expect(other.getByRole('combobox', { name: 'Algorithm' })).toHaveValue('SM');
  await expect(other.getByRole('combobox', { name: 'Strategy' })).toHaveValue('split');
  await expect(other.getByRole('checkbox', { name: 'Traitor' })).toBeChecked();
});

test("on a roomy ring no message line runs under a general's name, values or decision", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openLab(page);
  const scrubber = page.getByRole('slider', { name: 'Scrubber' });
  // four generals (lieutenant 3 lies), five with a traitor commander, six
  for (const [n, traitor] of [
    [4, null],
    [5, 0],
    [6, null],
  ] as const) {
    await setNumber(page, 'Generals', n);
    if (traitor !== null) {
      await page.getByRole('button', { name: `General ${traitor}`, exact: true }).click();
      await page.getByRole('checkbox', { name: 'Traitor' }).check();
      await expect(
        page.getByRole('button', { name: `General ${traitor}`, exact: true }),
      ).toHaveAttribute('aria-description', /traitor/);
    }
    for (const by of ['message', 'round']) {
      const button = page.getByRole('group', { name: 'Step by' }).getByRole('button', { name: by });
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      const last = Number(await scrubber.getAttribute('max'));
      for (let k = 0; k <= last; k++) {
        await scrubber.fill(String(k));
        await expect(status(page)).toHaveText(new RegExp(`^Step ${k} of `));
        await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
        // strict: a line under a haloed name counts too
        const hits = await markHits(page, '.byz-picture', true);
        expect(hits, `${n} generals by ${by}, step ${k}:\n${describeMarks(hits)}`).toEqual([]);
      }
    }
  }
});

test("what each general received is written in the legend's colours, A and R", async ({ page }) => {
  await openLab(page);
  await page.getByRole('slider', { name: 'Scrubber' }).press('End');
  const fill = (sel: string) =>
    page
      .locator(sel)
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
  const colour = (sel: string) =>
    page
      .locator(sel)
      .first()
      .evaluate((el) => getComputedStyle(el).color);
  // lieutenant 1 got A A R (lieutenant 3 lied)
  await expect(page.getByRole('button', { name: 'General 1', exact: true })).toHaveAttribute(
    'aria-description',
    /received A A R/,
  );
  expect(await fill('.general .gsub .va')).toBe(await colour('.byz-legend .lg.tok-a'));
  expect(await fill('.general .gsub .vr')).toBe(await colour('.byz-legend .lg.tok-r'));
  expect(await fill('.general .gsub .va')).not.toBe(await fill('.general .gsub .vr'));
});
