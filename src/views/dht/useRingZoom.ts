import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import {
  select,
  zoom as d3zoom,
  zoomIdentity,
  zoomTransform,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3';
import { IDENTITY, type ZoomState } from './zoom';

/**
 * d3-zoom drives the ring's semantic zoom: the behaviour is created once (wheel, drag, pinch)
 * and its transform is handed to React, at most once per animation frame, so the layers
 * redraw the circle bigger instead of magnifying it.
 */
export function useRingZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  w: number,
  h: number,
  kMax: number,
) {
  const [t, setT] = useState<ZoomState>(IDENTITY);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  // where an animated move is heading (null when the view is at rest or the user took over)
  const aim = useRef<ZoomState | null>(null);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    let raf = 0;
    let next: ZoomState = IDENTITY;
    const behaviour = d3zoom<SVGSVGElement, unknown>()
      .filter((e: Event) => {
        if (e.type === 'dblclick') return false;
        if (e instanceof MouseEvent && e.button !== 0 && e.type !== 'wheel') return false;
        return true;
      })
      .on('zoom', (e: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        if (e.sourceEvent) aim.current = null;
        next = { x: e.transform.x, y: e.transform.y, k: e.transform.k };
        if (!raf)
          raf = requestAnimationFrame(() => {
            raf = 0;
            setT(next);
          });
      });
    zoomRef.current = behaviour;
    select(svg).call(behaviour);
    return () => {
      cancelAnimationFrame(raf);
      select(svg).on('.zoom', null);
      zoomRef.current = null;
    };
  }, [svgRef]);
  useEffect(() => {
    zoomRef.current?.scaleExtent([1, kMax]).extent([
      [0, 0],
      [w, h],
    ]);
  }, [w, h, kMax]);

  /** Moves the view to `to`, smoothly over ms (d3's zoom interpolation), or at once. */
  const go = useCallback(
    (to: ZoomState, ms: number) => {
      const svg = svgRef.current;
      const z = zoomRef.current;
      if (!svg || !z) return;
      const target = zoomIdentity.translate(to.x, to.y).scale(to.k);
      if (ms > 0) {
        aim.current = to;
        select(svg)
          .transition()
          .duration(ms)
          .call(z.transform, target)
          .on('end interrupt', () => {
            if (aim.current === to) aim.current = null;
          });
      } else {
        aim.current = null;
        select(svg).interrupt().call(z.transform, target);
      }
    },
    [svgRef],
  );
  /**
   * Moves the view to where `next` takes it from where it is going: a second click on + while
   * the first still animates zooms on from the first one's end, not from half-way.
   */
  const goBy = useCallback(
    (next: (from: ZoomState) => ZoomState, ms: number) => {
      const svg = svgRef.current;
      const from = aim.current ?? (svg ? zoomTransform(svg) : IDENTITY);
      go(next({ x: from.x, y: from.y, k: from.k }), ms);
    },
    [svgRef, go],
  );
  return { t, go, goBy };
}
