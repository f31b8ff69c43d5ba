import { useEffect, useMemo, useRef, useState } from 'react';
import type { ChordFrame, NodeId, Routing } from '../../engine/chord/frames';
import { arcPath, nodeAngle, pointOnRing } from './geometry';
import { DENSE, nodeRadius, type RingGeom } from './ringConstants';
import { KeyLayer } from './KeyLayer';
import { RingText } from './RingText';
import { ringHit, type Hover } from './ringHit';
import { NodeLayer, hotNodes, joiningNode, joiningSpot } from './NodeLayer';
import { PointerLayer } from './PointerLayer';
import { Ticks, tickPlan } from './Ticks';
import { MovingLayer } from './MovingLayer';
import { OverlayLayer } from './OverlayLayer';
import { VerdictLayer, VerdictRings, verdictBox } from './VerdictLayer';
import { DesignLayer, DesignUnderlay } from './designs/DesignLayer';
import { designLabelBoxes } from './designs/labelBoxes';
import { markBoxes } from './markBoxes';
import { drawnGone } from './derive';
import { measureText, nodeText, ringLabels } from './ringLabels';
import type { Mark } from './marks';
import { useDrawnMarks } from './useDrawnMarks';
import { ZoomTools } from './ZoomTools';
import { boxesOverlap } from './labels';
import { useRingZoom } from './useRingZoom';
import { useFloatingPanels } from './useFloatingPanels';
import {
  followIds,
  frameIds,
  idsOnArc,
  maxZoom,
  visibleArc,
  zoomAbout,
  zoomAnchor,
  zoomCircle,
} from './zoom';
import { prefersReducedMotion } from '../player/motion';
import { Minimap } from './Minimap';
import { Ghost } from './Ghost';
import { useSize } from '../common/useSize';
import { useDenseCanvas } from './useDenseCanvas';

export { DENSE, type RingGeom };

interface Props {
  frame: ChordFrame;
  /** the step's position in the timeline (changes = a new picture) */
  cursor: number;
  /** animate into this picture (the player just stepped forward by one) */
  animate: boolean;
  durationMs: number;
  selected: NodeId | null;
  routing: Routing;
  skip: number;
  /** room kept free on the left of the stage (for the pseudo-code panel) */
  reserveLeft?: number;
  onSelect(id: NodeId | null): void;
  onAddAt(id: NodeId): void;
  /** the mark classes now on the stage (for the legend) */
  onMarks?(marks: Mark[]): void;
}

/** Above this many nodes on screen, a dense ring keeps its dots on the canvas. */
const SVG_NODES = 150;

export function RingView(props: Props) {
  const { frame, cursor, animate, durationMs, selected, reserveLeft = 0 } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // the ring is laid out in 1280×720 units (w, h) and drawn s times bigger on a big screen
  const box = useSize(boxRef, { width: 800, height: 460, scale: 1 }, false);
  const size = useMemo(
    () => ({ w: box.width / box.scale, h: box.height / box.scale, s: box.scale }),
    [box],
  );
  const [hover, setHover] = useState<Hover | null>(null);
  const [follow, setFollow] = useState(false);

  const avoid = useFloatingPanels(boxRef, size.s);

  const left = size.w - reserveLeft >= 0.75 * size.h ? reserveLeft : 0;
  const base: RingGeom = useMemo(() => {
    const avail = size.w - left;
    // labels run horizontally: leave more room left and right than above and below
    const chars = String(2 ** frame.bits - 1).length + 1;
    const side = Math.min(112, Math.max(80, 36 + 9 * chars));
    const r = Math.max(60, Math.min(avail / 2 - side, size.h / 2 - 56));
    return { w: size.w, h: size.h, cx: left + avail / 2, cy: size.h / 2 + 4, r, bits: frame.bits };
  }, [size, frame.bits, left]);
  const kMax = maxZoom(frame.ids.length);
  const { t, go, goBy } = useRingZoom(svgRef, size.w, size.h, kMax);
  const geom = useMemo(() => zoomCircle(base, t), [base, t]);
  const arc = useMemo(() => visibleArc(geom, { x: 0, y: 0, w: geom.w, h: geom.h }), [geom]);
  const dense = frame.ids.length > DENSE;

  // what is drawn in SVG: every node on screen, or on a dense ring only the step's nodes
  const { ids, bits } = frame;
  const onScreen = useMemo(() => idsOnArc(ids, arc, bits), [ids, arc, bits]);
  const hot = useMemo(() => new Set(hotNodes(frame.overlay)), [frame.overlay]);
  const hoverNode = hover?.node ?? null;
  const shown = useMemo(() => {
    if (!dense || onScreen.length <= SVG_NODES) return onScreen as NodeId[];
    const set = new Set<NodeId>(hot);
    if (selected !== null) set.add(selected);
    if (hoverNode !== null) set.add(hoverNode);
    return [...set].filter((id) => frame.nodes.has(id)).sort((a, b) => a - b);
  }, [dense, onScreen, hot, selected, hoverNode, frame.nodes]);
  // gone nodes still pointed at, and the ones this step is about (a leader that just crashed)
  const gone = useMemo(() => drawnGone(frame, hot), [frame, hot]);
  const radius =
    dense && shown.length > 30 ? 8 : nodeRadius(Math.min(frame.ids.length, dense ? 64 : 1e9));
  const ticks = useMemo(() => tickPlan(frame.bits, arc), [frame.bits, arc]);
  const lookup = frame.overlay?.kind === 'lookup' ? frame.overlay : null;
  const joining = joiningNode(frame);
  // a joining node waits outside the rim, or inside when the zoom tools cover that spot
  const joinInside = useMemo(() => {
    if (joining === null) return false;
    const p = joiningSpot(joining, geom, radius);
    const box = { x: p.x - radius, y: p.y - radius, w: 2 * radius, h: 2 * radius };
    return avoid.some((b) => boxesOverlap(b, box));
  }, [joining, geom, radius, avoid]);
  // the checker's card in the middle of the ring: names stay off it
  const verdict = useMemo(() => verdictBox(frame, geom), [frame, geom]);
  // …and off what the notes' other designs write on it (cache tags, misplaced values)
  const written = useMemo(() => designLabelBoxes(frame, geom), [frame, geom]);
  // …and off the dots, diamonds and arrowheads drawn on it
  const marks = useMemo(
    () =>
      markBoxes({
        frame,
        geom,
        arc,
        nodes: [...shown, ...gone],
        dot: radius,
        selected,
        routing: props.routing,
        skip: props.skip,
      }),
    [frame, geom, arc, shown, gone, radius, selected, props.routing, props.skip],
  );
  const labels = useMemo(
    () =>
      ringLabels({
        frame,
        geom,
        arc,
        dot: radius,
        nodes: [
          ...shown.map((id) => ({
            id,
            text: nodeText(frame, id),
            must: id === selected || hot.has(id) || id === hoverNode,
          })),
          ...gone.map((id) => ({ id, text: nodeText(frame, id), must: hot.has(id) })),
          ...(joining !== null
            ? [
                {
                  id: joining,
                  text: `N${joining} joining`,
                  must: true,
                  lift: joinInside ? 0 : radius * 2 + 10,
                },
              ]
            : []),
        ],
        ticks: ticks.numbered,
        target: lookup ? lookup.keyId : null,
        avoid: [...avoid, ...(verdict ? [verdict] : []), ...written],
        marks,
        measure: measureText,
      }),
    [
      frame,
      geom,
      shown,
      gone,
      radius,
      selected,
      hot,
      hoverNode,
      avoid,
      verdict,
      written,
      marks,
      lookup,
      joining,
      joinInside,
      ticks,
      arc,
    ],
  );

  // the part of the stage the ring may use (clear of the pseudo-code panel)
  const area = useMemo(() => ({ x: left, y: 0, w: size.w - left, h: size.h }), [left, size]);
  // "Follow the query": each step of a lookup frames the hop it takes
  useEffect(() => {
    if (!follow) return;
    const ids = followIds(frame);
    go(frameIds(base, ids, frame.bits, area, kMax, 0.5), durationMs > 0 ? 600 : 0);
  }, [follow, frame, base, area, kMax, go, durationMs]);
  // + and −: about the query, the selected node or the top of the ring, then where you look
  const zoomBy = (factor: number) => {
    const subject = followIds(frame)[0] ?? selected ?? 0;
    const at = pointOnRing(nodeAngle(subject, frame.bits), base.r, base.cx, base.cy);
    goBy(
      (from) => zoomAbout(from, factor, zoomAnchor(base, from, area, at), area, kMax),
      prefersReducedMotion() ? 0 : 300,
    );
  };

  // the canvas layer of dense rings
  useDenseCanvas(canvasRef, frame, geom, size.s, dense ? onScreen : null, t.k);

  // the legend lists what is drawn: read the marks off the picture after each render
  useDrawnMarks(svgRef, frame, dense, props.onMarks);

  const ring = arc.full ? null : arcPath(arc.from, arc.to, geom.r, geom.cx, geom.cy);
  // the ring itself: hover shows the id under the pointer, a click adds a node there
  const hit = ringHit({
    svg: () => svgRef.current,
    scale: size.s,
    frame,
    geom,
    dense,
    setHover,
    onSelect: props.onSelect,
    onAddAt: props.onAddAt,
  });
  const overlay = frame.overlay;
  const zoomed = t.k > 1.01;
  const motion = { frame, geom, cursor, animate, durationMs };
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
        data-hover-node={hover?.node ?? undefined}
        onPointerLeave={() => setHover(null)}
      >
        {ring ? (
          <path className="ring-circle" d={ring} fill="none" aria-hidden="true" />
        ) : (
          <circle className="ring-circle" cx={geom.cx} cy={geom.cy} r={geom.r} fill="none" />
        )}
        {!dense || zoomed ? <Ticks geom={geom} marks={ticks.marks} labels={labels.ticks} /> : null}
        {ring ? (
          <path d={ring} {...hit} />
        ) : (
          <circle cx={geom.cx} cy={geom.cy} r={geom.r} {...hit} />
        )}
        {!dense || zoomed ? <KeyLayer frame={frame} geom={geom} arc={arc} /> : null}
        <PointerLayer
          frame={frame}
          geom={geom}
          selected={selected}
          routing={props.routing}
          skip={props.skip}
        />
        <OverlayLayer frame={frame} overlay={overlay} geom={geom} />
        <VerdictRings frame={frame} geom={geom} radius={radius} />
        <DesignUnderlay frame={frame} geom={geom} />
        <NodeLayer
          frame={frame}
          geom={geom}
          shown={shown}
          gone={gone}
          labels={labels.nodes}
          selected={selected}
          hot={hot}
          radius={radius}
          joinInside={joinInside}
          onSelect={props.onSelect}
        />
        <MovingLayer {...motion} />
        <DesignLayer {...motion} />
        <VerdictLayer frame={frame} geom={geom} />
        {!dense || zoomed ? (
          <RingText ticks={labels.ticks} keys={labels.keys} target={labels.target} />
        ) : (
          <RingText ticks={new Map()} keys={null} target={labels.target} />
        )}
        {hover && hover.node === null ? <Ghost id={hover.id} geom={geom} /> : null}
      </svg>
      {zoomed ? <Minimap frame={frame} arc={arc} hot={hot} /> : null}
      <ZoomTools
        lookup={lookup !== null}
        follow={follow}
        setFollow={setFollow}
        zoomBy={zoomBy}
        fit={() => go({ x: 0, y: 0, k: 1 }, 0)}
      />
    </div>
  );
}
