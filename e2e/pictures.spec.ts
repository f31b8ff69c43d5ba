import { expect, test, type Locator, type Page } from '@playwright/test';
import { describe, stageOverlaps } from './overlap';
import { faintTexts } from './contrast';
import { MARKS } from '../src/views/dht/marks';

/** #9: every picture says one thing. Small checks of what a student would misread. */

const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });

const pageErrors: string[] = [];
test.beforeEach(async ({ page }) => {
  pageErrors.length = 0;
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

const box = async (l: Locator) => (await l.boundingBox())!;
const apart = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

test('a lesson hint heads the side panel and covers nothing of the stage', async ({ page }) => {
  await page.goto('./#/dht');
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption('dht-successor');
  const notice = page.locator('.notices .notice');
  await expect(notice).toContainText('The query walks the circle');
  expect(apart(await box(notice), await box(page.getByRole('region', { name: 'DHT ring' })))).toBe(
    true,
  );
  // it can be dismissed at once
  await page.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(notice).toHaveCount(0);
});

test('failures plot: the y-axis title stands clear of the tick labels', async ({ page }) => {
  await page.goto('./#/dht');
  await page.getByRole('button', { name: 'Statistics' }).click();
  const stats = page.getByRole('region', { name: 'Statistics' });
  await stats.getByRole('button', { name: 'Failures' }).click();
  await expect(stats.getByRole('img', { name: /Failed lookups/ })).toBeVisible({ timeout: 30_000 });
  const found = await stageOverlaps(page, 'figure[aria-label="Failures plot"]');
  expect(found, describe(found)).toEqual([]);
});

test('the "Three generals" explainer closes when the scenario changes', async ({ page }) => {
  await page.goto('./#/byzantine');
  await page.getByRole('button', { name: 'Three generals, one traitor' }).click();
  const explainer = page.getByRole('region', { name: 'Three generals, one traitor' });
  await expect(explainer).toBeVisible();
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption('byz-two-traitors');
  await expect(page.getByRole('button', { name: 'General 6', exact: true })).toBeVisible();
  await expect(explainer).toHaveCount(0);
  await page.getByRole('button', { name: 'Three generals, one traitor' }).click();
  await expect(explainer).toBeVisible();
  const generals = page.getByRole('spinbutton', { name: 'Generals' });
  await generals.fill('5');
  await generals.press('Enter');
  await expect(explainer).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'General 4', exact: true })).toBeVisible();
});

test('13 generals, m = 4: "message" says why it steps by round', async ({ page }) => {
  await page.goto('./#/byzantine');
  const generals = page.getByRole('spinbutton', { name: 'Generals' });
  await generals.fill('13');
  await generals.press('Enter');
  const m = page.getByRole('spinbutton', { name: 'Rounds (m)' });
  await m.fill('4');
  await m.press('Enter');
  await expect(status(page)).toHaveText(/^Step 0 of /, { timeout: 30_000 });
  const stepBy = page.getByRole('group', { name: 'Step by' });
  await expect(stepBy.getByRole('button', { name: 'round' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await stepBy.getByRole('button', { name: 'message' }).click();
  await expect(page.locator('.notices')).toContainText(
    'sends 108,384 messages: too many to step one by one',
  );
  await expect(stepBy.getByRole('button', { name: 'round' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

/** The mark classes drawn on the ring and the legend's entries, as sorted lists. */
async function marks(page: Page) {
  return page.evaluate(() => {
    const drawn = new Set(
      [...document.querySelectorAll('svg.ring-svg [data-mark]')].map((e) =>
        e.getAttribute('data-mark'),
      ),
    );
    const legend = [...document.querySelectorAll('.ring-legend [data-mark]')].map((e) => [
      e.getAttribute('data-mark'),
      (e.textContent ?? '').trim(),
    ]);
    // the colours each mark is painted in, on the stage and in its legend swatch (text aside)
    const colours = (els: Element[]) => {
      const out = new Set<string>();
      for (const root of els)
        for (const el of [root, ...root.querySelectorAll('*')]) {
          if (el.tagName === 'text' || el.matches('.hit, .leader, [data-mark] [data-mark]'))
            continue;
          const cs = getComputedStyle(el);
          for (const c of [cs.stroke, cs.fill])
            if (c && c !== 'none' && !/rgba\(.*, 0\)$/.test(c) && c !== 'transparent') out.add(c);
        }
      return out;
    };
    const clash: string[] = [];
    for (const [m] of legend) {
      const stage = colours([...document.querySelectorAll(`svg.ring-svg [data-mark="${m}"]`)]);
      const swatch = colours([...document.querySelectorAll(`.ring-legend [data-mark="${m}"] svg`)]);
      if (stage.size > 0 && ![...swatch].some((c) => stage.has(c)))
        clash.push(`${m}: stage ${[...stage].join(' ')} / legend ${[...swatch].join(' ')}`);
    }
    return { drawn: [...drawn].sort(), legend, clash };
  });
}

const scrubTo = async (page: Page, k: number | 'end') => {
  const scrub = page.getByRole('slider', { name: 'Scrubber' });
  const at = k === 'end' ? Number(await scrub.getAttribute('max')) : k;
  await scrub.fill(String(at));
  await expect(status(page)).toHaveText(new RegExp(`^Step ${at} of `));
  await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
};

test('the legend has an entry for every mark class drawn, and no other', async ({ page }) => {
  await page.goto('./#/dht');
  const seen = new Set<string>();
  const check = async (what: string) => {
    await expect
      .poll(async () => {
        const m = await marks(page);
        return JSON.stringify(m.drawn) === JSON.stringify(m.legend.map(([k]) => k).sort());
      }, what)
      .toBe(true);
    const m = await marks(page);
    // a swatch is painted in a colour its mark is drawn in (a green ring is not explained orange)
    expect(m.clash, what).toEqual([]);
    for (const [k, text] of m.legend) {
      expect(text, `${what}: legend text for ${k}`).not.toBe('');
      seen.add(k!);
    }
  };
  await check('default');
  for (const [lesson, steps] of [
    ['dht-finger', [2, 'end']],
    ['dht-successor', [3]],
    ['dht-skip', [2]],
    ['dht-full', [1]],
    ['dht-join', [2, 'end']],
    ['dht-leave', [1, 'end']],
    ['dht-crash', [1, 3, 7, 'end']],
    ['dht-stabilize', [4, 12]],
    ['dht-replicas', [1, 'end']],
    ['dht-put-get', [1, 'end']],
  ] as const) {
    await page.getByRole('combobox', { name: 'Lesson' }).selectOption(lesson);
    await expect(status(page)).toHaveText(/^Step 0 of /);
    for (const k of steps) {
      await scrubTo(page, k);
      await check(`${lesson} at ${k}`);
    }
  }
  // the lessons between them draw the marks a student must tell apart
  for (const k of [
    'stale',
    'hop',
    'hop-now',
    'query',
    'target',
    'owner',
    'key-tie',
    'handover',
    'stabilizing',
    'changed',
  ])
    expect([...seen], k).toContain(k);
  for (const k of ['crashed', 'left', 'replica', 'successor', 'skip', 'full', 'finger'])
    expect([...seen], k).toContain(k);
});

test('leave and crash look different: an arrow on and "left", or ✕ and struck out', async ({
  page,
}) => {
  await page.goto('./#/dht');
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption('dht-leave');
  await scrubTo(page, 'end');
  const left = page.locator('svg.ring-svg .node.gone.left');
  await expect(left).toHaveCount(1);
  await expect(left.locator('.left-arrow')).toHaveCount(1);
  await expect(left.locator('.x')).toHaveCount(0);
  await expect(left.locator('text')).toHaveText('N42 left');
  // the handed-over key is drawn once: at its id, tied to its new owner
  await expect(page.locator('svg.ring-svg .keys text', { hasText: /^banana$/ })).toHaveCount(1);
  // the key that flew over has landed: it is not drawn a second time at N48
  const flying = page.locator('svg.ring-svg .flying-key');
  await expect(flying).toHaveCount(1);
  await expect(flying).toHaveAttribute('opacity', '0');
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption('dht-crash');
  await scrubTo(page, 1);
  const crashed = page.locator('svg.ring-svg .node.gone.crashed');
  await expect(crashed).toHaveCount(1);
  await expect(crashed.locator('.x')).toHaveCount(1);
  await expect(crashed.locator('text')).toHaveText('N42');
});

test('the crash lesson draws the finger its lookup repairs as "pointer changed"', async ({
  page,
}) => {
  await page.goto('./#/dht');
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption('dht-crash');
  await expect(status(page)).toHaveText(/^Step 0 of /);
  const changed = page.locator('svg.ring-svg [data-mark="changed"]');
  const legend = page.getByRole('list', { name: 'Legend' });
  await scrubTo(page, 6);
  await expect(page.locator('.caption')).toContainText('closest preceding finger is finger[4]');
  await expect(changed).toHaveCount(0);
  await scrubTo(page, 7);
  await expect(page.locator('.caption')).toContainText('Repair: finger[5] now points to N48');
  // the new pointer N8 → N48 in the legend's "pointer changed" mark, not as a plain finger
  await expect(changed).toHaveCount(1);
  await expect(changed).toHaveAttribute('data-pointer', '8.finger[5]→48');
  await expect(legend).toContainText('pointer changed');
  await scrubTo(page, 8);
  await expect(changed).toHaveCount(0);
});

test('each routing shows only what it uses', async ({ page }) => {
  await page.goto('./#/dht');
  const ring = page.locator('svg.ring-svg');
  const panel = page.getByRole('region', { name: 'Node 8 details' });
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption('dht-successor');
  await expect(page.getByRole('combobox', { name: 'Routing' })).toHaveValue('successor');
  await expect(ring.locator('[data-mark="finger"]')).toHaveCount(0);
  await expect(ring.locator('[data-mark="successor"]')).toHaveCount(1);
  await expect(panel.getByRole('table', { name: 'Finger table' })).toHaveCount(0);
  await expect(panel.getByRole('table', { name: 'Routing pointers' })).toContainText('N14');
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption('dht-skip');
  await expect(ring.locator('[data-mark="skip"]')).toHaveCount(1);
  await expect(panel.getByRole('table', { name: 'Routing pointers' })).toContainText(
    '4 nodes ahead',
  );
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption('dht-full');
  await expect(ring.locator('[data-mark="finger"], [data-mark="successor"]')).toHaveCount(0);
  await expect(panel).toContainText('knows all 10 live nodes');
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption('dht-finger');
  // N8's fingers name N14 (three times), N21, N32, N42: one arrow each
  await expect(ring.locator('[data-mark="finger"]')).toHaveCount(4);
  await expect(panel.getByRole('table', { name: 'Finger table' })).toBeVisible();
});

test('replication: copies are drawn on the ring and listed in the node panel', async ({ page }) => {
  await page.goto('./#/dht');
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption('dht-replicas');
  await expect(page.locator('svg.ring-svg [data-mark="replica"]').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Node 51 details' })).toContainText(
    'banana (of N42)',
  );
  // the get (the step before the final check) is answered by the last copy
  const max = Number(await page.getByRole('slider', { name: 'Scrubber' }).getAttribute('max'));
  await scrubTo(page, max - 1);
  await expect(page.locator('.caption')).toContainText('yellow');
});

test('stabilize runs beside its pseudo-code; each click numbers its round on', async ({ page }) => {
  await page.goto('./#/dht');
  await page.getByRole('button', { name: 'Node 14', exact: true }).click();
  await page.getByRole('button', { name: 'Crash', exact: true }).click();
  const code = page.getByRole('region', { name: 'Pseudo-code' });
  for (const round of [1, 2, 3]) {
    await page.getByRole('button', { name: 'Stabilize', exact: true }).click();
    await expect(code.getByRole('heading')).toContainText(`Stabilize · round ${round}`);
    await expect(page.locator('.caption')).toContainText(`Round ${round}`);
    await expect(code).toContainText('n.check_predecessor():');
    await expect(code).toContainText('n.fix_fingers():');
  }
  // some node's step changes a pointer: its rule's line is the highlighted one
  const scrub = page.getByRole('slider', { name: 'Scrubber' });
  const max = Number(await scrub.getAttribute('max'));
  let highlighted = 0;
  for (let k = max; k > max - 12 && highlighted === 0; k--) {
    await scrubTo(page, k);
    highlighted = await code.locator('li.current').count();
  }
  expect(highlighted).toBeGreaterThan(0);
});

test('at 1280×720 the toolbars take at most two rows in every mode', async ({ page }) => {
  await page.goto('./#/dht');
  const rows = async () =>
    page.locator('[role="toolbar"]').evaluate((bar) => {
      const tops = new Set(
        [...bar.querySelectorAll('button, input, select')].map((e) => {
          const r = e.getBoundingClientRect();
          return Math.round((r.top + r.bottom) / 2 / 12);
        }),
      );
      return tops.size;
    });
  const select = page.getByRole('combobox', { name: 'Routing' });
  // the first page renders in a transition: wait for the options before reading them
  await expect(select.locator('option[value="skip"]')).toBeAttached();
  const routings = await select
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(routings).toContain('skip');
  for (const routing of routings) {
    await select.selectOption(routing);
    await expect(select).toHaveValue(routing);
    if (routing === 'skip')
      await expect(page.getByRole('spinbutton', { name: 'Skip distance k' })).toBeVisible();
    expect(await rows(), routing).toBeLessThanOrEqual(2);
  }
  await page.goto('./#/byzantine');
  await expect(page.getByRole('button', { name: 'General 1', exact: true })).toBeVisible();
  expect(await rows(), 'byzantine').toBeLessThanOrEqual(2);
});

test('with a general selected, the side panel scrolls to the Decisions table', async ({ page }) => {
  await page.goto('./#/byzantine');
  await page.getByRole('button', { name: 'General 2', exact: true }).click();
  const table = page.getByRole('table', { name: /Decisions/ });
  await table.scrollIntoViewIfNeeded();
  await expect(table).toBeInViewport();
});

test('stabilize re-replicates: copies travel to their new holders, drawn and listed', async ({
  page,
}) => {
  await page.goto('./#/dht');
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption('dht-replicas');
  await expect(status(page)).toHaveText(/^Step 0 of /);
  const scrub = page.getByRole('slider', { name: 'Scrubber' });
  const max = Number(await scrub.getAttribute('max'));
  // the first stabilize step whose replication sends copies on
  let k = 1;
  let caption = '';
  for (; k <= max; k++) {
    await scrubTo(page, k);
    caption = await page.locator('.caption').innerText();
    if (/replicate: .*sends \d+ new cop/.test(caption)) break;
  }
  expect(k, 'a step that sends copies').toBeLessThanOrEqual(max);
  const sent = Number(/sends (\d+) new cop/.exec(caption)![1]);
  const holders = /new cop\(ies\) to ([N\d, ]+)/.exec(caption)![1]!.split(', ');
  const ring = page.locator('svg.ring-svg');
  // one road per holder just inside the ring, and one hollow key flying per copy
  // (the roads are 'copy sent' in the legend: the 'replica copy' entry is a hollow diamond)
  await expect(ring.locator('.overlay path.copy[data-mark="copy-sent"]')).toHaveCount(
    holders.length,
  );
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText(MARKS['copy-sent']);
  await expect(ring.locator('.moving .flying-key.copy[data-mark="replica"]')).toHaveCount(sent);
  await expect(
    page
      .getByRole('region', { name: 'Pseudo-code' })
      .locator('li.current', { hasText: 'replicate' }),
  ).toHaveCount(1);
  // the copies are there afterwards: each holder lists a copy it did not list a step before
  const copiesOf = async (holder: string) => {
    await page.getByRole('button', { name: `Node ${holder.slice(1)}`, exact: true }).click();
    const panel = page.getByRole('region', { name: `Node ${holder.slice(1)} details` });
    return panel
      .locator('dt', { hasText: /^replicas$/ })
      .locator('xpath=following-sibling::dd[1]')
      .innerText();
  };
  const after = await copiesOf(holders[0]!);
  await scrubTo(page, k - 1);
  const before = await copiesOf(holders[0]!);
  const count = (t: string) => (t.match(/\(of N\d+\)/g) ?? []).length;
  expect(count(after)).toBeGreaterThan(count(before));
});

test("a traitor's lie is marked on its token in words that can be read, in both themes", async ({
  page,
}) => {
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.goto('./#/byzantine');
    await page.getByRole('combobox', { name: 'Lesson' }).selectOption('byz-two-traitors');
    await expect(status(page)).toHaveText(/^Step 0 of /);
    const lie = page.locator('.stage svg .token.lie');
    let k = 1;
    for (; (await lie.count()) === 0; k++) await scrubTo(page, k);
    await expect(lie.locator('.lie-mark text')).toHaveText('lie');
    expect(await faintTexts(page), `${theme}, step ${k - 1}`).toEqual([]);
  }
});
