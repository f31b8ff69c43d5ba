import { expect, test, type Page } from '@playwright/test';

// At 1280×720 the pseudo-code and the side panel scroll: what the step is about stays in sight.

async function lessonAt(page: Page, title: string, k: number) {
  await page.goto('./#/dht');
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption({ label: title });
  const status = page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });
  await expect(status).toHaveText(/^Step 0 of /);
  await page.getByRole('slider', { name: 'Scrubber' }).fill(String(k));
  await expect(status).toHaveText(new RegExp(`^Step ${k} of `));
}

test.use({ viewport: { width: 1280, height: 720 } });

/** Whether every panel that scrolls above the element shows all of it. */
function unclipped(el: Element): boolean {
  const r = el.getBoundingClientRect();
  for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
    const s = getComputedStyle(box);
    if (s.overflowY === 'visible' && s.overflowX === 'visible') continue;
    const b = box.getBoundingClientRect();
    if (r.top < b.top - 0.5 || r.bottom > b.bottom + 0.5) return false;
  }
  return true;
}

test('the finger-table row a hop uses is in sight, not scrolled below the panel', async ({
  page,
}) => {
  // N8: 54 is not in (8, 14]; the closest preceding finger is finger[5] = N42
  await lessonAt(page, 'Finger tables: O(log N) hops (Chord Fig. 3b)', 2);
  const row = page.getByRole('table', { name: 'Finger table' }).locator('tr.highlight');
  await expect(row).toHaveCount(1);
  await expect(row.locator('td').first()).toHaveText('5');
  // read once, while the lesson's hint still takes the top of the side panel (it goes after a
  // few seconds and leaves room: a retrying check would pass without the scroll)
  expect(await row.evaluate(unclipped)).toBe(true);
});

test('the node panel keeps its heading in sight when it scrolls to the row, under the notice', async ({
  page,
}) => {
  // N8: the closest preceding finger is finger[5] = N42 (crashed), the table's last row
  await lessonAt(page, 'A crash: the hop times out, go back and search again', 3);
  const panel = page.getByRole('region', { name: 'Node 8 details' });
  const row = panel.getByRole('table', { name: 'Finger table' }).locator('tr.highlight');
  await expect(row.locator('td').first()).toHaveText('5');
  const heading = panel.getByRole('heading', { name: 'Node N8' });
  // read once while the lesson's notice takes the top of the side panel (see above)
  const seen = {
    row: await row.evaluate(unclipped),
    heading: await heading.evaluate(unclipped),
    onTop: await heading.evaluate((h) => {
      const r = h.getBoundingClientRect();
      return h.contains(document.elementFromPoint(r.left + 4, r.top + r.height / 2));
    }),
  };
  expect(seen).toEqual({ row: true, heading: true, onTop: true });
});

test('the stabilize line that ran is in sight: check_predecessor, the last rule', async ({
  page,
}) => {
  // Round 1, N56: checkPredecessor: N51 is gone, predecessor = nil
  await lessonAt(page, 'Stabilization repairs the ring after joins and crashes', 18);
  const code = page.getByRole('region', { name: 'Pseudo-code' });
  await expect(code).toContainText('Stabilize · round 1 · N56');
  const ran = code.locator('li.current');
  await expect(ran).toHaveCount(1);
  await expect(ran).toContainText('if predecessor has failed: predecessor = nil');
  expect(await ran.evaluate(unclipped)).toBe(true);
});

test('a joining node is never under the zoom tools: it waits inside the rim there', async ({
  page,
}) => {
  // N30 joins at the bottom of the ring; during its lookup the tools gain "Follow"
  await lessonAt(page, 'Stabilization repairs the ring after joins and crashes', 3);
  await expect(page.getByRole('button', { name: 'Follow the query' })).toBeVisible();
  const joining = page.locator('svg.ring-svg .joining circle');
  await expect(joining).toHaveCount(1);
  const a = (await joining.boundingBox())!;
  const b = (await page.locator('.zoom-tools').boundingBox())!;
  const apart =
    a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
  expect(apart, `joining dot ${JSON.stringify(a)} under the tools ${JSON.stringify(b)}`).toBe(true);
  await expect(page.locator('svg.ring-svg .joining text')).toHaveText('N30 joining');
});

test('a lesson loaded after another starts with the side panel at its top', async ({ page }) => {
  // the crash lesson at step 3 scrolls the side panel down to N8's last finger row
  await lessonAt(page, 'A crash: the hop times out, go back and search again', 3);
  const panels = page.locator('.side > .side-panels');
  await expect(panels.locator('tr.highlight td').first()).toHaveText('5');
  expect(await panels.evaluate((p) => p.scrollTop)).toBeGreaterThan(0);
  // the next lesson, loaded on the same page as a lecturer would: nothing there to scroll to
  await page
    .getByRole('combobox', { name: 'Lesson' })
    .selectOption({ label: 'Why not hash mod N? One join moves almost every key' });
  await expect(page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ })).toHaveText(
    /^Step 0 of /,
  );
  await expect(page.locator('.notices')).toContainText('N26 joins: under mod N');
  expect(await panels.evaluate((p) => p.scrollTop)).toBe(0);
  expect(await panels.locator('.checker').first().evaluate(unclipped)).toBe(true);
});

test('the leader lesson, loaded after a scrolled one, shows its checker and every old-view chip', async ({
  page,
}) => {
  await lessonAt(page, 'A crash: the hop times out, go back and search again', 3);
  const panels = page.locator('.side > .side-panels');
  await expect(panels.locator('tr.highlight td').first()).toHaveText('5');
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption({
    label: 'A leader keeps the view: N messages per change, and a crash mid-update',
  });
  await expect(page.locator('.notices')).toContainText('N26’s join costs 12 messages');
  await page.getByRole('slider', { name: 'Scrubber' }).fill('5');
  const status = page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });
  await expect(status).toHaveText(/^Step 5 of 10/);
  const chip = panels.getByText('N51 v2 (old)', { exact: true });
  await expect(chip).toHaveCount(1);
  // read once, while the lesson's notice still takes the top of the side panel
  const seen = {
    chip: await chip.evaluate(unclipped),
    checker: await panels.locator('.checker').first().evaluate(unclipped),
  };
  expect(seen).toEqual({ chip: true, checker: true });
});
