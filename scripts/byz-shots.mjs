#!/usr/bin/env node
// Screenshots of #14 parts 2–3 (space-time diagram, bound explorer, spoofing and asynchrony)
// at 1280×720 and 1920×1080 in both themes, from the built app (npx vite build first).
//   node scripts/byz-shots.mjs [outDir]      ONLY=name,name to pick states
import { mkdirSync } from 'node:fs';
import { shootStates, startPreview } from './preview.mjs';

const out = process.argv[2] ?? 'e2e/screenshots/byz';
mkdirSync(out, { recursive: true });
const { link, stop } = await startPreview();
const byz = (over) => ({
  kind: 'byzantine',
  version: 1,
  generals: 4,
  m: 1,
  view: { diagram: true },
  ...over,
});
/** opens a scenario and steps `steps` times with PageDown */
const open =
  (s, steps = 0, ready = '.byz-spacetime') =>
  async (page) => {
    await page.goto(link('byzantine', s));
    await page.locator(ready).waitFor();
    await page.locator('[data-stage]').focus();
    for (let i = 0; i < steps; i++) await page.keyboard.press('PageDown');
  };
/** the lab's default (lieutenant 3 a traitor) with the diagram, at `cursor` stepping `by` */
const at = (over, by, cursor) =>
  open(byz({ traitors: { 3: 'opposite' }, ...over, view: { diagram: true, stepBy: by, cursor } }));
/** the same without the diagram: the ring alone, full names */
const ringAt = (over, by, cursor) =>
  open(byz({ traitors: { 3: 'opposite' }, ...over, view: { stepBy: by, cursor } }), 0, '.byz-ring');
const states = {
  // while the worker runs OM(4) (shot at once: the picture shown is the one before)
  computing: async (page) => {
    await page.goto(link('byzantine', byz({ view: {} })));
    await page.locator('.byz-ring').waitFor();
    const generals = page.getByRole('spinbutton', { name: 'Generals' });
    await generals.fill('13');
    await generals.press('Enter');
    await page.getByRole('spinbutton', { name: 'Rounds (m)' }).fill('4');
    await page.getByRole('spinbutton', { name: 'Rounds (m)' }).press('Enter');
    await page.locator('.computing').waitFor();
    await page.screenshot({ path: `${process.env.SHOT_DIR ?? out}/computing-now.png` });
  },
  'ring-n4-round-2': ringAt({}, 'round', 2),
  'ring-n4-msg-12': ringAt({}, 'message', 12),
  'ring-n5-cmd-round-1': ringAt({ generals: 5, traitors: { 0: 'split' } }, 'round', 1),
  'ring-n6-msg-8': ringAt({ generals: 6 }, 'message', 8),
  'n4-round-2': at({}, 'round', 2),
  'n4-msg-6': at({}, 'message', 6),
  'n4-msg-end': at({}, 'message', 99),
  'n4-cmd-msg-5': at({ traitors: { 0: 'split' } }, 'message', 5),
  'n7-sm-round-2': at(
    { generals: 7, m: 2, algorithm: 'SM', traitors: { 0: 'split', 4: 'silent' } },
    'round',
    2,
  ),
  'n7-msg-21': at({ generals: 7, m: 2 }, 'message', 21),
  diagram: open(byz({ generals: 5, m: 1, traitors: { 4: 'opposite' } }), 7),
  'diagram-om2': open(byz({ generals: 6, m: 2, traitors: { 0: 'split', 5: 'opposite' } }), 40),
  'diagram-13': async (page) => {
    await open(byz({ generals: 13, m: 4, traitors: { 3: 'opposite', 7: 'split' } }))(page);
    await page.locator('.computing').waitFor({ state: 'detached', timeout: 120_000 });
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
  },
  spoofing: open(
    byz({ assumptions: { spoofing: true, synchronous: true }, traitors: { 3: 'spoof:0' } }),
    20,
  ),
  'spoofing-sm': open(
    byz({
      algorithm: 'SM',
      assumptions: { spoofing: true, synchronous: true },
      traitors: { 3: 'spoof:0' },
    }),
    4,
  ),
  async: open(
    byz({
      assumptions: { spoofing: false, synchronous: false },
      delays: [
        { from: 0, to: 1, round: 0, by: 1 },
        { from: 0, to: 2, round: 0, by: 1 },
      ],
    }),
    20,
  ),
  explorer: async (page) => {
    await open(byz({}))(page);
    await page.getByRole('button', { name: 'Bound explorer' }).click();
    await page.locator('.bx-cell[data-result="safe"]').first().waitFor({ timeout: 120_000 });
    await page
      .getByText(/Searched \d+ of \d+ cells/)
      .waitFor({ timeout: 5_000 })
      .catch(() => {});
  },
};

await shootStates(states, out);
stop();
