import type { ChordFrame, NodeId } from '../../engine/chord/frames';
import { arcPath, nodeAngle, pointOnRing } from './geometry';
import type { Arc } from './zoom';

const S = 112;
const C = S / 2;
const R = S / 2 - 12;

/** Where the zoomed view is on the whole ring: the visible stretch drawn thick. */
export function Minimap({
  frame,
  arc,
  hot,
}: {
  frame: ChordFrame;
  arc: Arc;
  hot: ReadonlySet<NodeId>;
}) {
  const span = (((arc.to - arc.from) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  // a stretch too short to see still gets a visible tick
  const pad = Math.max(0, (0.12 - span) / 2);
  return (
    <svg
      className="minimap"
      width={S}
      height={S}
      role="img"
      aria-label="Where the view is on the ring"
    >
      <circle cx={C} cy={C} r={R} className="mm-ring" />
      {!arc.full ? (
        <path className="mm-view" d={arcPath(arc.from - pad, arc.to + pad, R, C, C)} />
      ) : null}
      {[...hot].slice(0, 40).map((id) => {
        const p = pointOnRing(nodeAngle(id, frame.bits), R, C, C);
        return <circle key={id} cx={p.x} cy={p.y} r={2.5} className="mm-hot" />;
      })}
    </svg>
  );
}
