import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

async function save(page: Page, button: 'PNG (2×)' | 'SVG') {
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Export image' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: button }).click(),
  ]);
  const data = await readFile(await file.path());
  // kept beside the test's results, to look at
  await writeFile(test.info().outputPath(file.suggestedFilename()), data);
  return { name: file.suggestedFilename(), data };
}

const box = (page: Page, sel: string) =>
  page.locator(sel).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { width: Math.round(r.width), height: r.height };
  });

/** The app renders its first page in a transition: keys pressed before it lands are lost. */
async function open(page: Page, lab: string) {
  await page.goto(`./#/${lab}`);
  await expect(page.getByRole('status').filter({ hasText: /^Step \d+ of/ })).toBeVisible();
}

/** Parses the SVG in the browser: the root element, parse errors, the texts and the first fill. */
const parse = (page: Page, svg: string) =>
  page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      root: root.nodeName,
      error: doc.querySelector('parsererror')?.textContent ?? null,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      background: root.querySelector('rect')?.getAttribute('fill') ?? null,
    };
  }, svg);

test('Export image saves the DHT stage as a standalone SVG and a 2× PNG named by lab and step', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page, 'dht');
  for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
  await expect(page.getByRole('status').filter({ hasText: /^Step 3 of/ })).toBeVisible();
  const caption = await page.locator('.caption').innerText();
  const stage = await box(page, '[data-stage]');
  const under = await box(page, '.caption');

  const svg = await save(page, 'SVG');
  expect(svg.name).toBe('ringside-dht-lookup-54-step-3.svg');
  const text = svg.data.toString('utf8');
  const doc = await parse(page, text);
  expect(doc.error).toBeNull();
  expect(doc.root).toBe('svg');
  expect(doc.width).toBe(stage.width);
  // the ring's labels, the legend and the caption are all in it, as text
  const all = doc.texts.join(' ');
  for (const label of ['N8', 'N42', 'N56', 'hop taken', 'finger']) expect(all).toContain(label);
  expect(all.replace(/\s+/g, ' ')).toContain(caption.split(' ').slice(0, 4).join(' '));
  // the pseudo-code panel, with the line the step runs; the stage's buttons stay off the slide
  expect(all).toContain('closest_preceding_finger(id)');
  expect(all).toContain((await page.locator('.pseudo li.current code').innerText()).trim());
  for (const control of ['Statistics', 'Follow', 'repair'])
    expect(doc.texts).not.toContain(control);
  // no stylesheet needed: no classes, no CSS variables; the fonts travel with it
  expect(text).not.toMatch(/class="|var\(--/);
  expect(text).toMatch(
    /@font-face\{font-family:'Inter Variable';[^}]*src:url\(data:font\/woff2;base64,/,
  );
  expect(text).toMatch(/@font-face\{font-family:'JetBrains Mono Variable';/);
  expect(doc.background).toBe('rgb(244, 246, 250)');

  const png = await save(page, 'PNG (2×)');
  expect(png.name).toBe('ringside-dht-lookup-54-step-3.png');
  expect(png.data.subarray(1, 4).toString('ascii')).toBe('PNG');
  // IHDR: width and height, big-endian, at bytes 16 and 20
  expect(png.data.readUInt32BE(16)).toBe(2 * stage.width);
  expect(png.data.readUInt32BE(20)).toBe(2 * Math.round(stage.height + under.height));
});

test('a Byzantine slide in the dark theme is dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, 'byzantine');
  for (let i = 0; i < 5; i++) await page.keyboard.press('PageDown');
  await expect(page.getByRole('status').filter({ hasText: /^Step 5 of/ })).toBeVisible();
  const svg = await save(page, 'SVG');
  expect(svg.name).toMatch(/^ringside-byzantine-round-1-step-5\.svg$/);
  const doc = await parse(page, svg.data.toString('utf8'));
  expect(doc.error).toBeNull();
  expect(doc.background).toBe('rgb(13, 19, 33)');
  expect(doc.texts.join(' ')).toContain('Lieutenant 1');
  const png = await save(page, 'PNG (2×)');
  expect(png.name).toBe('ringside-byzantine-round-1-step-5.png');
  const stage = await box(page, '[data-stage]');
  expect(png.data.readUInt32BE(16)).toBe(2 * stage.width);
});

test('a Paxos slide has both pictures: the topology and the space-time diagram', async ({
  page,
}) => {
  await open(page, 'paxos');
  for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
  await expect(page.getByRole('status').filter({ hasText: /^Step 4 of/ })).toBeVisible();
  const svg = await save(page, 'SVG');
  expect(svg.name).toMatch(/^ringside-paxos-.*step-4\.svg$/);
  const doc = await parse(page, svg.data.toString('utf8'));
  expect(doc.error).toBeNull();
  const all = doc.texts.join(' ');
  for (const label of ['P1', 'A1', 'L2', 'promise', 'accepted']) expect(all).toContain(label);
  expect(svg.data.toString('utf8').match(/<svg /g)?.length).toBeGreaterThanOrEqual(3);
});
