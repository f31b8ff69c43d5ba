import { scaleLinear, scaleLog } from 'd3';
import type { MembershipCostRow } from '../../../engine/chord';
import { H, M, W } from './Axes';
import { Plot } from './Plot';

/** One series per design; each has its own dot shape, so no line is told apart by colour alone. */
const SERIES = [
  { routing: 'modN', label: 'mod N', className: 'modn', shape: 'square' },
  { routing: 'leader', label: 'leader', className: 'leader', shape: 'diamond' },
  { routing: 'finger', label: 'Chord', className: 'chord', shape: 'circle' },
] as const;

type Shape = (typeof SERIES)[number]['shape'];
type Field = 'messagesPerJoin' | 'keysMovedFraction' | 'messagesPerLookup';

const FIGURES: Record<Field, { title: string; figure: string; svg: string; y: string }> = {
  messagesPerJoin: {
    title: 'Messages per join vs N',
    figure: 'Messages per join plot',
    svg: 'Messages per join against N',
    y: 'messages per join',
  },
  messagesPerLookup: {
    title: 'Lookup hops vs N',
    figure: 'Lookup hops plot',
    svg: 'Lookup hops against N',
    y: 'hops per lookup',
  },
  keysMovedFraction: {
    title: 'Keys moved per join vs N',
    figure: 'Keys moved plot',
    svg: 'Keys moved per join against N',
    y: 'fraction of keys moved',
  },
};

/**
 * Chord's lookup in the paper (Fig. 10): about ½ log₂ N hops to the key's predecessor, plus
 * the last hop to the owner, which the engine counts (as the Path length plot does).
 */
const halfLog = (n: number) => 0.5 * Math.log2(n) + 1;

function Dot({ shape, x, y, r = 5 }: { shape: Shape; x: number; y: number; r?: number }) {
  if (shape === 'circle') return <circle className="dot" cx={x} cy={y} r={r} />;
  const s = shape === 'square' ? r * 0.9 : r * 1.3;
  const d =
    shape === 'square'
      ? `M${x - s},${y - s}h${2 * s}v${2 * s}h${-2 * s}z`
      : `M${x},${y - s}L${x + s},${y}L${x},${y + s}L${x - s},${y}z`;
  return <path className="dot" d={d} />;
}

function tip(field: Field, r: MembershipCostRow): string {
  if (field === 'messagesPerJoin') return `${r.messagesPerJoin.toFixed(1)} messages per join`;
  if (field === 'messagesPerLookup') return `${r.messagesPerLookup.toFixed(2)} hops per lookup`;
  return `${(r.keysMovedFraction * 100).toFixed(1)}% of keys moved`;
}

function yScale(field: Field, rows: MembershipCostRow[], hi: number) {
  const range = [H - M.bottom, M.top];
  if (field === 'keysMovedFraction') return scaleLinear().domain([0, 1]).range(range);
  const top = Math.max(...rows.map((r) => r[field]));
  if (field === 'messagesPerLookup')
    return scaleLinear()
      .domain([0, Math.max(2, top, halfLog(hi)) * 1.15])
      .nice()
      .range(range);
  return scaleLog()
    .domain([1, Math.max(2, top) * 1.2])
    .range(range);
}

function Series({ rows, field }: { rows: MembershipCostRow[]; field: Field }) {
  const sizes = [...new Set(rows.map((r) => r.nodes))];
  const lo = sizes[0]!;
  const hi = Math.max(sizes[sizes.length - 1]!, lo * 2);
  const x = scaleLog()
    .base(2)
    .domain([lo, hi])
    .range([M.left, W - M.right]);
  const y = yScale(field, rows, hi);
  // a log axis labels its decades only: 1, 10, 100, 1,000…
  const top = y.domain()[1]!;
  const decades = Array.from({ length: Math.floor(Math.log10(top)) + 1 }, (_, i) => 10 ** i);
  const hops = field === 'messagesPerLookup';
  const legendRows = SERIES.length + (hops ? 1 : 0);
  // the legend sits where no series runs: under the lines on the log plot, top-left on the hops
  // plot (Chord climbs to the right), mid-height on the fraction plot
  const legend =
    field === 'keysMovedFraction'
      ? { x: W - M.right - 96, y: y(0.62) }
      : hops
        ? { x: M.left + 14, y: M.top + 12 }
        : { x: W - M.right - 96, y: y(1) - legendRows * 20 - 4 };
  const at = (r: MembershipCostRow) =>
    y(field === 'messagesPerJoin' ? Math.max(1, r[field]) : r[field]);
  const yFormat =
    field === 'keysMovedFraction'
      ? (v: number) => `${Math.round(v * 100)}%`
      : (v: number) => v.toLocaleString('en-US');
  return (
    <Plot
      figure={FIGURES[field].figure}
      title={FIGURES[field].title}
      svg={FIGURES[field].svg}
      axes={{
        x,
        y,
        xLabel: 'nodes N (log scale)',
        yLabel: FIGURES[field].y,
        xTicks: sizes,
        yTicks: field === 'messagesPerJoin' ? decades : undefined,
        yFormat,
      }}
    >
      {hops ? (
        <path
          className="ref"
          data-ref="half-log"
          d={sizes.map((n, i) => `${i ? 'L' : 'M'}${x(n)},${y(halfLog(n))}`).join('')}
        />
      ) : null}
      {SERIES.map((s) => {
        const pts = rows.filter((r) => r.routing === s.routing);
        const d = pts.map((r, i) => `${i ? 'L' : 'M'}${x(r.nodes)},${at(r)}`).join('');
        return (
          <g key={s.routing} className={`cost ${s.className}`} data-series={s.routing}>
            <path className="series" d={d} />
            {pts.map((r) => (
              <g key={r.nodes} data-nodes={r.nodes} data-value={r[field]}>
                <Dot shape={s.shape} x={x(r.nodes)} y={at(r)} />
                <title>
                  {s.label}, N = {r.nodes}: {tip(field, r)}
                </title>
              </g>
            ))}
          </g>
        );
      })}
      {hops ? (
        // mod N and the leader lie on one line (both send a lookup straight to the owner)
        <text className="note" x={x(hi) - 4} y={y(1) - 12} textAnchor="end">
          mod N and leader: 1 hop
        </text>
      ) : null}
      <g className="legend" transform={`translate(${legend.x},${legend.y})`}>
        {SERIES.map((s, i) => (
          <g key={s.routing} className={`cost ${s.className}`} transform={`translate(0,${i * 20})`}>
            <line x2={24} className="series" />
            <Dot shape={s.shape} x={12} y={0} r={4} />
            <text x={30} dominantBaseline="middle">
              {s.label}
            </text>
          </g>
        ))}
        {hops ? (
          <g transform={`translate(0,${SERIES.length * 20})`}>
            <line x2={24} className="ref" />
            <text x={30} dominantBaseline="middle">
              ½·log₂N + 1
            </text>
          </g>
        ) : null}
      </g>
    </Plot>
  );
}

/**
 * Experiment membershipCost: what a join costs and what a lookup costs, for each design,
 * against N. The first two sit side by side — the leader's trade (N messages per change, one
 * hop per lookup) against Chord's (O(log² N) and O(log N)); keys moved per join follows.
 */
export function MembershipCost({ rows }: { rows: MembershipCostRow[] }) {
  const fields: Field[] = ['messagesPerJoin', 'messagesPerLookup', 'keysMovedFraction'];
  return (
    <div className="cost-plots">
      {fields.map((f) => (
        <Series key={f} rows={rows} field={f} />
      ))}
    </div>
  );
}
