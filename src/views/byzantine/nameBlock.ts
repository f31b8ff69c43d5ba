import type { Point } from './geometry';

/** Where a lieutenant's name goes on a roomy ring, with the box its three lines take. */
export interface NameBlock {
  /** the name's anchor point (its baseline); the values are 19 below, the decision 42 below */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** name, values and decision badge (tokens keep clear of it) */
  readonly box: { x: number; y: number; w: number; h: number };
}

/**
 * A lieutenant's name, values and decision on a roomy ring (full names): beside its disc, away
 * from the centre, for a general on the ring's side; under it for one at the bottom. Messages
 * are chords of the circle, leaving each disc towards the inside, so none runs across the name.
 */
export function nameBlock(p: Point, center: Point, r: number, traitor: boolean): NameBlock {
  // "Lieutenant 3 · Traitor ✕" in 17 px bold, its values and decision below; beside the disc,
  // clear of the dashed "deciding" ring (r + 13)
  const w = (traitor ? 25 : 13) * 10.5;
  const h = 74;
  const ux = (p.x - center.x) / (Math.hypot(p.x - center.x, p.y - center.y) || 1);
  if (ux > 0.5) {
    const x = p.x + r + 18;
    return { x, y: p.y - 6, anchor: 'start', box: { x, y: p.y - 23, w, h } };
  }
  if (ux < -0.5) {
    const x = p.x - r - 18;
    return { x, y: p.y - 6, anchor: 'end', box: { x: x - w, y: p.y - 23, w, h } };
  }
  // under the disc, clear of the deciding ring
  return {
    x: p.x,
    y: p.y + r + 30,
    anchor: 'middle',
    box: { x: p.x - w / 2, y: p.y + r + 12, w, h },
  };
}
