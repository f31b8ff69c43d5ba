/** One message as an arrow from sender to receiver; its label is drawn on top (Labels.tsx). */
import { narrateMessage, type ByzMessage } from '../../../engine/byzantine';
import { drawnArrow, type Band } from '../spaceTimeLayout';
import { messageMark } from './marks';
import type { Jump, Part } from './parts';

/** The classes of a message's mark (spacetime.css), shared with its legend swatch. */
export const MESSAGE_CLASS = {
  attack: 'st-msg a',
  retreat: 'st-msg r',
  lie: 'st-msg lie',
  withheld: 'st-msg none silent',
  late: 'st-msg none late',
} as const;

/** Its head: none where the message never arrived (a cross instead). */
export const HEAD = { attack: 'a', retreat: 'r', lie: 'x', withheld: null, late: null } as const;

export function Arrow({
  pic,
  f,
  b,
  msg,
  stepOf,
  jump,
}: Part & {
  b: Band;
  msg: ByzMessage;
  stepOf: Int32Array;
  jump: Jump;
}) {
  const { frame } = pic;
  const a = drawnArrow(f, b, msg);
  const mark = messageMark(msg);
  const head = HEAD[mark];
  const current = msg.id >= frame.inFlight.start && msg.id < frame.inFlight.end;
  const line = { x1: a.x1, y1: a.y1, x2: a.x2, y2: a.y2 };
  const arrow = (
    <g
      className={`${MESSAGE_CLASS[mark]}${current ? ' current' : ''}`}
      data-message={msg.id}
      data-mark={mark}
      onClick={jump(stepOf[msg.id] ?? -1)}
    >
      <title>{narrateMessage(pic.run, msg)}</title>
      <line className="st-hit" {...line} />
      {current ? <line className="st-glow" data-mark="current" {...line} /> : null}
      <line className="st-line" {...line} markerEnd={head ? `url(#st-head-${head})` : undefined} />
      {head ? null : <path className="st-cross" d={cross(a.x2, a.y2)} />}
    </g>
  );
  // not yet delivered: faint
  return msg.id >= frame.delivered ? (
    <g className="st-future" data-mark="future">
      {arrow}
    </g>
  ) : (
    arrow
  );
}

/** A ✕ of 10 units round (x, y). */
export const cross = (x: number, y: number) => `M${x - 5} ${y - 5}l10 10m0 -10l-10 10`;
