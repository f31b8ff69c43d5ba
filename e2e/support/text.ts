import type { Page } from '@playwright/test';

export interface TextSize {
  text: string;
  /** the rendered size in CSS pixels: the computed font size, times the SVG's scale for SVG text */
  size: number;
  caption: boolean;
}

/** Every piece of text on screen with its rendered font size (getComputedStyle). */
export function textSizes(page: Page): Promise<TextSize[]> {
  return page.evaluate(() => {
    const out: { text: string; size: number; caption: boolean }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const el = n.parentElement;
      if (!text || !el) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const box = range.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth)
        continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      let size = parseFloat(style.fontSize);
      if (el instanceof SVGGraphicsElement) {
        const m = el.getScreenCTM();
        if (m) size *= Math.hypot(m.a, m.b);
      }
      out.push({ text: text.slice(0, 40), size, caption: el.closest('.caption') !== null });
    }
    return out;
  });
}
