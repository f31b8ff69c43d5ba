import { memo, useMemo } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { ChordFrame, NodeId, Overlay } from '../../engine/chord/frames';
import { labelAnchor, nodeAngle, placeLabels, pointOnRing } from './geometry';
import { nodeLabel, referencedGone } from './derive';
import { DENSE, LABEL_ALL, cross, nodeRadius, type RingGeom } from './ringConstants';

/** A node on its way in: drawn dashed at its id until it is linked into the ring. */
function Joining({ id, geom, radius }: { id: number; geom: RingGeom; radius: number }) {
  const a = nodeAngle(id, geom.bits);
  const p = pointOnRing(a, geom.r + radius + 10, geom.cx, geom.cy);
  const l = pointOnRing(a, geom.r + radius + 38, geom.cx, geom.cy);
  return (
    <g className="joining" aria-hidden="true">
      <circle cx={p.x} cy={p.y} r={radius} />
      <text x={l.x} y={l.y} textAnchor={labelAnchor(a)} dominantBaseline="middle">
        N{id} joining
      </text>
    </g>
  );
}
/** Nodes: every live node as a focusable button (sparse rings) or just the highlighted ones. */
export const NodeLayer = memo(function NodeLayer({
  frame,
  geom,
  selected,
  hoverNode,
  onSelect,
}: {
  frame: ChordFrame;
  geom: RingGeom;
  selected: NodeId | null;
  hoverNode: NodeId | null;
  onSelect(id: NodeId): void;
}) {
  const dense = frame.ids.length > DENSE;
  const hot = hotNodes(frame.overlay);
  const gone = useMemo(() => (frame.ids.length <= 2000 ? referencedGone(frame) : []), [frame]);
  let shown: readonly NodeId[] = frame.ids;
  if (dense) {
    const set = new Set<NodeId>(hot);
    if (selected !== null && frame.nodes.has(selected)) set.add(selected);
    if (hoverNode !== null) set.add(hoverNode);
    shown = [...set].filter((id) => frame.nodes.has(id)).sort((a, b) => a - b);
  }
  const radius = nodeRadius(frame.ids.length);
  const labelAll = frame.ids.length <= LABEL_ALL;
  // labels that would overlap step outwards (clusters of close ids)
  const labelled = [
    ...gone.filter(() => labelAll),
    ...shown.filter((id) => labelAll || id === selected || hot.includes(id) || id === hoverNode),
  ].sort((x, y) => x - y);
  const nodeRadii = [geom.r + 32, geom.r + 54, geom.r + 76];
  const rowsOf = placeLabels(
    labelled.map((id) => ({ angle: nodeAngle(id, geom.bits), chars: nodeLabel(id).length })),
    nodeRadii,
    17,
    true,
    geom.cx,
    geom.cy,
    [],
    { x: 0, y: 0, w: geom.w, h: geom.h },
  );
  const rowById = new Map(labelled.map((id, i) => [id, rowsOf[i] ?? 0]));
  const labelR = (id: number) => nodeRadii[rowById.get(id as NodeId) ?? 0]!;
  const o = frame.overlay;
  const joining =
    o?.kind === 'join' && !frame.nodes.has(o.node)
      ? o.node
      : o?.kind === 'lookup' && o.purpose === 'join' && !frame.nodes.has(o.keyId as NodeId)
        ? o.keyId
        : null;
  return (
    <g className="nodes">
      {joining !== null ? <Joining id={joining} geom={geom} radius={radius} /> : null}
      {gone.map((id) => {
        const a = nodeAngle(id, geom.bits);
        const p = pointOnRing(a, geom.r, geom.cx, geom.cy);
        const l = pointOnRing(a, labelR(id), geom.cx, geom.cy);
        return (
          <g key={`g${id}`} className={`node gone ${frame.gone.get(id)}`} aria-hidden="true">
            <circle cx={p.x} cy={p.y} r={radius} />
            <path d={cross(p, radius * 0.55)} className="x" />
            {labelAll ? (
              <text x={l.x} y={l.y} textAnchor={labelAnchor(a)} dominantBaseline="middle">
                {nodeLabel(id)}
              </text>
            ) : null}
          </g>
        );
      })}
      {shown.map((id) => {
        const a = nodeAngle(id, geom.bits);
        const p = pointOnRing(a, geom.r, geom.cx, geom.cy);
        const isSel = id === selected;
        const isHot = hot.includes(id);
        const label = labelAll || isSel || isHot || id === hoverNode;
        const l = pointOnRing(a, labelR(id), geom.cx, geom.cy);
        const l2 = pointOnRing(a, labelR(id) + 20, geom.cx, geom.cy);
        const onKey = (e: ReactKeyboardEvent) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onSelect(id);
          }
        };
        return (
          <g
            key={id}
            className={`node${isSel ? ' selected' : ''}${isHot ? ' hot' : ''}${labelAll ? '' : ' small'}`}
            role="button"
            tabIndex={0}
            aria-label={`Node ${id}`}
            aria-pressed={isSel}
            onClick={(e) => {
              e.stopPropagation();
              onSelect(id);
            }}
            onKeyDown={onKey}
          >
            {label ? (
              // one hit area for dot and label, so a click anywhere on "N42" selects it
              <line className="hit" x1={p.x} y1={p.y} x2={l2.x} y2={l2.y} />
            ) : null}
            {isSel ? <circle className="halo" cx={p.x} cy={p.y} r={radius + 7} /> : null}
            <circle cx={p.x} cy={p.y} r={radius} />
            {label ? (
              <text x={l.x} y={l.y} textAnchor={labelAnchor(a)} dominantBaseline="middle">
                {nodeLabel(id)}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
});

function hotNodes(o: Overlay | null): NodeId[] {
  if (!o) return [];
  switch (o.kind) {
    case 'lookup':
      return [...o.path, o.at, ...(o.owner !== null ? [o.owner] : [])];
    case 'store':
      return [o.owner, ...o.copies];
    case 'read':
      return [o.owner];
    case 'join':
    case 'leave':
    case 'crash':
      return [
        o.node,
        ...(o.peer !== null ? [o.peer] : []),
        ...(o.movedTo !== null ? [o.movedTo] : []),
      ].filter((x) => o.kind === 'join' || x !== o.node);
    case 'stabilize':
      return o.node !== null ? [o.node] : [];
    default:
      return [];
  }
}
