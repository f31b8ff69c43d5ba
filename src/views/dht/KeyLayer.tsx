import { memo, useMemo } from 'react';
import type { ChordFrame } from '../../engine/chord/frames';
import { arcPath, nodeAngle, placeLabels, pointOnRing } from './geometry';
import { keyLabel, keyOwners } from './derive';
import type { RingGeom } from './ringConstants';

/** Keys: a diamond at the key's id, tied to its owner by an arc just inside the ring. */
export const KeyLayer = memo(function KeyLayer({
  frame,
  geom,
}: {
  frame: ChordFrame;
  geom: RingGeom;
}) {
  const owners = useMemo(() => keyOwners(frame), [frame]);
  const entries = [...frame.data.values()];
  const showLabels = entries.length <= 40;
  const radii = [geom.r - 50, geom.r - 72, geom.r - 94];
  const rows = placeLabels(
    entries.map((e) => ({ angle: nodeAngle(e.id, geom.bits), chars: keyLabel(e.key).length })),
    radii,
    15,
    false,
    geom.cx,
    geom.cy,
  );
  return (
    <g className="keys" aria-hidden="true">
      {entries.map((e, i) => {
        const owner = owners.get(e.key);
        const a = nodeAngle(e.id, geom.bits);
        const p = pointOnRing(a, geom.r - 8, geom.cx, geom.cy);
        const t = pointOnRing(a, radii[rows[i] ?? 0]!, geom.cx, geom.cy);
        return (
          <g key={String(e.key)} className="key">
            {owner !== undefined ? (
              <path
                className="key-tie"
                d={arcPath(a, nodeAngle(owner, geom.bits), geom.r - 8, geom.cx, geom.cy)}
              />
            ) : null}
            <rect
              x={p.x - 5}
              y={p.y - 5}
              width={10}
              height={10}
              transform={`rotate(45 ${p.x} ${p.y})`}
            />
            {showLabels ? (
              <text x={t.x} y={t.y} textAnchor="middle" dominantBaseline="middle">
                {keyLabel(e.key)}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
});
