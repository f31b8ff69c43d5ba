import { expect, test, type Page } from '@playwright/test';
import lzString from 'lz-string';
import { shotsAtBothSizes } from './support/shots';

/**
 * #14 parts 2–3: the space-time diagram synced with the player, the bound explorer's
 * counterexamples, and the runs that break the paper's assumptions (spoofing, asynchrony).
 */
const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });
const link = (s: object) =>
  `./#/byzantine?s=${lzString.compressToEncodedURIComponent(JSON.stringify(s))}`;
const byz = (over: object) => ({ kind: 'byzantine', version: 1, generals: 4, m: 1, ...over });

async function open(page: Page, s: object) {
  await page.goto('./#/byzantine');
  await page.evaluate(() => window.localStorage.clear());
  await page.goto(link(s));
  await expect(status(page)).toHaveText(/^Step 0 of /);
  // the link is applied just after the first page (the default army) renders: wait for its
  // traitors before acting on it
  for (const id of Object.keys((s as { traitors?: object }).traitors ?? {}))
    await expect(page.getByRole('button', { name: `General ${id}`, exact: true })).toHaveAttribute(
      'aria-description',
      /traitor/,
    );
}

test('clicking an arrow of the space-time diagram moves the player to that message', async ({
  page,
}) => {
  await open(page, byz({ traitors: { 3: 'opposite' } }));
  await page.getByRole('button', { name: 'Space-time diagram' }).click();
  const diagram = page.getByRole('group', { name: /^Space-time diagram: 4 generals, 2 rounds/ });
  await expect(diagram).toBeVisible();
  // message 6 is lieutenant 2 relaying to lieutenant 3 in round 1: the 7th step
  const arrow = diagram.locator('[data-message="6"]');
  // click on the arrow itself, near its head (arrows of one round cross in the middle)
  const at = await arrow.locator('.st-line').evaluate((el) => {
    const line = el as SVGLineElement;
    const p = line.ownerSVGElement!.createSVGPoint();
    const t = 0.9;
    p.x = line.x1.baseVal.value + (line.x2.baseVal.value - line.x1.baseVal.value) * t;
    p.y = line.y1.baseVal.value + (line.y2.baseVal.value - line.y1.baseVal.value) * t;
    const q = p.matrixTransform(line.getScreenCTM()!);
    return { x: q.x, y: q.y };
  });
  await page.mouse.click(at.x, at.y);
  await expect(status(page)).toHaveText(/^Step 7 of 12/);
  await expect(arrow).toHaveClass(/current/);
  await expect(page.locator('.caption')).toContainText(
    "Lieutenant 2 relays 'attack' to lieutenant 3 (path 0→2→3)",
  );
  // the cursor line and the message are in the same round; later messages are still faint
  await expect(diagram.locator('[data-mark="future"] > [data-message="8"]')).toHaveCount(1);
  // a lie is marked: traitor 3 relays the opposite of what it got
  await expect(diagram.locator('[data-message="7"]')).toHaveClass(/lie/);
  await page.keyboard.press('PageDown');
  await expect(diagram.locator('[data-message="7"]')).toHaveClass(/current/);
});

test('the bound explorer fills the grid and a ✗ cell loads its counterexample', async ({
  page,
}) => {
  await open(page, byz({}));
  await page.getByRole('button', { name: 'Bound explorer' }).click();
  const explorer = page.getByRole('region', { name: 'Bound explorer' });
  await expect(explorer.getByLabel('OM(1), 4 generals, up to 1 traitor: safe')).toBeVisible({
    timeout: 60_000,
  });
  await expect(explorer.getByLabel('SM(1), 3 generals, up to 1 traitor: safe')).toBeVisible();
  const broken = explorer.getByRole('button', {
    name: 'OM(1), 3 generals, up to 1 traitor: counterexample, load it',
  });
  await broken.click();
  await expect(explorer).toBeHidden();
  await expect(page.getByRole('spinbutton', { name: 'Generals' })).toHaveValue('3');
  await page.keyboard.press('End');
  await expect(page.getByTestId('verdict-IC2')).toContainText('✗');
});

test('spoofing: one traitor fakes the commander under OM, and the search finds it', async ({
  page,
}) => {
  await open(page, byz({}));
  await page.getByRole('checkbox', { name: 'Spoofing' }).check();
  await expect(page.getByRole('region', { name: 'Broken assumptions' })).toContainText(
    'Spoofing allowed',
  );
  await page.getByRole('button', { name: 'Find a counterexample' }).click();
  await expect(page.locator('.byz-search')).toContainText(/plays spoof:0/);
  await page.locator('[data-stage]').focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('verdict-IC2')).toContainText('✗');
  // SM's signatures stop the same traitor
  await page.getByRole('combobox', { name: 'Algorithm' }).selectOption('SM');
  await page.locator('[data-stage]').focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('verdict-IC2')).toContainText('✓');
});

test('asynchrony: with no traitor at all, two late messages make IC2 fail', async ({ page }) => {
  await open(page, byz({}));
  await page.getByRole('checkbox', { name: 'Synchronous' }).uncheck();
  await expect(page.getByRole('region', { name: 'Broken assumptions' })).toContainText('FLP');
  await page.locator('[data-stage]').focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('verdict-IC2')).toContainText('✗');
  await expect(page.getByTestId('verdict-IC1')).toContainText('✓');
  await page.getByRole('button', { name: 'Space-time diagram' }).click();
  // the arrows (the legend's swatch has the class too)
  await expect(page.locator('.st-msg.late[data-message]')).toHaveCount(2);
});

/** Clicks an arrow of the diagram (the event on that arrow: round 0's arrows overlap near C). */
async function clickArrow(page: Page, diagram: ReturnType<Page['getByRole']>, id: number) {
  await diagram.locator(`[data-message="${id}"] .st-hit`).dispatchEvent('click');
}

/** The scenario the address bar holds now. */
async function scenarioInLink(page: Page): Promise<Record<string, unknown>> {
  const hash = await page.evaluate(() => window.location.hash);
  const packed = new URLSearchParams(hash.split('?')[1] ?? '').get('s') ?? '';
  return JSON.parse(lzString.decompressFromEncodedURIComponent(packed) || '{}');
}

test('"Delay this message" on a diagram arrow makes it late (asynchronous), and on time again', async ({
  page,
}) => {
  await open(page, byz({ order: 'attack', view: { diagram: true } }));
  const diagram = page.getByRole('group', { name: /^Space-time diagram: 4 generals/ });
  await expect(diagram).toBeVisible();
  await expect(page.getByText('Click an arrow, then delay that message.')).toBeVisible();
  // message 0: the commander's order to lieutenant 1
  await clickArrow(page, diagram, 0);
  await expect(status(page)).toHaveText(/^Step 1 of /);
  await expect(page.locator('.st-bar')).toContainText('C → L1, round 0');
  await shotsAtBothSizes(page, 'delay-before');
  await page.getByRole('button', { name: 'Delay this message' }).click();
  await expect(page.locator('.notice')).toContainText(
    "The commander's message to lieutenant 1 in round 0 now arrives a round late",
  );
  await expect(page.getByRole('checkbox', { name: 'Synchronous' })).not.toBeChecked();
  await expect(diagram.locator('[data-message="0"]')).toHaveClass(/\blate\b/);
  await expect
    .poll(async () => (await scenarioInLink(page)).delays)
    .toEqual([{ from: 0, to: 1, round: 0, by: 1 }]);
  // only that message: the commander's order to lieutenant 2 is on time
  await expect(diagram.locator('[data-message="1"]')).not.toHaveClass(/\blate\b/);
  await clickArrow(page, diagram, 0);
  await expect(page.locator('.st-bar')).toContainText('C → L1, round 0');
  await shotsAtBothSizes(page, 'delay-after');
  await page.getByRole('button', { name: 'Deliver on time' }).click();
  await expect(page.locator('.notice')).toContainText('arrives on time again');
  await expect(diagram.locator('[data-message="0"]')).not.toHaveClass(/\blate\b/);
  await expect.poll(async () => (await scenarioInLink(page)).delays).toBeUndefined();
});

test('Search beyond m: none with one traitor for OM(1), a counterexample with two', async ({
  page,
}) => {
  await open(page, byz({ order: 'attack', traitors: { 3: 'opposite' } }));
  await page.getByRole('button', { name: 'Find a counterexample' }).click();
  const panel = page.getByRole('region', { name: 'Counterexample search' });
  await expect(panel).toContainText('✓ None found');
  await expect(panel.getByRole('spinbutton', { name: 'Traitors to try' })).toHaveValue('2');
  await expect(panel).toContainText('(more than m = 1)');
  await shotsAtBothSizes(page, 'search-beyond');
  await panel.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(panel).toContainText('✗ Counterexample');
  await expect
    .poll(async () => Object.keys((await scenarioInLink(page)).traitors ?? {}).length)
    .toBe(2);
  await expect(page.locator('.notice')).toContainText('Counterexample found');
});
