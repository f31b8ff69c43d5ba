import { scaleLinear } from 'd3';
import type { FailuresRow } from '../../../engine/chord';
import { H, M, W } from './Axes';
import { Plot } from './Plot';
import { Dot, PlotLegend } from './PlotMarks';

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
    <Plot
      figure="Failures plot"
      title="Failed lookups vs fraction of nodes failed (no stabilization)"
      svg="Failed lookups against failed nodes"
      axes={{
        x,
        y,
        xLabel: 'fraction of nodes failed',
        yLabel: 'failed lookups',
        xFormat: pct,
        yFormat: pct,
      }}
    >
      <path className="ref" d={`M${x(0)},${y(0)}L${x(d)},${y(Math.min(d, y.domain()[1]!))}`} />
      <path className="series" d={line} />
      {rows.map((r) => (
        <Dot key={r.failFraction} cx={x(r.failFraction)} cy={y(r.failedLookups)}>
          {pct(r.failFraction)} failed: {(r.failedLookups * 100).toFixed(1)}% of lookups failed
        </Dot>
      ))}
      <PlotLegend x={M.left + 10} y={M.top + 8} rows={{ series: 'measured', ref: 'y = x' }} />
    </Plot>
  );
}
