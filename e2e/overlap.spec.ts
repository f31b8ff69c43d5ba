import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { describe, stageOverlaps, sweepOverlaps } from './overlap';
import { clippedTexts, faintTexts } from './contrast';
import { describeMarks, markHits } from './shapesOnText';

/**
 * Every picture says one thing: no two texts on a stage overlap (labels, tokens, the legend,
 * panels and notices), and no shape sits on a text (a dot, a diamond, a ring, an arrow: see
 * markHits), in the states a lecture goes through.
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
  const marks = await markHits(page);
  expect(marks, `${what}:\n${describeMarks(marks)}`).toEqual([]);
  // and every word on a badge can be read against it, and none is cut off by its panel
  expect(await faintTexts(page), what).toEqual([]);
  expect(await clippedTexts(page), what).toEqual([]);
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

/** The lessons of a lab, as the Lessons menu lists them (so a new lesson is checked too). */
async function lessonsOf(page: Page, title: string): Promise<string[]> {
  const options = page
    .getByRole('combobox', { name: 'Lesson' })
    .locator(`optgroup[label="${title}"] option`);
  await expect(options.first()).toBeAttached();
  return options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
}

for (const [lab, title] of [
  ['dht', 'DHT ring'],
  ['byzantine', 'Byzantine generals'],
  ['paxos', 'Paxos'],
] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`every ${lab} lesson at its first, middle and last step (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.goto(`./#/${lab}`);
      const ids = await lessonsOf(page, title);
      expect(ids.length).toBeGreaterThan(2);
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
}

for (const n of [4, 7, 13]) {
  for (const diagram of [false, true]) {
    test(`Byzantine: ${n} generals, every step by message and by round${diagram ? ', the space-time diagram on' : ''}`, async ({
      page,
    }) => {
      // 13 generals step through ~160 pictures; a busy 2-core machine needs the time
      test.setTimeout(180_000);
      await page.goto('./#/byzantine');
      const generals = page.getByRole('spinbutton', { name: 'Generals' });
      await generals.fill(String(n));
      await generals.press('Enter');
      await expect(
        page.getByRole('button', { name: `General ${n - 1}`, exact: true }),
      ).toBeVisible();
      if (diagram) {
        // the ring shares the stage with the diagram: less room for the same tokens
        await page.getByRole('button', { name: 'Space-time diagram' }).click();
        await expect(
          page.getByRole('group', { name: new RegExp(`^Space-time diagram: ${n} generals`) }),
        ).toBeVisible();
      }
      for (const by of ['message', 'round']) {
        await page
          .getByRole('group', { name: 'Step by' })
          .getByRole('button', { name: by, exact: true })
          .click();
        await expect(
          page
            .getByRole('group', { name: 'Step by' })
            .getByRole('button', { name: by, exact: true }),
        ).toHaveAttribute('aria-pressed', 'true');
        const bad = await sweepOverlaps(page);
        expect(
          bad
            .map(
              (b) =>
                `n=${n} by ${by} at step ${b.step}:\n${describe(b.found)}\n${describeMarks(b.marks)}`,
            )
            .join('\n'),
        ).toBe('');
      }
    });
  }
}

/** Texts of the picture `svg` that stick out of it (cut off at its edge). */
function clipped(page: Page, svg: string) {
  return page.locator(svg).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return [...el.querySelectorAll('text')]
      .map((t) => ({ text: (t.textContent ?? '').trim(), r: t.getBoundingClientRect() }))
      .filter(({ text, r }) => text && r.width > 0)
      .filter(
        ({ r }) =>
          r.left < box.left - 1 ||
          r.right > box.right + 1 ||
          r.top < box.top - 1 ||
          r.bottom > box.bottom + 1,
      )
      .map(({ text, r }) => `${text} at ${Math.round(r.left)},${Math.round(r.top)}`);
  });
}

for (const [w, h] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`Byzantine: OM(4), 13 generals, the space-time diagram beside the ring at ${w}×${h}`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: w, height: h });
    const s = {
      kind: 'byzantine',
      version: 1,
      generals: 13,
      m: 4,
      traitors: { '3': 'opposite', '7': 'split' },
      view: { diagram: true },
    };
    await page.goto(`./#/byzantine?s=${LZString.compressToEncodedURIComponent(JSON.stringify(s))}`);
    const diagram = page.getByRole('group', { name: /^Space-time diagram: 13 generals/ });
    await expect(diagram).toBeVisible({ timeout: 120_000 });
    await expect(status(page)).toHaveText(/^Step \d+ of 16/);
    // beside the ring, not under it
    const ring = await page.getByRole('group', { name: 'Generals', exact: true }).boundingBox();
    const st = await diagram.boundingBox();
    expect(st!.x).toBeGreaterThanOrEqual(ring!.x + ring!.width - 1);
    const bad = await sweepOverlaps(page);
    expect(
      bad.map((b) => `step ${b.step}:\n${describe(b.found)}\n${describeMarks(b.marks)}`).join('\n'),
    ).toBe('');
    for (const k of [0, 3, 16]) {
      await goTo(page, k);
      expect(await clipped(page, 'svg[aria-label="Generals"]'), `ring at step ${k}`).toEqual([]);
      expect(await clipped(page, 'svg[role="group"][aria-label^="Space-time"]')).toEqual([]);
      await expectClear(page, `13 generals with the diagram at step ${k}`);
    }
  });
}
