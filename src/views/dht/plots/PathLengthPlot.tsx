import { useState } from 'react';
import { scaleLinear, scaleLog } from 'd3';
import type { PathLengthRow } from '../../../engine/chord';
import { Axes, H, M, W } from './Axes';
import { Histogram } from './HistogramPlot';

const pow2 = (v: number) => {
  const k = Math.round(Math.log2(v));
  const sup = [...String(k)].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]).join('');
  return k >= 10 ? `2${sup}` : String(2 ** k);
};

export function PathLength({ rows }: { rows: PathLengthRow[] }) {
  const [pick, setPick] = useState<number | null>(null);
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const x = scaleLog()
    .base(2)
    .domain([first.nodes, Math.max(first.nodes * 2, last.nodes)])
    .range([M.left, W - M.right]);
  const yMax = Math.max(...rows.map((r) => r.p99), 0.5 * Math.log2(last.nodes) + 1) + 1;
  const y = scaleLinear()
    .domain([0, yMax])
    .nice()
    .range([H - M.bottom, M.top]);
  const ref = (n: number) => 0.5 * Math.log2(n) + 1;
  const chosen = rows.find((r) => r.nodes === pick) ?? last;
  const line = rows.map((r, i) => `${i ? 'L' : 'M'}${x(r.nodes)},${y(r.meanHops)}`).join('');
  return (
    <>
      <figure className="plot" aria-label="Path length plot">
        <h3>Mean hops vs N (p1–p99 whiskers)</h3>
        <svg
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-label="Mean path length against the number of nodes"
        >
          <Axes
            x={x}
            y={y}
            xLabel="nodes N (log scale)"
            yLabel="hops per lookup"
            xTicks={rows.map((r) => r.nodes).filter((_, i) => rows.length <= 6 || i % 2 === 0)}
            xFormat={pow2}
          />
          <path
            className="ref"
            d={`M${x(first.nodes)},${y(ref(first.nodes))}L${x(last.nodes)},${y(ref(last.nodes))}`}
          />
          {rows.map((r) => (
            <line
              key={`w${r.nodes}`}
              className="whisker"
              x1={x(r.nodes)}
              x2={x(r.nodes)}
              y1={y(r.p1)}
              y2={y(r.p99)}
            />
          ))}
          <path className="series" d={line} />
          {rows.map((r) => (
            <circle
              key={r.nodes}
              className="dot"
              cx={x(r.nodes)}
              cy={y(r.meanHops)}
              r={r.nodes === chosen.nodes ? 7 : 5}
              onClick={() => setPick(r.nodes)}
              style={{ cursor: 'pointer' }}
            >
              <title>
                N = {r.nodes}: mean {r.meanHops.toFixed(2)} hops
              </title>
            </circle>
          ))}
          <g className="legend" transform={`translate(${M.left + 10},${M.top + 8})`}>
            <line x2={24} className="series" />
            <text x={30} dominantBaseline="middle">
              mean (measured)
            </text>
            <line x2={24} y1={20} y2={20} className="ref" />
            <text x={30} y={20} dominantBaseline="middle">
              ½·log₂N + 1
            </text>
          </g>
        </svg>
      </figure>
      <Histogram row={chosen} rows={rows} onPick={setPick} />
    </>
  );
}
