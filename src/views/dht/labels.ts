/**
 * One placement pass for every label of the ring picture (node names outside the circle, key
 * names and the lookup's target inside it, the id ticks), so no two of them overlap and none
 * runs under a panel floating over the stage. Pure: the view passes a text measurer.
 */
import { labelAnchor, pointOnRing, type LabelBox } from './geometry';

export type Anchor = 'start' | 'middle' | 'end';

export interface LabelRequest {
  /** unique among the requests ("n42", "k:banana", "t16") */
  readonly key: string;
  readonly text: string;
  readonly angle: number;
  /** candidate distances from the centre, tried in order */
  readonly radii: readonly number[];
  /** outside the circle: anchored away from it (labelAnchor); inside: centred */
  readonly outside: boolean;
  readonly fontPx: number;
  readonly bold?: boolean;
  /** drawn even where it collides (the selected node, the nodes of the running lookup) */
  readonly must?: boolean;
  /** placed before lower priorities; ties keep the request order */
  readonly priority: number;
  /** how many label heights it may slide along the circle either way when crowded (0) */
  readonly slide?: number;
  /** last resort for an outside label: these radii inside the circle, anchored inwards */
  readonly inner?: readonly number[];
}

export interface PlacedLabel {
  readonly key: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: Anchor;
  readonly box: LabelBox;
  /** where it ended up: a label moved off its mark's angle or first radius gets a leader */
  readonly angle: number;
  readonly radius: number;
  readonly moved: boolean;
}

/** Width of a one-line text in pixels. */
export type Measure = (text: string, fontPx: number, bold: boolean) => number;

/** A measurer for tests and for before fonts are known (DejaVu-like widths, a bit generous). */
export const estimateWidth: Measure = (text, fontPx, bold) =>
  [...text].length * fontPx * (bold ? 0.7 : 0.64);

/** The box of a label centred vertically on p, anchored as SVG's text-anchor would. */
export function boxAt(x: number, y: number, anchor: Anchor, width: number, fontPx: number) {
  const w = width + 2;
  const h = fontPx * 1.2;
  const left = anchor === 'start' ? x - 1 : anchor === 'end' ? x - w + 1 : x - w / 2;
  return { x: left, y: y - h / 2, w, h };
}

/** Room kept between two labels side by side, so "N32" and "N31" never read as one word. */
export const LABEL_GAP = 5;

export const boxesOverlap = (a: LabelBox, b: LabelBox): boolean =>
  a.x < b.x + b.w + LABEL_GAP && b.x < a.x + a.w + LABEL_GAP && a.y < b.y + b.h && b.y < a.y + a.h;

/** 0, 1, −1, 2, −2, … up to ±n */
function slides(n: number): number[] {
  const out = [0];
  for (let k = 1; k <= n; k++) out.push(k, -k);
  return out;
}

const inside = (b: LabelBox, bounds: LabelBox): boolean =>
  b.x >= bounds.x &&
  b.y >= bounds.y &&
  b.x + b.w <= bounds.x + bounds.w &&
  b.y + b.h <= bounds.y + bounds.h;

/**
 * Greedy placement, highest priority first: each label takes the first of its radii (and, on
 * each radius, of its slides along the circle) where it stays inside `bounds` and overlaps
 * neither a label placed before nor an `avoid` box. A label
 * with no such radius is left out ("labels where there is room"), unless it is a `must`,
 * which takes its first radius regardless.
 */
export function planLabels(
  requests: readonly LabelRequest[],
  cx: number,
  cy: number,
  opts: { avoid?: readonly LabelBox[]; bounds?: LabelBox; measure?: Measure } = {},
): Map<string, PlacedLabel> {
  const measure = opts.measure ?? estimateWidth;
  const taken: LabelBox[] = [...(opts.avoid ?? [])];
  const out = new Map<string, PlacedLabel>();
  const order = requests
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) => Number(!!b.r.must) - Number(!!a.r.must) || b.r.priority - a.r.priority || a.i - b.i,
    );
  for (const { r } of order) {
    const width = measure(r.text, r.fontPx, !!r.bold);
    const at = (angle: number, radius: number, moved: boolean, flip = false): PlacedLabel => {
      const out: Anchor = r.outside ? labelAnchor(angle) : 'middle';
      const anchor: Anchor = !flip ? out : out === 'start' ? 'end' : out === 'end' ? 'start' : out;
      const p = pointOnRing(angle, radius, cx, cy);
      const box = boxAt(p.x, p.y, anchor, width, r.fontPx);
      return { key: r.key, text: r.text, x: p.x, y: p.y, anchor, box, angle, radius, moved };
    };
    let chosen: PlacedLabel | null = null;
    const tries = [
      ...r.radii.map((radius, k) => ({ radius, moved: k > 0, flip: false })),
      ...(r.inner ?? []).map((radius) => ({ radius, moved: true, flip: true })),
    ];
    search: for (const { radius, moved, flip } of tries) {
      // one label height along the circle, as an angle at this radius
      const step = (r.fontPx * 1.25) / Math.max(1, radius);
      for (const s of slides(r.slide ?? 0)) {
        const c = at(r.angle + s * step, radius, moved || s !== 0, flip);
        if (opts.bounds && !inside(c.box, opts.bounds)) continue;
        if (taken.some((t) => boxesOverlap(t, c.box))) continue;
        chosen = c;
        break search;
      }
    }
    if (!chosen && r.must && r.radii.length > 0) chosen = at(r.angle, r.radii[0]!, false);
    if (chosen) {
      taken.push(chosen.box);
      out.set(r.key, chosen);
    }
  }
  return out;
}
