import { expect, test, type Page } from '@playwright/test';
import { PAXOS_MARKS } from '../src/views/paxos/marks';

// The space-time diagrams: every mark drawn has a legend entry, and no line runs across the
// legend's words.

const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });

async function goTo(page: Page, k: number) {
  await page.getByRole('slider', { name: 'Scrubber' }).fill(String(k));
  await expect(status(page)).toHaveText(new RegExp(`^Step ${k} of `));
}

/**
 * The Paxos marks drawn now, by the legend's names (the diagram's lines by their classes, the
 * stage's wordless marks by data-mark; a mark of no known kind is named by its classes, so it
 * fails as unexplained), and the legend's entries.
 */
function paxosMarks(page: Page) {
  return page.locator('svg.px-spacetime').evaluate((svg) => {
    const drawn = new Set<string>();
    for (const el of svg.querySelectorAll(':scope > .px-st-msg')) {
      const c = el.classList;
      const type = ['prepare', 'promise', 'accept', 'accepted'].find((t) => c.contains(t));
      if (c.contains('flight')) drawn.add('in flight');
      else if (c.contains('gone')) drawn.add('lost');
      else if (c.contains('lie')) drawn.add('lie');
      else drawn.add(type ?? `unknown: ${el.getAttribute('class')}`);
    }
    if (svg.querySelector(':scope > .px-st-crash')) drawn.add('crashed');
    if (svg.querySelector(':scope > .px-st-chosen')) drawn.add('chosen');
    for (const el of document.querySelectorAll('svg.px-topology [data-mark]'))
      drawn.add(el.getAttribute('data-mark') ?? '');
    // a token with no words must say what it is in the legend
    for (const el of document.querySelectorAll('svg.px-topology .px-token'))
      if (!el.querySelector('text') && !el.querySelector('[data-mark]'))
        drawn.add(`unknown: ${el.getAttribute('class')}`);
    const legend = [...svg.querySelectorAll('.px-st-legend [data-mark]')].map(
      (e) => e.getAttribute('data-mark') ?? '',
    );
    // the legend's words, and every vertical line (cursor, chosen) that could cross them
    const words = [...svg.querySelectorAll('.px-st-legend text')].map((t) =>
      t.getBoundingClientRect(),
    );
    const crossing = [...svg.querySelectorAll('.px-st-cursor, .px-st-chosen line')]
      .map((l) => l.getBoundingClientRect())
      .filter((l) =>
        words.some(
          (w) => l.right > w.left && l.left < w.right && l.bottom > w.top && l.top < w.bottom,
        ),
      ).length;
    return { drawn: [...drawn].sort(), legend, crossing };
  });
}

test('Paxos: the space-time legend names every mark drawn, and no line crosses it', async ({
  page,
}) => {
  await page.goto('./#/paxos');
  const seen = new Set<string>();
  // lost messages, a crash and a chosen value; a liar; two values chosen
  for (const [lesson, steps] of [
    ['paxos-crashes', [14, 28]],
    ['paxos-liar', [16, 32]],
    ['paxos-forget', [22]],
  ] as const) {
    await page.getByRole('combobox', { name: 'Lesson' }).selectOption(lesson);
    await expect(status(page)).toHaveText(/^Step 0 of /);
    for (const k of steps) {
      await goTo(page, k);
      const { drawn, legend, crossing } = await paxosMarks(page);
      for (const d of drawn) seen.add(d);
      expect(
        drawn.filter((d) => !legend.includes(d)),
        `${lesson} step ${k}: marks with no legend entry`,
      ).toEqual([]);
      expect(crossing, `${lesson} step ${k}: lines across the legend`).toBe(0);
      expect(legend, 'the legend lists every mark, in order').toEqual([...PAXOS_MARKS]);
    }
  }
  // the lessons above do draw every kind of mark
  expect([...seen].sort()).toEqual([...PAXOS_MARKS].sort());
});
