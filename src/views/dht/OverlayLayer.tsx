import type { ChordFrame, NodeId, Overlay } from '../../engine/chord/frames';
import { arcPath, chordPath, maxBulge, nodeAngle, pointOnRing } from './geometry';
import { cross, nodeRadius, type RingGeom } from './ringConstants';
import { OwnerBadge } from './OwnerBadge';

/** What the current step animates: a lookup's path and token, moving keys, changed pointers. */
export function OverlayLayer({
  frame,
  overlay,
  geom,
}: {
  frame: ChordFrame;
  overlay: Overlay | null;
  geom: RingGeom;
}) {
  // the notes' other designs draw their own messages (designs/DesignLayer)
  if (!overlay || overlay.kind === 'design') return null;
  const angle = (id: number) => nodeAngle(id, geom.bits);
  const inset = nodeRadius(frame.ids.length) + 3;
  const chord = (a: number, b: number) =>
    chordPath(angle(a), angle(b), geom, inset, maxBulge(geom));
  const changed = overlay.changed.slice(0, 300).filter((c) => c.to !== null && c.to !== c.node);
  const changedLayer = (
    <g className="changed">
      {changed.map((c, i) => (
        <path
          key={`${c.node}-${c.field}-${c.index}-${i}`}
          className="changed-ptr"
          data-mark="changed"
          data-pointer={`${c.node}.${c.field}[${c.index}]→${c.to}`}
          d={chord(c.node, c.to!)}
          markerEnd="url(#arrow-handover)"
        />
      ))}
    </g>
  );
  if (overlay.kind === 'lookup') {
    const token = overlay.token;
    const hops: { from: NodeId; to: NodeId }[] = [];
    for (let i = 1; i < overlay.path.length; i++) {
      const from = overlay.path[i - 1]!;
      const to = overlay.path[i]!;
      if (token && i === overlay.path.length - 1 && token.from === from && token.to === to)
        continue;
      hops.push({ from, to });
    }
    const kA = angle(overlay.keyId);
    const kp = pointOnRing(kA, geom.r + 2, geom.cx, geom.cy);
    const at = pointOnRing(angle(overlay.at), geom.r, geom.cx, geom.cy);
    return (
      <g className={`overlay lookup${overlay.failed ? ' failed' : ''}`} aria-hidden="true">
        <g className="target">
          <circle cx={kp.x} cy={kp.y} r={9} data-mark="target" />
        </g>
        {/* a finger the lookup repaired (the crash lesson) is marked as stabilize's are */}
        {changedLayer}
        {hops.map((h, i) => (
          <path
            key={`h${i}`}
            className="hop"
            data-mark="hop"
            d={chord(h.from, h.to)}
            markerEnd="url(#arrow-hop)"
          />
        ))}
        {overlay.timeouts.map((g) => {
          const from = overlay.path[overlay.path.length - 1] ?? overlay.origin;
          const p = pointOnRing(angle(g), geom.r, geom.cx, geom.cy);
          return (
            <g key={`t${g}`} className="timeout" data-mark="timeout">
              <path d={chord(from, g)} />
              <path className="x" d={cross(p, 11)} />
            </g>
          );
        })}
        <circle className="at-ring" data-mark="at" cx={at.x} cy={at.y} r={21} />
        {token ? (
          <path
            className={frame.gone.has(token.to) ? 'hop current timeout-hop' : 'hop current'}
            data-hop={`${token.from}-${token.to}`}
            data-mark={frame.gone.has(token.to) ? 'timeout' : 'hop-now'}
            d={chord(token.from, token.to)}
            markerEnd="url(#arrow-hop)"
          />
        ) : null}
        {/* a wrong answer is never ringed as found: VerdictLayer marks it */}
        {overlay.done && overlay.owner !== null && overlay.correct !== false ? (
          <OwnerBadge id={overlay.owner} geom={geom} failed={overlay.failed} />
        ) : null}
      </g>
    );
  }
  if (overlay.kind === 'join' || overlay.kind === 'leave' || overlay.kind === 'crash') {
    return (
      <g className={`overlay membership ${overlay.kind}`} aria-hidden="true">
        {changedLayer}
        {overlay.moved.length > 0 && overlay.movedFrom !== null && overlay.movedTo !== null ? (
          // the keys' road from the old holder to the new one, along the ring
          <path
            className="handover"
            data-mark="handover"
            d={handoverPath(angle(overlay.movedFrom), angle(overlay.movedTo), geom)}
            markerEnd="url(#arrow-handover)"
          />
        ) : null}
        {frame.nodes.has(overlay.node) || frame.gone.has(overlay.node) ? (
          <circle
            className="at-ring"
            data-mark="at"
            cx={pointOnRing(angle(overlay.node), geom.r, geom.cx, geom.cy).x}
            cy={pointOnRing(angle(overlay.node), geom.r, geom.cx, geom.cy).y}
            r={21}
          />
        ) : null}
        {overlay.lost.slice(0, 100).map((k) => {
          const e = frame.data.get(k);
          const id = e?.id ?? (typeof k === 'number' ? k : null);
          if (id === null) return null;
          const p = pointOnRing(angle(id), geom.r - 8, geom.cx, geom.cy);
          return (
            <g key={`l${String(k)}`} className="lost" data-mark="lost">
              <path className="x" d={cross(p, 9)} />
            </g>
          );
        })}
      </g>
    );
  }
  if (overlay.kind === 'store' || overlay.kind === 'read') {
    const copies = overlay.kind === 'store' ? overlay.copies : [];
    return (
      <g className="overlay store" aria-hidden="true">
        {changedLayer}
        {copies.map((c) => (
          <path
            key={`c${c}`}
            className="copy"
            data-mark="copy-sent"
            d={chord(overlay.owner, c)}
            markerEnd="url(#arrow-copy)"
          />
        ))}
        {overlay.kind === 'read' && !overlay.correct ? null : (
          <OwnerBadge id={overlay.owner} geom={geom} failed={false} />
        )}
      </g>
    );
  }
  const focus = overlay.kind === 'stabilize' ? overlay.node : null;
  const fp = focus !== null ? pointOnRing(angle(focus), geom.r, geom.cx, geom.cy) : null;
  // replication's roads, just inside the ring: a copy sent down the successor list (purple),
  // or a key's ownership handed on (green)
  const roads = new Map<string, { from: NodeId; to: NodeId; copy: boolean }>();
  for (const m of overlay.kind === 'stabilize' ? overlay.moves : [])
    roads.set(`${m.from}-${m.to}-${m.as}`, { from: m.from, to: m.to, copy: m.as === 'copy' });
  return (
    <g className="overlay" aria-hidden="true">
      {changedLayer}
      {[...roads].map(([k, m]) => {
        const [cls, mark] = m.copy ? ['copy', 'copy-sent'] : ['handover', 'handover'];
        return (
          <path
            key={k}
            className={cls}
            data-mark={mark}
            d={handoverPath(angle(m.from), angle(m.to), geom)}
            markerEnd={`url(#arrow-${cls})`}
          />
        );
      })}
      {fp ? (
        <circle
          className="at-ring stabilizing"
          data-mark="stabilizing"
          cx={fp.x}
          cy={fp.y}
          r={21}
        />
      ) : null}
    </g>
  );
}

/** The shorter way round from a to b, drawn just inside the ring. */
function handoverPath(a: number, b: number, geom: RingGeom): string {
  const cw = (((b - a) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  const r = geom.r - 26;
  return cw <= Math.PI
    ? arcPath(a, b, r, geom.cx, geom.cy)
    : reverseArc(arcPath(b, a, r, geom.cx, geom.cy));
}

/** An SVG arc "M p A … q" walked the other way ("M q A … (sweep flipped) p"). */
function reverseArc(d: string): string {
  const m = /^M([^,]+),([^A]+)A([^,]+),(\S+) 0 (\d) 1 ([^,]+),(.+)$/.exec(d);
  if (!m) return d;
  const [, px, py, rx, ry, large, qx, qy] = m;
  return `M${qx},${qy}A${rx},${ry} 0 ${large} 0 ${px},${py}`;
}
