import { expect, type Page } from '@playwright/test';

/**
 * Screenshots of the page as it is, at 1280×720 and 1920×1080 in both themes, saved as
 * `e2e/screenshots/<name>-<width>-<theme>.png` to be looked at.
 */
export async function shotsAtBothSizes(page: Page, name: string): Promise<void> {
  for (const [w, h] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.screenshot({ path: `e2e/screenshots/${name}-${w}-${theme}.png` });
    }
  }
}
