/**
 * Semantic zoom for the ring: zooming does not magnify the picture, it redraws the circle
 * bigger (the radius grows, nodes spread apart along the arc, dots and labels keep their
 * size) and only the part of it on screen. Pure math over a d3-zoom-like transform.
 */
import { lowerBound } from '../../engine/chord';
import type { ChordFrame } from '../../engine/chord/frames';
import { pointOnRing, ringSize, type LabelBox, type Point } from './geometry';

export interface ZoomState {
  /** translation and scale, as d3-zoom's ZoomTransform: screen = k · base + (x, y) */
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

export const IDENTITY: ZoomState = { x: 0, y: 0, k: 1 };

export interface Circle {
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

/** The circle as drawn at this zoom: centre moved, radius scaled. */
export function zoomCircle<C extends Circle>(base: C, t: ZoomState): C {
  return { ...base, cx: t.x + t.k * base.cx, cy: t.y + t.k * base.cy, r: t.k * base.r };
}

/**
 * The deepest useful zoom for n nodes: on a ring drawn ~170 px wide, neighbours end up some
 * 600 px apart on average, so even a pair 20 times closer than average can be told apart.
 */
export function maxZoom(n: number): number {
  return Math.max(60, 0.6 * n);
}

export interface Arc {
  /** clockwise from `from` to `to`, angles in [0, 2π); `full` when the whole ring shows */
  readonly from: number;
  readonly to: number;
  readonly full: boolean;
}

const TAU = 2 * Math.PI;
const norm = (a: number) => ((a % TAU) + TAU) % TAU;
const angleOf = (p: Point, c: Circle) => norm(Math.atan2(p.x - c.cx, -(p.y - c.cy)));

/**
 * The angles of the ring that can show in the view box (grown by `margin`): everything when
 * the centre is on screen or the ring is small, else the angles the box's corners subtend.
 */
export function visibleArc(c: Circle, view: LabelBox, margin = 40): Arc {
  const x0 = view.x - margin;
  const y0 = view.y - margin;
  const x1 = view.x + view.w + margin;
  const y1 = view.y + view.h + margin;
  const centreIn = c.cx >= x0 && c.cx <= x1 && c.cy >= y0 && c.cy <= y1;
  if (centreIn) return { from: 0, to: TAU, full: true };
  const corners = [
    { x: x0, y: y0 },
    { x: x1, y: y0 },
    { x: x1, y: y1 },
    { x: x0, y: y1 },
  ].map((p) => angleOf(p, c));
  // the box does not hold the centre, so its corners span less than half a turn: find the
  // corner from which the others are all clockwise within π
  for (const a of corners) {
    const spans = corners.map((b) => norm(b - a));
    if (spans.every((s) => s <= Math.PI + 1e-9)) {
      const to = norm(a + Math.max(...spans));
      return { from: a, to, full: false };
    }
  }
  return { from: 0, to: TAU, full: true };
}

/** Is angle a on the arc? */
export function onArc(arc: Arc, a: number): boolean {
  if (arc.full) return true;
  return norm(a - arc.from) <= norm(arc.to - arc.from);
}

/** The ids at the two ends of the arc, on a ring of 2^bits ids (from ≤ to, or wrapping). */
export function arcIds(arc: Arc, bits: number): { from: number; to: number } {
  const size = ringSize(bits);
  return {
    from: Math.floor((norm(arc.from) / TAU) * size),
    to: Math.ceil((norm(arc.to) / TAU) * size) % size,
  };
}

/** Sorted ids on the arc (binary search; the wrap at 0 handled). */
export function idsOnArc(ids: readonly number[], arc: Arc, bits: number): number[] {
  if (arc.full) return [...ids];
  const { from, to } = arcIds(arc, bits);
  const lower = (v: number) => lowerBound(ids, v);
  if (from <= to) return ids.slice(lower(from), lower(to + 1));
  return [...ids.slice(lower(from)), ...ids.slice(0, lower(to + 1))];
}

/**
 * The transform that frames these ids: their arc spread over about `fill` of the view box,
 * centred in it, never zoomed out beyond the whole ring (k ≥ 1) nor in beyond `kMax`.
 */
export function frameIds(
  base: Circle,
  ids: readonly number[],
  bits: number,
  view: LabelBox,
  kMax: number,
  fill = 0.6,
): ZoomState {
  if (ids.length === 0) return IDENTITY;
  const pts = ids.map((id) => pointOnRing((id / ringSize(bits)) * TAU, base.r, base.cx, base.cy));
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const w = Math.max(...xs) - Math.min(...xs);
  const h = Math.max(...ys) - Math.min(...ys);
  const k = Math.min(
    kMax,
    Math.max(1, Math.min((fill * view.w) / Math.max(w, 1e-9), (fill * view.h) / Math.max(h, 1e-9))),
  );
  if (k <= 1.0001) return IDENTITY;
  const mx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const my = (Math.max(...ys) + Math.min(...ys)) / 2;
  return { k, x: view.x + view.w / 2 - k * mx, y: view.y + view.h / 2 - k * my };
}

/** Nice tick spacing (a power of two) giving about `count` ticks over `span` ids. */
export function tickStep(span: number, count: number): number {
  let step = 1;
  while (span / step > count) step *= 2;
  return step;
}

/** What "Follow the query" frames: the hop on its way, else where the query is and its key. */
export function followIds(frame: ChordFrame): number[] {
  const o = frame.overlay;
  if (o?.kind !== 'lookup') return [];
  if (o.token) return [o.token.from, o.token.to];
  const last = o.path[o.path.length - 2];
  if (o.done && o.owner !== null) return last !== undefined ? [last, o.owner] : [o.at, o.owner];
  return [o.at, o.keyId];
}

/**
 * The point of the (unzoomed) circle the + and − buttons zoom about: zoomed in, the point of
 * the ring nearest the view's centre (you keep looking where you were); at the whole ring, the
 * subject (the query, the selected node), since zooming about the centre of a circle only
 * dives into its empty middle.
 */
export function zoomAnchor(base: Circle, t: ZoomState, view: LabelBox, subject: Point): Point {
  if (t.k <= 1.01) return subject;
  const px = (view.x + view.w / 2 - t.x) / t.k - base.cx;
  const py = (view.y + view.h / 2 - t.y) / t.k - base.cy;
  const d = Math.hypot(px, py);
  if (d < 1e-9) return subject;
  return { x: base.cx + (base.r * px) / d, y: base.cy + (base.r * py) / d };
}

/** Zoom by `factor` (clamped to [1, kMax]) with the anchor (base coordinates) in the view's middle. */
export function zoomAbout(
  t: ZoomState,
  factor: number,
  anchor: Point,
  view: LabelBox,
  kMax: number,
): ZoomState {
  const k = Math.min(kMax, Math.max(1, t.k * factor));
  if (k <= 1.0001) return IDENTITY;
  return { k, x: view.x + view.w / 2 - k * anchor.x, y: view.y + view.h / 2 - k * anchor.y };
}
