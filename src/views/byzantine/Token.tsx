import { useLayoutEffect, useRef } from 'react';
import type { PlacedToken } from './tokenRests';

/** A token flying from its sender to where it rests (placed by tokenRests.ts). */
export function Token({
  token,
  animate,
  duration,
}: {
  token: PlacedToken;
  animate: boolean;
  duration: number;
}) {
  const { msg, face, full, from, to } = token;
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
  const { lie, text, w } = face;
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
