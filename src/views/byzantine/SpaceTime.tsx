import { useMemo, type MouseEvent } from 'react';
import type { ByzFrame } from '../../engine/byzantine';
import type { Step } from '../../engine/timeline';
import type { Picture } from './picture';
import { layout, messageSteps, roundStep, rowY } from './spaceTimeLayout';
import { Aggregated } from './spacetime/Aggregated';
import { Current } from './spacetime/Current';
import { Decisions } from './spacetime/Decisions';
import { Detailed } from './spacetime/Detailed';
import { cursorX, roundTitle } from './spacetime/parts';
import './spacetime.css';
import { ArrowHead } from '../common/ArrowHead';

interface Props {
  pic: Picture;
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
 * marked. The player's cursor is the vertical line; the current message is drawn bold; a click
 * on an arrow (or a round) jumps the player there. Rounds too big to draw (OM(4) with 13
 * generals) show, per general, how many messages arrived and their mix, and the round under
 * the cursor widens.
 */
export function SpaceTime({ pic, steps, cursor, width, height, onJump }: Props) {
  const { run, frame, lite } = pic;
  const f = layout(run, frame, width, height, LABEL_W);
  const stepOf = useMemo(() => messageSteps(steps, run.messages.length), [steps, run]);
  const synchronous = run.assumptions?.synchronous ?? true;
  const jump = (k: number) => (e: MouseEvent) => {
    e.stopPropagation();
    if (k >= 0) onJump(k);
  };
  return (
    <svg
      className="byz-spacetime"
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={`Space-time diagram: ${run.n} generals, ${f.bands.length} rounds`}
    >
      <defs>
        {['a', 'r', 'x', 'm'].map((k) => (
          <ArrowHead key={k} id={`st-head-${k}`} className={`st-head ${k}`} refX={9} />
        ))}
      </defs>
      {f.bands.map((b) => (
        <g key={b.level} className={`st-band${b.expanded ? ' expanded' : ''}`}>
          <rect
            className="st-band-bg"
            x={b.x0}
            y={0}
            width={b.x1 - b.x0}
            height={height}
            onClick={jump(roundStep(steps, b.level))}
          >
            <title>{`Round ${b.level}: click to go to it`}</title>
          </rect>
          <text className="st-round" x={(b.x0 + b.x1) / 2} y={16} textAnchor="middle">
            {roundTitle(b)}
          </text>
          <line
            className={`st-timeout${synchronous ? '' : ' async'}`}
            x1={b.x1}
            x2={b.x1}
            y1={22}
            y2={height}
          />
        </g>
      ))}
      {Array.from({ length: run.n }, (_, g) => (
        <g key={g} className={`st-row${run.traitor[g] ? ' traitor' : ''}`}>
          <text x={6} y={rowY(f, g) + 5}>
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
        x1={cursorX(pic, f)}
        x2={cursorX(pic, f)}
        y1={22}
        y2={height}
        aria-hidden="true"
      />
      <desc>{`Step ${cursor} of ${steps.length}`}</desc>
    </svg>
  );
}
