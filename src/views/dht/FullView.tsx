import type { RingGeom } from './ringConstants';

/**
 * The circle just inside the ring that says "this node's table or view lists every live node:
 * no pointer to follow" (full routing, and a leader design node with the whole view).
 */
export function FullView({ geom, inset }: { geom: RingGeom; inset: number }) {
  return (
    <circle
      className="full-view"
      data-mark="full"
      cx={geom.cx}
      cy={geom.cy}
      r={geom.r - inset - 4}
    />
  );
}
