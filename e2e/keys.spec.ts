import { expect, test, type Page } from '@playwright/test';
import lzString from 'lz-string';

// A presenter remote sends PageDown / PageUp; these must drive the player whatever was last
// used, and never change the lesson, a routing mode, a selection or anything else.

const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Step \d+ of \d+/ });

async function position(page: Page): Promise<{ cursor: number; total: number }> {
  const m = /^Step (\d+) of (\d+)/.exec(await status(page).innerText());
  return { cursor: Number(m?.[1]), total: Number(m?.[2]) };
}

/** The shared state minus the cursor: everything the keys must leave alone. */
async function scenario(page: Page): Promise<string> {
  // the address bar is written a beat after each change: wait until it has the current step
  const { cursor } = await position(page);
  let text = '';
  await expect
    .poll(async () => {
      const hash = await page.evaluate(() => window.location.hash);
      const packed = new URLSearchParams(hash.split('?')[1] ?? '').get('s') ?? '';
      const json = JSON.parse(lzString.decompressFromEncodedURIComponent(packed) || '{}') as {
        view?: Record<string, unknown>;
      };
      const at = json.view?.cursor;
      delete json.view?.cursor;
      text = `${hash.split('?')[0]} ${JSON.stringify(json)}`;
      return at;
    })
    .toBe(cursor);
  return text;
}

/** Every player key does its job, and only its job. */
async function drive(page: Page, what: string) {
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  const { total } = await position(page);
  expect(total, what).toBeGreaterThan(1);
  const at = async (k: number) => {
    await expect(status(page), `${what}: expected step ${k}`).toHaveText(
      new RegExp(`^Step ${k} of ${total}\\b`),
    );
  };
  await page.keyboard.press('End');
  await at(total);
  // Wait for the address bar to show the last step first: it may still hold step 0 written
  // before the control was used (the writer runs a beat after each change). Once it shows
  // the last step, step 0 can only appear in it through a write made after Home, which
  // carries the state as it is now, the control's change included.
  await scenario(page);
  await page.keyboard.press('Home');
  await at(0);
  const before = await scenario(page);
  await page.keyboard.press('PageDown');
  await at(1);
  await page.keyboard.press('ArrowRight');
  await at(2);
  await page.keyboard.press('PageUp');
  await at(1);
  await page.keyboard.press('ArrowLeft');
  await at(0);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' }), what).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' }), what).toBeVisible();
  // Space played instead of clicking the last button again: the run is as long as before
  expect((await position(page)).total, what).toBe(total);
  expect(await scenario(page), what).toBe(before);
}

test('after a lesson is chosen, the remote steps the player instead of changing the lesson', async ({
  page,
}) => {
  await page.goto('./#/dht');
  const lessons = page.getByRole('combobox', { name: 'Lesson' });
  await lessons.focus();
  await lessons.selectOption({ label: 'Finger tables: O(log N) hops (Chord Fig. 3b)' });
  await expect(page.locator('[data-stage]')).toBeFocused();
  await drive(page, 'after a lesson');

  // even with the focus put back on the menu, the keys drive the player
  await lessons.focus();
  await drive(page, 'focus on the lesson menu');
  await expect(lessons).toHaveValue('');
});

test('after each DHT toolbar button and select, the keys drive the player and change nothing else', async ({
  page,
}) => {
  await page.goto('./#/dht');
  const toolbar = page.getByRole('toolbar', { name: 'DHT ring controls' });
  // a run to step through
  await toolbar.getByRole('button', { name: 'Lookup' }).click();
  const names = ['Lookup', 'Put', 'Get', 'Compare routing', 'Stabilize', 'Add node'];
  for (const name of names) {
    await toolbar.getByRole('button', { name, exact: true }).click();
    await expect(toolbar.getByRole('button', { name, exact: true })).not.toBeFocused();
    await drive(page, `after ${name}`);
  }
  const routing = toolbar.getByRole('combobox', { name: 'Routing' });
  await routing.focus();
  await routing.selectOption('successor');
  await expect(page.locator('[data-stage]')).toBeFocused();
  await drive(page, 'after choosing a routing mode');
  await expect(routing).toHaveValue('successor');

  for (const name of ['Step forward', 'Restart']) {
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await page.keyboard.press('PageDown');
    await page.getByRole('button', { name }).click();
    await drive(page, `after the player's ${name}`);
  }
});

test('after each Byzantine control, the keys drive the player and change nothing else', async ({
  page,
}) => {
  await page.goto('./#/byzantine');
  const toolbar = page.getByRole('toolbar', { name: 'Byzantine generals controls' });
  for (const [name, value] of [
    ['Order', 'retreat'],
    ['Algorithm', 'SM'],
  ] as const) {
    const select = toolbar.getByRole('combobox', { name });
    await select.focus();
    await select.selectOption(value);
    await expect(page.locator('[data-stage]')).toBeFocused();
    await drive(page, `after ${name}`);
    await expect(select).toHaveValue(value);
  }
  for (const name of ['message', 'round']) {
    await page.getByRole('group', { name: 'Step by' }).getByRole('button', { name }).click();
    await drive(page, `after step by ${name}`);
  }
});

test('after each Paxos control, the keys drive the player and change nothing else', async ({
  page,
}) => {
  await page.goto('./#/paxos');
  await expect(status(page)).toBeVisible(); // the first page renders in a transition
  const toolbar = page.getByRole('toolbar', { name: 'Paxos controls' });
  const loss = toolbar.getByRole('combobox', { name: 'Message loss' });
  await loss.focus();
  await loss.selectOption('0.1');
  await expect(page.locator('[data-stage]')).toBeFocused();
  await drive(page, 'after choosing a message loss');
  await expect(loss).toHaveValue('0.1');

  await toolbar.getByRole('button', { name: 'New run' }).click();
  await expect(toolbar.getByRole('button', { name: 'New run' })).not.toBeFocused();
  await drive(page, 'after New run');

  await toolbar.getByRole('button', { name: 'Find a violation' }).click();
  await expect(page.getByRole('status', { name: 'Search result' })).toContainText(
    /Violation found|No violation/,
    { timeout: 60_000 },
  );
  await expect(toolbar.getByRole('button', { name: 'Find a violation' })).toBeEnabled();
  await drive(page, 'after Find a violation');
});

// Nodes, generals and acceptors are reached by Tab from the stage and act with Enter: the
// panel of the one focused opens (issue #8, accessibility).
for (const [lab, pattern] of [
  ['dht', /^Node (\d+)$/],
  ['byzantine', /^General (\d+)$/],
  ['paxos', /^Acceptor (A\d+)$/],
] as const) {
  test(`${lab}: Tab reaches a stage element and Enter opens its panel`, async ({ page }) => {
    await page.goto(`./#/${lab}`);
    await expect(status(page)).toBeVisible(); // the first page renders in a transition
    await page.locator('[data-stage]').focus();
    let name = '';
    for (let i = 0; i < 40 && !pattern.test(name); i++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    }
    expect(name, 'a stage element takes the focus by Tab').toMatch(pattern);
    await expect(
      page.locator('[data-stage]').getByRole('button', { name, exact: true }),
    ).toBeFocused();
    await page.keyboard.press('Enter');
    const panel =
      lab === 'dht'
        ? page.getByRole('region', { name: `${name} details` })
        : page.getByRole('region', { name, exact: true });
    await expect(panel).toBeVisible();
  });
}

test('a text field keeps its keys until Escape; a focused button is not re-clicked by Space', async ({
  page,
}) => {
  await page.goto('./#/dht');
  await page.getByRole('button', { name: 'Lookup' }).click();
  const { cursor, total } = await position(page);
  const field = page.getByRole('textbox', { name: 'Node id' });
  await field.click();
  await field.pressSequentially('12');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Space');
  await expect(field).toHaveValue('12 ');
  await expect(status(page)).toHaveText(new RegExp(`^Step ${cursor} of`));
  await page.keyboard.press('Escape');
  await expect(field).not.toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(status(page)).toHaveText(new RegExp(`^Step ${cursor + 1} of`));

  // Tab to a button, as a keyboard user would: Space plays, it does not press the button
  const lookup = page
    .getByRole('toolbar', { name: 'DHT ring controls' })
    .getByRole('button', { name: 'Lookup', exact: true });
  await lookup.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('Space');
  expect((await position(page)).total).toBe(total);
  // Enter still presses it
  await lookup.focus();
  await page.keyboard.press('Enter');
  await expect(status(page)).not.toHaveText(new RegExp(`of ${total}$`));
});

test('"?" lists every key; Esc closes it', async ({ page }) => {
  await page.goto('./#/byzantine');
  await expect(status(page)).toBeVisible(); // the first page renders in a transition
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const key of ['Space', 'PageDown', 'PageUp', 'Home', 'End', 'Esc', '?'])
    await expect(dialog.locator('kbd', { hasText: key }).first()).toBeVisible();
  // the player keys are off while the dialog is open
  await page.keyboard.press('PageDown');
  await expect(status(page)).toHaveText(/^Step 0 of/);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expect(status(page)).toHaveText(/^Step 1 of/);

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
});

test('Esc closes the open panel', async ({ page }) => {
  await page.goto('./#/dht');
  await page.getByRole('button', { name: 'Node 8', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Node 8 details' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Node 8 details' })).toHaveCount(0);
});
