import { expect, test, type Page } from '@playwright/test';
import { actOn, answers, controlsOf, lcg } from './support/monkey';

/**
 * #15 "never wedge": "Follow the query" re-frames the ring at every step of a lookup (600 ms
 * d3-zoom transitions up to k = 60). The monkey e2e once seemed to freeze the page with it on;
 * the page was idle and healthy, and the monkey itself was waiting for a control that the zoom
 * had moved off screen (e2e/support/monkey.ts, ACTION_MS). These tests run the sequences that
 * "froze" and check the page keeps answering and framing each hop, and that the monkey skips a
 * control that left the picture instead of waiting for it.
 */

const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });

async function stepOf(page: Page): Promise<{ at: number; of: number }> {
  const m = /^Step (\d+) of (\d+)/.exec((await status(page).textContent()) ?? '');
  return { at: Number(m?.[1]), of: Number(m?.[2]) };
}

/** The current hop's two nodes, when the step has one, and whether both are inside the ring's box. */
function hopInView(page: Page): Promise<{ hop: string | null; inside: boolean }> {
  return page.evaluate(() => {
    const hop = document.querySelector('.ring-svg [data-hop]')?.getAttribute('data-hop') ?? null;
    if (!hop) return { hop, inside: false };
    const box = document.querySelector('.ring-box')!.getBoundingClientRect();
    const inside = hop.split('-').every((id) => {
      const dot = document.querySelector(`.ring-svg [aria-label="Node ${id}"] circle`);
      const r = dot?.getBoundingClientRect();
      return (
        !!r &&
        r.left >= box.left &&
        r.right <= box.right &&
        r.top >= box.top &&
        r.bottom <= box.bottom
      );
    });
    return { hop, inside };
  });
}

async function alive(page: Page, errors: string[], what: string) {
  expect(await answers(page), `the page answers after ${what}`).toBe(true);
  expect(errors, `page errors after ${what}`).toEqual([]);
}

test('Follow the query through stepping, playing at 4×, jumps, zoom and a new lookup: each hop is framed and the page keeps answering', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./#/dht');
  await expect(status(page)).toBeVisible();
  await page.getByRole('button', { name: 'Lookup', exact: true }).click();
  const follow = page.getByRole('button', { name: 'Follow the query' });
  await follow.click();
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
  await alive(page, errors, 'Follow on');

  // step through the lookup one hop at a time: every hop on its way is brought into view
  const forward = page.locator('.player').getByRole('button', { name: 'Step forward' });
  await page.locator('.player').getByRole('button', { name: 'Restart' }).click();
  await expect(status(page)).toHaveText(/^Step 0 of/);
  const { of } = await stepOf(page);
  let framed = 0;
  let zoomed = 0;
  for (let k = 1; k <= of; k++) {
    await forward.click();
    await expect(status(page)).toHaveText(new RegExp(`^Step ${k} of`));
    const { hop } = await hopInView(page);
    if (hop) {
      // the 600 ms transition ends with both of the hop's nodes inside the view
      await expect.poll(async () => (await hopInView(page)).inside).toBe(true);
      framed++;
      if (await page.getByRole('img', { name: 'Where the view is on the ring' }).isVisible())
        zoomed++;
    }
    await alive(page, errors, `step ${k}`);
  }
  expect(framed).toBeGreaterThan(0);
  // short hops were zoomed into (the minimap shows where the view is)
  expect(zoomed).toBeGreaterThan(0);

  // play it again at 4× from the start with Follow on (both freezes in the notes had this)
  await page.getByRole('slider', { name: 'Speed' }).fill('2');
  await expect(page.getByRole('slider', { name: 'Speed' })).toHaveAttribute('aria-valuetext', '4×');
  await page.locator('.player').getByRole('button', { name: 'Restart' }).click();
  await expect(status(page)).toHaveText(/^Step 0 of/);
  await page.locator('.player').getByRole('button', { name: 'Play' }).click();
  await expect(status(page)).toHaveText(new RegExp(`^Step ${of} of ${of}`));
  await alive(page, errors, 'playing to the end');

  // a jump from the narration, while the last transition may still run
  await page.getByRole('region', { name: 'Narration' }).getByRole('button').first().click();
  await expect(status(page)).toHaveText(/^Step 1 of/);
  await alive(page, errors, 'a narration jump');

  // + and − on top of Follow's framing, then back one step
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await alive(page, errors, 'zoom in twice');
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await forward.click();
  await expect(status(page)).toHaveText(/^Step 2 of/);
  await page.locator('.player').getByRole('button', { name: 'Step back' }).click();
  await expect(status(page)).toHaveText(/^Step 1 of/);
  await alive(page, errors, 'zoom out and a step back and forth');

  // a new lookup while Follow is on: it follows the new one
  await page.getByRole('textbox', { name: 'Key' }).fill('7');
  await page.getByRole('button', { name: 'Lookup', exact: true }).click();
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
  await page.locator('.player').getByRole('button', { name: 'Play' }).click();
  await expect(status(page)).toHaveText(/^Step (\d+) of \1\b/);
  await alive(page, errors, 'a second lookup played with Follow on');

  // Fit turns Follow off and shows the whole ring
  await page.getByRole('button', { name: 'Fit' }).click();
  await expect(follow).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.ring-svg circle.ring-circle')).toHaveCount(1);
  await alive(page, errors, 'Fit');
});

test('the monkey skips a control that the zoom moved off screen instead of waiting for it', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./#/dht');
  await expect(status(page)).toBeVisible();
  await page.getByRole('button', { name: 'Lookup', exact: true }).click();
  await page.getByRole('button', { name: 'Follow the query' }).click();
  await expect(page.getByRole('button', { name: 'Follow the query' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // counted at one picture...
  const controls = controlsOf(page);
  const before = await controls.count();
  // ...then the view closes in and nodes leave it, as Follow's transitions do between two calls
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => controls.count()).toBeLessThan(before);
  // the last control counted is gone: the monkey moves on (it used to wait for it forever)
  expect(await actOn(controls.nth(before - 1), lcg(1))).toBe('skipped');
  expect(await answers(page)).toBe(true);
});
