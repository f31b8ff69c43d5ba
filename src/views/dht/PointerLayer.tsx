import { memo, useMemo } from 'react';
import type { ChordFrame, NodeId } from '../../engine/chord/frames';
import { chordPath, nodeAngle } from './geometry';
import { fingerRows, staleNodes, trueSuccessors } from './derive';
import { nodeRadius, type RingGeom } from './ringConstants';

/** The selected node's fingers as chords, and every stale successor pointer dashed. */
export const PointerLayer = memo(function PointerLayer({
  frame,
  geom,
  selected,
}: {
  frame: ChordFrame;
  geom: RingGeom;
  selected: NodeId | null;
}) {
  const node = selected !== null ? frame.nodes.get(selected) : undefined;
  const stale = useMemo(
    () => (frame.ids.length <= 2000 ? staleNodes(frame) : new Set<NodeId>()),
    [frame],
  );
  const angle = (id: number) => nodeAngle(id, geom.bits);
  const inset = nodeRadius(frame.ids.length) + 3;
  const chords: { to: NodeId; cls: string; key: string }[] = [];
  if (node) {
    const seen = new Set<number>();
    for (const row of fingerRows(frame, node)) {
      if (seen.has(row.node) || row.node === node.id) continue;
      seen.add(row.node);
      chords.push({
        to: row.node,
        cls: row.stale ? `finger stale ${row.stale}` : 'finger',
        key: `f${row.i}`,
      });
    }
  }
  const staleSucc: { from: NodeId; to: NodeId }[] = [];
  for (const id of stale) {
    const n = frame.nodes.get(id);
    const s = n?.successors[0];
    if (n && s !== undefined && s !== trueSuccessors(frame, id)[0])
      staleSucc.push({ from: id, to: s });
    if (staleSucc.length > 200) break;
  }
  return (
    <g className="pointers" aria-hidden="true">
      {staleSucc.map(({ from, to }) => (
        <path
          key={`s${from}`}
          className={`succ stale ${frame.gone.has(to) ? 'gone' : 'wrong'}`}
          d={chordPath(angle(from), angle(to), geom.r, geom.cx, geom.cy, inset)}
          markerEnd="url(#arrow-stale)"
        />
      ))}
      {node
        ? chords.map((c) => (
            <path
              key={c.key}
              className={c.cls}
              d={chordPath(angle(node.id), angle(c.to), geom.r, geom.cx, geom.cy, inset)}
              markerEnd={c.cls === 'finger' ? 'url(#arrow-finger)' : 'url(#arrow-stale)'}
            />
          ))
        : null}
      <defs>
        <Arrow id="arrow-finger" cls="arrow-finger" />
        <Arrow id="arrow-stale" cls="arrow-stale" />
        <Arrow id="arrow-hop" cls="arrow-hop" />
      </defs>
    </g>
  );
});

function Arrow({ id, cls }: { id: string; cls: string }) {
  return (
    <marker
      id={id}
      className={cls}
      viewBox="0 0 10 10"
      refX="9"
      refY="5"
      markerUnits="userSpaceOnUse"
      markerWidth="13"
      markerHeight="13"
      orient="auto-start-reverse"
    >
      <path d="M0,0L10,5L0,10z" />
    </marker>
  );
}
