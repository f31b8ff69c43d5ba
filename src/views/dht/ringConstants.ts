import type { ChordFrame } from '../../engine/chord/frames';
import type { Circle, Point } from './geometry';

/** Above this many live nodes, dots, ticks and key marks go to a canvas. */
export const DENSE = 300;
/** Above this many live nodes, only highlighted nodes get a label. */
export const LABEL_ALL = 64;

/** The ring as drawn: its Circle on a w × h stage, for ids 0 … 2^bits − 1. */
export interface RingGeom extends Circle {
  readonly w: number;
  readonly h: number;
  readonly bits: number;
}

/** A node dot's radius on a ring of n live nodes (shared by the static and animated layers). */
export const nodeRadius = (n: number): number =>
  n <= LABEL_ALL ? 13 : n > DENSE ? 8 : n > 150 ? 5 : 7;

/** An ✕ centred on p, as an SVG path (crashed nodes, timeouts, lost keys). */
export const cross = (p: Point, s: number) =>
  `M${p.x - s},${p.y - s}L${p.x + s},${p.y + s}M${p.x - s},${p.y + s}L${p.x + s},${p.y - s}`;

/** What a moving layer of the ring (the query token, keys and design messages in flight) gets. */
export interface MovingLayerProps {
  frame: ChordFrame;
  geom: RingGeom;
  cursor: number;
  animate: boolean;
  durationMs: number;
}
