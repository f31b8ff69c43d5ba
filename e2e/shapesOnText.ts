import type { Page } from '@playwright/test';

/** A text of a picture with a drawn shape on it. */
export interface MarkHit {
  readonly text: string;
  /** what the shape is: its data-mark, else its class, else its tag */
  readonly mark: string;
  /** where, in page pixels (the first point of the text found under the shape) */
  readonly x: number;
  readonly y: number;
}

/**
 * Texts of the stage's pictures (every `svg[role="group"]`) with a shape on them: a node's dot,
 * a key or replica diamond, a verdict ring, the query marker, an arrow's line or its head.
 * Texts are compared with the shapes' real outlines, not their boxes: each text box (inset a
 * little, to the glyphs) is sampled every 2 px of the 1280×720 layout (3 px at 1920×1080, where
 * the UI is drawn 1.5× bigger: the same points of the picture) and each sample asked `isPointInFill` /
 * `isPointInStroke` of every shape whose box meets it; an arrowhead is its marker's triangle.
 *
 * Not counted: the ring or circle the picture is drawn on (labels are placed round it), hit
 * targets and other unpainted shapes, and a text's own badge (a filled shape before the text
 * in the same group, under the text's middle: a token's face, the verdict card).
 */
export async function markHits(
  page: Page,
  stage = 'section.stage',
  strict = false,
): Promise<MarkHit[]> {
  // shipped as source: the function runs in the page with both arguments
  return page.evaluate(`(${collectMarkHits.toString()})(${JSON.stringify(stage)}, ${strict})`);
}

/**
 * Runs in the page (no closures: it is also shipped as source for sweepOverlaps). `strict`:
 * a line under a haloed text counts too (names a line must keep off).
 */
export function collectMarkHits(sel: string, strict = false): MarkHit[] {
  {
    const root = document.querySelector(sel);
    if (!root) throw new Error(`no ${sel}`);
    const out: MarkHit[] = [];
    // the UI scale (views/common/uiScale.ts): samples as far apart in the picture at any size
    const step =
      2 * Math.max(1, parseFloat(getComputedStyle(document.documentElement).fontSize) / 16);
    const BACKDROP = '.ring-circle, .byz-circle, .hit, defs, marker, clipPath, mask, pattern';
    const GEOMETRY = 'circle, ellipse, rect, line, path, polygon, polyline';
    const shown = (el: Element): boolean => {
      for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) < 0.05)
          return false;
      }
      return true;
    };
    // a paint that shows: not none, not transparent, not faded out
    const painted = (paint: string, opacity: string): boolean =>
      paint !== 'none' &&
      !/rgba\([^)]*,\s*0\)$/.test(paint) &&
      paint !== 'transparent' &&
      Number(opacity) >= 0.05;
    // an arrowhead: the marker's triangle (viewBox 0 0 10 10, tip at x = 10) at the path's
    // end, in page pixels
    const headOf = (el: SVGGeometryElement, url: string, sw: number): number[][] | null => {
      const id = /url\(["']?#([^"')]+)/.exec(url)?.[1];
      const marker = id ? document.getElementById(id) : null;
      const ctm = el.getScreenCTM();
      const len = el.getTotalLength();
      if (!marker || !ctm || !(len > 0)) return null;
      const user = marker.getAttribute('markerUnits') === 'userSpaceOnUse';
      const size = Number(marker.getAttribute('markerWidth') ?? 3) * (user ? 1 : sw);
      const ref = Number(marker.getAttribute('refX') ?? 0) / 10;
      const e = el.getPointAtLength(len);
      const q = el.getPointAtLength(Math.max(0, len - 0.5));
      const d = Math.hypot(e.x - q.x, e.y - q.y) || 1;
      const [ux, uy] = [(e.x - q.x) / d, (e.y - q.y) / d];
      const at = (along: number, side: number) =>
        new DOMPoint(e.x + ux * along - uy * side, e.y + uy * along + ux * side).matrixTransform(
          ctm,
        );
      const tip = at((1 - ref) * size, 0);
      const l = at(-ref * size, size / 2);
      const r = at(-ref * size, -size / 2);
      return [
        [tip.x, tip.y],
        [l.x, l.y],
        [r.x, r.y],
      ];
    };
    const inTriangle = (t: number[][], x: number, y: number): boolean => {
      const side = (a: number[], b: number[]) =>
        (b[0]! - a[0]!) * (y - a[1]!) - (b[1]! - a[1]!) * (x - a[0]!);
      const s1 = side(t[0]!, t[1]!);
      const s2 = side(t[1]!, t[2]!);
      const s3 = side(t[2]!, t[0]!);
      return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
    };
    const pictures = root.querySelectorAll('svg[role="group"]');
    for (const svg of pictures) {
      const texts = [...svg.querySelectorAll('text')].filter(
        (t) => (t.textContent ?? '').trim() && shown(t),
      );
      const shapes = [...svg.querySelectorAll<SVGGeometryElement>(GEOMETRY)].filter(
        (s) => !s.closest(BACKDROP) && shown(s),
      );
      const marks = shapes
        .map((s) => {
          const cs = getComputedStyle(s);
          const fill = painted(cs.fill, cs.fillOpacity);
          const sw = Number.parseFloat(cs.strokeWidth) || 0;
          const stroke = sw > 0 && painted(cs.stroke, cs.strokeOpacity);
          const ctm = s.getScreenCTM();
          const head = cs.markerEnd && cs.markerEnd !== 'none' ? headOf(s, cs.markerEnd, sw) : null;
          const named = s.closest('[data-mark]')?.getAttribute('data-mark');
          const cls = s.getAttribute('class') ?? s.parentElement?.getAttribute('class');
          const r = s.getBoundingClientRect();
          const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
          const xs = head ? head.map((p) => p[0]!) : [r.left];
          const ys = head ? head.map((p) => p[1]!) : [r.top];
          const pad = (sw * scale) / 2;
          return {
            s,
            sw,
            fill,
            stroke,
            ctm,
            head,
            name: named ? `${named}${cls ? `.${cls}` : ''}` : cls || s.tagName,
            box: {
              l: Math.min(r.left - pad, ...xs),
              t: Math.min(r.top - pad, ...ys),
              r: Math.max(r.right + pad, ...xs),
              b: Math.max(r.bottom + pad, ...ys),
            },
          };
        })
        .filter((m) => m.ctm && (m.fill || m.stroke || m.head));
      for (const t of texts) {
        const tb = t.getBoundingClientRect();
        if (tb.width < 1 || tb.height < 1) continue;
        // to the glyphs: a line box is taller than its letters
        const box = {
          l: tb.left + 1.5,
          r: tb.right - 1.5,
          t: tb.top + tb.height * 0.18,
          b: tb.bottom - tb.height * 0.18,
        };
        const corners = [
          [box.l, box.t],
          [box.r, box.t],
          [box.l, box.b],
          [box.r, box.b],
        ];
        const mid = { x: (tb.left + tb.right) / 2, y: (tb.top + tb.bottom) / 2 };
        const tcs = getComputedStyle(t);
        const tctm = t.getScreenCTM();
        // a halo (the text's outline painted first in the background colour) cuts thin lines
        const halo =
          tcs.paintOrder.startsWith('stroke') && painted(tcs.stroke, tcs.strokeOpacity)
            ? (Number.parseFloat(tcs.strokeWidth) || 0) * (tctm ? Math.hypot(tctm.a, tctm.b) : 1)
            : 0;
        const inFill = (m: (typeof marks)[number], x: number, y: number) =>
          m.fill && m.s.isPointInFill(new DOMPoint(x, y).matrixTransform(m.ctm!.inverse()));
        const under = (m: (typeof marks)[number]) =>
          !!(t.compareDocumentPosition(m.s) & Node.DOCUMENT_POSITION_PRECEDING);
        // the text's badge: a filled shape under it that it is written on (a token's face, a
        // card, a chip): a shape before it in its group under its middle, or a box round it; the
        // topmost such (a chip on a table row is the chip's)
        const siblings = [...(t.parentElement?.children ?? [])];
        const badge = marks.findLast(
          (m) =>
            m.fill &&
            under(m) &&
            ((siblings.indexOf(m.s) >= 0 &&
              siblings.indexOf(m.s) < siblings.indexOf(t) &&
              inFill(m, mid.x, mid.y)) ||
              (m.s.tagName === 'rect' && corners.every(([x, y]) => inFill(m, x!, y!)))),
        );
        for (const m of marks) {
          if (m === badge) continue;
          if (m.box.r < box.l || m.box.l > box.r || m.box.b < box.t || m.box.t > box.b) continue;
          const below = under(m);
          // under the badge, a shape is hidden wherever the badge is
          const hidden =
            badge &&
            below &&
            !!(badge.s.compareDocumentPosition(m.s) & Node.DOCUMENT_POSITION_PRECEDING);
          // a line under a haloed text is cut round its letters: the text stays readable
          const stroke = m.stroke && (strict || !(below && halo > 0));
          const inv = m.ctm!.inverse();
          let hit: { x: number; y: number } | null = null;
          for (let y = box.t; y <= box.b && !hit; y += step)
            for (let x = box.l; x <= box.r && !hit; x += step) {
              if (hidden && inFill(badge, x, y)) continue;
              const p = new DOMPoint(x, y).matrixTransform(inv);
              if (
                (m.fill && m.s.isPointInFill(p)) ||
                (stroke && m.s.isPointInStroke(p)) ||
                (m.head && inTriangle(m.head, x, y))
              )
                hit = { x, y };
            }
          if (hit)
            out.push({
              text: (t.textContent ?? '').trim(),
              mark: `${String(m.name)}${below ? '' : ' (over)'}`,
              ...hit,
            });
        }
      }
    }
    return out;
  }
}

/** '"kiwi" under replica at 512,300' lines for a failure message. */
export const describeMarks = (list: readonly MarkHit[]): string =>
  list
    .map((h) => `"${h.text}" under ${h.mark} at ${Math.round(h.x)},${Math.round(h.y)}`)
    .join('\n');
