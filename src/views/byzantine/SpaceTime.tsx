import { useMemo, type CSSProperties, type MouseEvent } from 'react';
import type { ByzFrame } from '../../engine/byzantine';
import type { Step } from '../../engine/timeline';
import type { Picture } from './picture';
import { layout, messageSteps, roundStep, rowY } from './spaceTimeLayout';
import { Aggregated } from './spacetime/Aggregated';
import { Current, loneMessage } from './spacetime/Current';
import { Decisions } from './spacetime/Decisions';
import { Detailed } from './spacetime/Detailed';
import { Labels } from './spacetime/Labels';
import { Legend, legendHeight, legendOf } from './spacetime/Legend';
import { diagramMarks } from './spacetime/marks';
import { cursorX, roundTitle } from './spacetime/parts';
import './spacetime.css';
import { ArrowHead } from '../common/ArrowHead';

interface Props {
  pic: Picture;
  /** the run's frame before its first step, and its steps */
  base: ByzFrame;
  steps: readonly Step<ByzFrame>[];
  cursor: number;
  /** layout units (CSS px / UI scale) */
  width: number;
  height: number;
  onJump: (cursor: number) => void;
}

const LABEL_W = 46;

/**
 * The generals' whole run at a glance (LSP's rounds as a space-time diagram): one line per
 * general, relay rounds left to right, every message an arrow from its sender to its receiver
 * labelled with what arrived (A / R); lies dashed in the error colour, fakes and late messages
 * marked; a legend above names every mark the run draws. The player's cursor is the vertical
 * line; the current message is drawn bold; a click
 * on an arrow (or a round) jumps the player there. Rounds too big to draw (OM(4) with 13
 * generals) show, per general, how many messages arrived and their mix, and the round under
 * the cursor widens.
 */
export function SpaceTime({ pic, base, steps, cursor, width, height, onJump }: Props) {
  const { run, frame, lite } = pic;
  // the legend lists what the run draws at any step, so it keeps its size while stepping
  const marks = useMemo(
    () => diagramMarks(run, [base, ...steps.map((s) => s.state)]),
    [run, base, steps],
  );
  const legend = legendOf(marks, width);
  const f = layout(run, frame, width, height, LABEL_W, legendHeight(legend));
  const stepOf = useMemo(() => messageSteps(steps, run.messages.length), [steps, run]);
  const lone = loneMessage(pic, f);
  // the names (and decision letters, a size up) keep a line of their own when the rows are
  // close (13 generals on a short stage): a monospace line is about 1.33 em tall
  const nameSize = Math.max(10, Math.min(15, Math.floor(f.rowGap / 1.36 - 1)));
  const synchronous = run.assumptions?.synchronous ?? true;
  const jump = (k: number) => (e: MouseEvent) => {
    e.stopPropagation();
    if (k >= 0) onJump(k);
  };
  return (
    <svg
      className="byz-spacetime"
      style={{ '--st-name': `${nameSize}px` } as CSSProperties}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={`Space-time diagram: ${run.n} generals, ${f.bands.length} rounds`}
    >
      <defs>
        {['a', 'r', 'x'].map((k) => (
          <ArrowHead
            key={k}
            id={`st-head-${k}`}
            className={`st-head ${k}`}
            refX={9}
            size={10}
            units="userSpaceOnUse"
          />
        ))}
      </defs>
      <Legend rows={legend} />
      {f.bands.map((b) => (
        <g key={b.level} className={`st-band${b.expanded ? ' expanded' : ''}`}>
          <rect
            className="st-band-bg"
            data-mark={b.expanded ? 'expanded' : undefined}
            x={b.x0}
            y={f.head}
            width={b.x1 - b.x0}
            height={height - f.head}
            onClick={jump(roundStep(steps, b.level))}
          >
            <title>{`Round ${b.level}: click to go to it`}</title>
          </rect>
          <text className="st-round" x={(b.x0 + b.x1) / 2} y={f.head + 16} textAnchor="middle">
            {roundTitle(b)}
          </text>
          <line
            className={`st-timeout${synchronous ? '' : ' async'}`}
            data-mark={synchronous ? undefined : 'timeout'}
            x1={b.x1}
            x2={b.x1}
            y1={f.head + 22}
            y2={height}
          />
        </g>
      ))}
      {Array.from({ length: run.n }, (_, g) => (
        <g key={g} className={`st-row${run.traitor[g] ? ' traitor' : ''}`}>
          <text x={6} y={rowY(f, g) + 5} data-mark={run.traitor[g] ? 'traitor' : undefined}>
            {g === 0 ? 'C' : `L${g}`}
            {run.traitor[g] ? <tspan className="st-t"> T</tspan> : null}
          </text>
          <line x1={f.left} x2={f.decideX} y1={rowY(f, g)} y2={rowY(f, g)} />
        </g>
      ))}
      {f.bands.map((b) =>
        b.detailed ? (
          <Detailed key={b.level} pic={pic} f={f} b={b} stepOf={stepOf} jump={jump} />
        ) : (
          <Aggregated key={b.level} pic={pic} f={f} b={b} lite={lite} />
        ),
      )}
      {/* the current message on top, even inside an aggregated round */}
      <Current pic={pic} f={f} stepOf={stepOf} jump={jump} />
      <Decisions pic={pic} f={f} />
      <line
        className="st-cursor"
        data-mark="cursor"
        x1={cursorX(pic, f)}
        x2={cursorX(pic, f)}
        y1={f.head + 22}
        y2={height}
        aria-hidden="true"
      />
      {/* what each message carried, over every line (cut round its letters by a halo) */}
      <Labels pic={pic} f={f} height={height} lone={lone} />
      <desc>{`Step ${cursor} of ${steps.length}`}</desc>
    </svg>
  );
}
