import type { Locator, Page } from '@playwright/test';

// A seeded monkey for the labs: picks controls at random and works them with junk input. Each
// action is bounded; the page's liveness is judged by the spec, not by a call that waits forever.

export function lcg(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

export const JUNK = [
  '',
  '0',
  '-1',
  '999999999999',
  'banana',
  '3.5',
  '1e9',
  '🦄',
  '  42 ',
  'NaN',
  '17',
  '5',
];
export const KEYS = [
  'ArrowRight',
  'ArrowLeft',
  'PageDown',
  'PageUp',
  'Home',
  ' ',
  'Escape',
  'Tab',
  'Enter',
];

/** Every control of the lab a user could work (read again before each action). */
export const controlsOf = (page: Page): Locator =>
  page.locator(
    '.lab button:visible:enabled, .lab [role="button"]:visible, .lab input:visible:enabled, .lab select:visible:enabled',
  );

/**
 * How long one call on a picked control may wait for it. The control is `controls.nth(i)`,
 * counted a moment before: by the time it is used the picture may have changed (a step, a
 * zoom transition moving nodes off screen, a panel closing) and there may be no i-th control
 * any more. Playwright then waits for one to appear, and without a limit it waits forever on
 * a page that is idle and healthy — the "DHT freeze" of the #15 note was this wait, not the page.
 */
export const ACTION_MS = 1000;

export type Outcome = 'done' | 'skipped';

/**
 * Works one control: a random option, a random value in a range, junk typed and Enter, or a
 * click. 'skipped' when it went away or was covered mid-action (the picture changed): a user
 * could not have used it either.
 */
export async function actOn(
  el: Locator,
  pick: (n: number) => number,
  log?: (s: string) => void,
): Promise<Outcome> {
  const timeout = ACTION_MS;
  try {
    const tag = await el.evaluate(
      (n) => `${n.tagName}:${(n as HTMLInputElement).type ?? ''}`,
      undefined,
      { timeout },
    );
    log?.(`target ${await el.evaluate((n) => n.outerHTML.slice(0, 160), undefined, { timeout })}`);
    if (tag.startsWith('SELECT')) {
      const options = await el
        .locator('option')
        .evaluateAll((os) =>
          os
            .filter((o) => !(o as HTMLOptionElement).disabled)
            .map((o) => (o as HTMLOptionElement).value),
        );
      if (options.length) await el.selectOption(options[pick(options.length)]!, { timeout });
    } else if (tag === 'INPUT:range') {
      const max = Number((await el.getAttribute('max', { timeout })) ?? '1');
      const min = Number((await el.getAttribute('min', { timeout })) ?? '0');
      await el.fill(String(min + pick(Math.max(1, max - min + 1))), { timeout });
    } else if (tag === 'INPUT:text' || tag === 'INPUT:number' || tag === 'INPUT:search') {
      await el.fill(JUNK[pick(JUNK.length)]!, { timeout });
      await el.press('Enter', { timeout });
    } else if (tag === 'INPUT:file') {
      return 'skipped';
    } else {
      // Covered controls (a dense ring, an open panel) are skipped quickly.
      await el.click({ timeout: 300 });
    }
    return 'done';
  } catch (e) {
    log?.(`skip ${String(e).split('\n').slice(0, 12).join(' | ')}`);
    return 'skipped';
  }
}

/**
 * Does the page still answer: a script runs and a frame is drawn (requestAnimationFrame), within
 * `ms`. A frozen page (a script that never returns, a renderer that stopped drawing) says no
 * here, at the action that froze it, instead of leaving the next call waiting until the test's
 * time runs out.
 */
export async function answers(page: Page, ms = 20_000): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((r) => {
    timer = setTimeout(() => r(false), ms);
  });
  const frame = page
    .evaluate(() => new Promise<boolean>((r) => requestAnimationFrame(() => r(true))))
    .catch(() => false);
  try {
    return await Promise.race([frame, late]);
  } finally {
    clearTimeout(timer);
  }
}
