import { expect, test, type Page } from '@playwright/test';
import lzString from 'lz-string';
import { stageSettled } from './support/settled';
import { textSizes } from './support/text';

const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });

async function viewOf(page: Page): Promise<Record<string, unknown>> {
  const hash = await page.evaluate(() => window.location.hash);
  const packed = new URLSearchParams(hash.split('?')[1] ?? '').get('s') ?? '';
  const json = JSON.parse(lzString.decompressFromEncodedURIComponent(packed) || '{}') as {
    view?: Record<string, unknown>;
  };
  return json.view ?? {};
}

/** The layout's main boxes: leaving presentation mode must put each back where it was. */
const layout = (page: Page) =>
  page.evaluate(() =>
    ['.header', '.toolbar', '.stage', '.caption', '.player', '.lab > .side'].map((sel) => {
      const r = document.querySelector(sel)?.getBoundingClientRect();
      return r
        ? [sel, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)]
        : [sel];
    }),
  );

for (const lab of ['dht', 'byzantine', 'paxos'] as const) {
  test(`${lab}: presentation mode at 1920×1080 shows big text and leaves the layout as it was`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`./#/${lab}`);
    await expect(status(page)).toBeVisible(); // the first page renders in a transition
    for (let i = 0; i < 2; i++) await page.keyboard.press('PageDown');
    await expect(status(page)).toHaveText(/^Step 2 of/);
    if (lab === 'dht') await page.getByRole('textbox', { name: 'Node id' }).fill('17');
    await page.locator('[data-stage]').focus();
    await stageSettled(page);
    const before = await layout(page);

    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await expect(page.locator('.app')).toHaveClass(/presenting/);
    // what stays: the stage, the caption, a slim player and the one essential panel
    await expect(page.locator('.header')).toBeHidden();
    await expect(page.getByRole('toolbar')).toBeHidden();
    await expect(page.locator('[data-stage]')).toBeVisible();
    await expect(page.locator('.caption')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Step forward' })).toBeVisible();
    const essential = page.getByRole('complementary', { name: /essentials/ });
    await expect(
      essential.getByRole('table', {
        name: lab === 'dht' ? 'Finger table' : lab === 'paxos' ? 'Chosen' : 'Decisions',
      }),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'Narration' })).toBeHidden();
    // the stage pictures are laid out again for the bigger stage a render later
    await stageSettled(page);

    const sizes = await textSizes(page);
    const caption = sizes.filter((t) => t.caption);
    expect(caption.length).toBeGreaterThan(0);
    for (const t of caption) expect(t.size, `caption "${t.text}"`).toBeGreaterThanOrEqual(32);
    const small = sizes.filter((t) => !t.caption && t.size < 20);
    expect(small, 'text under 20 px in presentation mode').toEqual([]);
    expect(sizes.length).toBeGreaterThan(20);
    if (lab === 'byzantine') {
      // the A/R letters of the Decisions table are what the back row must read
      const letters = await essential
        .locator('.byz-decisions td.mono')
        .evaluateAll((tds) => tds.map((td) => parseFloat(getComputedStyle(td).fontSize)));
      expect(letters.length).toBeGreaterThan(0);
      for (const px of letters) expect(px).toBeGreaterThanOrEqual(28);
    }

    // the player keys still work; the link records the mode
    await page.keyboard.press('PageDown');
    await expect(status(page)).toHaveText(/^Step 3 of/);
    await expect.poll(async () => (await viewOf(page)).present).toBe(true);
    await page.screenshot({ path: `e2e/screenshots/${lab}-presentation-1920.png` });

    await page.keyboard.press('PageUp');
    await expect(status(page)).toHaveText(/^Step 2 of/);
    await page.keyboard.press('Escape');
    await expect(page.locator('.app')).not.toHaveClass(/presenting/);
    await expect(page.locator('.header')).toBeVisible();
    // leaving full screen resizes the window a beat later: wait for the layout to come back
    await expect.poll(() => layout(page)).toEqual(before);
    if (lab === 'dht')
      await expect(page.getByRole('textbox', { name: 'Node id' })).toHaveValue('17');
    await expect.poll(async () => (await viewOf(page)).present).toBeUndefined();

    // F toggles it too
    await page.keyboard.press('f');
    await expect(page.locator('.app')).toHaveClass(/presenting/);
    await page.getByRole('button', { name: 'Exit presentation' }).click();
    await expect(page.locator('.app')).not.toHaveClass(/presenting/);
    await expect.poll(() => layout(page)).toEqual(before);
  });
}

test('a link made in presentation mode opens in presentation mode', async ({ page, context }) => {
  await page.goto('./#/byzantine');
  await expect(status(page)).toBeVisible(); // the first page renders in a transition
  await page.keyboard.press('f');
  await expect(page.locator('.app')).toHaveClass(/presenting/);
  await expect.poll(async () => (await viewOf(page)).present).toBe(true);
  const url = page.url();
  const other = await context.browser()!.newContext();
  const fresh = await other.newPage();
  await fresh.goto(url);
  await expect(fresh.locator('.app')).toHaveClass(/presenting/);
  await expect(fresh.getByRole('table', { name: 'Decisions' })).toBeVisible();
  await other.close();
});

/** Header controls that stick out of the window (cut off, out of reach of a click). */
const cutOff = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.header a, .header button, .header select')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth)
      .map((el) => el.textContent),
  );

for (const lab of ['dht', 'byzantine', 'paxos'] as const) {
  test(`${lab}: no text under 14 px at 1280×720; the header fits at 1280 and 1920`, async ({
    page,
  }) => {
    await page.goto(`./#/${lab}`);
    await expect(status(page)).toBeVisible(); // the first page renders in a transition
    for (const steps of [0, 3]) {
      for (let i = 0; i < steps; i++) await page.keyboard.press('PageDown');
      await expect(status(page)).toHaveText(new RegExp(`^Step ${steps} of`));
      const small = (await textSizes(page)).filter((t) => t.size < 14);
      expect(small, `after ${steps} steps`).toEqual([]);
    }
    expect(await cutOff(page), '1280×720').toEqual([]);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible();
    expect(await cutOff(page), '1920×1080').toEqual([]);
  });
}

test('Predict in presentation mode: the question and its answer are as big as the rest', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./#/byzantine');
  await expect(status(page)).toBeVisible(); // the first page renders in a transition
  await page.getByRole('button', { name: 'Predict' }).click();
  await page.keyboard.press('f');
  await expect(page.locator('.app')).toHaveClass(/presenting/);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  const question = page.getByRole('region', { name: 'Question' });
  await expect(question).toContainText('How many messages will round 1 send?');
  await stageSettled(page);
  const small = async () => (await textSizes(page)).filter((t) => !t.caption && t.size < 20);
  expect(await small(), 'a question on the projector').toEqual([]);
  await question.getByRole('button', { name: '6', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Answer' })).toContainText('Right: 6.');
  expect(await small(), 'an answer on the projector').toEqual([]);
});
