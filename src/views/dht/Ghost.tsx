import { labelAnchor, nodeAngle, pointOnRing } from './geometry';
import type { RingGeom } from './ringConstants';

/** Where a click on the ring would add a node: a dashed dot and "+ N26". */
export function Ghost({ id, geom }: { id: number; geom: RingGeom }) {
  const a = nodeAngle(id, geom.bits);
  const p = pointOnRing(a, geom.r, geom.cx, geom.cy);
  const l = pointOnRing(a, geom.r + 34, geom.cx, geom.cy);
  return (
    <g className="ghost" aria-hidden="true" pointerEvents="none">
      <circle cx={p.x} cy={p.y} r={12} />
      <text x={l.x} y={l.y} textAnchor={labelAnchor(a)} dominantBaseline="middle">
        + N{id}
      </text>
    </g>
  );
}
