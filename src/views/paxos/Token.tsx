import { useLayoutEffect, useRef } from 'react';
import { describeMessage, inFlight, type Message } from '../../engine/paxos';
import { BASE_STEP_MS } from '../player/PlayerBar';
import { messageSegment, tokenPosition, type Layout } from './geometry';
import { tokenBox, type Parked } from './parking';
import { DOT_MARK } from './marks';

/** One message on its line: a pill with type and ballot, or the full label when current; click to drop it. */
export function Token(props: {
  m: Message;
  L: Layout;
  step: number;
  current: boolean;
  /** where along its line a waiting token sits, and if it says only its ballot (parkedSpreads) */
  spread?: Parked;
  cls: string;
  animate: boolean;
  speed: number;
  onDrop: (id: number) => void;
}) {
  const { m, L, step, current, cls } = props;
  const ref = useRef<SVGGElement>(null);
  const { x, y, w, h, label, dot } = tokenBox(
    L,
    m,
    step,
    current,
    props.spread?.t,
    props.spread?.compact,
  );
  const at = { x, y };
  const gone = m.status === 'dropped' || m.status === 'lost';
  const delivered = m.status === 'delivered';
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !props.animate || !delivered || typeof el.animate !== 'function') return;
    if (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return;
    const was = tokenPosition(L, { ...m, status: 'flight', doneAt: 0 }, step - 1);
    el.animate(
      [
        { transform: `translate(${was.x}px, ${was.y}px)` },
        { transform: `translate(${at.x}px, ${at.y}px)` },
      ],
      { duration: Math.min(900, (BASE_STEP_MS * 0.6) / props.speed), easing: 'ease-in-out' },
    );
  });
  const drop = inFlight(m) ? () => props.onDrop(m.id) : undefined;
  return (
    <g>
      <g
        ref={ref}
        className={`px-token ${m.type} ${cls}${current ? ' current' : ''}${m.lie ? ' lie' : ''}${gone ? ' gone' : ''}${m.status === 'delayed' ? ' delayed' : ''}`}
        style={{ transform: `translate(${at.x}px, ${at.y}px)` }}
        data-testid={current ? 'token' : undefined}
        role={drop ? 'button' : undefined}
        tabIndex={drop ? 0 : undefined}
        aria-label={drop ? `Drop message ${m.id}: ${describeMessage(m)}` : undefined}
        onClick={drop}
        onKeyDown={(e) => {
          if (drop && (e.key === 'Enter' || e.key === ' ')) {
            e.preventDefault();
            drop();
          }
        }}
      >
        <title>{`${m.id}. ${describeMessage(m)}${drop ? ' — click to drop it' : ''}`}</title>
        {dot ? (
          <circle r={7} className="px-dot" data-mark={DOT_MARK} />
        ) : (
          <>
            <rect x={-w / 2} y={-h / 2} width={w} height={h} rx={h / 2} />
            <text y={1}>{label}</text>
          </>
        )}
        {gone ? (
          <path className="px-cross" d={`M${w / 2 - 2} ${-h / 2 - 6}l10 10m0 -10l-10 10`} />
        ) : null}
      </g>
    </g>
  );
}

/**
 * The current message's line, sender to receiver: drawn before every token, so it runs under
 * the waiting ones it crosses instead of through their words.
 */
export function FlightLine({ m, L }: { m: Message; L: Layout }) {
  const { a, b } = messageSegment(L, m);
  const gone = m.status === 'dropped' || m.status === 'lost';
  return (
    <line
      className={`px-flight ${m.type}${gone ? ' gone' : ''}`}
      x1={a.x}
      y1={a.y}
      x2={b.x}
      y2={b.y}
      markerEnd="url(#px-arrow)"
    />
  );
}
