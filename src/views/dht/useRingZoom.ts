import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { select, zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
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
      .on('zoom', (e: { transform: ZoomTransform }) => {
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
      if (ms > 0) select(svg).transition().duration(ms).call(z.transform, target);
      else select(svg).interrupt().call(z.transform, target);
    },
    [svgRef],
  );
  /** Zooms by a factor about the view's centre (the + and − buttons). */
  const zoomBy = useCallback(
    (factor: number) => {
      const svg = svgRef.current;
      const z = zoomRef.current;
      if (svg && z) select(svg).call(z.scaleBy, factor, [w / 2, h / 2]);
    },
    [svgRef, w, h],
  );
  return { t, go, zoomBy };
}
