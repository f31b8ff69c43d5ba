import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { ChordFrame } from '../../engine/chord/frames';
import { marksIn, type Mark } from './marks';

/**
 * After each render, reads the mark classes drawn in the ring's SVG (plus what a dense ring
 * paints on its canvas) and reports them to the legend when they change.
 */
export function useDrawnMarks(
  svgRef: RefObject<SVGSVGElement | null>,
  frame: ChordFrame,
  dense: boolean,
  onMarks: ((marks: Mark[]) => void) | undefined,
): void {
  const marksKey = useRef('');
  useLayoutEffect(() => {
    const extra: Mark[] = dense ? ['node'] : [];
    if (dense && frame.data.size > 0) extra.push('key');
    if (dense && [...frame.gone.values()].includes('crashed')) extra.push('crashed');
    if (dense && [...frame.gone.values()].includes('left')) extra.push('left');
    const marks = marksIn(svgRef.current, extra);
    const key = marks.join();
    if (key !== marksKey.current) {
      marksKey.current = key;
      onMarks?.(marks);
    }
  });
}
