import { expect, type Page } from '@playwright/test';

/**
 * Waits until every big picture on the stage is laid out for the box it is shown in. The stage
 * pictures measure their box with a ResizeObserver and lay themselves out at box / UI scale
 * through their viewBox; that layout is a render React schedules after the resize, so right
 * after the window or the layout changes (presentation mode, a new viewport) the old picture
 * can still be stretched over the new box.
 */
export async function stageSettled(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const scale = parseFloat(getComputedStyle(document.documentElement).fontSize) / 16;
        return [...document.querySelectorAll<SVGSVGElement>('[data-stage] svg[viewBox]')]
          .filter((svg) => !(svg.parentElement instanceof SVGElement))
          .map((svg) => ({ box: svg.getBoundingClientRect(), vb: svg.viewBox.baseVal }))
          .filter(({ box }) => box.width > 100 && box.height > 100)
          .filter(
            ({ box, vb }) =>
              Math.abs(box.width - vb.width * scale) > 2 ||
              Math.abs(box.height - vb.height * scale) > 2,
          )
          .map(({ box, vb }) => `${box.width}×${box.height} shows ${vb.width}×${vb.height}`);
      }),
    )
    .toEqual([]);
}
