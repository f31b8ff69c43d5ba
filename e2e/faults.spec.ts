import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { shotsAtBothSizes } from './support/shots';

/** Issue #10 on screen: a wrong or failed answer and a rejoin, in words and on the stage. */
const narration = (page: Page) => page.getByRole('region', { name: 'Narration' });
const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });

async function open(page: Page, steps: unknown[], nodes: number[]) {
  const s = { kind: 'chord', version: 1, bits: 6, nodes, steps };
  await page.goto(`./#/dht?s=${LZString.compressToEncodedURIComponent(JSON.stringify(s))}`);
  // the link is applied just after the first page (the default ring) renders: wait for its
  // ring before reading the scrubber, or the default run's length is read
  await expect(
    page.getByRole('group', { name: new RegExp(`^Chord ring: ${nodes.length} nodes`) }),
  ).toBeVisible();
  const scrub = page.getByRole('slider', { name: 'Scrubber' });
  const max = (await scrub.getAttribute('max')) ?? '0';
  await scrub.fill(max);
  await expect(status(page)).toHaveText(new RegExp(`^Step ${max} of ${max}`));
}

const shots = (page: Page, name: string) => shotsAtBothSizes(page, `faults-${name}`);

test('a node that has not learned of a new node answers wrong: flagged in words and in the error colour', async ({
  page,
}) => {
  await open(
    page,
    [
      { op: 'join', id: 30, via: 40 },
      { op: 'lookup', from: 25, key: 28 },
    ],
    [10, 25, 40],
  );
  const caption = page.locator('.caption');
  await expect(caption).toContainText(
    'Wrong answer: N40 is not the owner of 28; the live successor of 28 is N30. N25 thinks its successor is N40: it has not learned of N30 yet.',
  );
  await expect(caption).toHaveClass(/bad/);
  await expect(narration(page).locator('li.bad')).toHaveCount(1);
  const card = page.locator('.verdict-card.bad');
  await expect(card).toContainText('✕ Wrong answer');
  await expect(card).toContainText('N40 does not own 28');
  await expect(card).toContainText('true owner: N30');
  await expect(page.locator('.verdict-wrong')).toHaveCount(1);
  await expect(page.locator('.verdict-true')).toHaveCount(1);
  // the green "found" ring is not drawn for a wrong answer
  await expect(page.locator('.overlay .owner-ring:not(.failed)')).toHaveCount(0);
  await shots(page, 'wrong-owner');
});

test('with its whole successor list dead, N10 cannot answer yet instead of naming N40', async ({
  page,
}) => {
  await open(
    page,
    [
      { op: 'put', from: 40, key: 22, value: 'x' },
      { op: 'crash', id: 20 },
      { op: 'lookup', from: 10, key: 15 },
    ],
    [10, 20, 25, 40],
  );
  await expect(page.locator('.caption')).toContainText('N10 cannot answer yet');
  await expect(narration(page)).toContainText(
    'It forwards the query through its nearest live finger, finger[4] = N40, without taking it as its successor',
  );
  await expect(page.locator('.verdict-card.bad')).toContainText('✕ Cannot answer yet');
  await expect(page.locator('.verdict-card.bad')).toContainText('true owner: N25');
  await shots(page, 'cannot-answer');
});

test('a stranded node rejoins through the node it joined through, narrated and drawn', async ({
  page,
}) => {
  await open(
    page,
    [
      { op: 'put', from: 50, key: 60, value: 'x' },
      { op: 'join', id: 2, via: 50 },
      { op: 'leave', id: 40 },
      { op: 'stabilize', rounds: 2 },
    ],
    [40, 50],
  );
  await narration(page)
    .getByRole('button', { name: /rejoins through the node it joined through N50/ })
    .click();
  await expect(page.locator('.caption')).toContainText(
    'its whole successor list (N40) is gone, so it rejoins through the node it joined through N50',
  );
  const card = page.locator('.verdict-card.note');
  await expect(card).toContainText('N2 rejoins via N50');
  await expect(page.locator('.verdict-via')).toHaveCount(1);
  await shots(page, 'rejoin');
});
