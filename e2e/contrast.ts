import type { Page } from '@playwright/test';

/** An SVG text drawn on a filled shape it cannot be read against. */
export interface Faint {
  readonly text: string;
  readonly fill: string;
  readonly under: string;
  readonly ratio: number;
}

/**
 * SVG texts on the stage drawn on a badge (a filled rect or circle before them in the same
 * group, under the text's middle) whose colour is too close to theirs: WCAG contrast under `min` (3:1 is the
 * floor for large or bold text). Reads computed colours, so CSS specificity mistakes show.
 */
export async function faintTexts(page: Page, stage = 'section.stage', min = 3): Promise<Faint[]> {
  return page.evaluate(
    ([sel, floor]) => {
      // computed colours come as rgb()/rgba(), or color(srgb …) from color-mix()
      const rgb = (c: string) => {
        const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
        if (m)
          return m[4] === undefined || Number(m[4]) > 0.5
            ? [Number(m[1]), Number(m[2]), Number(m[3])]
            : null;
        const s = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)/.exec(c);
        if (s)
          return s[4] === undefined || Number(s[4]) > 0.5
            ? [Number(s[1]) * 255, Number(s[2]) * 255, Number(s[3]) * 255]
            : null;
        return null;
      };
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
      };
      const out: { text: string; fill: string; under: string; ratio: number }[] = [];
      const root = document.querySelector(sel as string);
      for (const t of root?.querySelectorAll('svg text') ?? []) {
        if (!(t.textContent ?? '').trim()) continue;
        const cs = getComputedStyle(t);
        if (cs.visibility === 'hidden' || cs.display === 'none' || Number(cs.opacity) === 0)
          continue;
        let shape = t.previousElementSibling;
        while (shape && !['rect', 'circle'].includes(shape.tagName))
          shape = shape.previousElementSibling;
        if (!shape) continue;
        // only a text drawn on the shape (a label beside its dot is read against the stage)
        const tb = t.getBoundingClientRect();
        const sb = shape.getBoundingClientRect();
        const [mx, my] = [tb.x + tb.width / 2, tb.y + tb.height / 2];
        if (mx < sb.left || mx > sb.right || my < sb.top || my > sb.bottom) continue;
        const fg = rgb(cs.fill);
        const bg = rgb(getComputedStyle(shape).fill);
        if (!fg || !bg) continue;
        const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
        const ratio = (hi! + 0.05) / (lo! + 0.05);
        if (ratio < (floor as number))
          out.push({
            text: t.textContent!.trim(),
            fill: cs.fill,
            under: getComputedStyle(shape).fill,
            ratio: Math.round(ratio * 100) / 100,
          });
      }
      return out;
    },
    [stage, min] as const,
  );
}

/**
 * HTML texts on the stage cut off sideways by a box that hides overflow (a heading wider than
 * its panel, a control pushed out of it), or running out of the painted box they sit in (a
 * legend entry past the legend's edge): "text (by N px)". Vertical cut-offs are left out,
 * since a scrolling panel hides lines above and below on purpose.
 */
export async function clippedTexts(page: Page, stage = 'section.stage'): Promise<string[]> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!root) throw new Error(`no ${sel}`);
    const out: string[] = [];
    const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const parent = n.parentElement;
      const text = (n.textContent ?? '').trim();
      if (!parent || !text || parent.closest('svg')) continue;
      const cs = getComputedStyle(parent);
      if (cs.display === 'none' || cs.visibility === 'hidden') continue;
      // an ellipsis is a deliberate, visible cut
      if (cs.textOverflow === 'ellipsis') continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect();
      if (r.width < 1) continue;
      // the nearest box that cuts it off, or that is painted (a panel, the legend): text past
      // its side is cut off or spills out of its panel
      for (let e: Element | null = parent; e && e !== root.parentElement; e = e.parentElement) {
        const es = getComputedStyle(e);
        const painted =
          !/rgba\([^)]*,\s*0\)|transparent/.test(es.backgroundColor) ||
          parseFloat(es.borderLeftWidth) > 0 ||
          parseFloat(es.borderRightWidth) > 0;
        if (es.overflowX === 'visible' && !painted) continue;
        const box = e.getBoundingClientRect();
        const past = (q: DOMRect) => Math.max(box.left - q.left, q.right - box.right);
        if (past(r) <= 1.5) break;
        // only glyphs count: pre-wrapped code lets the spaces before a line break hang past
        // the edge, invisibly
        let by = 0;
        const s = n.textContent ?? '';
        for (let i = 0; i < s.length; i++) {
          if (/\s/.test(s[i]!)) continue;
          const g = document.createRange();
          g.setStart(n, i);
          g.setEnd(n, i + 1);
          by = Math.max(by, past(g.getBoundingClientRect()));
        }
        if (by > 1.5) out.push(`${text} (by ${Math.round(by)} px)`);
        break;
      }
    }
    return out;
  }, stage);
}
