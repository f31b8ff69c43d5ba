import { useRef } from 'react';
import type { Key, NodeId, Overlay } from '../../engine/chord/frames';
import { easeInOut, maxBulge, nodeAngle, tokenPosition } from './geometry';
import { keyLabel } from './derive';
import { Diamond } from './Diamond';
import type { MovingLayerProps, RingGeom } from './ringConstants';
import { useAnimation } from './useAnimation';

/** Things in motion, drawn above the nodes: the query token and keys changing hands. */
export function MovingLayer({ frame, geom, cursor, animate, durationMs }: MovingLayerProps) {
  const overlay = frame.overlay;
  if (!overlay) return null;
  const angle = (id: number) => nodeAngle(id, geom.bits);
  if (overlay.kind === 'lookup' && overlay.token) {
    const token = overlay.token;
    return (
      <g className="moving" aria-hidden="true" pointerEvents="none">
        <Token
          key={`tok${cursor}`}
          a={angle(token.from)}
          b={angle(token.to)}
          geom={geom}
          animate={animate}
          durationMs={durationMs}
          timeout={frame.gone.has(token.to)}
        />
      </g>
    );
  }
  const flights = flightsOf(overlay, cursor);
  if (flights.length > 0)
    return (
      <g className="moving" aria-hidden="true" pointerEvents="none">
        {flights.map(({ id, ...f }, i) => (
          <FlyingKey
            key={id}
            {...f}
            geom={geom}
            animate={animate}
            durationMs={durationMs}
            delay={i * 60}
          />
        ))}
      </g>
    );
  return null;
}
interface Flight {
  id: string;
  keyName: Key;
  from: NodeId;
  to: NodeId;
  copy?: boolean;
}

/**
 * Keys changing hands in this step (the first 50): copies sent down the successor list on a
 * stabilize, or the keys a join, leave or crash handed on.
 */
function flightsOf(overlay: Overlay, cursor: number): Flight[] {
  if (overlay.kind === 'stabilize')
    return overlay.moves.slice(0, 50).map((m) => ({
      id: `r${cursor}-${String(m.key)}-${m.to}`,
      keyName: m.key,
      from: m.from,
      to: m.to,
      copy: m.as === 'copy',
    }));
  const handover = overlay.kind === 'join' || overlay.kind === 'leave' || overlay.kind === 'crash';
  if (!handover || overlay.movedFrom === null || overlay.movedTo === null) return [];
  const { movedFrom: from, movedTo: to } = overlay;
  return overlay.moved
    .slice(0, 50)
    .map((k) => ({ id: `m${cursor}-${String(k)}`, keyName: k, from, to }));
}

/** The query token: travels along the hop's chord with requestAnimationFrame, ends exactly at b. */
function Token({
  a,
  b,
  geom,
  animate,
  durationMs,
  timeout,
}: {
  a: number;
  b: number;
  geom: RingGeom;
  animate: boolean;
  durationMs: number;
  timeout: boolean;
}) {
  const ref = useRef<SVGGElement>(null);
  // a timeout attempt: the token goes out and comes back empty-handed
  const place = (t: number) => {
    const u = timeout ? (t < 0.5 ? t * 1.6 : (1 - t) * 1.6) : t;
    const p = tokenPosition(a, b, geom, easeInOut(u), maxBulge(geom));
    ref.current?.setAttribute('transform', `translate(${p.x} ${p.y})`);
  };
  useAnimation(animate, durationMs, place);
  const end = tokenPosition(a, b, geom, timeout ? 0 : 1, maxBulge(geom));
  return (
    <g
      ref={ref}
      className={`token${timeout ? ' timeout' : ''}`}
      data-mark="query"
      transform={`translate(${end.x} ${end.y})`}
    >
      <circle r={10} />
      <text dominantBaseline="middle" textAnchor="middle">
        ?
      </text>
    </g>
  );
}

/**
 * A key on its way to a new holder, along the inside of the ring: handed over (an owned key,
 * a filled diamond) or sent as a copy (a hollow one).
 */
function FlyingKey({
  keyName,
  from,
  to,
  copy = false,
  geom,
  animate,
  durationMs,
  delay,
}: {
  keyName: Key;
  from: NodeId;
  to: NodeId;
  copy?: boolean;
  geom: RingGeom;
  animate: boolean;
  durationMs: number;
  delay: number;
}) {
  const ref = useRef<SVGGElement>(null);
  const a = nodeAngle(from, geom.bits);
  const b = nodeAngle(to, geom.bits);
  // along the inside of the ring
  const inner = { ...geom, r: geom.r - 26 };
  const place = (t: number) => {
    const p = tokenPosition(a, b, inner, easeInOut(t), maxBulge(geom));
    ref.current?.setAttribute('transform', `translate(${p.x} ${p.y})`);
    // once it has landed the key is drawn at its id again, tied to its new owner: only once
    ref.current?.setAttribute('opacity', t >= 1 ? '0' : '1');
  };
  useAnimation(animate, durationMs + delay, (t) =>
    place(durationMs > 0 ? Math.max(0, (t * (durationMs + delay) - delay) / durationMs) : 1),
  );
  const end = tokenPosition(a, b, inner, 1, maxBulge(geom));
  return (
    <g
      ref={ref}
      className={copy ? 'flying-key copy' : 'flying-key'}
      data-mark={copy ? 'replica' : 'handover'}
      opacity={0}
      transform={`translate(${end.x} ${end.y})`}
    >
      <Diamond half={6} />
      <text x={10} y={0} dominantBaseline="middle">
        {keyLabel(keyName)}
      </text>
    </g>
  );
}
