import type { NodeId } from '../../engine/chord/frames';
import { nodeAngle, pointOnRing } from './geometry';
import type { RingGeom } from './ringConstants';

export function OwnerBadge({ id, geom, failed }: { id: NodeId; geom: RingGeom; failed: boolean }) {
  const p = pointOnRing(nodeAngle(id, geom.bits), geom.r, geom.cx, geom.cy);
  return (
    <circle
      className={failed ? 'owner-ring failed' : 'owner-ring'}
      data-mark="owner"
      cx={p.x}
      cy={p.y}
      r={25}
    />
  );
}
