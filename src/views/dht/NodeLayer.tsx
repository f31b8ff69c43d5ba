import { memo } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { ChordFrame, NodeId, Overlay } from '../../engine/chord/frames';
import { nodeAngle, pointOnRing, type Point } from './geometry';
import type { PlacedLabel } from './labels';
import { cross, type RingGeom } from './ringConstants';

/** A node on its way in: drawn dashed at its id until it is linked into the ring. */
function Joining({
  id,
  geom,
  radius,
  label,
  inside,
}: {
  id: number;
  geom: RingGeom;
  radius: number;
  label: PlacedLabel | undefined;
  inside: boolean;
}) {
  const p = joiningSpot(id, geom, radius, inside);
  return (
    <g className="joining" aria-hidden="true" data-mark="joining">
      <circle cx={p.x} cy={p.y} r={radius} />
      {label ? <Label at={label} /> : null}
    </g>
  );
}
/** A node's name, where the label pass put it. */
function Label({ at, cls }: { at: PlacedLabel; cls?: string }) {
  return (
    <text x={at.x} y={at.y} textAnchor={at.anchor} dominantBaseline="middle" className={cls}>
      {at.text}
    </text>
  );
}

/**
 * Thin leaders from each label that had to move off its dot's line back to the dot, all drawn
 * before any node: one never runs over another node's dot or name.
 */
function Leaders({
  labels,
  dots,
}: {
  labels: ReadonlyMap<number, PlacedLabel>;
  dots: readonly [number, Point][];
}) {
  return (
    <g className="leaders" aria-hidden="true">
      {dots.map(([id, p]) => {
        const l = labels.get(id);
        return l?.moved ? (
          <line key={id} className="leader" x1={p.x} y1={p.y} x2={l.x} y2={l.y} />
        ) : null;
      })}
    </g>
  );
}

/**
 * Nodes: the live ones on screen as focusable buttons, gone ones that are still pointed at
 * (a crash: ✕, keys lost; a leave: an arrow on, keys handed over). Labels come placed.
 */
export const NodeLayer = memo(function NodeLayer({
  frame,
  geom,
  shown,
  gone,
  labels,
  selected,
  hot,
  radius,
  joinInside = false,
  onSelect,
}: {
  frame: ChordFrame;
  geom: RingGeom;
  /** live nodes drawn in SVG */
  shown: readonly NodeId[];
  gone: readonly NodeId[];
  labels: ReadonlyMap<number, PlacedLabel>;
  selected: NodeId | null;
  hot: ReadonlySet<NodeId>;
  radius: number;
  /** the joining node waits inside the rim: a floating panel covers its spot outside */
  joinInside?: boolean;
  onSelect(id: NodeId): void;
}) {
  const small = radius < 13;
  const joining = joiningNode(frame);
  const onRing = (id: number) => pointOnRing(nodeAngle(id, geom.bits), geom.r, geom.cx, geom.cy);
  const dots: [number, Point][] = [
    ...[...gone, ...shown].map((id): [number, Point] => [id, onRing(id)]),
    ...(joining !== null
      ? [[joining, joiningSpot(joining, geom, radius, joinInside)] as [number, Point]]
      : []),
  ];
  return (
    <g className="nodes">
      <Leaders labels={labels} dots={dots} />
      {joining !== null ? (
        <Joining
          id={joining}
          geom={geom}
          radius={radius}
          label={labels.get(joining)}
          inside={joinInside}
        />
      ) : null}
      {gone.map((id) => {
        const a = nodeAngle(id, geom.bits);
        const p = pointOnRing(a, geom.r, geom.cx, geom.cy);
        const how = frame.gone.get(id) ?? 'crashed';
        const l = labels.get(id);
        return (
          <g key={`g${id}`} className={`node gone ${how}`} aria-hidden="true" data-mark={how}>
            <circle cx={p.x} cy={p.y} r={radius} />
            {how === 'crashed' ? (
              <path d={cross(p, radius * 0.55)} className="x" />
            ) : (
              <path d={leftArrow(p, a, radius)} className="left-arrow" />
            )}
            {l ? <Label at={l} /> : null}
          </g>
        );
      })}
      {shown.map((id) => {
        const a = nodeAngle(id, geom.bits);
        const p = pointOnRing(a, geom.r, geom.cx, geom.cy);
        const isSel = id === selected;
        const isHot = hot.has(id);
        const l = labels.get(id);
        const onKey = (e: ReactKeyboardEvent) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onSelect(id);
          }
        };
        return (
          <g
            key={id}
            className={`node${isSel ? ' selected' : ''}${isHot ? ' hot' : ''}${small ? ' small' : ''}`}
            role="button"
            tabIndex={0}
            aria-label={`Node ${id}`}
            aria-pressed={isSel}
            data-mark="node"
            onClick={(e) => {
              e.stopPropagation();
              onSelect(id);
            }}
            onKeyDown={onKey}
          >
            {l ? (
              // one hit area for dot and label, so a click anywhere on "N42" selects it
              <>
                <line className="hit" x1={p.x} y1={p.y} x2={l.x} y2={l.y} />
                <rect
                  className="hit-box"
                  x={l.box.x}
                  y={l.box.y}
                  width={l.box.w}
                  height={l.box.h}
                />
              </>
            ) : null}
            {isSel ? <circle className="halo" cx={p.x} cy={p.y} r={radius + 7} /> : null}
            <circle cx={p.x} cy={p.y} r={radius} />
            {l ? <Label at={l} /> : null}
          </g>
        );
      })}
    </g>
  );
});

/** A graceful leave: an arrow along the ring, clockwise, to the successor that took over. */
function leftArrow(p: Point, a: number, radius: number): string {
  const s = radius * 0.6;
  // the tangent at angle a, pointing clockwise
  const tx = Math.cos(a);
  const ty = Math.sin(a);
  const b = { x: p.x - tx * s, y: p.y - ty * s };
  const e = { x: p.x + tx * s, y: p.y + ty * s };
  const h = s * 0.7;
  const n = { x: -ty, y: tx };
  return (
    `M${b.x},${b.y}L${e.x},${e.y}` +
    `M${e.x - tx * h + n.x * h},${e.y - ty * h + n.y * h}L${e.x},${e.y}` +
    `L${e.x - tx * h - n.x * h},${e.y - ty * h - n.y * h}`
  );
}

/** Nodes the current step is about: drawn and labelled even on a dense ring. */
export function hotNodes(o: Overlay | null): NodeId[] {
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
    case 'design':
      return [
        ...(o.at !== null ? [o.at] : []),
        ...o.sends.map((s) => s.to),
        ...o.missed,
        ...(o.owner !== null ? [o.owner] : []),
        ...(o.trueOwner !== null ? [o.trueOwner] : []),
      ];
    default:
      return [];
  }
}

/** A node on its way in (a join, or the lookup a join runs), not yet in the ring. */
/**
 * Where a joining node waits: just outside the rim at its id, or just inside when a floating
 * panel (the zoom tools) covers that spot.
 */
export function joiningSpot(id: number, geom: RingGeom, radius: number, inside = false): Point {
  const out = radius + 10;
  return pointOnRing(nodeAngle(id, geom.bits), geom.r + (inside ? -out : out), geom.cx, geom.cy);
}

export function joiningNode(frame: ChordFrame): number | null {
  const o = frame.overlay;
  if (o?.kind === 'join' && !frame.nodes.has(o.node)) return o.node;
  if (o?.kind === 'lookup' && o.purpose === 'join' && !frame.nodes.has(o.keyId as NodeId))
    return o.keyId;
  return null;
}
