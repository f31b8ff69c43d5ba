/**
 * Pure ring geometry for the DHT view. Angles are in radians, 0 at the top (12 o'clock),
 * growing clockwise, the way the Chord paper draws its rings; SVG's y axis points down.
 */
import { asNodeId, lowerBound, ringSize, type NodeId } from '../../engine/chord';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A circle around (cx, cy) of radius r: the ring a chord is drawn on (a RingGeom is one). */
export interface Circle {
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

/** 2^bits, the engine's (views import it from here with the rest of the geometry). */
export { ringSize };

/** The angle of identifier `id` on a ring of 2^bits ids. */
export function nodeAngle(id: number, bits: number): number {
  const size = ringSize(bits);
  const wrapped = ((id % size) + size) % size;
  return (wrapped / size) * 2 * Math.PI;
}

/** The point at `angle` on a circle of radius r around (cx, cy). */
export function pointOnRing(angle: number, r: number, cx = 0, cy = 0): Point {
  return { x: cx + r * Math.sin(angle), y: cy - r * Math.cos(angle) };
}

/**
 * The identifier under a point (inverse of nodeAngle + pointOnRing), rounded down: always an
 * id on the circle, so a click reads straight into a NodeId (where a node would join).
 */
export function idAtPoint(p: Point, bits: number, cx = 0, cy = 0): NodeId {
  let a = Math.atan2(p.x - cx, -(p.y - cy));
  if (a < 0) a += 2 * Math.PI;
  const size = ringSize(bits);
  return asNodeId(Math.min(size - 1, Math.floor((a / (2 * Math.PI)) * size + 0.5) % size));
}

/** Clockwise distance from a to b on a ring of 2^bits ids, in [0, 2^bits). */
export function clockwise(a: number, b: number, bits: number): number {
  const size = ringSize(bits);
  return (((b - a) % size) + size) % size;
}

/**
 * The control point of the chord from angle a to angle b: the chord bends toward the centre,
 * more for short hops (so neighbouring hops don't hide under the ring) and less for long
 * ones (which already cross the middle).
 */
export function chordControl(a: number, b: number, ring: Circle, maxBulge = Infinity): Point {
  let span = Math.abs(b - a) % (2 * Math.PI);
  if (span > Math.PI) span = 2 * Math.PI - span;
  // span 0 → 0.35 r from centre... span π → the centre itself
  const mid = midAngle(a, b);
  const chordMid = ring.r * Math.cos(span / 2);
  // zoomed in, the circle is huge: a short hop still bends inwards by at most maxBulge
  const depth = Math.max(chordMid * 0.45, chordMid - maxBulge);
  return pointOnRing(mid, depth, ring.cx, ring.cy);
}

/** How far a chord may bend into the ring: a short hop on a zoomed-in ring stays on screen. */
export function maxBulge(geom: { readonly w: number; readonly h: number }): number {
  return 0.3 * Math.min(geom.w, geom.h);
}

/** The angle halfway along the shorter arc from a to b. */
export function midAngle(a: number, b: number): number {
  let d = (b - a) % (2 * Math.PI);
  if (d > Math.PI) d -= 2 * Math.PI;
  if (d < -Math.PI) d += 2 * Math.PI;
  return a + d / 2;
}

/** The chord's quadratic curve: its ends (`inset` in from the ring) and its control point. */
function curve(a: number, b: number, ring: Circle, bulge: number, inset: number) {
  const { r, cx, cy } = ring;
  return {
    p: pointOnRing(a, r - inset, cx, cy),
    c: chordControl(a, b, ring, bulge),
    q: pointOnRing(b, r - inset, cx, cy),
  };
}

/**
 * An SVG path for the chord between angles a and b on the circle `ring`: a quadratic curve.
 * `inset` pulls both ends that far towards the centre (so an arrowhead clears the node dot).
 */
export function chordPath(a: number, b: number, ring: Circle, inset = 0, bulge = Infinity): string {
  const { p, c, q } = curve(a, b, ring, bulge, inset);
  return `M${f(p.x)},${f(p.y)}Q${f(c.x)},${f(c.y)} ${f(q.x)},${f(q.y)}`;
}

/** Where the query token is at time t ∈ [0, 1] along chordPath(a, b, ring). */
export function tokenPosition(
  a: number,
  b: number,
  ring: Circle,
  t: number,
  bulge = Infinity,
): Point {
  const u = Math.min(1, Math.max(0, t));
  const { p, c, q } = curve(a, b, ring, bulge, 0);
  const w0 = (1 - u) * (1 - u);
  const w1 = 2 * (1 - u) * u;
  const w2 = u * u;
  return { x: w0 * p.x + w1 * c.x + w2 * q.x, y: w0 * p.y + w1 * c.y + w2 * q.y };
}

/** An SVG arc along the ring, clockwise from angle a to angle b (used for key → owner ties). */
export function arcPath(a: number, b: number, r: number, cx = 0, cy = 0): string {
  // A remainder, not a loop adding 2π: from an angle far below 0 (or infinite) it never ended.
  let d = b - a;
  if (!Number.isFinite(d)) return '';
  if (d < 0) d %= 2 * Math.PI;
  if (d < 0) d += 2 * Math.PI;
  const p = pointOnRing(a, r, cx, cy);
  const q = pointOnRing(a + d, r, cx, cy);
  const large = d > Math.PI ? 1 : 0;
  return `M${f(p.x)},${f(p.y)}A${f(r)},${f(r)} 0 ${large} 1 ${f(q.x)},${f(q.y)}`;
}

/** Text anchor for a label placed outside the ring at `angle`, so it never overlaps the ring. */
export function labelAnchor(angle: number): 'start' | 'middle' | 'end' {
  const s = Math.sin(angle);
  if (s > 0.3) return 'start';
  if (s < -0.3) return 'end';
  return 'middle';
}

/** Standard easing for the hop animation. */
export const easeInOut = (t: number): number => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/**
 * The ids worth a tick label at this ring size: every id when 2^bits ≤ 64, otherwise evenly
 * spaced round numbers (at most `max` of them).
 */
export function tickIds(bits: number, max = 32): number[] {
  const size = ringSize(bits);
  if (size <= max) return Array.from({ length: size }, (_, i) => i);
  let step = 1;
  while (size / step > max) step *= 2;
  return Array.from({ length: size / step }, (_, i) => i * step);
}

/** Picks the node nearest (in angle) to `angle`, among sorted ids; undefined for none. */
export function nearestNode(
  ids: readonly number[],
  angle: number,
  bits: number,
): number | undefined {
  if (ids.length === 0) return undefined;
  const size = ringSize(bits);
  const target = (angle / (2 * Math.PI)) * size;
  const lo = lowerBound(ids, target);
  const after = ids[lo % ids.length]!;
  const before = ids[(lo - 1 + ids.length) % ids.length]!;
  const dAfter = Math.min(clockwise(target, after, bits), clockwise(after, target, bits));
  const dBefore = Math.min(clockwise(target, before, bits), clockwise(before, target, bits));
  return dBefore <= dAfter ? before : after;
}

const f = (v: number): string => (Math.round(v * 100) / 100).toString();

/**
 * Label rows for marks around a circle: a mark whose label would come closer than `gap`
 * pixels (along the circle of radius r) to an earlier label on the same row moves to the
 * next row (up to `rows`). Input angles in any order; output rows in the same order.
 */
export function labelRows(angles: readonly number[], r: number, gap: number, rows = 3): number[] {
  const sorted = angles.map((a, i) => ({ a, i })).sort((x, y) => x.a - y.a);
  // start right after the widest gap, so labels either side of 12 o'clock are compared too
  let startAt = 0;
  let widest = -1;
  sorted.forEach((cur, k) => {
    const prev = sorted[(k - 1 + sorted.length) % sorted.length]!;
    const gap = (cur.a - prev.a + 2 * Math.PI) % (2 * Math.PI) || 2 * Math.PI;
    if (gap > widest) {
      widest = gap;
      startAt = k;
    }
  });
  const order = sorted
    .slice(startAt)
    .concat(sorted.slice(0, startAt).map((o) => ({ a: o.a + 2 * Math.PI, i: o.i })));
  const lastOnRow: (number | null)[] = Array.from({ length: rows }, () => null);
  const out = new Array<number>(angles.length).fill(0);
  for (const { a, i } of order) {
    let row = 0;
    for (; row < rows; row++) {
      const last = lastOnRow[row];
      if (last === null || last === undefined || (a - last) * r >= gap) break;
    }
    if (row === rows) row = 0;
    out[i] = row;
    lastOnRow[row] = a;
  }
  return out;
}

export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A text drawn on the ring and the box it takes (which other labels keep off). */
export interface BoxedText {
  readonly text: string;
  readonly box: LabelBox;
}

/** The box of a one-line label drawn at p with this anchor (dominant-baseline middle). */
export function labelBox(
  p: Point,
  anchor: 'start' | 'middle' | 'end',
  chars: number,
  fontPx: number,
): LabelBox {
  const w = chars * fontPx * 0.6 + 4;
  const h = fontPx + 2;
  const x = anchor === 'start' ? p.x : anchor === 'end' ? p.x - w : p.x - w / 2;
  return { x, y: p.y - h / 2, w, h };
}

const overlaps = (a: LabelBox, b: LabelBox): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Greedy label placement around a circle: each label (in the given order) takes the first
 * radius whose box overlaps none placed so far (or the last radius if all collide). Returns
 * the chosen radius index per label (the first when every radius collides or leaves
 * `bounds`). `anchored` places labels outside the ring (anchor by angle, as labelAnchor),
 * otherwise centred.
 */
export function placeLabels(
  items: readonly { angle: number; chars: number }[],
  radii: readonly number[],
  fontPx: number,
  anchored: boolean,
  cx = 0,
  cy = 0,
  avoid: readonly LabelBox[] = [],
  bounds?: LabelBox,
): number[] {
  const placed: LabelBox[] = [...avoid];
  const inside = (b: LabelBox) =>
    !bounds ||
    (b.x >= bounds.x &&
      b.y >= bounds.y &&
      b.x + b.w <= bounds.x + bounds.w &&
      b.y + b.h <= bounds.y + bounds.h);
  return items.map(({ angle, chars }) => {
    const anchor = anchored ? labelAnchor(angle) : 'middle';
    // all candidates collide: stay on the first radius (overlap beats clipping)
    let pick = 0;
    let box: LabelBox | null = null;
    for (let k = 0; k < radii.length; k++) {
      const b = labelBox(pointOnRing(angle, radii[k]!, cx, cy), anchor, chars, fontPx);
      if (k > 0 && !inside(b)) break;
      if (!placed.some((o) => overlaps(o, b))) {
        pick = k;
        box = b;
        break;
      }
    }
    placed.push(box ?? labelBox(pointOnRing(angle, radii[pick]!, cx, cy), anchor, chars, fontPx));
    return pick;
  });
}
