/**
 * Where the ring's filled marks are, as boxes the label pass keeps names and numbers off: node
 * dots (the selected one with its halo), key diamonds, replica diamonds, misplaced values' marks and the heads of the
 * pointer arrows and of the lookup's hops. A label on one of them would read as naming it. Pure: stage pixels.
 */
import type { ChordFrame, NodeId, Routing } from '../../engine/chord/frames';
import {
  chordControl,
  maxBulge,
  nodeAngle,
  pointOnRing,
  type LabelBox,
  type Point,
} from './geometry';
import { replicaMarks } from './KeyLayer';
import { drawnPointers } from './PointerLayer';
import { strayTags } from './designs/labelBoxes';
import { nodeRadius, type RingGeom } from './ringConstants';
import { onArc, type Arc } from './zoom';

/** A key's or a copy's diamond: a 10-unit square turned 45°. */
const DIAMOND = 7.5;
/** The ring's arrowheads (RingArrow): 13 units long, the tip 1/10 past the path's end. */
const HEAD = 13;

const around = (p: Point, half: number): LabelBox => ({
  x: p.x - half,
  y: p.y - half,
  w: 2 * half,
  h: 2 * half,
});

/** The box of an arrowhead at the end of the chord from a to b (as OverlayLayer draws it). */
export function headBox(
  a: number,
  b: number,
  geom: RingGeom,
  inset: number,
  bulge = maxBulge(geom),
): LabelBox {
  const end = pointOnRing(b, geom.r - inset, geom.cx, geom.cy);
  const c = chordControl(a, b, geom, bulge);
  const d = Math.hypot(end.x - c.x, end.y - c.y) || 1;
  const [ux, uy] = [(end.x - c.x) / d, (end.y - c.y) / d];
  const pts = [
    { x: end.x + ux * HEAD * 0.1, y: end.y + uy * HEAD * 0.1 },
    { x: end.x - ux * HEAD * 0.9 - uy * HEAD * 0.5, y: end.y - uy * HEAD * 0.9 + ux * HEAD * 0.5 },
    { x: end.x - ux * HEAD * 0.9 + uy * HEAD * 0.5, y: end.y - uy * HEAD * 0.9 - ux * HEAD * 0.5 },
  ];
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

export function markBoxes(input: {
  frame: ChordFrame;
  geom: RingGeom;
  arc: Arc;
  /** node ids drawn as dots (live and gone) */
  nodes: readonly number[];
  dot: number;
  selected: NodeId | null;
  routing: Routing;
  skip: number;
}): LabelBox[] {
  const { frame, geom, arc, dot } = input;
  const angle = (id: number) => nodeAngle(id, geom.bits);
  const at = (id: number, r: number) => pointOnRing(angle(id), r, geom.cx, geom.cy);
  const out: LabelBox[] = [];
  // a dot and its outline; the selected node's halo is a ring 7 out (its stroke reaches 9)
  for (const id of input.nodes)
    out.push(around(at(id, geom.r), dot + (id === input.selected ? 9 : 3)));
  const keys = [...frame.data.values()].filter((e) => onArc(arc, angle(e.id)));
  if (keys.length <= 200) for (const e of keys) out.push(around(at(e.id, geom.r - 8), DIAMOND));
  for (const c of replicaMarks(frame))
    if (onArc(arc, angle(c.holder)))
      out.push(around(at(c.holder, geom.r - 22 - 13 * c.slot), DIAMOND));
  // a value stored on the wrong node: its red key mark
  for (const t of strayTags(frame, geom)) out.push(around(t.mark, 9));
  // every arrow ends just inside its node's dot, its head pointing in along the chord
  const inset = nodeRadius(frame.ids.length) + 3;
  const head = (from: number, to: number) => out.push(headBox(angle(from), angle(to), geom, inset));
  const { chords, staleSucc } = drawnPointers(frame, input.selected, input.routing, input.skip);
  if (input.selected !== null) for (const c of chords) head(input.selected, c.to);
  for (const s of staleSucc) head(s.from, s.to);
  const o = frame.overlay;
  // the designs' messages (DesignLayer draws them unbent by zoom)
  if (o?.kind === 'design')
    for (const m of o.sends) out.push(headBox(angle(m.from), angle(m.to), geom, inset, Infinity));
  if (o?.kind === 'lookup') {
    for (let i = 1; i < o.path.length; i++) head(o.path[i - 1]!, o.path[i]!);
    if (o.token) head(o.token.from, o.token.to);
  }
  return out;
}
