import { memo } from 'react';
import { nodeAngle, pointOnRing, ringSize, tickIds } from './geometry';
import type { PlacedLabel } from './labels';
import type { RingGeom } from './ringConstants';
import { arcIds, tickStep, type Arc } from './zoom';

/**
 * The ids a tick marks, and which of them carry a number: on small rings every id gets a
 * tick and every fourth a number; zoomed in, ticks are spaced for the visible stretch.
 */
export function tickPlan(bits: number, arc: Arc): { marks: number[]; numbered: number[] } {
  if (arc.full) {
    if (bits > 8) return { marks: tickIds(bits, 8), numbered: [] };
    return { marks: tickIds(bits, 64), numbered: tickIds(bits, 16) };
  }
  const size = ringSize(bits);
  const { from, to } = arcIds(arc, bits);
  const span = (to - from + size) % size || size;
  const step = tickStep(span, 8);
  const marks: number[] = [];
  for (let id = Math.ceil(from / step) * step, n = 0; n <= 16; id += step, n++) {
    const v = id % size;
    if ((v - from + size) % size > span) break;
    marks.push(v);
  }
  // numbers only where ids are short enough to read at a glance
  return { marks, numbered: bits <= 16 ? marks : [] };
}

export const Ticks = memo(function Ticks({
  geom,
  marks,
  labels,
}: {
  geom: RingGeom;
  marks: readonly number[];
  labels: ReadonlyMap<number, PlacedLabel>;
}) {
  return (
    <g className="ticks" aria-hidden="true">
      {marks.map((id) => {
        const a = nodeAngle(id, geom.bits);
        const t = labels.get(id);
        const long = geom.bits > 8 || t !== undefined;
        const p = pointOnRing(a, geom.r - (long ? 7 : 4), geom.cx, geom.cy);
        const q = pointOnRing(a, geom.r + (geom.bits > 8 ? 5 : 0), geom.cx, geom.cy);
        return (
          <line
            key={id}
            x1={p.x}
            y1={p.y}
            x2={q.x}
            y2={q.y}
            className={long ? 'long' : undefined}
          />
        );
      })}
    </g>
  );
});
