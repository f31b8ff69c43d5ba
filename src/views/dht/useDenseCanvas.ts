import { useEffect, type RefObject } from 'react';
import type { ChordFrame } from '../../engine/chord/frames';
import type { RingGeom } from './ringConstants';
import { drawDense } from './denseCanvas';
import { useThemeName } from '../common/useThemeName';

/**
 * The dense ring's canvas (dots and key marks), redrawn only when what it shows changes: its
 * nodes, keys, lost nodes, zoom, scale or theme. Not on hover or on a lookup's steps: 10,000
 * dots cost milliseconds. `ids` null clears it (the ring is drawn in SVG).
 */
export function useDenseCanvas(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  frame: ChordFrame,
  geom: RingGeom,
  scale: number,
  ids: readonly number[] | null,
  k: number,
): void {
  const theme = useThemeName();
  const { bits, data, gone } = frame;
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const dpr = window.devicePixelRatio || 1;
    const px = dpr * scale;
    if (canvas.width !== Math.round(geom.w * px)) canvas.width = Math.round(geom.w * px);
    if (canvas.height !== Math.round(geom.h * px)) canvas.height = Math.round(geom.h * px);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (!ids) return;
    // geom is in layout units; the canvas box is `scale` times bigger on a big screen
    ctx.setTransform(px, 0, 0, px, 0, 0);
    drawDense(ctx, { bits, data, gone }, geom, ids, k);
  }, [canvasRef, bits, data, gone, geom, scale, ids, k, theme]);
}
