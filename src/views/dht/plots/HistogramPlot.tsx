import { scaleLinear } from 'd3';
import type { PathLengthRow } from '../../../engine/chord';
import { H, M, W } from './Axes';
import { Plot } from './Plot';

export function Histogram({
  row,
  rows,
  onPick,
}: {
  row: PathLengthRow;
  rows: PathLengthRow[];
  onPick(n: number): void;
}) {
  const total = row.histogram.reduce((a, b) => a + b, 0) || 1;
  const n = row.histogram.length;
  const x = scaleLinear()
    .domain([-0.5, n - 0.5])
    .range([M.left, W - M.right]);
  const yMax = Math.max(...row.histogram) / total;
  const y = scaleLinear()
    .domain([0, yMax])
    .nice()
    .range([H - M.bottom, M.top]);
  const bw = Math.max(2, x(1) - x(0) - 4);
  return (
    <Plot
      figure="Hop histogram"
      title={
        <>
          Hops for N ={' '}
          <select
            aria-label="Histogram N"
            value={row.nodes}
            onChange={(e) => onPick(Number(e.target.value))}
          >
            {rows.map((r) => (
              <option key={r.nodes} value={r.nodes}>
                {r.nodes.toLocaleString('en')}
              </option>
            ))}
          </select>{' '}
          (mean {row.meanHops.toFixed(2)})
        </>
      }
      svg={`Hop histogram for N = ${row.nodes}`}
      axes={{
        x,
        y,
        xLabel: 'hops',
        yLabel: 'share of lookups',
        xTicks: Array.from({ length: n }, (_, i) => i).filter((i) => n <= 14 || i % 2 === 0),
        yFormat: (v) => `${Math.round(v * 100)}%`,
      }}
    >
      {row.histogram.map((c, h) => (
        <rect
          key={h}
          className="bar"
          x={x(h) - bw / 2}
          width={bw}
          y={y(c / total)}
          height={y(0) - y(c / total)}
        >
          <title>
            {h} hops: {c} lookups
          </title>
        </rect>
      ))}
    </Plot>
  );
}
