import { expect, test, type Page } from '@playwright/test';

// The notes' other designs (#12): each lesson's claim, read off the screen.
const SHOTS = 'e2e/screenshots';

async function lesson(page: Page, title: string) {
  await page.goto('./#/dht');
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption({ label: title });
}

async function toStep(page: Page, n: number | 'end') {
  const scrub = page.getByRole('slider', { name: 'Scrubber' });
  await scrub.fill(n === 'end' ? ((await scrub.getAttribute('max')) ?? '0') : String(n));
}

test('Why not hash mod N: buckets, and "moved 9 of 10 keys" beside Chord\'s 2', async ({
  page,
}) => {
  await lesson(page, 'Why not hash mod N? One join moves almost every key');
  const buckets = page.getByRole('list', { name: 'Mod-N buckets' });
  await expect(buckets.getByRole('listitem', { name: /^Bucket \d+: N\d+$/ })).toHaveCount(10);
  await toStep(page, 'end');
  await expect(buckets.getByRole('listitem', { name: /^Bucket \d+: N\d+$/ })).toHaveCount(11);
  const counts = page.getByRole('status', { name: 'Keys moved' });
  await expect(counts).toContainText('mod N: moved 9 of 10 keys');
  await expect(counts).toContainText('Chord: moved 2 of 10');
  await page.screenshot({ path: `${SHOTS}/designs-modn.png` });
});

test('A leader keeps the view: the crown, pushes, and the put that lands on N32', async ({
  page,
}) => {
  await lesson(page, 'A leader keeps the view: N messages per change, and a crash mid-update');
  const views = page.getByRole('table', { name: 'Views held by each node' });
  await expect(
    views.getByRole('row').filter({ hasText: 'N56' }).getByRole('img', { name: 'leader' }),
  ).toBeVisible();
  await toStep(page, 'end');
  await expect(views.getByRole('row').filter({ hasText: 'N14' })).toContainText('(old)');
  const narration = page.getByRole('region', { name: 'Narration' });
  await expect(narration).toContainText('12 messages');
  await expect(narration).toContainText('N32 stores 30 = "late" — but N31 owns 30');
  await page.screenshot({ path: `${SHOTS}/designs-leader.png` });
});

test('Caches go stale: the cache table counts down and the put is misplaced; owner check fixes it', async ({
  page,
}) => {
  await lesson(page, 'Caches go stale: the put lands on the wrong node');
  const caches = page.getByRole('table', { name: 'Caches' });
  const narration = page.getByRole('region', { name: 'Narration' });
  await toStep(page, 'end');
  await expect(narration).toContainText('N32 stores 30 = "late" — but N31 owns 30');
  await expect(narration).toContainText('N8 forgets 30 → N32');
  await expect(page.getByRole('status').filter({ hasText: 'Misplaced' })).toContainText(
    '30 = "late" on N32',
  );
  await expect(caches).toContainText('30 → N31');
  await page.screenshot({ path: `${SHOTS}/designs-cached.png` });

  await page.getByRole('checkbox', { name: 'owner checks the range' }).check();
  await toStep(page, 'end');
  await expect(narration).toContainText('N32 checks the range');
  await expect(page.getByRole('status').filter({ hasText: 'Misplaced' })).toHaveCount(0);
});
