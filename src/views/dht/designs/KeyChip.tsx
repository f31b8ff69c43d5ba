import { useRef } from 'react';
import { easeInOut } from '../geometry';
import { useAnimation } from '../useAnimation';
import { trailControl, trailPoint } from './bucketLayout';

/** A chip's box in the picture's units. */
export interface Place {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Where a trail meets a chip: the middle of its right edge. */
const edge = (p: Place) => ({ x: p.x + p.w + 2, y: p.y + p.h / 2 });

/** The road a key took from its old node to its new one, left on the picture after it landed. */
export function Trail({ from, to, maxX }: { from: Place; to: Place; maxX: number }) {
  const p = edge(from);
  const q = edge(to);
  const c = trailControl(p, q, maxX);
  return (
    <g className="key-trail" data-mark="moved-key">
      {/* where the key was */}
      <circle cx={p.x} cy={p.y} r={3.5} />
      <path d={`M${p.x},${p.y}Q${c.x},${c.y} ${q.x},${q.y}`} markerEnd="url(#arrow-trail)" />
    </g>
  );
}

/**
 * One key in a bucket. A key that changed node flies along its trail from where the previous
 * picture showed it; `order` staggers the flights so they leave one after another. With no
 * animation (stepping back, reduced motion) it is simply drawn where it is now.
 */
export function KeyChip({
  label,
  keyName,
  from,
  to,
  moved,
  animate,
  durationMs,
  order,
  maxX,
}: {
  label: string;
  keyName: string;
  from: Place;
  to: Place;
  moved: boolean;
  animate: boolean;
  durationMs: number;
  order: { index: number; count: number } | null;
  /** the trail stays left of this x (its column's edge) */
  maxX: number;
}) {
  const ref = useRef<SVGGElement>(null);
  const flight = order && order.count > 1 ? durationMs * 0.45 : durationMs;
  const delay =
    order && order.count > 1 ? ((durationMs - flight) * order.index) / (order.count - 1) : 0;
  const p0 = edge(from);
  const p1 = edge(to);
  const place = (t: number) => {
    const u =
      flight > 0 ? easeInOut(Math.min(1, Math.max(0, (t * durationMs - delay) / flight))) : 1;
    const e = moved
      ? trailPoint(p0, p1, u, maxX)
      : { x: p0.x + (p1.x - p0.x) * u, y: p0.y + (p1.y - p0.y) * u };
    ref.current?.setAttribute('transform', `translate(${e.x - to.w - 2} ${e.y - to.h / 2})`);
  };
  useAnimation(animate && (moved || from.x !== to.x || from.y !== to.y), durationMs, place);
  return (
    <g
      ref={ref}
      className={moved ? 'key-chip moved' : 'key-chip'}
      data-mark={moved ? 'moved-key' : 'key-chip'}
      data-key={keyName}
      data-moved={moved ? 'true' : undefined}
      transform={`translate(${to.x} ${to.y})`}
    >
      <rect width={to.w} height={to.h} rx={to.h / 2} />
      <text x={to.w / 2} y={to.h / 2} textAnchor="middle" dominantBaseline="central">
        {label}
      </text>
    </g>
  );
}
