import { memo } from 'react';
import { nodeAngle, pointOnRing, tickIds } from './geometry';
import type { RingGeom } from './ringConstants';

export const Ticks = memo(function Ticks({ geom }: { geom: RingGeom }) {
  if (geom.bits > 8) {
    const ids = tickIds(geom.bits, 8);
    return (
      <g className="ticks" aria-hidden="true">
        {ids.map((id) => {
          const a = nodeAngle(id, geom.bits);
          const p = pointOnRing(a, geom.r - 5, geom.cx, geom.cy);
          const q = pointOnRing(a, geom.r + 5, geom.cx, geom.cy);
          return <line key={id} x1={p.x} y1={p.y} x2={q.x} y2={q.y} />;
        })}
      </g>
    );
  }
  const marks = tickIds(geom.bits, 64);
  const labels = new Set(tickIds(geom.bits, 16));
  return (
    <g className="ticks" aria-hidden="true">
      {marks.map((id) => {
        const a = nodeAngle(id, geom.bits);
        const long = labels.has(id);
        const p = pointOnRing(a, geom.r - (long ? 7 : 4), geom.cx, geom.cy);
        const q = pointOnRing(a, geom.r, geom.cx, geom.cy);
        const t = pointOnRing(a, geom.r - 27, geom.cx, geom.cy);
        return (
          <g key={id}>
            <line x1={p.x} y1={p.y} x2={q.x} y2={q.y} className={long ? 'long' : undefined} />
            {long ? (
              <text x={t.x} y={t.y} textAnchor="middle" dominantBaseline="middle">
                {id}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
});
