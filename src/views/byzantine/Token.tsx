import { useLayoutEffect, useRef } from 'react';
import type { ByzMessage } from '../../engine/byzantine';
import { letter, tokenLabel, type Point } from './geometry';
import { isLie } from './picture';

export function Token({
  msg,
  sm,
  from,
  to,
  full,
  animate,
  duration,
}: {
  msg: ByzMessage;
  sm: boolean;
  from: Point;
  to: Point;
  full: boolean;
  animate: boolean;
  duration: number;
}) {
  const ref = useRef<SVGGElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !animate || typeof el.animate !== 'function') return;
    const anim = el.animate(
      [
        { transform: `translate(${from.x}px, ${from.y}px)`, opacity: 0.5 },
        { transform: `translate(${to.x}px, ${to.y}px)`, opacity: 1 },
      ],
      { duration, easing: 'cubic-bezier(.3,.7,.4,1)' },
    );
    return () => anim.cancel();
    // only when the token first appears: a re-render must not restart the flight
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const { lie, text, w } = tokenFace(msg, sm, full);
  return (
    <g
      ref={ref}
      className={`token ${msg.value ?? 'silent'}${lie ? ' lie' : ''}`}
      style={{ transform: `translate(${to.x}px, ${to.y}px)` }}
      data-testid="token"
      data-mark={!msg.sent ? 'withheld' : lie ? 'lie' : 'token'}
      aria-hidden="true"
    >
      <rect x={-w / 2} y={-14} width={w} height={28} rx={8} />
      <text x={0} y={5.5} textAnchor="middle">
        {text}
      </text>
      {lie && full ? (
        <g transform={`translate(${w / 2 + 4} 0)`} className="lie-mark">
          <rect x={0} y={-11} width={38} height={22} rx={5} />
          <text x={19} y={5} textAnchor="middle">
            lie
          </text>
        </g>
      ) : null}
    </g>
  );
}

/** What a token says and how wide it is ("A 0→1→3", "A:0:1" for SM, or just the letter). */
export function tokenFace(msg: ByzMessage, sm: boolean, full: boolean) {
  const lie = isLie(msg);
  const text = !full
    ? letter(msg.value)
    : sm
      ? `${letter(msg.value)}:${msg.path.slice(0, -1).join(':')}`
      : tokenLabel(msg.value, msg.path);
  const w = full ? 16 + text.length * 9.2 : 28;
  // the "lie" tag hangs off the token's right end
  return { lie, text, w, span: w + (lie && full ? 84 : 0) };
}
