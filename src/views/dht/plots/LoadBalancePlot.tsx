import { scaleLinear, scaleLog } from 'd3';
import type { LoadBalanceRow } from '../../../engine/chord';
import { H, M, W } from './Axes';
import { Plot } from './Plot';
import { Dot, PlotLegend, Whiskers } from './PlotMarks';
import { TableHead } from '../../common/TableHead';

export function LoadBalance({ rows }: { rows: LoadBalanceRow[] }) {
  const vs = rows.map((r) => r.virtualNodes);
  const x = scaleLog()
    .base(2)
    .domain([Math.min(...vs), Math.max(Math.min(...vs) * 2, ...vs)])
    .range([M.left + 10, W - M.right - 10]);
  const y = scaleLinear()
    .domain([0, Math.max(...rows.map((r) => r.max))])
    .nice()
    .range([H - M.bottom, M.top]);
  const line = (f: (r: LoadBalanceRow) => number) =>
    rows.map((r, i) => `${i ? 'L' : 'M'}${x(r.virtualNodes)},${y(f(r))}`).join('');
  const last = rows[rows.length - 1]!;
  return (
    <>
      <Plot
        figure="Load balance plot"
        title="Keys per node vs virtual nodes per real node"
        svg="Keys per node against virtual nodes"
        axes={{
          x,
          y,
          xLabel: 'virtual nodes per node (log scale)',
          yLabel: 'keys per node',
          xTicks: vs,
        }}
      >
        <Whiskers
          at={rows.map((r) => ({
            key: r.virtualNodes,
            x: x(r.virtualNodes),
            y1: y(r.p1),
            y2: y(r.p99),
          }))}
        />
        <path className="series" d={line((r) => r.mean)} />
        <path className="series max" d={line((r) => r.max)} />
        {rows.map((r) => (
          <g key={r.virtualNodes}>
            <Dot cx={x(r.virtualNodes)} cy={y(r.mean)} />
            <rect
              className="dot max"
              x={x(r.virtualNodes) - 5}
              y={y(r.max) - 5}
              width={10}
              height={10}
            />
          </g>
        ))}
        <PlotLegend
          x={W - M.right - 150}
          y={M.top + 8}
          rows={{ series: 'mean, p1–p99', 'series max': 'max ■' }}
        />
      </Plot>
      <table className="plot-table" aria-label="Load balance numbers">
        <TableHead cols={['virtual', 'mean', 'p1', 'p99', 'max']} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.virtualNodes} className={r === last ? 'highlight' : undefined}>
              <td>{r.virtualNodes}</td>
              <td>{r.mean.toFixed(1)}</td>
              <td>{r.p1}</td>
              <td>{r.p99}</td>
              <td>{r.max}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
