import { useState } from 'react';
import { scaleLinear, scaleLog } from 'd3';
import type { PathLengthRow } from '../../../engine/chord';
import { H, M, W } from './Axes';
import { Plot } from './Plot';
import { Dot, PlotLegend, Whiskers } from './PlotMarks';
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
      <Plot
        figure="Path length plot"
        title="Mean hops vs N (p1–p99 whiskers)"
        svg="Mean path length against the number of nodes"
        axes={{
          x,
          y,
          xLabel: 'nodes N (log scale)',
          yLabel: 'hops per lookup',
          xTicks: rows.map((r) => r.nodes).filter((_, i) => rows.length <= 6 || i % 2 === 0),
          xFormat: pow2,
        }}
      >
        <path
          className="ref"
          d={`M${x(first.nodes)},${y(ref(first.nodes))}L${x(last.nodes)},${y(ref(last.nodes))}`}
        />
        <Whiskers
          at={rows.map((r) => ({ key: r.nodes, x: x(r.nodes), y1: y(r.p1), y2: y(r.p99) }))}
        />
        <path className="series" d={line} />
        {rows.map((r) => (
          <Dot
            key={r.nodes}
            cx={x(r.nodes)}
            cy={y(r.meanHops)}
            r={r.nodes === chosen.nodes ? 7 : 5}
            onPick={() => setPick(r.nodes)}
          >
            N = {r.nodes}: mean {r.meanHops.toFixed(2)} hops
          </Dot>
        ))}
        <PlotLegend
          x={M.left + 10}
          y={M.top + 8}
          rows={{ series: 'mean (measured)', ref: '½·log₂N + 1' }}
        />
      </Plot>
      <Histogram row={chosen} rows={rows} onPick={setPick} />
    </>
  );
}
