/**
 * Which labels the ring draws and where: node names outside the circle, key names and the
 * lookup's target inside it, id ticks just inside. Built once per picture so no two overlap
 * and none hides under a panel; what finds no room is left out (hover a node to read it).
 */
import type { ChordFrame, Key, NodeId } from '../../engine/chord/frames';
import { nodeAngle, type LabelBox } from './geometry';
import { keyLabel, nodeLabel } from './derive';
import { planLabels, type LabelRequest, type Measure, type PlacedLabel } from './labels';
import type { RingGeom } from './ringConstants';
import { onArc, type Arc } from './zoom';

export interface RingLabels {
  readonly nodes: ReadonlyMap<number, PlacedLabel>;
  readonly keys: ReadonlyMap<Key, PlacedLabel>;
  readonly ticks: ReadonlyMap<number, PlacedLabel>;
  readonly target: PlacedLabel | null;
}

export interface LabelInput {
  readonly frame: ChordFrame;
  readonly geom: RingGeom;
  readonly arc: Arc;
  /** node ids drawn in SVG (live and gone), each with the text of its label */
  readonly nodes: readonly { id: number; text: string; must: boolean; lift?: number }[];
  /** the radius of a node dot */
  readonly dot: number;
  /** tick ids that carry a number */
  readonly ticks: readonly number[];
  /** a lookup's target id, labelled "key 54" unless a stored key sits there */
  readonly target: number | null;
  /** panels floating over the stage, in stage pixels */
  readonly avoid: readonly LabelBox[];
  /** the filled marks drawn on the ring (markBoxes): no label sits on one */
  readonly marks?: readonly LabelBox[];
  readonly measure?: Measure;
}

export const NODE_FONT = 17;
export const KEY_FONT = 14;
export const TICK_FONT = 14;

export function ringLabels(input: LabelInput): RingLabels {
  const { frame, geom, arc, dot } = input;
  const angle = (id: number) => nodeAngle(id, geom.bits);
  const reqs: LabelRequest[] = [];
  for (const n of input.nodes) {
    const out = geom.r + dot + 18 + (n.lift ?? 0);
    reqs.push({
      key: `n${n.id}`,
      text: n.text,
      angle: angle(n.id),
      radii: [out, out + 22, out + 44],
      inner: [geom.r - dot - 22],
      outside: true,
      fontPx: NODE_FONT,
      bold: true,
      must: n.must,
      priority: 5,
      slide: 2,
    });
  }
  const inner = [geom.r - 50, geom.r - 72, geom.r - 94];
  const keys = [...frame.data.values()].filter((e) => onArc(arc, angle(e.id)));
  if (keys.length <= 60)
    for (const e of keys)
      reqs.push({
        key: `k${typeof e.key}:${String(e.key)}`,
        text: keyLabel(e.key),
        angle: angle(e.id),
        radii: inner,
        outside: false,
        fontPx: KEY_FONT,
        bold: true,
        priority: 3,
        slide: 1,
      });
  const t = input.target;
  if (t !== null && ![...frame.data.values()].some((e) => e.id === t))
    reqs.push({
      key: 'target',
      text: `key ${t}`,
      angle: angle(t),
      radii: [...inner, geom.r - 116],
      outside: false,
      fontPx: KEY_FONT,
      bold: true,
      priority: 4,
      slide: 1,
    });
  for (const id of input.ticks)
    reqs.push({
      key: `t${id}`,
      text: String(id),
      angle: angle(id),
      radii: [geom.r - 27],
      outside: false,
      fontPx: TICK_FONT,
      priority: 0,
    });
  const placed = planLabels(reqs, geom.cx, geom.cy, {
    avoid: [...input.avoid, ...(input.marks ?? [])],
    bounds: { x: 0, y: 0, w: geom.w, h: geom.h },
    measure: input.measure,
  });
  const nodes = new Map<number, PlacedLabel>();
  for (const n of input.nodes) {
    const p = placed.get(`n${n.id}`);
    if (p) nodes.set(n.id, p);
  }
  const keyMap = new Map<Key, PlacedLabel>();
  for (const e of keys) {
    const p = placed.get(`k${typeof e.key}:${String(e.key)}`);
    if (p) keyMap.set(e.key, p);
  }
  const ticks = new Map<number, PlacedLabel>();
  for (const id of input.ticks) {
    const p = placed.get(`t${id}`);
    if (p) ticks.set(id, p);
  }
  return { nodes, keys: keyMap, ticks, target: placed.get('target') ?? null };
}

/** A node's label text: struck-out names say how the node went. */
export const nodeText = (frame: ChordFrame, id: number): string => {
  const gone = frame.gone.get(id as NodeId);
  return gone === 'left' ? `${nodeLabel(id)} left` : nodeLabel(id);
};

const widths = new Map<string, number>();
let ctx: CanvasRenderingContext2D | null | undefined;

/** Real text widths from the page's font (a canvas measures them), cached. */
export const measureText: Measure = (text, fontPx, bold) => {
  const k = `${fontPx}|${bold ? 1 : 0}|${text}`;
  const hit = widths.get(k);
  if (hit !== undefined) return hit;
  if (ctx === undefined) ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return text.length * fontPx * 0.7;
  ctx.font = `${bold ? 700 : 400} ${fontPx}px ${getComputedStyle(document.body).fontFamily}`;
  const w = ctx.measureText(text).width;
  widths.set(k, w);
  return w;
};
