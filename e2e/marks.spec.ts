import { expect, test } from '@playwright/test';

// A mark on the stage looks as its legend swatch says, whatever it is drawn over.

test('a hop taken is the legend colour, opaque, even where it runs along a finger', async ({
  page,
}) => {
  await page.goto('./#/dht');
  const status = page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });
  await expect(status).toBeVisible(); // the first page renders in a transition
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(status).toHaveText(/^Step 3 of/);
  // N8 → N42 is taken along N8's finger[5], drawn under it (N8 is selected)
  const ring = page.getByRole('group', { name: /^Chord ring/ });
  const hop = ring.locator('path.hop:not(.current)');
  await expect(hop).toHaveCount(1);
  await expect(ring.locator('[data-mark="finger"]').first()).toBeVisible();
  const swatch = page.getByRole('list', { name: 'Legend' }).locator('li[data-mark="hop"] line');
  await expect(swatch).toHaveCount(1);
  const look = (el: Element) => {
    const s = getComputedStyle(el);
    return { stroke: s.stroke, opacity: s.opacity, strokeOpacity: s.strokeOpacity };
  };
  const onStage = await hop.evaluate(look);
  // see-through, it took the colour of the finger under it: olive, in no legend entry
  expect(onStage).toEqual({ stroke: onStage.stroke, opacity: '1', strokeOpacity: '1' });
  expect(onStage).toEqual(await swatch.evaluate(look));
});
