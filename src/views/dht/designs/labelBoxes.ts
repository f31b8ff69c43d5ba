import type { ChordFrame, NodeId } from '../../../engine/chord';
import { nodeAngle, pointOnRing, type BoxedText, type LabelBox, type Point } from '../geometry';
import { nodeRadius, type RingGeom } from '../ringConstants';
import { cacheTags } from './CacheLayer';

/** Values left on a node that does not own their key, as drawn: a mark and a text. */
export interface StrayTag extends BoxedText {
  readonly at: NodeId;
  /** the red key mark, just inside the node */
  readonly mark: Point;
  /** the text ("24 = "late"") further in, centred here */
  readonly c: Point;
}

const STRAY_H = 20;
/** Width of one character of the 15px bold stray text. */
const CHAR = 8.6;

export function strayTags(frame: ChordFrame, geom: RingGeom): StrayTag[] {
  const strays = frame.design?.strays;
  if (!strays) return [];
  const inset = nodeRadius(frame.ids.length) + 3;
  const at = (id: NodeId, dr: number) =>
    pointOnRing(nodeAngle(id, geom.bits), geom.r + dr, geom.cx, geom.cy);
  const out: StrayTag[] = [];
  for (const [id, list] of strays) {
    if (list.length === 0 || !frame.nodes.has(id)) continue;
    const text = list.map((x) => `${String(x.key)} = "${x.value}"`).join(', ');
    const c = at(id, -inset - 60);
    const w = text.length * CHAR + 4;
    out.push({
      at: id,
      mark: at(id, -inset - 12),
      c,
      text,
      box: { x: c.x - w / 2, y: c.y - STRAY_H / 2, w, h: STRAY_H },
    });
  }
  return out;
}

/** What the designs write on the ring, for the label pass to keep node and key names off. */
export function designLabelBoxes(frame: ChordFrame, geom: RingGeom): LabelBox[] {
  if (!frame.design) return [];
  return [...cacheTags(frame, geom), ...strayTags(frame, geom)].map((t) => t.box);
}
