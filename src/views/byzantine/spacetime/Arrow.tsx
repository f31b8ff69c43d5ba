/** One message as an arrow from sender to receiver, labelled with what arrived. */
import { narrateMessage, type ByzFrame, type ByzMessage } from '../../../engine/byzantine';
import { arrowOf, isLie, type Band } from '../spaceTimeLayout';
import { letter, type Jump, type Part } from './parts';

function classOf(msg: ByzMessage, frame: ByzFrame): string {
  const c = ['st-msg', msg.value === 'attack' ? 'a' : msg.value === 'retreat' ? 'r' : 'none'];
  if (isLie(msg)) c.push('lie');
  if (msg.spoofedBy !== undefined) c.push('spoof');
  if (msg.late !== undefined) c.push('late');
  if (!msg.sent) c.push('silent');
  if (msg.id >= frame.delivered) c.push('future');
  if (msg.id >= frame.inFlight.start && msg.id < frame.inFlight.end) c.push('current');
  return c.join(' ');
}

export function Arrow({
  pic,
  f,
  b,
  msg,
  stepOf,
  jump,
  label,
}: Part & {
  b: Band;
  msg: ByzMessage;
  stepOf: Int32Array;
  jump: Jump;
  label: boolean;
}) {
  const a = arrowOf(f, b, msg);
  const lie = isLie(msg);
  const head =
    !msg.sent || msg.late !== undefined ? 'm' : lie ? 'x' : msg.value === 'attack' ? 'a' : 'r';
  // a silent traitor's message stops halfway, crossed out
  const x2 = msg.sent ? a.x2 : (a.x1 + a.x2) / 2;
  const y2 = msg.sent ? a.y2 : (a.y1 + a.y2) / 2;
  const lx = a.x1 + (x2 - a.x1) * 0.78;
  const ly = a.y1 + (y2 - a.y1) * 0.78;
  return (
    <g
      className={classOf(msg, pic.frame)}
      data-message={msg.id}
      onClick={jump(stepOf[msg.id] ?? -1)}
    >
      <title>{narrateMessage(pic.run, msg)}</title>
      <line className="st-hit" x1={a.x1} y1={a.y1} x2={x2} y2={y2} />
      <line
        className="st-line"
        x1={a.x1}
        y1={a.y1}
        x2={x2}
        y2={y2}
        markerEnd={msg.sent && msg.late === undefined ? `url(#st-head-${head})` : undefined}
      />
      {!msg.sent || msg.late !== undefined ? (
        <path className="st-cross" d={`M${x2 - 5} ${y2 - 5}l10 10m0 -10l-10 10`} />
      ) : null}
      {label && msg.sent && msg.late === undefined ? (
        <text className="st-value" x={lx} y={ly - 4} textAnchor="middle">
          {letter(msg.value)}
          {lie ? '!' : ''}
        </text>
      ) : null}
      {msg.late !== undefined && label ? (
        <text className="st-value late" x={x2} y={y2 - 8} textAnchor="middle">
          late
        </text>
      ) : null}
    </g>
  );
}
