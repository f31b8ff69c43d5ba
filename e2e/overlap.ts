import type { Page } from '@playwright/test';
import { collectMarkHits, type MarkHit } from './shapesOnText';

/** One text (or panel) on the stage, in page pixels. */
export interface Box {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** 'svg': a label drawn on the picture; 'html': text of a panel over it; 'panel': a panel */
  readonly kind: 'svg' | 'html' | 'panel';
  /** the floating panel (or notice) it belongs to; -1 for the picture's labels */
  readonly group: number;
}

export interface Overlap {
  readonly a: Box;
  readonly b: Box;
}

/**
 * Every piece of text on the stage as a box, read from the live page: SVG labels by their
 * client rect, HTML text (legend, pseudo-code, notices, buttons) by a Range per text node,
 * and the opaque panels floating over the picture (a label under a panel is hidden even
 * where no panel text is). Invisible and off-stage things are left out.
 */
export async function stageBoxes(page: Page, stage = 'section.stage'): Promise<Box[]> {
  return page.evaluate(collectBoxes, stage);
}

/** Runs in the page (no closures: it is also shipped as source for sweepOverlaps). */
function collectBoxes(sel: string): Box[] {
  {
    const root = document.querySelector(sel);
    if (!root) throw new Error(`no ${sel}`);
    const clip = root.getBoundingClientRect();
    const out: Box[] = [];
    const visible = (el: Element | null): boolean => {
      for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0)
          return false;
      }
      return true;
    };
    // a panel's own text is laid out by CSS: only texts of different panels can collide
    const groups = new Map<Element, number>();
    const groupOf = (el: Element): number => {
      let g: Element = root;
      for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
        if (e.querySelector('svg[role="group"]')) continue; // the picture's own box
        const pos: string = getComputedStyle(e).position;
        if (pos === 'absolute' || pos === 'fixed' || e.matches('.notices, .alerts')) g = e;
      }
      if (!groups.has(g)) groups.set(g, groups.size);
      return groups.get(g)!;
    };
    const push = (text: string, r: DOMRect, kind: Box['kind'], group: number) => {
      const x0 = Math.max(r.left, clip.left);
      const y0 = Math.max(r.top, clip.top);
      const x1 = Math.min(r.right, clip.right);
      const y1 = Math.min(r.bottom, clip.bottom);
      if (x1 - x0 < 1 || y1 - y0 < 1) return;
      out.push({ text, x: x0, y: y0, w: x1 - x0, h: y1 - y0, kind, group });
    };
    // the picture is the stage's role=group SVG; an SVG inside a panel (a legend swatch)
    // belongs to that panel
    for (const t of root.querySelectorAll('svg text')) {
      const text = (t.textContent ?? '').trim();
      if (!text || !visible(t)) continue;
      const picture = t.closest('svg[role="group"]');
      push(text, t.getBoundingClientRect(), 'svg', picture ? -1 : groupOf(t));
    }
    // notices float above the stage from outside it: they count as the stage's text
    const roots = [root, ...document.querySelectorAll('.notices, .alerts')];
    for (const r of roots) {
      const walk = document.createTreeWalker(r, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const parent = n.parentElement;
        if (!parent || parent.closest('svg') || !visible(parent)) continue;
        const text = (n.textContent ?? '').trim();
        if (!text) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        // scrolled-away text of a scrolling panel is not on screen
        const scroller = parent.closest('.scroll, .pseudo .code');
        const sc = scroller?.getBoundingClientRect();
        for (const rect of range.getClientRects()) {
          if (sc && (rect.bottom <= sc.top || rect.top >= sc.bottom)) continue;
          push(text, rect, 'html', groupOf(parent));
        }
      }
    }
    // panels and buttons over the picture: absolutely placed children of the stage
    for (const el of root.querySelectorAll('*')) {
      if (el.closest('svg') || !visible(el)) continue;
      const cs = getComputedStyle(el);
      if (cs.position !== 'absolute' || el.tagName === 'CANVAS') continue;
      if (el.querySelector('svg[role="group"]') || el.closest('svg')) continue;
      const name = `[${String(el.className) || el.tagName.toLowerCase()}]`;
      push(name, el.getBoundingClientRect(), 'panel', groupOf(el));
    }
    return out;
  }
}

/**
 * Pairs of stage texts that overlap: two labels of the picture, a label and a panel's text,
 * a label under a panel, or texts of two different panels (a notice over the legend).
 */
export function overlaps(boxes: readonly Box[]): Overlap[] {
  // more than a pixel's overlap both ways: touching neighbours do not count
  const hits = (a: Box, b: Box) =>
    Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 1.5 &&
    Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 1.5;
  const out: Overlap[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.group === b.group && a.group !== -1) continue;
      // a panel inside another panel (a button in the legend) is its parent's business
      if (a.kind === 'panel' && b.kind === 'panel') continue;
      if (hits(a, b)) out.push({ a, b });
    }
  }
  return out;
}

/** "melon ✕ 48" lines for a failure message. */
export const describe = (list: readonly Overlap[]): string =>
  list
    .map(
      ({ a, b }) =>
        `"${a.text}" (${a.kind} ${Math.round(a.x)},${Math.round(a.y)}) × "${b.text}" (${b.kind} ${Math.round(b.x)},${Math.round(b.y)})`,
    )
    .join('\n');

export async function stageOverlaps(page: Page, stage?: string): Promise<Overlap[]> {
  return overlaps(await stageBoxes(page, stage));
}

/**
 * Runs in the page (no closures: it is also shipped as source for sweepOverlaps): resolves once
 * the fonts in use are loaded and the stage and its pictures keep their place, size and viewBox
 * for `frames` frames in a row. A step can change the caption's height and so the stage's, and
 * a font first used at a step loads late and does the same; the pictures lay themselves out
 * again in a render after the resize, and a picture sized by its viewBox's aspect (width 100%)
 * looks "fitted" before that render, so only a layout that stopped changing is the step's.
 */
export async function layoutAtRest([sel, frames]: readonly [string, number]): Promise<void> {
  {
    await document.fonts.ready;
    const read = () =>
      [...document.querySelectorAll(`${sel}, ${sel} svg[viewBox], ${sel} svg text`)]
        .map((e) => {
          const r = e.getBoundingClientRect();
          return `${r.x},${r.y},${r.width},${r.height},${e.getAttribute('viewBox') ?? ''}`;
        })
        .join('|');
    // a frame, then the tasks queued in it (React renders a resize in a task after the frame)
    const frame = () =>
      new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(null), 0)));
    let last = read();
    for (let same = 0, i = 0; same < frames; i++) {
      if (i > 600) throw new Error(`the stage never came to rest: ${last.slice(0, 200)}`);
      await frame();
      const now = read();
      same = now === last ? same + 1 : 0;
      last = now;
    }
  }
}

/**
 * Every step from 0 to the scrubber's end, checked inside the page (one round trip instead of
 * several per step, so 150 steps stay cheap on a busy machine): the overlapping texts and the
 * texts under a shape (markHits) found per step.
 */
export async function sweepOverlaps(
  page: Page,
  stage = 'section.stage',
): Promise<{ step: number; found: Overlap[]; marks: MarkHit[] }[]> {
  await page.evaluate(
    `window.__collectBoxes = ${collectBoxes.toString()}; window.__overlaps = ${overlaps.toString()};` +
      `window.__markHits = ${collectMarkHits.toString()};` +
      `window.__layoutAtRest = ${layoutAtRest.toString()};`,
  );
  return page.evaluate(async (sel) => {
    const w = window as unknown as {
      __collectBoxes(s: string): Box[];
      __overlaps(b: Box[]): Overlap[];
      __markHits(s: string): MarkHit[];
      __layoutAtRest(a: readonly [string, number]): Promise<void>;
    };
    const scrub = document.querySelector<HTMLInputElement>('input[aria-label="Scrubber"]')!;
    const status = () =>
      [...document.querySelectorAll('[role="status"]')].find((e) =>
        /^Step \d+ of/.test(e.textContent ?? ''),
      )?.textContent ?? '';
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const max = Number(scrub.max);
    const out: { step: number; found: Overlap[]; marks: MarkHit[] }[] = [];
    for (let k = 0; k <= max; k++) {
      setValue.call(scrub, String(k));
      scrub.dispatchEvent(new Event('input', { bubbles: true }));
      for (let i = 0; i < 200 && !status().startsWith(`Step ${k} of`); i++) await frame();
      await w.__layoutAtRest([sel, 2]);
      document.getAnimations().forEach((a) => a.finish());
      const found = w.__overlaps(w.__collectBoxes(sel));
      const marks = w.__markHits(sel);
      if (!status().startsWith(`Step ${k} of`)) throw new Error(`the player did not reach ${k}`);
      if (found.length || marks.length) out.push({ step: k, found, marks });
    }
    return out;
  }, stage);
}
