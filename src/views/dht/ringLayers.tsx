import { memo, useMemo } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { ChordFrame, NodeId, Overlay } from '../../engine/chord/frames';
import {
  arcPath,
  chordPath,
  labelAnchor,
  nodeAngle,
  placeLabels,
  pointOnRing,
  tickIds,
} from './geometry';
import {
  fingerRows,
  keyLabel,
  keyOwners,
  nodeLabel,
  referencedGone,
  staleNodes,
  trueSuccessors,
} from './derive';
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
