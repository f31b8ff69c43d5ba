import { expect, test, type Page } from '@playwright/test';

// The Byzantine ring's legend has an entry for every mark drawn at the step shown (the grey
// lines of the round so far, tokens, lies, the general deciding, counted arrows).

const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });

async function goTo(page: Page, k: number) {
  await page.getByRole('slider', { name: 'Scrubber' }).fill(String(k));
  await expect(status(page)).toHaveText(new RegExp(`^Step ${k} of `));
}

/** The marks drawn on the ring now and the legend's entries. */
function ringMarks(page: Page) {
  return page.evaluate(() => {
    const ring = document.querySelector('svg[aria-label="Generals"]');
    const drawn = new Set(
      [...(ring?.querySelectorAll('[data-mark]') ?? [])].map((e) => e.getAttribute('data-mark')),
    );
    const legend = [...document.querySelectorAll('.byz-legend [data-mark]')].map((e) =>
      e.getAttribute('data-mark'),
    );
    return { drawn: [...drawn].sort(), legend };
  });
}

test('Byzantine: the legend has an entry for every mark on the ring', async ({ page }) => {
  await page.goto('./#/byzantine');
  const seen = new Set<string | null>();
  const check = async (what: string) => {
    const { drawn, legend } = await ringMarks(page);
    for (const d of drawn) seen.add(d);
    expect(
      drawn.filter((d) => !legend.includes(d)),
      `${what}: marks with no legend entry`,
    ).toEqual([]);
  };
  const lesson = async (id: string) => {
    await page.getByRole('combobox', { name: 'Lesson' }).selectOption(id);
    await expect(status(page)).toHaveText(/^Step 0 of /);
  };
  // a traitor commander: tokens, the round so far, each lieutenant deciding
  await lesson('byz-commander');
  for (let k = 1; k <= 13; k++) {
    await goTo(page, k);
    await check(`byz-commander step ${k}`);
  }
  // a lying lieutenant among seven
  await lesson('byz-two-traitors');
  await goTo(page, 81);
  await check('byz-two-traitors step 81');
  // a whole round of seven generals at once: counted arrows
  await page.getByRole('group', { name: 'Step by' }).getByRole('button', { name: 'round' }).click();
  await expect(
    page.getByRole('group', { name: 'Step by' }).getByRole('button', { name: 'round' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(status(page)).not.toHaveText(/ of 161/);
  await goTo(page, 2);
  await check('byz-two-traitors round 1');
  expect([...seen].sort()).toEqual(['deciding', 'lie', 'pairs', 'token', 'trail']);
});
