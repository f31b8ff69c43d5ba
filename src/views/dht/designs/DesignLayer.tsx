import { useRef } from 'react';
import type { DesignOverlay } from '../../../engine/chord';
import { chordPath, easeInOut, nodeAngle, pointOnRing, tokenPosition } from '../geometry';
import { cross, nodeRadius, type MovingLayerProps, type RingGeom } from '../ringConstants';
import { useAnimation } from '../useAnimation';
import { CacheLayer, CacheMarkers } from './CacheLayer';
import { strayTags, type StrayTag } from './labelBoxes';
import { oldViews } from './views';
import { RingArrow } from '../RingArrow';
import { Diamond } from '../Diamond';

/**
 * What the leader and cache designs draw above the nodes: the leader's crown, values put on
 * the wrong node, and the leader's pushes in flight, one per node ("N messages per change"),
 * leaving one after another when the player steps forward (with reduced motion they are
 * simply drawn). Rings, message arrows and caches go under the nodes: DesignUnderlay.
 */
export function DesignLayer({ frame, geom, cursor, animate, durationMs }: MovingLayerProps) {
  const d = frame.design;
  if (!d) return null;
  const o = frame.overlay?.kind === 'design' ? frame.overlay : null;
  const angle = (id: number) => nodeAngle(id, geom.bits);
  const at = (id: number, dr = 0) => pointOnRing(angle(id), geom.r + dr, geom.cx, geom.cy);
  const push = o !== null && (o.event === 'push' || o.event === 'leader-crash');
  return (
    <g className="design-layer" aria-hidden="true">
      {strayTags(frame, geom).map((t) => (
        <Stray key={`stray${t.at}`} tag={t} />
      ))}
      {d.leader !== null && frame.nodes.has(d.leader) ? <Crown p={at(d.leader)} /> : null}
      {push && o ? (
        <g className="moving">
          {o.sends.map((s, i) => (
            <Envelope
              key={`e${cursor}-${i}`}
              a={angle(s.from)}
              b={angle(s.to)}
              geom={geom}
              animate={animate}
              durationMs={durationMs}
              order={{ index: i, count: o.sends.length }}
            />
          ))}
        </g>
      ) : null}
      <defs>
        <CacheMarkers />
        <RingArrow id="arrow-push" size={12} />
      </defs>
    </g>
  );
}

/**
 * What the designs draw under the nodes, so a name beside its dot stays on top: the rings round
 * every node that still holds an old view and round a put stored on the wrong node, this
 * step's messages (the leader's pushes, the ones a crashed leader never sent, requests), and
 * every node's cache entries (their tags above the messages).
 */
export function DesignUnderlay({
  frame,
  geom,
}: {
  frame: MovingLayerProps['frame'];
  geom: RingGeom;
}) {
  if (!frame.design) return null;
  const o = frame.overlay?.kind === 'design' ? frame.overlay : null;
  const inset = nodeRadius(frame.ids.length) + 3;
  const angle = (id: number) => nodeAngle(id, geom.bits);
  const at = (id: number) => pointOnRing(angle(id), geom.r, geom.cx, geom.cy);
  const chord = (a: number, b: number) => chordPath(angle(a), angle(b), geom, inset);
  const push = o !== null && (o.event === 'push' || o.event === 'leader-crash');
  const crashed = o?.event === 'leader-crash' ? o.at : null;
  return (
    <g className="design-layer" aria-hidden="true">
      {oldViews(frame).map((id) => {
        const p = at(id);
        return (
          <circle
            key={`old${id}`}
            className="old-view"
            data-mark="old-view"
            cx={p.x}
            cy={p.y}
            r={inset + 6}
          />
        );
      })}
      {o ? <Misplaced o={o} at={at} r={inset + 3} /> : null}
      {o
        ? o.sends.map((s, i) => (
            <path
              key={`s${i}`}
              className={push ? 'push' : 'message'}
              data-mark={push ? 'push' : 'hop'}
              d={chord(s.from, s.to)}
              markerEnd={push ? 'url(#arrow-push)' : 'url(#arrow-hop)'}
            />
          ))
        : null}
      {o && crashed !== null
        ? o.missed.map((to) => {
            // struck out half-way: the fan of unsent pushes keeps its crosses apart and off the keys
            const p = tokenPosition(angle(crashed), angle(to), geom, 0.5);
            return (
              <g key={`m${to}`} className="push-missed" data-mark="push-missed">
                <path d={chord(crashed, to)} />
                <path className="x" d={cross(p, 7)} />
              </g>
            );
          })
        : null}
      {/* after this step's messages, so a message never runs over a cache tag's key and TTL */}
      <CacheLayer frame={frame} geom={geom} />
    </g>
  );
}

/** A put stored on a node that does not own the key: that node in the error colour, the owner dashed. */
function Misplaced({
  o,
  at,
  r,
}: {
  o: DesignOverlay;
  at(id: number): { x: number; y: number };
  r: number;
}) {
  if (o.event !== 'store' || o.owner === null || o.trueOwner === null) return null;
  if (o.owner === o.trueOwner) return null;
  const w = at(o.owner);
  const t = at(o.trueOwner);
  return (
    <g className="misplaced-mark">
      <circle className="verdict-wrong" data-mark="wrong-answer" cx={w.x} cy={w.y} r={r} />
      <circle className="verdict-true" data-mark="true-owner" cx={t.x} cy={t.y} r={r} />
    </g>
  );
}

/**
 * Values put on a node that does not own their key: a red key mark inside that node, and what
 * sits there ("30 = late") a little further in.
 */
function Stray({ tag }: { tag: StrayTag }) {
  const { mark: p, c } = tag;
  return (
    <g className="stray-mark" data-at={tag.at}>
      <Diamond at={p} half={6} className="stray" mark="stray" />
      <text className="stray-text" x={c.x} y={c.y} textAnchor="middle" dominantBaseline="central">
        {tag.text}
      </text>
    </g>
  );
}

/** The leader's crown, worn on its node's dot. */
function Crown({ p }: { p: { x: number; y: number } }) {
  return (
    <path
      className="crown"
      data-mark="leader"
      d={`M${p.x - 8},${p.y + 6}l-2,-11l5,4l5,-8l5,8l5,-4l-2,11z`}
    />
  );
}

/** One pushed view on its way: leaves after the ones before it, lands exactly on its node. */
function Envelope({
  a,
  b,
  geom,
  animate,
  durationMs,
  order,
}: {
  a: number;
  b: number;
  geom: RingGeom;
  animate: boolean;
  durationMs: number;
  order: { index: number; count: number };
}) {
  const ref = useRef<SVGGElement>(null);
  const flight = order.count > 1 ? durationMs * 0.5 : durationMs;
  const delay = order.count > 1 ? ((durationMs - flight) * order.index) / (order.count - 1) : 0;
  const place = (t: number) => {
    const u = flight > 0 ? Math.min(1, Math.max(0, (t * durationMs - delay) / flight)) : 1;
    const p = tokenPosition(a, b, geom, easeInOut(u));
    ref.current?.setAttribute('transform', `translate(${p.x} ${p.y})`);
    // landed: the arrow and the node's view tell the rest
    ref.current?.setAttribute('opacity', u >= 1 ? '0' : '1');
  };
  useAnimation(animate, durationMs, place);
  return (
    <g ref={ref} className="envelope" opacity={0}>
      <rect x={-8} y={-6} width={16} height={12} rx={2} />
      <path d="M-8,-6L0,1L8,-6" />
    </g>
  );
}
