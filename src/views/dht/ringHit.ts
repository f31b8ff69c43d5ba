import type { PointerEvent as ReactPointerEvent, MouseEvent as ReactMouseEvent } from 'react';
import type { ChordFrame, NodeId } from '../../engine/chord/frames';
import { idAtPoint, nearestNode, nodeAngle, pointOnRing } from './geometry';
import type { RingGeom } from './ringConstants';

export interface Hover {
  /** the id under the pointer */
  id: NodeId;
  /** the node under it (near enough to its dot), if any */
  node: NodeId | null;
}

/**
 * The ring itself as a target: hover shows the id under the pointer, a click selects the node
 * there or adds one at that id. Returns the props for the ring's hit path.
 */
export function ringHit({
  svg,
  scale,
  frame,
  geom,
  dense,
  setHover,
  onSelect,
  onAddAt,
}: {
  svg: () => SVGSVGElement | null;
  scale: number;
  frame: ChordFrame;
  geom: RingGeom;
  dense: boolean;
  setHover(h: Hover | null): void;
  onSelect(id: NodeId): void;
  onAddAt(id: NodeId): void;
}) {
  const pickAt = (e: ReactPointerEvent | ReactMouseEvent): Hover => {
    const rect = svg()!.getBoundingClientRect();
    const p = { x: (e.clientX - rect.left) / scale, y: (e.clientY - rect.top) / scale };
    const id = idAtPoint(p, frame.bits, geom.cx, geom.cy);
    const a = Math.atan2(p.x - geom.cx, -(p.y - geom.cy));
    const near = nearestNode(frame.ids, a < 0 ? a + 2 * Math.PI : a, frame.bits);
    let node: NodeId | null = null;
    if (near !== undefined) {
      const q = pointOnRing(nodeAngle(near, frame.bits), geom.r, geom.cx, geom.cy);
      if (Math.hypot(q.x - p.x, q.y - p.y) < (dense ? 10 : 16) || near === id)
        node = near as NodeId;
    }
    return { id, node };
  };
  return {
    className: 'ring-hit',
    fill: 'none',
    'data-testid': 'ring-hit',
    onPointerMove: (e: ReactPointerEvent) => setHover(pickAt(e)),
    // A dense ring draws the hovered node under the pointer; moving onto it is not leaving.
    // (Clearing the hover there removed the node, handed the pointer back to the ring, and so
    // on: the highlight flickered, and a click pressed on the node could be released on the
    // ring, which the browser then delivers to neither.)
    onPointerLeave: (e: ReactPointerEvent) => {
      const to = e.relatedTarget;
      if (to instanceof Element && to.closest('.nodes')) return;
      setHover(null);
    },
    onClick: (e: ReactMouseEvent) => {
      const h = pickAt(e);
      if (h.node !== null) onSelect(h.node);
      else onAddAt(h.id);
    },
  };
}
