import { Fragment, type ReactNode } from 'react';

/** A measured point: a dot with its numbers as a tooltip; `onPick` makes it clickable. */
export function Dot({
  cx,
  cy,
  r = 5,
  onPick,
  children,
}: {
  cx: number;
  cy: number;
  r?: number;
  onPick?: () => void;
  /** the tooltip */
  children?: ReactNode;
}) {
  const pick = onPick ? { onClick: onPick, style: { cursor: 'pointer' } } : {};
  return (
    <circle className="dot" cx={cx} cy={cy} r={r} {...pick}>
      {children === undefined ? null : <title>{children}</title>}
    </circle>
  );
}

/** The p1–p99 spread at each x: one vertical line per point, from y1 to y2. */
export function Whiskers({
  at,
}: {
  at: readonly { key: number; x: number; y1: number; y2: number }[];
}) {
  return at.map((w) => (
    <line key={`w${w.key}`} className="whisker" x1={w.x} x2={w.x} y1={w.y1} y2={w.y2} />
  ));
}

/** A plot's legend at (x, y): one row per line class and its text, 20 units apart. */
export function PlotLegend({
  x,
  y,
  rows,
}: {
  x: number;
  y: number;
  rows: Readonly<Record<string, string>>;
}) {
  return (
    <g className="legend" transform={`translate(${x},${y})`}>
      {Object.entries(rows).map(([className, text], i) => (
        <Fragment key={text}>
          <line x2={24} y1={i * 20} y2={i * 20} className={className} />
          <text x={30} y={i * 20} dominantBaseline="middle">
            {text}
          </text>
        </Fragment>
      ))}
    </g>
  );
}
