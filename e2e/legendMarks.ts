import type { Page } from '@playwright/test';

/** How a mark is painted: each painted shape's colours, dash and opacity, as strings. */
export interface MarkLook {
  readonly mark: string;
  /** the looks of its own painted shapes ("stroke … dash … opacity …") */
  readonly looks: readonly string[];
  /** a wrapper that only fades what it holds: its opacity */
  readonly fade: string | null;
}

/**
 * The marks drawn in `picture` (every `[data-mark]` outside `legend`) and the legend's entries
 * (`legend [data-mark]`), each with its look: a mark's own shapes (those whose nearest
 * `[data-mark]` is the mark), opacity multiplied up to the mark; an entry's swatch
 * (`swatch` inside it), opacity multiplied up to the entry.
 */
export function marksAndLegend(page: Page, picture: string, legend: string, swatch: string) {
  return page.evaluate(
    ([picture, legend, swatch]) => {
      const svg = document.querySelector(picture);
      if (!svg) throw new Error(`no ${picture}`);
      const SHAPES = 'line, path, rect, circle, polygon, text';
      const painted = (p: string) =>
        p !== 'none' && p !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(p);
      const opacity = (from: Element, to: Element) => {
        let op = 1;
        for (let e: Element | null = from; e; e = e.parentElement) {
          op *= Number(getComputedStyle(e).opacity);
          if (e === to) break;
        }
        return op.toFixed(2);
      };
      const look = (s: Element, to: Element) => {
        const cs = getComputedStyle(s);
        const stroke =
          s.tagName !== 'text' && painted(cs.stroke) && Number.parseFloat(cs.strokeWidth) > 0
            ? `stroke ${cs.stroke} dash ${cs.strokeDasharray}`
            : '';
        const fill = s.tagName !== 'line' && painted(cs.fill) ? `fill ${cs.fill}` : '';
        return stroke || fill ? `${stroke} ${fill} opacity ${opacity(s, to)}`.trim() : null;
      };
      const own = (el: Element) =>
        [...el.querySelectorAll(SHAPES), ...(el.matches(SHAPES) ? [el] : [])]
          .filter((s) => s.closest('[data-mark]') === el)
          .map((s) => look(s, el))
          .filter((l): l is string => l !== null);
      const drawn = [...svg.querySelectorAll('[data-mark]')]
        .filter((el) => !el.closest(legend))
        .map((el) => {
          const looks = own(el);
          return {
            mark: el.getAttribute('data-mark') ?? '',
            looks,
            fade: looks.length ? null : Number(getComputedStyle(el).opacity).toFixed(2),
          };
        });
      const entries = [...document.querySelectorAll(`${legend} [data-mark]`)].map((el) => ({
        mark: el.getAttribute('data-mark') ?? '',
        looks: [...el.querySelectorAll(`${swatch} :is(${SHAPES})`)]
          .map((s) => look(s, el))
          .filter((l): l is string => l !== null),
        fade: null,
      }));
      return { drawn, entries };
    },
    [picture, legend, swatch] as const,
  );
}

/**
 * What is wrong between the marks drawn and the legend: a mark with no entry, or painted
 * otherwise than its entry's swatch (a colour, dash or opacity the swatch does not show; a
 * fading wrapper whose opacity no swatch shape has).
 */
export function legendProblems(drawn: readonly MarkLook[], entries: readonly MarkLook[]): string[] {
  const out = new Set<string>();
  for (const d of drawn) {
    const e = entries.find((x) => x.mark === d.mark);
    if (!e) {
      out.add(`${d.mark}: no legend entry`);
      continue;
    }
    for (const l of d.looks)
      if (!e.looks.includes(l)) out.add(`${d.mark}: drawn "${l}", swatch ${e.looks.join(' | ')}`);
    if (d.fade !== null && !e.looks.some((l) => l.endsWith(`opacity ${d.fade}`)))
      out.add(`${d.mark}: faded to ${d.fade}, swatch ${e.looks.join(' | ')}`);
  }
  return [...out];
}
