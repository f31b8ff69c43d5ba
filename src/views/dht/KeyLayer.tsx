import { memo, useMemo } from 'react';
import type { ChordFrame, Key, NodeId } from '../../engine/chord/frames';
import { arcPath, nodeAngle, pointOnRing } from './geometry';
import { keyOwners } from './derive';
import { Diamond } from './Diamond';
import type { RingGeom } from './ringConstants';
import { onArc, type Arc } from './zoom';

/**
 * Keys: a diamond at the key's id, tied to its owner by an arc just inside the ring, and its
 * replica copies as hollow diamonds just inside the nodes holding them (§6.3 successor list).
 */
export const KeyLayer = memo(function KeyLayer({
  frame,
  geom,
  arc,
}: {
  frame: ChordFrame;
  geom: RingGeom;
  arc: Arc;
}) {
  const owners = useMemo(() => keyOwners(frame), [frame]);
  const angle = (id: number) => nodeAngle(id, geom.bits);
  const entries = [...frame.data.values()].filter((e) => {
    const owner = owners.get(e.key);
    return onArc(arc, angle(e.id)) || (owner !== undefined && onArc(arc, angle(owner)));
  });
  const copies = useMemo(() => replicaMarks(frame), [frame]);
  return (
    <g className="keys" aria-hidden="true">
      {entries.map((e) => {
        const owner = owners.get(e.key);
        const a = angle(e.id);
        const p = pointOnRing(a, geom.r - 8, geom.cx, geom.cy);
        return (
          <g key={`${typeof e.key}:${String(e.key)}`} className="key">
            {owner !== undefined ? (
              <path
                className="key-tie"
                data-mark="key-tie"
                d={arcPath(a, angle(owner), geom.r - 8, geom.cx, geom.cy)}
              />
            ) : null}
            <Diamond at={p} mark="key" />
          </g>
        );
      })}
      {copies
        .filter((c) => onArc(arc, angle(c.holder)))
        .map((c) => {
          // stacked inwards from the holder: one hollow diamond per copy it keeps
          // as big as a key's own diamond, so a copy reads as "the same key, again"
          const p = pointOnRing(angle(c.holder), geom.r - 22 - 13 * c.slot, geom.cx, geom.cy);
          return (
            <Diamond
              key={`r${c.holder}-${typeof c.key}:${String(c.key)}`}
              at={p}
              className="replica"
              mark="replica"
            />
          );
        })}
    </g>
  );
});

/** Every replica copy held by a live node, numbered per holder (at most 4 drawn each). */
export function replicaMarks(frame: ChordFrame): { holder: NodeId; key: Key; slot: number }[] {
  const out: { holder: NodeId; key: Key; slot: number }[] = [];
  if (frame.ids.length > 2000) return out;
  for (const node of frame.nodes.values())
    node.replicas.slice(0, 4).forEach((r, slot) => out.push({ holder: node.id, key: r.key, slot }));
  return out;
}
