import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// axe-core in each lab, both themes: the first look, mid-run and presentation mode must have
// no serious or critical violation (contrast, names, roles).

async function serious(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
  expect(bad, what).toEqual([]);
}

for (const lab of ['dht', 'byzantine', 'paxos'] as const)
  for (const theme of ['light', 'dark'] as const)
    test(`${lab}, ${theme}: no serious or critical axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.goto(`./#/${lab}`);
      await expect(page.locator('[data-stage] svg').first()).toBeVisible();
      await serious(page, 'default');
      for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
      await expect(page.getByRole('status').filter({ hasText: /^Step 3 of/ })).toBeVisible();
      await serious(page, 'mid-run');
      await page.keyboard.press('f');
      await expect(page.locator('.app')).toHaveClass(/presenting/);
      await serious(page, 'presentation mode');
    });
