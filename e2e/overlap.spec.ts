import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { describe, layoutAtRest, overlaps, stageBoxes, sweepOverlaps, type Box } from './overlap';
import { clippedTexts, faintTexts } from './contrast';
import { describeMarks, markHits } from './shapesOnText';
import { stageSettled } from './support/settled';

/**
 * Every picture says one thing: no two texts on a stage overlap (labels, tokens, the legend,
 * panels and notices), and no shape sits on a text (a dot, a diamond, a ring, an arrow: see
 * markHits), in the states a lecture goes through, at 1280×720 and 1920×1080, light and dark.
 */

const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });
const scrubber = (page: Page) => page.getByRole('slider', { name: 'Scrubber' });

/** A laptop and a projector: every state is checked at both sizes. */
const SIZES = [
  [1280, 720],
  [1920, 1080],
] as const;
type Theme = 'light' | 'dark';

test.beforeEach(async ({ page }) => {
  // the picture at rest: tokens and flying keys where they land
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
});

/** The picture at rest: laid out for its box (layoutAtRest), animations at their end. */
async function settle(page: Page) {
  await page.evaluate(layoutAtRest, ['section.stage', 3] as const);
  await stageSettled(page);
  await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
}

/** Switches the system theme in place (the app follows it) and waits until the page shows it. */
async function setTheme(page: Page, theme: Theme) {
  // the app sets data-theme in the effect after the one that starts following the system
  // theme: once it is there, a switch is not missed
  await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
  await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await settle(page);
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

/** Checks the state on screen; returns the stage's texts it read. */
async function expectClear(page: Page, what: string): Promise<Box[]> {
  // one round trip for the four readings; soft: one run lists every state with a hit
  const [boxes, marks, faint, clipped] = await Promise.all([
    stageBoxes(page),
    markHits(page),
    faintTexts(page),
    clippedTexts(page),
  ]);
  const found = overlaps(boxes);
  expect.soft(found, `${what}:\n${describe(found)}`).toEqual([]);
  expect.soft(marks, `${what}:\n${describeMarks(marks)}`).toEqual([]);
  // and every word on a badge can be read against it, and none is cut off by its panel
  expect.soft(faint, what).toEqual([]);
  expect.soft(clipped, what).toEqual([]);
  return boxes;
}

/**
 * The state on screen checked in both themes, switched in place. A theme changes colours, not
 * places: asserted here (the same texts at the same spots), which is what lets the Byzantine
 * sweeps below see each size in one theme only. Starts with the theme already shown and leaves
 * the other one on, so consecutive states switch once each.
 */
async function expectClearBothThemes(page: Page, what: string) {
  const now = (await page.locator('html').getAttribute('data-theme')) === 'dark' ? 'dark' : 'light';
  const seen: string[][] = [];
  for (const theme of now === 'light'
    ? (['light', 'dark'] as const)
    : (['dark', 'light'] as const)) {
    if (theme !== now) await setTheme(page, theme);
    const boxes = await expectClear(page, `${what} (${theme})`);
    seen.push(
      boxes.map(
        (b) =>
          `${b.text} ${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.w)}×${Math.round(b.h)}`,
      ),
    );
  }
  expect.soft(seen[1], `${what}: the texts move with the theme`).toEqual(seen[0]);
}

async function loadLesson(page: Page, id: string) {
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption(id);
  await expect(status(page)).toHaveText(/^Step 0 of /);
}

for (const [w, h] of SIZES) {
  test.describe(`at ${w}×${h}, light and dark`, () => {
    test.use({ viewport: { width: w, height: h } });

    test('DHT: the default ring, mid-lookup, after a join and after a leave', async ({ page }) => {
      await page.goto('./#/dht');
      await expect(status(page)).toHaveText(/^Step 0 of /);
      await expectClearBothThemes(page, 'default');
      await goTo(page, 3);
      await expectClearBothThemes(page, 'mid-lookup');
      await page.getByRole('textbox', { name: 'Node id' }).fill('26');
      await page.getByRole('button', { name: 'Add node', exact: true }).click();
      await goTo(page, await lastStep(page));
      await expectClearBothThemes(page, 'after join');
      await page.getByRole('button', { name: 'Node 42', exact: true }).click();
      await page.getByRole('button', { name: 'Leave', exact: true }).click();
      await goTo(page, await lastStep(page));
      await expectClearBothThemes(page, 'after leave');
    });

    for (const n of [64, 1000]) {
      test(`DHT: a random ring of ${n} nodes at default zoom`, async ({ page }) => {
        await page.goto('./#/dht');
        await page.getByRole('spinbutton', { name: 'Random ring size' }).fill(String(n));
        await page.getByRole('button', { name: 'Random ring' }).click();
        await expect(
          page.getByRole('group', { name: new RegExp(`^Chord ring: ${n} nodes`) }),
        ).toBeVisible();
        await expectClearBothThemes(page, `random ring of ${n}`);
      });
    }
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

// the DHT has most lessons: two tests (every other lesson of the menu), so each stays short on a
// busy machine and the two workers share them
for (const [lab, title, parts] of [
  ['dht', 'DHT ring', 2],
  ['byzantine', 'Byzantine generals', 1],
  ['paxos', 'Paxos', 1],
] as const) {
  for (const [w, h] of SIZES) {
    for (let part = 0; part < parts; part++) {
      test.describe(`at ${w}×${h}`, () => {
        test.use({ viewport: { width: w, height: h } });
        const which = parts > 1 ? ` (part ${part + 1} of ${parts})` : '';
        test(`every ${lab} lesson at its first, middle and last step, light and dark${which}`, async ({
          page,
        }) => {
          await page.goto(`./#/${lab}`);
          const all = await lessonsOf(page, title);
          expect(all.length).toBeGreaterThan(2);
          for (const id of all.filter((_, i) => i % parts === part)) {
            await loadLesson(page, id);
            const max = await lastStep(page);
            for (const k of [0, Math.floor(max / 2), max]) {
              await goTo(page, k);
              await expectClearBothThemes(page, `${id} at step ${k}`);
            }
          }
        });
      });
    }
  }
}

/**
 * The Byzantine sweeps (every step, ~160 pictures at 13 generals) run once per size: at 1280×720
 * in the light theme, at 1920×1080 in the dark one. A theme changes colours, not places (the
 * lesson and DHT checks above see both themes at both sizes), so each layout and each theme's
 * paint is swept once without doubling the longest tests.
 */
const SWEEPS = [
  [1280, 720, 'light'],
  [1920, 1080, 'dark'],
] as const;

for (const [w, h, theme] of SWEEPS)
  for (const n of [4, 7, 13]) {
    // 13 generals step through ~160 pictures per mode: one test per mode, so each stays well
    // inside its time on a busy 2-core machine
    const runs = n === 13 ? [['message'], ['round']] : [['message', 'round']];
    for (const diagram of [false, true])
      for (const modes of runs) {
        test(`Byzantine: ${n} generals, every step by ${modes.join(' and by ')}${diagram ? ', the space-time diagram on' : ''} (${w}×${h}, ${theme})`, async ({
          page,
        }) => {
          // a limit against hangs, not a speed target: 13 generals by message at 1920 (software
          // rendering of each step) took 72 s at load 20
          if (n === 13) test.setTimeout(360_000);
          await page.setViewportSize({ width: w, height: h });
          await page.goto('./#/byzantine');
          await setTheme(page, theme);
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
          for (const by of modes) {
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
            expect
              .soft(
                bad
                  .map(
                    (b) =>
                      `n=${n} by ${by} (${w}, ${theme}) at step ${b.step}:\n${describe(b.found)}\n${describeMarks(b.marks)}`,
                  )
                  .join('\n'),
              )
              .toBe('');
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
