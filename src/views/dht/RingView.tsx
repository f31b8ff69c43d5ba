import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, PointerEvent as ReactPointerEvent } from 'react';
import { select, zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { ChordFrame, Key, NodeId, Overlay } from '../../engine/chord/frames';
import {
  arcPath,
  chordPath,
  easeInOut,
  idAtPoint,
  labelAnchor,
  nearestNode,
  placeLabels,
  nodeAngle,
  pointOnRing,
  tickIds,
  tokenPosition,
  type Point,
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

/** Above this many live nodes, dots, ticks and key marks go to a canvas. */
export const DENSE = 300;
/** Above this many live nodes, only highlighted nodes get a label. */
const LABEL_ALL = 64;

export interface RingGeom {
  readonly w: number;
  readonly h: number;
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  readonly bits: number;
}

interface Props {
  frame: ChordFrame;
  /** the step's position in the timeline (changes = a new picture) */
  cursor: number;
  /** animate into this picture (the player just stepped forward by one) */
  animate: boolean;
  durationMs: number;
  selected: NodeId | null;
  /** room kept free on the left of the stage (for the pseudo-code panel) */
  reserveLeft?: number;
  onSelect(id: NodeId | null): void;
  onAddAt(id: number): void;
}

export function RingView({
  frame,
  cursor,
  animate,
  durationMs,
  selected,
  reserveLeft = 0,
  onSelect,
  onAddAt,
}: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const worldRef = useRef<SVGGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const transformRef = useRef<ZoomTransform>(zoomIdentity);
  const [size, setSize] = useState({ w: 800, h: 460 });
  const [hover, setHover] = useState<{ id: number; node: NodeId | null } | null>(null);

  useLayoutEffect(() => {
    const el = boxRef.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) setSize({ w: r.width, h: r.height });
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const geom: RingGeom = useMemo(() => {
    // keep the left strip free only when the stage is wide enough to afford it
    const left = size.w - reserveLeft >= 0.75 * size.h ? reserveLeft : 0;
    const avail = size.w - left;
    // labels run horizontally: leave more room left and right than above and below
    const chars = String(2 ** frame.bits - 1).length + 1;
    const side = Math.min(112, Math.max(80, 36 + 9 * chars));
    const r = Math.max(60, Math.min(avail / 2 - side, size.h / 2 - 56));
    const cx = left + avail / 2;
    return { w: size.w, h: size.h, cx, cy: size.h / 2 + 4, r, bits: frame.bits };
  }, [size, frame.bits, reserveLeft]);

  const dense = frame.ids.length > DENSE;

  // Canvas layer for dense rings: redrawn on every zoom event and every new frame.
  const drawRef = useRef<() => void>(() => {});
  drawRef.current = () => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const dpr = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(geom.w * dpr)) canvas.width = Math.round(geom.w * dpr);
    if (canvas.height !== Math.round(geom.h * dpr)) canvas.height = Math.round(geom.h * dpr);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (!dense) return;
    const t = transformRef.current;
    ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
    drawDense(ctx, frame, geom, t.k);
  };
  useEffect(() => drawRef.current());

  // d3-zoom, created once; the extent follows the size.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.5, 60])
      .filter((e: Event) => {
        if (e.type === 'dblclick') return false;
        if (e instanceof MouseEvent && e.button !== 0 && e.type !== 'wheel') return false;
        return true;
      })
      .on('zoom', (e: { transform: ZoomTransform }) => {
        transformRef.current = e.transform;
        worldRef.current?.setAttribute('transform', e.transform.toString());
        drawRef.current();
      });
    zoomRef.current = behaviour;
    select(svg).call(behaviour);
    return () => {
      select(svg).on('.zoom', null);
      zoomRef.current = null;
    };
  }, []);
  useEffect(() => {
    zoomRef.current?.extent([
      [0, 0],
      [geom.w, geom.h],
    ]);
  }, [geom.w, geom.h]);

  const resetZoom = () => {
    const svg = svgRef.current;
    if (svg && zoomRef.current) select(svg).call(zoomRef.current.transform, zoomIdentity);
  };

  const toWorld = (e: ReactPointerEvent | React.MouseEvent): Point => {
    const rect = svgRef.current!.getBoundingClientRect();
    const [x, y] = transformRef.current.invert([e.clientX - rect.left, e.clientY - rect.top]);
    return { x, y };
  };
  const pickAt = (e: ReactPointerEvent | React.MouseEvent) => {
    const p = toWorld(e);
    const id = idAtPoint(p, frame.bits, geom.cx, geom.cy);
    const a = Math.atan2(p.x - geom.cx, -(p.y - geom.cy));
    const angle = a < 0 ? a + 2 * Math.PI : a;
    const near = nearestNode(frame.ids, angle, frame.bits);
    let node: NodeId | null = null;
    if (near !== undefined) {
      const q = pointOnRing(nodeAngle(near, frame.bits), geom.r, geom.cx, geom.cy);
      const px = Math.hypot(q.x - p.x, q.y - p.y) * transformRef.current.k;
      if (px < (dense ? 10 : 16) || near === id) node = near as NodeId;
    }
    return { id, node };
  };

  const overlay = frame.overlay;
  return (
    <div className="ring-box" ref={boxRef}>
      <canvas ref={canvasRef} className="ring-canvas" aria-hidden="true" />
      <svg
        ref={svgRef}
        className="ring-svg"
        width={geom.w}
        height={geom.h}
        role="group"
        aria-label={`Chord ring: ${frame.ids.length} nodes on ${2 ** frame.bits} ids`}
      >
        <g ref={worldRef} transform={transformRef.current.toString()}>
          <circle
            className="ring-circle"
            cx={geom.cx}
            cy={geom.cy}
            r={geom.r}
            fill="none"
            aria-hidden="true"
          />
          {!dense ? <Ticks geom={geom} /> : null}
          <circle
            className="ring-hit"
            cx={geom.cx}
            cy={geom.cy}
            r={geom.r}
            fill="none"
            data-testid="ring-hit"
            onPointerMove={(e) => setHover(pickAt(e))}
            onPointerLeave={() => setHover(null)}
            onClick={(e) => {
              const h = pickAt(e);
              if (h.node !== null) onSelect(h.node);
              else onAddAt(h.id);
            }}
          />
          {!dense ? <KeyLayer frame={frame} geom={geom} /> : null}
          <PointerLayer frame={frame} geom={geom} selected={selected} />
          <OverlayLayer frame={frame} overlay={overlay} geom={geom} />
          <NodeLayer
            frame={frame}
            geom={geom}
            selected={selected}
            hoverNode={hover?.node ?? null}
            onSelect={onSelect}
          />
          <MovingLayer
            frame={frame}
            geom={geom}
            cursor={cursor}
            animate={animate}
            durationMs={durationMs}
          />
          {hover && hover.node === null ? <Ghost id={hover.id} geom={geom} /> : null}
        </g>
      </svg>
      <Legend />
      <button type="button" className="zoom-reset" onClick={resetZoom} title="Reset pan and zoom">
        Fit
      </button>
    </div>
  );
}

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

function Ghost({ id, geom }: { id: number; geom: RingGeom }) {
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

const Ticks = memo(function Ticks({ geom }: { geom: RingGeom }) {
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
const KeyLayer = memo(function KeyLayer({ frame, geom }: { frame: ChordFrame; geom: RingGeom }) {
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
const PointerLayer = memo(function PointerLayer({
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
const NodeLayer = memo(function NodeLayer({
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

const nodeRadius = (n: number): number => (n <= LABEL_ALL ? 13 : n > DENSE ? 8 : n > 150 ? 5 : 7);

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

const cross = (p: Point, s: number) =>
  `M${p.x - s},${p.y - s}L${p.x + s},${p.y + s}M${p.x - s},${p.y + s}L${p.x + s},${p.y - s}`;

/** What the current step animates: a lookup's path and token, moving keys, changed pointers. */
function OverlayLayer({
  frame,
  overlay,
  geom,
}: {
  frame: ChordFrame;
  overlay: Overlay | null;
  geom: RingGeom;
}) {
  if (!overlay) return null;
  const angle = (id: number) => nodeAngle(id, geom.bits);
  const inset = nodeRadius(frame.ids.length) + 3;
  const chord = (a: number, b: number) =>
    chordPath(angle(a), angle(b), geom.r, geom.cx, geom.cy, inset);
  const changed = overlay.changed.slice(0, 300).filter((c) => c.to !== null && c.to !== c.node);
  const changedLayer = (
    <g className="changed">
      {changed.map((c, i) => (
        <path
          key={`${c.node}-${c.field}-${c.index}-${i}`}
          className="changed-ptr"
          d={chord(c.node, c.to!)}
          markerEnd="url(#arrow-hop)"
        />
      ))}
    </g>
  );
  if (overlay.kind === 'lookup') {
    const token = overlay.token;
    const hops: { from: NodeId; to: NodeId }[] = [];
    for (let i = 1; i < overlay.path.length; i++) {
      const from = overlay.path[i - 1]!;
      const to = overlay.path[i]!;
      if (token && i === overlay.path.length - 1 && token.from === from && token.to === to)
        continue;
      hops.push({ from, to });
    }
    const kA = angle(overlay.keyId);
    const kp = pointOnRing(kA, geom.r + 2, geom.cx, geom.cy);
    const kl = pointOnRing(kA, geom.r - 50, geom.cx, geom.cy);
    // a stored key at the same id already carries a label there
    const labelTarget = ![...frame.data.values()].some((e) => e.id === overlay.keyId);
    const at = pointOnRing(angle(overlay.at), geom.r, geom.cx, geom.cy);
    return (
      <g className={`overlay lookup${overlay.failed ? ' failed' : ''}`} aria-hidden="true">
        <g className="target">
          <circle cx={kp.x} cy={kp.y} r={9} />
          {labelTarget ? (
            <text x={kl.x} y={kl.y} textAnchor="middle" dominantBaseline="middle">
              key {overlay.keyId}
            </text>
          ) : null}
        </g>
        {hops.map((h, i) => (
          <path key={`h${i}`} className="hop" d={chord(h.from, h.to)} markerEnd="url(#arrow-hop)" />
        ))}
        {overlay.timeouts.map((g) => {
          const from = overlay.path[overlay.path.length - 1] ?? overlay.origin;
          const p = pointOnRing(angle(g), geom.r, geom.cx, geom.cy);
          return (
            <g key={`t${g}`} className="timeout">
              <path d={chord(from, g)} />
              <path className="x" d={cross(p, 11)} />
            </g>
          );
        })}
        <circle className="at-ring" cx={at.x} cy={at.y} r={21} />
        {token ? (
          <path
            className={frame.gone.has(token.to) ? 'hop current timeout-hop' : 'hop current'}
            d={chord(token.from, token.to)}
            markerEnd="url(#arrow-hop)"
          />
        ) : null}
        {overlay.done && overlay.owner !== null ? (
          <OwnerBadge id={overlay.owner} geom={geom} failed={overlay.failed} />
        ) : null}
      </g>
    );
  }
  if (overlay.kind === 'join' || overlay.kind === 'leave' || overlay.kind === 'crash') {
    return (
      <g className={`overlay membership ${overlay.kind}`} aria-hidden="true">
        {changedLayer}
        {frame.nodes.has(overlay.node) || frame.gone.has(overlay.node) ? (
          <circle
            className="at-ring"
            cx={pointOnRing(angle(overlay.node), geom.r, geom.cx, geom.cy).x}
            cy={pointOnRing(angle(overlay.node), geom.r, geom.cx, geom.cy).y}
            r={21}
          />
        ) : null}
        {overlay.lost.slice(0, 100).map((k) => {
          const e = frame.data.get(k);
          const id = e?.id ?? (typeof k === 'number' ? k : null);
          if (id === null) return null;
          const p = pointOnRing(angle(id), geom.r - 8, geom.cx, geom.cy);
          return (
            <g key={`l${String(k)}`} className="lost">
              <path className="x" d={cross(p, 9)} />
            </g>
          );
        })}
      </g>
    );
  }
  if (overlay.kind === 'store' || overlay.kind === 'read') {
    const copies = overlay.kind === 'store' ? overlay.copies : [];
    return (
      <g className="overlay store" aria-hidden="true">
        {changedLayer}
        {copies.map((c) => (
          <path
            key={`c${c}`}
            className="copy"
            d={chord(overlay.owner, c)}
            markerEnd="url(#arrow-hop)"
          />
        ))}
        <OwnerBadge id={overlay.owner} geom={geom} failed={false} />
      </g>
    );
  }
  const focus = overlay.kind === 'stabilize' ? overlay.node : null;
  const fp = focus !== null ? pointOnRing(angle(focus), geom.r, geom.cx, geom.cy) : null;
  return (
    <g className="overlay" aria-hidden="true">
      {changedLayer}
      {fp ? <circle className="at-ring stabilizing" cx={fp.x} cy={fp.y} r={21} /> : null}
    </g>
  );
}

/** Things in motion, drawn above the nodes: the query token and keys changing hands. */
function MovingLayer({
  frame,
  geom,
  cursor,
  animate,
  durationMs,
}: {
  frame: ChordFrame;
  geom: RingGeom;
  cursor: number;
  animate: boolean;
  durationMs: number;
}) {
  const overlay = frame.overlay;
  if (!overlay) return null;
  const angle = (id: number) => nodeAngle(id, geom.bits);
  if (overlay.kind === 'lookup' && overlay.token) {
    const token = overlay.token;
    return (
      <g className="moving" aria-hidden="true" pointerEvents="none">
        <Token
          key={`tok${cursor}`}
          a={angle(token.from)}
          b={angle(token.to)}
          geom={geom}
          animate={animate}
          durationMs={durationMs}
          timeout={frame.gone.has(token.to)}
        />
      </g>
    );
  }
  if (
    (overlay.kind === 'join' || overlay.kind === 'leave' || overlay.kind === 'crash') &&
    overlay.movedFrom !== null &&
    overlay.movedTo !== null
  ) {
    const from = overlay.movedFrom;
    const to = overlay.movedTo;
    return (
      <g className="moving" aria-hidden="true" pointerEvents="none">
        {overlay.moved.slice(0, 50).map((k, i) => (
          <FlyingKey
            key={`m${cursor}-${String(k)}`}
            keyName={k}
            from={from}
            to={to}
            geom={geom}
            animate={animate}
            durationMs={durationMs}
            delay={i * 60}
          />
        ))}
      </g>
    );
  }
  return null;
}

function OwnerBadge({ id, geom, failed }: { id: NodeId; geom: RingGeom; failed: boolean }) {
  const p = pointOnRing(nodeAngle(id, geom.bits), geom.r, geom.cx, geom.cy);
  return (
    <circle className={failed ? 'owner-ring failed' : 'owner-ring'} cx={p.x} cy={p.y} r={25} />
  );
}

/** The query token: travels along the hop's chord with requestAnimationFrame, ends exactly at b. */
function Token({
  a,
  b,
  geom,
  animate,
  durationMs,
  timeout,
}: {
  a: number;
  b: number;
  geom: RingGeom;
  animate: boolean;
  durationMs: number;
  timeout: boolean;
}) {
  const ref = useRef<SVGGElement>(null);
  // a timeout attempt: the token goes out and comes back empty-handed
  const place = (t: number) => {
    const u = timeout ? (t < 0.5 ? t * 1.6 : (1 - t) * 1.6) : t;
    const p = tokenPosition(a, b, geom.r, easeInOut(u), geom.cx, geom.cy);
    ref.current?.setAttribute('transform', `translate(${p.x} ${p.y})`);
  };
  useAnimation(animate, durationMs, place);
  const end = tokenPosition(a, b, geom.r, timeout ? 0 : 1, geom.cx, geom.cy);
  return (
    <g
      ref={ref}
      className={`token${timeout ? ' timeout' : ''}`}
      transform={`translate(${end.x} ${end.y})`}
    >
      <circle r={10} />
      <text dominantBaseline="middle" textAnchor="middle">
        ?
      </text>
    </g>
  );
}

function FlyingKey({
  keyName,
  from,
  to,
  geom,
  animate,
  durationMs,
  delay,
}: {
  keyName: Key;
  from: NodeId;
  to: NodeId;
  geom: RingGeom;
  animate: boolean;
  durationMs: number;
  delay: number;
}) {
  const ref = useRef<SVGGElement>(null);
  const a = nodeAngle(from, geom.bits);
  const b = nodeAngle(to, geom.bits);
  const place = (t: number) => {
    const p = tokenPosition(a, b, geom.r - 26, easeInOut(t), geom.cx, geom.cy);
    ref.current?.setAttribute('transform', `translate(${p.x} ${p.y})`);
  };
  useAnimation(animate, durationMs + delay, (t) =>
    place(Math.max(0, (t * (durationMs + delay) - delay) / durationMs)),
  );
  const end = tokenPosition(a, b, geom.r - 26, 1, geom.cx, geom.cy);
  return (
    <g ref={ref} className="flying-key" transform={`translate(${end.x} ${end.y})`}>
      <rect x={-6} y={-6} width={12} height={12} transform="rotate(45)" />
      <text x={10} y={0} dominantBaseline="middle">
        {keyLabel(keyName)}
      </text>
    </g>
  );
}

/** Runs place(t) for t from 0 to 1 over durationMs when `animate`; else places at 1 at once. */
function useAnimation(animate: boolean, durationMs: number, place: (t: number) => void) {
  const placeRef = useRef(place);
  placeRef.current = place;
  useLayoutEffect(() => {
    if (!animate || durationMs <= 0) {
      placeRef.current(1);
      return;
    }
    let raf = 0;
    const t0 = performance.now();
    const frame = (now: number) => {
      const t = Math.min(1, (now - t0) / durationMs);
      placeRef.current(t);
      if (t < 1) raf = requestAnimationFrame(frame);
    };
    placeRef.current(0);
    raf = requestAnimationFrame(frame);
    return () => {
      cancelAnimationFrame(raf);
      placeRef.current(1);
    };
  }, [animate, durationMs]);
}

function Legend() {
  return (
    <div className="ring-legend" aria-label="Legend">
      <span>
        <svg width="26" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="26" y2="5" className="lg-finger" />
        </svg>
        finger
      </span>
      <span>
        <svg width="26" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="26" y2="5" className="lg-stale" />
        </svg>
        stale pointer
      </span>
      <span>
        <svg width="26" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="26" y2="5" className="lg-hop" />
        </svg>
        lookup hop
      </span>
      <span>
        <span className="lg-x">✕</span> crashed / timeout
      </span>
      <span>
        <span className="lg-key">◆</span> key
      </span>
    </div>
  );
}

/** Dense rings: ticks, node dots and key marks on a canvas (one path each). */
function drawDense(ctx: CanvasRenderingContext2D, frame: ChordFrame, geom: RingGeom, k: number) {
  const css = getComputedStyle(document.documentElement);
  const text = css.getPropertyValue('--text').trim() || '#000';
  const accent = css.getPropertyValue('--accent').trim() || '#0072b2';
  const purple = css.getPropertyValue('--purple').trim() || '#cc79a7';
  const bad = css.getPropertyValue('--bad').trim() || '#d55e00';
  const size = 2 ** frame.bits;
  const dot = Math.max(1.2, Math.min(5, 2.2 / Math.sqrt(k) + 1));
  ctx.fillStyle = accent;
  ctx.strokeStyle = text;
  ctx.beginPath();
  for (const id of frame.ids) {
    const a = (id / size) * 2 * Math.PI;
    const x = geom.cx + geom.r * Math.sin(a);
    const y = geom.cy - geom.r * Math.cos(a);
    ctx.moveTo(x + dot, y);
    ctx.arc(x, y, dot, 0, 2 * Math.PI);
  }
  ctx.fill();
  if (frame.data.size > 0) {
    ctx.fillStyle = purple;
    ctx.beginPath();
    let n = 0;
    for (const e of frame.data.values()) {
      if (++n > 20000) break;
      const a = (e.id / size) * 2 * Math.PI;
      const x = geom.cx + (geom.r - 9) * Math.sin(a);
      const y = geom.cy - (geom.r - 9) * Math.cos(a);
      ctx.rect(x - 1.5, y - 1.5, 3, 3);
    }
    ctx.fill();
  }
  if (frame.gone.size > 0) {
    ctx.strokeStyle = bad;
    ctx.lineWidth = 1.5 / k;
    ctx.beginPath();
    let n = 0;
    for (const id of frame.gone.keys()) {
      if (++n > 5000) break;
      const a = (id / size) * 2 * Math.PI;
      const x = geom.cx + geom.r * Math.sin(a);
      const y = geom.cy - geom.r * Math.cos(a);
      const s = 3;
      ctx.moveTo(x - s, y - s);
      ctx.lineTo(x + s, y + s);
      ctx.moveTo(x - s, y + s);
      ctx.lineTo(x + s, y - s);
    }
    ctx.stroke();
  }
}
