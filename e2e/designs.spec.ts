import { expect, test, type Page } from '@playwright/test';
import {
  asNodeId,
  buildChordTimeline,
  defaultExperiment,
  parseChordScenario,
  parseExperiment,
  runChordScenario,
  runExperiment,
  type DesignOverlay,
  type MembershipCostRow,
} from '../src/engine/chord';
import { LESSONS } from '../src/store/lessons';
import { describe, stageOverlaps, sweepOverlaps } from './overlap';
import { describeMarks } from './shapesOnText';
import { clippedTexts } from './contrast';
import { MARKS } from '../src/views/dht/marks';

// The notes' other designs (#12): each lesson's claim, read off the screen.
const SHOTS = 'e2e/screenshots';

async function lesson(page: Page, title: string) {
  await page.goto('./#/dht');
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption({ label: title });
}

async function toStep(page: Page, n: number | 'end') {
  const scrub = page.getByRole('slider', { name: 'Scrubber' });
  const k = n === 'end' ? ((await scrub.getAttribute('max')) ?? '0') : String(n);
  await scrub.fill(k);
  await expect(page.getByRole('status').filter({ hasText: /^Step \d+ of/ })).toHaveText(
    new RegExp(`^Step ${k} of`),
  );
}

/** What the engine itself reports for a lesson (the numbers the screen must show). */
function engineRun(id: string) {
  const l = LESSONS.find((x) => x.id === id)!;
  return runChordScenario(parseChordScenario(l.scenario));
}

test("Why not hash mod N: keys fly between buckets, as many as the engine moved, beside Chord's", async ({
  page,
}) => {
  const join = engineRun('dht-modn').results[0] as { keysMoved: number; chordKeysMoved: number };
  await lesson(page, 'Why not hash mod N? One join moves almost every key');
  const stage = page.getByRole('group', { name: /^Mod-N buckets/ });
  await expect(stage).toHaveAttribute('aria-label', 'Mod-N buckets: 10 nodes, 10 keys');
  const modn = stage.locator('[data-column="modn"]');
  const chord = stage.locator('[data-column="chord"]');
  await expect(modn.locator('[data-key]')).toHaveCount(10);
  await expect(chord.locator('[data-key]')).toHaveCount(10);
  // the selected node (N8, as the side panel says) is the outlined row; clicking a row selects it
  const panel = page.getByRole('heading', { name: /^Node N\d+$/ });
  await expect(panel).toHaveText('Node N8');
  await expect(stage.getByRole('button', { name: 'Node 8' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(stage.locator('.bucket-row.selected')).toHaveCount(1);
  await stage.getByRole('button', { name: 'Node 42' }).click();
  await expect(panel).toHaveText('Node N42');
  await expect(stage.getByRole('button', { name: 'Node 42' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(stage.getByRole('button', { name: 'Node 8' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(stage.locator('.bucket-row.selected .row-sel')).toHaveCount(1);
  // the join is announced first: N26's row is there, no key has moved yet
  await toStep(page, 1);
  await expect(page.getByRole('status', { name: 'New N' })).toContainText('N goes 10 → 11');
  await expect(stage.locator('[data-row="26"]')).toHaveCount(1);
  await expect(stage.locator('[data-moved]')).toHaveCount(0);
  // then the keys move: every moved chip is one the engine moved, in each column
  await toStep(page, 'end');
  await expect(modn.locator('[data-moved]')).toHaveCount(join.keysMoved);
  await expect(chord.locator('[data-moved]')).toHaveCount(join.chordKeysMoved);
  await expect(chord.locator('[data-moved]')).toHaveCount(2);
  const counts = page.getByRole('status', { name: 'Keys moved' });
  await expect(counts).toContainText(`mod N: moved ${join.keysMoved} of 10 keys`);
  await expect(counts).toContainText(`Chord: moved ${join.chordKeysMoved} of 10`);
  // under Chord the two keys land on the new node; the legend explains the marks
  await expect(chord.locator('[data-moved]')).toHaveText(['date', 'cherry']);
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('key changed node');
  await page.screenshot({ path: `${SHOTS}/designs-modn.png` });
  // stepping back puts every key where it was
  await toStep(page, 1);
  await expect(stage.locator('[data-moved]')).toHaveCount(0);
  // and the messages-vs-N plot is one click away
  await page.getByRole('button', { name: 'Messages vs N plot' }).click();
  const stats = page.getByRole('region', { name: 'Statistics' });
  await expect(stats.getByRole('button', { name: 'Join cost', pressed: true })).toBeVisible();
  await expect(stats.getByRole('figure', { name: 'Messages per join plot' })).toBeVisible({
    timeout: 60_000,
  });
});

test('A leader keeps the view: the crown, pushes on the ring, the crash mid-push, the put on N32', async ({
  page,
}) => {
  await lesson(page, 'A leader keeps the view: N messages per change, and a crash mid-update');
  const views = page.getByRole('list', { name: 'Views held by each node' });
  await expect(
    views.getByRole('listitem').filter({ hasText: 'N56' }).getByRole('img', { name: 'leader' }),
  ).toBeVisible();
  const ring = page.getByRole('group', { name: /^Chord ring/ });
  await expect(ring.locator('[data-mark="leader"]')).toHaveCount(1);
  // the first push: one arrow from the leader to every other node
  await toStep(page, 2);
  await expect(ring.locator('[data-mark="push"]')).toHaveCount(10);
  // the leader crashes after three pushes: three arrows, eight pushes never sent, old views ringed
  await toStep(page, 5);
  await expect(ring.locator('[data-mark="push"]')).toHaveCount(3);
  await expect(ring.locator('[data-mark="push-missed"]')).toHaveCount(8);
  await expect(ring.locator('[data-mark="old-view"]')).toHaveCount(8);
  await expect(ring.locator('[data-mark="leader"]')).toHaveCount(0);
  await expect(views.getByRole('listitem').filter({ hasText: 'N14' })).toContainText('(old)');
  await toStep(page, 'end');
  const narration = page.getByRole('region', { name: 'Narration' });
  await expect(narration).toContainText('12 messages');
  await expect(narration).toContainText('N32 stores 29 = "late" — but N29 owns 29');
  // the get asked the owner N29, which has no value: N29 is the wrong answer, and N32 is ringed
  // as the node holding the value, not as the owner (the legend must not call it "true owner")
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(ring.locator('[data-mark="wrong-answer"]')).toHaveAttribute('data-node', '29');
  await expect(ring.locator('[data-mark="value-at"]')).toHaveAttribute('data-node', '32');
  await expect(ring.locator('[data-mark="true-owner"]')).toHaveCount(0);
  await expect(legend).toContainText(MARKS['value-at']);
  await expect(legend).not.toContainText(MARKS['true-owner']);
  await page.screenshot({ path: `${SHOTS}/designs-leader.png` });
});

test('Caches go stale: the cache table counts down and the put is misplaced; owner check fixes it', async ({
  page,
}) => {
  await lesson(page, 'Caches go stale: the put lands on the wrong node');
  const caches = page.getByRole('table', { name: 'Caches' });
  const narration = page.getByRole('region', { name: 'Narration' });
  await toStep(page, 'end');
  await expect(narration).toContainText('N32 stores 24 = "late" — but N26 owns 24');
  await expect(narration).toContainText('N8 forgets 24 → N32');
  await expect(page.getByRole('status').filter({ hasText: 'Misplaced' })).toContainText(
    '24 = "late" on N32',
  );
  await expect(caches).toContainText('24 → N26');
  await page.screenshot({ path: `${SHOTS}/designs-cached.png` });

  await page.getByRole('checkbox', { name: 'owner checks the range' }).check();
  await toStep(page, 'end');
  await expect(narration).toContainText('N32 checks the range');
  await expect(page.getByRole('status').filter({ hasText: 'Misplaced' })).toHaveCount(0);
});

test('Caches go stale, on the ring: the entry, the entry gone stale, the value on the old owner, the TTL running out', async ({
  page,
}) => {
  // the steps and TTLs come from the engine's own run of the lesson
  const l = LESSONS.find((x) => x.id === 'dht-cached')!;
  const steps = buildChordTimeline(parseChordScenario(l.scenario)).steps;
  const stepOf = (ok: (o: DesignOverlay) => boolean) =>
    steps.findIndex((s) => s.state.overlay?.kind === 'design' && ok(s.state.overlay)) + 1;
  const ttlAt = (n: number) => {
    const d = steps[n - 1]!.state.design!;
    return d.caches.get(asNodeId(8))![0]!.expires - d.clock;
  };
  const fill = stepOf((o) => o.event === 'cache-fill');
  const joined = steps.findIndex((s) => s.state.ids.includes(asNodeId(26))) + 1;
  const store = stepOf((o) => o.event === 'store');
  const expire = stepOf((o) => o.event === 'cache-expire');
  expect([fill, joined, store, expire].every((n) => n > 0)).toBe(true);

  await lesson(page, 'Caches go stale: the put lands on the wrong node');
  const ring = page.getByRole('group', { name: /^Chord ring/ });
  const legend = page.getByRole('list', { name: 'Legend' });
  const entry = ring.locator('[data-entry="8:24:32"]');
  // the lookup's answer is cached: N8 → N32 for key 24, TTL counting from 5
  await toStep(page, fill);
  await expect(entry).toHaveAttribute('data-mark', 'cache-entry');
  await expect(entry).toContainText(`24→N32 TTL ${ttlAt(fill)}`);
  await expect(legend).toContainText(MARKS['cache-entry']);
  // N26 joins and takes key 24: the same entry is now stale
  await toStep(page, joined);
  await expect(entry).toHaveAttribute('data-mark', 'cache-stale');
  await expect(ring.locator('[data-mark="cache-entry"]')).toHaveCount(0);
  await expect(legend).toContainText(MARKS['cache-stale']);
  // the put trusts it: one message straight to N32, drawn under the entry's tag (the key and
  // TTL stay readable where the message crosses them)
  const hit = stepOf((o) => o.event === 'stale');
  await toStep(page, hit);
  const message = ring.locator('.design-layer [data-mark="hop"]');
  await expect(message).toHaveCount(1);
  expect(
    await entry
      .locator('.cache-tag')
      .evaluate(
        (tag, m) => (tag.compareDocumentPosition(m!) & Node.DOCUMENT_POSITION_PRECEDING) !== 0,
        await message.elementHandle(),
      ),
  ).toBe(true);
  // the value sits on N32, which no longer owns 24
  await toStep(page, store);
  await expect(entry).toContainText(`TTL ${ttlAt(store)}`);
  const stray = ring.locator('.stray-mark[data-at="32"]');
  await expect(stray).toContainText('24 = "late"');
  await expect(legend).toContainText(MARKS.stray);
  // the TTL runs out: the entry is struck out and forgotten, the value stays misplaced
  await toStep(page, expire);
  await expect(entry).toHaveAttribute('data-mark', 'cache-expired');
  await expect(entry).toContainText('24→N32 forgotten');
  await expect(stray).toHaveCount(1);
  await expect(legend).toContainText(MARKS['cache-expired']);
  expect(await clippedTexts(page)).toEqual([]);
  // one step on, nothing of it is drawn; one step back, it is stale again
  await toStep(page, expire + 1);
  await expect(entry).toHaveCount(0);
  await toStep(page, store);
  await expect(entry).toHaveAttribute('data-mark', 'cache-stale');
});

test('no text of a design lesson overlaps another or hides under a panel, at any step (1280×720)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  for (const title of [
    'Why not hash mod N? One join moves almost every key',
    'A leader keeps the view: N messages per change, and a crash mid-update',
    'Caches go stale: the put lands on the wrong node',
  ]) {
    await lesson(page, title);
    const bad = await sweepOverlaps(page);
    expect(
      bad
        .map((b) => `${title} at step ${b.step}:\n${describe(b.found)}\n${describeMarks(b.marks)}`)
        .join('\n'),
    ).toBe('');
  }
});

for (const [w, h] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`the leader's trade, measured: messages per join beside lookup hops against N, legible at ${w}×${h}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: w, height: h });
    const out = runExperiment(parseExperiment(defaultExperiment('membershipCost')));
    const rows = out.rows as MembershipCostRow[];
    await lesson(page, 'A leader keeps the view: N messages per change, and a crash mid-update');
    await page.getByRole('button', { name: 'Messages vs N plot' }).click();
    const stats = page.getByRole('region', { name: 'Statistics' });
    const joins = stats.getByRole('figure', { name: 'Messages per join plot' });
    const hops = stats.getByRole('figure', { name: 'Lookup hops plot' });
    await expect(hops).toBeVisible({ timeout: 60_000 });
    // every point is the engine's own measurement, for every design and N
    for (const r of rows) {
      const dot = (fig: typeof hops) =>
        fig.locator(`[data-series="${r.routing}"] [data-nodes="${r.nodes}"]`);
      await expect(dot(hops)).toHaveAttribute('data-value', String(r.messagesPerLookup));
      await expect(dot(joins)).toHaveAttribute('data-value', String(r.messagesPerJoin));
    }
    // the trade the lecture makes: the leader's lookups stay at one hop while Chord's grow…
    const big = Math.max(...rows.map((r) => r.nodes));
    const at = (routing: string, n: number) =>
      rows.find((r) => r.routing === routing && r.nodes === n)!;
    expect(at('leader', big).messagesPerLookup).toBeLessThanOrEqual(1);
    expect(at('finger', big).messagesPerLookup).toBeGreaterThan(
      at('finger', 16).messagesPerLookup + 3,
    );
    // …and Chord's joins stay far below the leader's N messages
    expect(at('finger', big).messagesPerJoin).toBeLessThan(at('leader', big).messagesPerJoin / 10);
    await expect(hops.getByRole('img')).toContainText('½·log₂N + 1');
    // side by side, both whole inside the panel, text at least 14 px, nothing overlapping
    const [bj, bh, bs] = await Promise.all([
      joins.boundingBox(),
      hops.boundingBox(),
      stats.boundingBox(),
    ]);
    expect(Math.abs(bj!.y - bh!.y)).toBeLessThan(2);
    expect(bh!.x).toBeGreaterThan(bj!.x + bj!.width - 1);
    expect(bh!.y + bh!.height).toBeLessThanOrEqual(bs!.y + bs!.height);
    expect(bh!.x + bh!.width).toBeLessThanOrEqual(bs!.x + bs!.width);
    const scale = (await hops.locator('svg').boundingBox())!.width / 440;
    expect(16.5 * scale).toBeGreaterThanOrEqual(14);
    expect(describe(await stageOverlaps(page, 'section.stats'))).toBe('');
    await page.screenshot({ path: `${SHOTS}/designs-cost-${w}.png` });
  });
}

test('the selected node shows on the ring what its design reads: view and leader, fingers (and every cache)', async ({
  page,
}) => {
  const status = page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });
  const at = async (k: number) => {
    await toStep(page, k);
    await expect(status).toHaveText(new RegExp(`^Step ${k} of `));
  };
  const ring = page.getByRole('group', { name: /^Chord ring/ });
  const legend = page.getByRole('list', { name: 'Legend' });
  const reads = page.getByLabel('Routing pointers');
  // leader: N8 sends changes to the leader N56 and, with a full view, knows every node
  await lesson(page, 'A leader keeps the view: N messages per change, and a crash mid-update');
  await at(0);
  await expect(ring.locator('[data-mark="to-leader"]')).toHaveCount(1);
  await expect(ring.locator('[data-mark="full"]')).toHaveCount(1);
  await expect(ring.locator('[data-mark="finger"]')).toHaveCount(0);
  await expect(legend).toContainText(MARKS['to-leader']);
  await expect(reads).toContainText('Joins and leaves go to the leader N56');
  // every legend entry and panel text stays inside its box
  expect(await clippedTexts(page)).toEqual([]);
  // N26 has joined, no push yet: N8's view misses it, so no "knows every node" circle
  await at(1);
  await expect(reads).toContainText('It misses N26');
  await expect(ring.locator('[data-mark="full"]')).toHaveCount(0);
  // the leader crashed: no arrow to it, and the panel says so
  await at(5);
  await expect(ring.locator('[data-mark="to-leader"]')).toHaveCount(0);
  await expect(reads).toContainText('No live leader');

  // cached: N8's fingers, and its cached answer 24 → N32 (CacheLayer), stale once N26 owns 24
  await lesson(page, 'Caches go stale: the put lands on the wrong node');
  await at(4);
  await expect(ring.locator('[data-mark="finger"]').first()).toBeVisible();
  await expect(ring.locator('[data-mark="cache-entry"]')).toHaveCount(0);
  await at(5);
  await expect(ring.locator('[data-mark="cache-entry"]')).toHaveCount(1);
  await expect(legend).toContainText(MARKS['cache-entry']);
  await at(11);
  await expect(ring.locator('[data-mark="cache-entry"]')).toHaveCount(0);
  await expect(ring.locator('[data-mark="cache-stale"]')).toHaveCount(1);
  await expect(page.getByRole('table', { name: 'Caches' })).toContainText('24 → N32 (stale)');
  await expect(page.getByRole('table', { name: 'Finger table' })).toBeVisible();
  expect(await clippedTexts(page)).toEqual([]);
});
