import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { select, zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { ChordFrame, NodeId } from '../../engine/chord/frames';
import {
  idAtPoint,
  labelAnchor,
  nearestNode,
  nodeAngle,
  pointOnRing,
  type Point,
} from './geometry';
import { DENSE, type RingGeom } from './ringConstants';
import { KeyLayer } from './KeyLayer';
import { NodeLayer } from './NodeLayer';
import { PointerLayer } from './PointerLayer';
import { Ticks } from './Ticks';
import { MovingLayer } from './MovingLayer';
import { OverlayLayer } from './OverlayLayer';
import { VerdictLayer } from './VerdictLayer';
import { Legend } from './Legend';
import { drawDense } from './denseCanvas';
import { uiScale } from '../common/uiScale';

export { DENSE, type RingGeom };

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
  // the ring is laid out in 1280×720 units (w, h) and drawn s times bigger on a big screen
  const [size, setSize] = useState({ w: 800, h: 460, s: 1 });
  const [hover, setHover] = useState<{ id: number; node: NodeId | null } | null>(null);

  useLayoutEffect(() => {
    const el = boxRef.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      const s = uiScale();
      if (r.width > 0 && r.height > 0) setSize({ w: r.width / s, h: r.height / s, s });
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
    const px = dpr * size.s;
    if (canvas.width !== Math.round(geom.w * px)) canvas.width = Math.round(geom.w * px);
    if (canvas.height !== Math.round(geom.h * px)) canvas.height = Math.round(geom.h * px);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (!dense) return;
    const t = transformRef.current;
    ctx.setTransform(px * t.k, 0, 0, px * t.k, px * t.x, px * t.y);
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
    const [x, y] = transformRef.current.invert([
      (e.clientX - rect.left) / size.s,
      (e.clientY - rect.top) / size.s,
    ]);
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
        width={geom.w * size.s}
        height={geom.h * size.s}
        viewBox={`0 0 ${geom.w} ${geom.h}`}
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
          <VerdictLayer frame={frame} geom={geom} />
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
