import { scaleLinear, scaleLog } from 'd3';
import type { LoadBalanceRow } from '../../../engine/chord';
import { Axes, H, M, W } from './Axes';
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
      <figure className="plot" aria-label="Load balance plot">
        <h3>Keys per node vs virtual nodes per real node</h3>
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Keys per node against virtual nodes">
          <Axes
            x={x}
            y={y}
            xLabel="virtual nodes per node (log scale)"
            yLabel="keys per node"
            xTicks={vs}
          />
          {rows.map((r) => (
            <line
              key={`w${r.virtualNodes}`}
              className="whisker"
              x1={x(r.virtualNodes)}
              x2={x(r.virtualNodes)}
              y1={y(r.p1)}
              y2={y(r.p99)}
            />
          ))}
          <path className="series" d={line((r) => r.mean)} />
          <path className="series max" d={line((r) => r.max)} />
          {rows.map((r) => (
            <g key={r.virtualNodes}>
              <circle className="dot" cx={x(r.virtualNodes)} cy={y(r.mean)} r={5} />
              <rect
                className="dot max"
                x={x(r.virtualNodes) - 5}
                y={y(r.max) - 5}
                width={10}
                height={10}
              />
            </g>
          ))}
          <g className="legend" transform={`translate(${W - M.right - 150},${M.top + 8})`}>
            <line x2={24} className="series" />
            <text x={30} dominantBaseline="middle">
              mean, p1–p99
            </text>
            <line x2={24} y1={20} y2={20} className="series max" />
            <text x={30} y={20} dominantBaseline="middle">
              max ■
            </text>
          </g>
        </svg>
      </figure>
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
