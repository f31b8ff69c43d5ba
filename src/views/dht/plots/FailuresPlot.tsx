import { scaleLinear } from 'd3';
import type { FailuresRow } from '../../../engine/chord';
import { Axes, H, M, W } from './Axes';

export function Failures({ rows }: { rows: FailuresRow[] }) {
  const xMax = Math.max(0.1, ...rows.map((r) => r.failFraction));
  const x = scaleLinear()
    .domain([0, xMax])
    .nice()
    .range([M.left, W - M.right]);
  const y = scaleLinear()
    .domain([0, Math.max(xMax, ...rows.map((r) => r.failedLookups))])
    .nice()
    .range([H - M.bottom, M.top]);
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  const line = rows
    .map((r, i) => `${i ? 'L' : 'M'}${x(r.failFraction)},${y(r.failedLookups)}`)
    .join('');
  const d = x.domain()[1]!;
  return (
    <figure className="plot" aria-label="Failures plot">
      <h3>Failed lookups vs fraction of nodes failed (no stabilization)</h3>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Failed lookups against failed nodes">
        <Axes
          x={x}
          y={y}
          xLabel="fraction of nodes failed"
          yLabel="failed lookups"
          xFormat={pct}
          yFormat={pct}
        />
        <path className="ref" d={`M${x(0)},${y(0)}L${x(d)},${y(Math.min(d, y.domain()[1]!))}`} />
        <path className="series" d={line} />
        {rows.map((r) => (
          <circle
            key={r.failFraction}
            className="dot"
            cx={x(r.failFraction)}
            cy={y(r.failedLookups)}
            r={5}
          >
            <title>
              {pct(r.failFraction)} failed: {(r.failedLookups * 100).toFixed(1)}% of lookups failed
            </title>
          </circle>
        ))}
        <g className="legend" transform={`translate(${M.left + 10},${M.top + 8})`}>
          <line x2={24} className="series" />
          <text x={30} dominantBaseline="middle">
            measured
          </text>
          <line x2={24} y1={20} y2={20} className="ref" />
          <text x={30} y={20} dominantBaseline="middle">
            y = x
          </text>
        </g>
      </svg>
    </figure>
  );
}
