/**
 * Where the tokens of one step rest so their labels never overlap: each token slides along
 * its own flight line (and a little to the side of it) to the first spot clear of the tokens
 * placed before it and of the generals' discs. Pure, so it is unit-tested.
 */
import type { Point } from './geometry';

export interface Flight {
  readonly a: Point;
  readonly b: Point;
  /** the token's width and height in pixels */
  readonly w: number;
  readonly h: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const area = (p: Box, q: Box) =>
  Math.max(0, Math.min(p.x + p.w, q.x + q.w) - Math.max(p.x, q.x)) *
  Math.max(0, Math.min(p.y + p.h, q.y + q.h) - Math.max(p.y, q.y));

/**
 * More than 8 px both ways: tokens whose edges overlap a little (the search trades that for
 * keeping off names) still show their whole text, which sits 6 px inside the box.
 */
const overlaps = (p: Box, q: Box) =>
  Math.min(p.x + p.w, q.x + q.w) - Math.max(p.x, q.x) > 8 &&
  Math.min(p.y + p.h, q.y + q.h) - Math.max(p.y, q.y) > 8;

/** Fractions of the line to try, the preferred resting point first. */
const ALONG = [0.58, 0.68, 0.48, 0.76, 0.4, 0.84, 0.32];
/** Sideways offsets in token heights: on the line, then to its right and left. */
const SIDE = [0, 1.1, -1.1, 2.2, -2.2, 3.3, -3.3];

export function placeTokens(
  flights: readonly Flight[],
  discs: readonly { x: number; y: number; r: number }[],
  zones: readonly Box[] = [],
  lone = 0.52,
): Point[] {
  return restTokens(flights, discs, zones, lone).at;
}

/**
 * As placeTokens, and whether every token rests clear of the other tokens and of the `hard`
 * zones (outside the picture, under the legend): when one could not (a small ring, many long
 * labels), the caller can try again with shorter tokens. The soft `zones` (where names are
 * written, roughly) are avoided where possible but do not count against `clear`.
 */
export function restTokens(
  flights: readonly Flight[],
  discs: readonly { x: number; y: number; r: number }[],
  zones: readonly Box[] = [],
  lone = 0.52,
  hard: readonly Box[] = [],
): { at: Point[]; clear: boolean } {
  const taken: Box[] = [
    ...discs.map((d) => ({ x: d.x - d.r, y: d.y - d.r, w: 2 * d.r, h: 2 * d.r })),
    ...zones,
    ...hard,
  ];
  const tokens: Box[] = [];
  let clear = true;
  const at = flights.map((f) => {
    const dx = f.b.x - f.a.x;
    const dy = f.b.y - f.a.y;
    const len = Math.hypot(dx, dy) || 1;
    const nx = -dy / len;
    const ny = dx / len;
    const along = flights.length === 1 ? [lone, ...ALONG] : ALONG;
    // the first spot clear of everything, else the one that covers the least
    let best: { p: Point; box: Box; cost: number } | null = null;
    search: for (const side of SIDE)
      for (const t of along) {
        const p = { x: f.a.x + dx * t + nx * side * f.h, y: f.a.y + dy * t + ny * side * f.h };
        const box = { x: p.x - f.w / 2, y: p.y - f.h / 2, w: f.w, h: f.h };
        const cost = taken.reduce((sum, q) => sum + area(q, box), 0);
        if (!best || cost < best.cost) best = { p, box, cost };
        if (cost === 0) break search;
      }
    const box = best!.box;
    if ([...tokens, ...hard].some((q) => overlaps(q, box))) clear = false;
    taken.push(box);
    tokens.push(box);
    return best!.p;
  });
  return { at, clear };
}
