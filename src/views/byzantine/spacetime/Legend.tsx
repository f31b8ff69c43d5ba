/**
 * The diagram's legend: a small picture of each mark, drawn with the mark's own classes (so it
 * looks as the mark does), then its name. Only the marks this run draws are listed.
 */
import { legendRows, type LegendSpot } from '../../common/legendRows';
import { cross, HEAD, MESSAGE_CLASS } from './Arrow';
import { ST_WORDS, type StMark } from './marks';

/** A legend row's height, in the diagram's units. */
export const LEGEND_ROW = 17;
/** Each swatch's width; an entry is swatch, gap, word and air. */
const SWATCH_W: Partial<Record<StMark, number>> = { decision: 26, traitor: 24, cursor: 14 };
const swatchW = (k: StMark) => SWATCH_W[k] ?? 20;
const entryWidth = (k: StMark) => swatchW(k) + 4 + ST_WORDS[k].length * 7.7 + 10;

/** The legend's entries placed in rows in a diagram `width` wide. */
export const legendOf = (marks: readonly StMark[], width: number) =>
  legendRows(marks, entryWidth, width - 4, 8, LEGEND_ROW, 'left');

/** The height the legend takes above the round titles. */
export const legendHeight = (rows: readonly unknown[]) =>
  rows.length ? rows.length * LEGEND_ROW + 3 : 0;

export function Legend({ rows }: { rows: readonly LegendSpot<StMark>[][] }) {
  return (
    <g className="st-legend" aria-hidden="true">
      {rows.flat().map(({ k, x, y }) => (
        <g key={k} transform={`translate(${x}, ${y})`} data-mark={k}>
          <g className="st-swatch">
            <Swatch k={k} />
          </g>
          <text className="st-lg-word" x={swatchW(k) + 4} y={5}>
            {ST_WORDS[k]}
          </text>
        </g>
      ))}
    </g>
  );
}

const line = (x2: number, head: string | null) => (
  <line
    className="st-line"
    x1={0}
    x2={x2}
    y1={0}
    y2={0}
    markerEnd={head ? `url(#st-head-${head})` : undefined}
  />
);

function Swatch({ k }: { k: StMark }) {
  switch (k) {
    case 'attack':
    case 'retreat':
    case 'lie':
      return <g className={MESSAGE_CLASS[k]}>{line(16, HEAD[k])}</g>;
    case 'withheld':
    case 'late': {
      const x = k === 'withheld' ? 9 : 14;
      return (
        <g className={MESSAGE_CLASS[k]}>
          {line(x, null)}
          <path className="st-cross" d={cross(x, 0)} />
        </g>
      );
    }
    case 'future':
      return (
        <g className="st-future">
          <g className={MESSAGE_CLASS.attack}>{line(16, HEAD.attack)}</g>
        </g>
      );
    case 'current':
      return (
        <g className={`${MESSAGE_CLASS.attack} current`}>
          <line className="st-glow" x1={0} x2={16} y1={0} y2={0} />
          {line(16, HEAD.attack)}
        </g>
      );
    case 'cursor':
      return <line className="st-cursor" x1={8} x2={8} y1={-7} y2={7} />;
    case 'timeout':
      return <line className="st-timeout async" x1={10} x2={10} y1={-7} y2={7} />;
    case 'pairs':
      return (
        <g>
          <line className="st-pair a" x1={0} x2={18} y1={-3} y2={-3} strokeWidth={3} />
          <line className="st-pair r" x1={0} x2={18} y1={3} y2={3} strokeWidth={3} />
        </g>
      );
    case 'mix':
      return (
        <g className="st-mix">
          <rect className="a" x={0} y={-4} width={8} height={8} />
          <rect className="r" x={8} y={-4} width={6} height={8} />
          <rect className="m" x={14} y={-4} width={4} height={8} />
        </g>
      );
    case 'expanded':
      return (
        <g className="st-band expanded">
          <rect className="st-band-bg" x={0} y={-7} width={20} height={14} />
        </g>
      );
    case 'decision':
      return letters(['st-decision a', 'A'], ['st-decision r', 'R']);
    case 'traitor':
      return letters(['st-t', 'T'], ['st-decision t', '–']);
  }
}

/** Two letters side by side, each with its mark's classes. */
const letters = (...pair: [string, string][]) => (
  <g>
    {pair.map(([cls, text], i) => (
      <text key={cls} className={cls} x={i * 13} y={5}>
        {text}
      </text>
    ))}
  </g>
);
