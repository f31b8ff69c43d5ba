import { expect, test, type Page } from '@playwright/test';
import { describe, stageOverlaps, sweepOverlaps } from './overlap';

/**
 * Every picture says one thing: no two texts on a stage overlap (labels, tokens, the legend,
 * panels and notices), in the states a lecture goes through.
 */

const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });
const scrubber = (page: Page) => page.getByRole('slider', { name: 'Scrubber' });

test.beforeEach(async ({ page }) => {
  // the picture at rest: tokens and flying keys where they land
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
});

async function settle(page: Page) {
  await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
}

/** Moves the player to step k (the scrubber) and waits until the picture shows it. */
async function goTo(page: Page, k: number) {
  await scrubber(page).fill(String(k));
  await expect(status(page)).toHaveText(new RegExp(`^Step ${k} of `));
  await settle(page);
}

async function lastStep(page: Page): Promise<number> {
  return Number(await scrubber(page).getAttribute('max'));
}

async function expectClear(page: Page, what: string) {
  const found = await stageOverlaps(page);
  expect(found, `${what}:\n${describe(found)}`).toEqual([]);
}

async function loadLesson(page: Page, id: string) {
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption(id);
  await expect(status(page)).toHaveText(/^Step 0 of /);
}

test('DHT: the default ring, mid-lookup, after a join and after a leave', async ({ page }) => {
  await page.goto('./#/dht');
  await expect(status(page)).toHaveText(/^Step 0 of /);
  await expectClear(page, 'default');
  await goTo(page, 3);
  await expectClear(page, 'mid-lookup');
  await page.getByRole('textbox', { name: 'Node id' }).fill('26');
  await page.getByRole('button', { name: 'Add node', exact: true }).click();
  await goTo(page, await lastStep(page));
  await expectClear(page, 'after join');
  await page.getByRole('button', { name: 'Node 42', exact: true }).click();
  await page.getByRole('button', { name: 'Leave', exact: true }).click();
  await goTo(page, await lastStep(page));
  await expectClear(page, 'after leave');
});

for (const n of [64, 1000]) {
  test(`DHT: a random ring of ${n} nodes at default zoom`, async ({ page }) => {
    await page.goto('./#/dht');
    await page.getByRole('spinbutton', { name: 'Random ring size' }).fill(String(n));
    await page.getByRole('button', { name: 'Random ring' }).click();
    await expect(
      page.getByRole('group', { name: new RegExp(`^Chord ring: ${n} nodes`) }),
    ).toBeVisible();
    await expectClear(page, `random ring of ${n}`);
  });
}

const LESSONS_DHT = [
  'dht-successor',
  'dht-skip',
  'dht-finger',
  'dht-full',
  'dht-put-get',
  'dht-join',
  'dht-leave',
  'dht-crash',
  'dht-stabilize',
  'dht-replicas',
  'dht-scale',
];
const LESSONS_BYZ = [
  'byz-lieutenant',
  'byz-commander',
  'byz-three',
  'byz-signed',
  'byz-two-traitors',
  'byz-too-many',
];

for (const [lab, ids] of [
  ['dht', LESSONS_DHT],
  ['byzantine', LESSONS_BYZ],
] as const) {
  test(`every ${lab} lesson at its first, middle and last step`, async ({ page }) => {
    await page.goto(`./#/${lab}`);
    for (const id of ids) {
      await loadLesson(page, id);
      const max = await lastStep(page);
      for (const k of [0, Math.floor(max / 2), max]) {
        await goTo(page, k);
        await expectClear(page, `${id} at step ${k}`);
      }
    }
  });
}

for (const n of [4, 7, 13]) {
  test(`Byzantine: ${n} generals, every step by message and by round`, async ({ page }) => {
    // 13 generals step through ~160 pictures; a busy 2-core machine needs the time
    test.setTimeout(180_000);
    await page.goto('./#/byzantine');
    const generals = page.getByRole('spinbutton', { name: 'Generals' });
    await generals.fill(String(n));
    await generals.press('Enter');
    await expect(page.getByRole('button', { name: `General ${n - 1}`, exact: true })).toBeVisible();
    for (const by of ['message', 'round']) {
      await page
        .getByRole('group', { name: 'Step by' })
        .getByRole('button', { name: by, exact: true })
        .click();
      await expect(
        page.getByRole('group', { name: 'Step by' }).getByRole('button', { name: by, exact: true }),
      ).toHaveAttribute('aria-pressed', 'true');
      const bad = await sweepOverlaps(page);
      expect(
        bad.map((b) => `n=${n} by ${by} at step ${b.step}:\n${describe(b.found)}`).join('\n'),
      ).toBe('');
    }
  });
}
