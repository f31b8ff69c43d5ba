import { scaleLinear, scaleLog } from 'd3';
import type { MembershipCostRow } from '../../../engine/chord';
import { Axes, H, M, W } from './Axes';

const SERIES = [
  { routing: 'modN', label: 'mod N', className: 'modn' },
  { routing: 'leader', label: 'leader', className: 'leader' },
  { routing: 'finger', label: 'Chord', className: 'chord' },
] as const;

type Field = 'messagesPerJoin' | 'keysMovedFraction';

function Series({ rows, field }: { rows: MembershipCostRow[]; field: Field }) {
  const sizes = [...new Set(rows.map((r) => r.nodes))];
  const lo = sizes[0]!;
  const hi = Math.max(sizes[sizes.length - 1]!, lo * 2);
  const x = scaleLog()
    .base(2)
    .domain([lo, hi])
    .range([M.left, W - M.right]);
  const vals = rows.map((r) => r[field]);
  const y =
    field === 'keysMovedFraction'
      ? scaleLinear()
          .domain([0, 1])
          .range([H - M.bottom, M.top])
      : scaleLog()
          .domain([1, Math.max(2, ...vals) * 1.2])
          .range([H - M.bottom, M.top]);
  // a log axis labels its decades only: 1, 10, 100, 1,000…
  const top = y.domain()[1]!;
  const decades = Array.from({ length: Math.floor(Math.log10(top)) + 1 }, (_, i) => 10 ** i);
  // the legend sits where no series runs: under the lines on the log plot, mid-height on the other
  const legendY = field === 'keysMovedFraction' ? y(0.62) : y(1) - 3 * 20 - 4;
  const at = (r: MembershipCostRow) =>
    y(field === 'keysMovedFraction' ? r[field] : Math.max(1, r[field]));
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={
        field === 'messagesPerJoin'
          ? 'Messages per join against N'
          : 'Keys moved per join against N'
      }
    >
      <Axes
        x={x}
        y={y}
        xLabel="nodes N (log scale)"
        yLabel={field === 'messagesPerJoin' ? 'messages per join' : 'fraction of keys moved'}
        xTicks={sizes}
        yTicks={field === 'keysMovedFraction' ? undefined : decades}
        yFormat={
          field === 'keysMovedFraction'
            ? (v) => `${Math.round(v * 100)}%`
            : (v) => v.toLocaleString('en-US')
        }
      />
      {SERIES.map((s) => {
        const pts = rows.filter((r) => r.routing === s.routing);
        const d = pts.map((r, i) => `${i ? 'L' : 'M'}${x(r.nodes)},${at(r)}`).join('');
        return (
          <g key={s.routing} className={`cost ${s.className}`}>
            <path className="series" d={d} />
            {pts.map((r) => (
              <circle key={r.nodes} className="dot" cx={x(r.nodes)} cy={at(r)} r={5}>
                <title>
                  {s.label}, N = {r.nodes}:{' '}
                  {field === 'messagesPerJoin'
                    ? `${r.messagesPerJoin.toFixed(1)} messages per join`
                    : `${(r.keysMovedFraction * 100).toFixed(1)}% of keys moved`}
                </title>
              </circle>
            ))}
          </g>
        );
      })}
      <g className="legend" transform={`translate(${W - M.right - 96},${legendY})`}>
        {SERIES.map((s, i) => (
          <g key={s.routing} className={`cost ${s.className}`} transform={`translate(0,${i * 20})`}>
            <line x2={24} className="series" />
            <text x={30} dominantBaseline="middle">
              {s.label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}

/** Experiment membershipCost: messages and moved keys per join, for each design, against N. */
export function MembershipCost({ rows }: { rows: MembershipCostRow[] }) {
  return (
    <>
      <figure className="plot" aria-label="Messages per join plot">
        <h3>Messages per join vs N</h3>
        <Series rows={rows} field="messagesPerJoin" />
      </figure>
      <figure className="plot" aria-label="Keys moved plot">
        <h3>Keys moved per join vs N</h3>
        <Series rows={rows} field="keysMovedFraction" />
      </figure>
    </>
  );
}
