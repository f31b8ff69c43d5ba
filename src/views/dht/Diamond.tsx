import type { Point } from './geometry';

const ORIGIN: Point = { x: 0, y: 0 };

/**
 * A key's mark (and a replica's, a stray value's, their legend swatches): a square `2·half`
 * wide turned 45° about its centre `at`.
 */
export function Diamond({
  at = ORIGIN,
  half = 5,
  className,
  mark,
}: {
  at?: Point;
  half?: number;
  className?: string;
  /** data-mark, what the tests and the legend call it */
  mark?: string;
}) {
  const { x, y } = at;
  return (
    <rect
      className={className}
      data-mark={mark}
      x={x - half}
      y={y - half}
      width={2 * half}
      height={2 * half}
      transform={`rotate(45 ${x} ${y})`}
    />
  );
}
