import type { ScaleLinear, ScaleLogarithmic } from 'd3';

export const W = 440;
export const H = 270;
export const M = { top: 14, right: 22, bottom: 54, left: 80 };
/** Width of one character of axis text (16.5px font), to keep the y title clear of ticks. */
const CHAR = 10;

type AnyScale = ScaleLinear<number, number> | ScaleLogarithmic<number, number>;

/** What a plot's axes show: the scales, titles, ticks and tick formats. */
export interface AxesProps {
  x: AnyScale;
  y: AnyScale;
  xLabel: string;
  yLabel: string;
  xTicks?: number[];
  /** the y ticks to label (default: the scale's own; a log scale would label every minor tick) */
  yTicks?: number[];
  xFormat?: (v: number) => string;
  yFormat?: (v: number) => string;
}

export function Axes({
  x,
  y,
  xLabel,
  yLabel,
  xTicks,
  yTicks,
  xFormat = (v) => String(v),
  yFormat = (v) => String(v),
}: AxesProps) {
  const xt = xTicks ?? (x.ticks(6) as number[]);
  const yt = yTicks ?? (y.ticks(5) as number[]);
  const [y0, y1] = y.range() as [number, number];
  const [x0, x1] = x.range() as [number, number];
  // the y title stands left of the widest tick label, never on top of it
  const widest = Math.max(0, ...yt.map((t) => yFormat(t).length));
  const titleX = Math.max(11, x0 - 10 - widest * CHAR - 14);
  return (
    <g>
      <g className="grid">
        {yt.map((t) => (
          <line key={t} x1={x0} x2={x1} y1={y(t)} y2={y(t)} />
        ))}
      </g>
      <g className="axis">
        <line x1={x0} x2={x1} y1={y0} y2={y0} />
        {xt.map((t) => (
          <g key={t} transform={`translate(${x(t)},${y0})`}>
            <line y2={6} />
            <text y={27} textAnchor="middle">
              {xFormat(t)}
            </text>
          </g>
        ))}
        <line x1={x0} x2={x0} y1={y0} y2={y1} />
        {yt.map((t) => (
          <g key={t} transform={`translate(${x0},${y(t)})`}>
            <line x2={-6} />
            <text x={-10} dominantBaseline="middle" textAnchor="end">
              {yFormat(t)}
            </text>
          </g>
        ))}
      </g>
      <text className="axis-label" x={(x0 + x1) / 2} y={H - 6} textAnchor="middle">
        {xLabel}
      </text>
      <text
        className="axis-label"
        transform={`translate(${titleX},${(y0 + y1) / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {yLabel}
      </text>
    </g>
  );
}
