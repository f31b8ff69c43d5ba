import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { legendProblems, marksAndLegend } from './legendMarks';

// The Byzantine ring's legend has an entry for every mark drawn at the step shown (the grey
// lines of the round so far, tokens, lies, the general deciding, counted arrows), and so has
// the space-time diagram's, each entry's swatch painted as its mark is.

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

/** Every mark the ring and the space-time diagram can draw: the sweep below meets them all. */
const RING_MARKS = ['deciding', 'lie', 'pairs', 'token', 'trail', 'withheld'];
const DIAGRAM_MARKS = [
  'attack',
  'current',
  'cursor',
  'decision',
  'expanded',
  'future',
  'late',
  'lie',
  'mix',
  'pairs',
  'retreat',
  'timeout',
  'traitor',
  'withheld',
];

/** The states swept: each scenario (all different in generals and rounds) by message, by round. */
const byz = (generals: number, m: number, over: object) => ({
  kind: 'byzantine',
  version: 1,
  generals,
  m,
  ...over,
});
const STATES = [
  // a lying lieutenant (the lab's default), OM(1)
  { s: byz(4, 1, { traitors: { 3: 'opposite' } }), rounds: 2, by: ['message', 'round'] },
  // a traitor commander splitting its order
  { s: byz(5, 1, { traitors: { 0: 'split' } }), rounds: 2, by: ['message', 'round'] },
  // SM(2) with a silent lieutenant: withheld messages
  {
    s: byz(7, 2, { algorithm: 'SM', traitors: { 0: 'split', 4: 'silent' } }),
    rounds: 3,
    by: ['message', 'round'],
  },
  // OM(3) among seven: rounds too big to draw message by message (counted, widened)
  { s: byz(7, 3, { traitors: { 2: 'opposite' } }), rounds: 4, by: ['round'] },
  // not synchronous, two orders late
  {
    s: byz(4, 2, {
      traitors: { 3: 'opposite' },
      assumptions: { spoofing: false, synchronous: false },
      delays: [
        { from: 0, to: 1, round: 0, by: 1 },
        { from: 1, to: 2, round: 1, by: 1 },
      ],
    }),
    rounds: 3,
    by: ['message'],
  },
];

test('Byzantine: the ring and the space-time diagram have a legend entry, drawn alike, for every mark', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const seenRing = new Set<string>();
  const seenDiagram = new Set<string>();
  for (const { s, rounds, by } of STATES) {
    for (const stepBy of by) {
      const view = { diagram: true, stepBy };
      await page.goto('about:blank');
      await page.goto(
        `./#/byzantine?s=${LZString.compressToEncodedURIComponent(JSON.stringify({ ...s, view }))}`,
      );
      // only this scenario has this many generals and rounds (the page may show the autosaved
      // one first)
      const diagram = page.getByRole('group', {
        name: `Space-time diagram: ${s.generals} generals, ${rounds} rounds`,
      });
      await expect(diagram).toBeVisible();
      await expect(
        page.getByRole('group', { name: 'Step by' }).getByRole('button', { name: stepBy }),
      ).toHaveAttribute('aria-pressed', 'true');
      const last = Number(await page.getByRole('slider', { name: 'Scrubber' }).getAttribute('max'));
      for (let k = 0; k <= last; k++) {
        await goTo(page, k);
        const what = `${s.generals} generals, m = ${s.m}, by ${stepBy}, step ${k}`;
        const ring = await ringMarks(page);
        for (const d of ring.drawn) seenRing.add(d ?? '');
        expect(
          ring.drawn.filter((d) => !ring.legend.includes(d)),
          `${what}: ring marks with no legend entry`,
        ).toEqual([]);
        const { drawn, entries } = await marksAndLegend(
          page,
          'svg.byz-spacetime',
          '.st-legend',
          '.st-swatch',
        );
        for (const d of drawn) seenDiagram.add(d.mark);
        expect(legendProblems(drawn, entries), `${what}: diagram`).toEqual([]);
      }
    }
  }
  // the sweep met every mark: a new one, or one that lost its entry, fails above or here
  expect([...seenRing].sort()).toEqual(RING_MARKS);
  expect([...seenDiagram].sort()).toEqual(DIAGRAM_MARKS);
});
