import { successorOwner, type ChordFrame, type NodeId } from '../../../engine/chord';
import { keyLabel } from '../derive';
import { chordPath, maxBulge, nodeAngle, tokenPosition } from '../geometry';
import { nodeRadius, type RingGeom } from '../ringConstants';
import { verdictBox } from '../VerdictLayer';

/** Whether a view lists every live node (a node that misses a joiner does not know every node). */
function knowsAll(frame: ChordFrame, ids: readonly NodeId[]): boolean {
  const known = new Set<number>(ids);
  return frame.ids.every((id) => known.has(id));
}

/** A cached answer the selected node would use now: key → owner, wrong once the key moved. */
export interface CachePointer {
  key: string;
  owner: NodeId;
  stale: boolean;
}

/** The selected node's unexpired cache entries, each checked against the ring's true owner. */
export function cachePointers(frame: ChordFrame, id: NodeId): CachePointer[] {
  const d = frame.design;
  if (!d || frame.ids.length === 0) return [];
  return (d.caches.get(id) ?? [])
    .filter((e) => d.clock < e.expires)
    .map((e) => ({
      key: typeof e.key === 'number' ? `key ${e.key}` : keyLabel(e.key),
      owner: e.owner,
      stale: !frame.nodes.has(e.owner) || successorOwner(frame.ids, e.keyId) !== e.owner,
    }));
}

/**
 * What the leader and cache designs read at the selected node, on the ring. Leader: the node
 * sends every join and leave to the leader (an arrow to the crown) and routes by its view, so
 * while that view lists every live node it knows every node (the full-view circle). Cached: its fingers (drawn
 * by PointerLayer) and each cached answer as an arrow to the cached owner, labelled with the
 * key, dotted in the stale colour once that node no longer owns the key.
 */
export function DesignPointers({
  frame,
  geom,
  selected,
  routing,
}: {
  frame: ChordFrame;
  geom: RingGeom;
  selected: NodeId | null;
  routing: 'leader' | 'cached';
}) {
  const d = frame.design;
  if (selected === null || !d || !frame.nodes.has(selected)) return null;
  const angle = (id: number) => nodeAngle(id, geom.bits);
  const inset = nodeRadius(frame.ids.length) + 3;
  const bulge = maxBulge(geom);
  const chord = (to: number) =>
    chordPath(angle(selected), angle(to), geom.r, geom.cx, geom.cy, inset, bulge);
  if (routing === 'leader') {
    const view = d.views.get(selected);
    const leader = d.leader !== null && frame.nodes.has(d.leader) ? d.leader : null;
    return (
      <g className="design-pointers">
        {view && knowsAll(frame, view.ids) ? (
          <circle
            className="full-view"
            data-mark="full"
            cx={geom.cx}
            cy={geom.cy}
            r={geom.r - inset - 4}
          />
        ) : null}
        {leader !== null && leader !== selected ? (
          <path
            className="to-leader"
            data-mark="to-leader"
            d={chord(leader)}
            markerEnd="url(#arrow-to-leader)"
          />
        ) : null}
      </g>
    );
  }
  const entries = cachePointers(frame, selected).filter((e) => e.owner !== selected);
  return (
    <g className="design-pointers">
      {entries.map((e) => {
        // the key's name a third of the way along, near the node that holds the entry, or
        // further on where the verdict card would cover it
        const card = verdictBox(frame, geom);
        const w = e.key.length * 8.5 + 6;
        const at = (t: number) =>
          tokenPosition(
            angle(selected),
            angle(e.owner),
            geom.r - inset,
            t,
            geom.cx,
            geom.cy,
            bulge,
          );
        const free = (q: { x: number; y: number }) =>
          !card ||
          q.x + w / 2 < card.x ||
          q.x - w / 2 > card.x + card.w ||
          q.y + 11 < card.y ||
          q.y - 11 > card.y + card.h;
        const p = [0.35, 0.2, 0.5, 0.65, 0.8].map(at).find(free) ?? at(0.35);
        return (
          <g key={e.key} className={`cache-pointer${e.stale ? ' stale' : ''}`}>
            <path
              className={e.stale ? 'cache stale' : 'cache'}
              data-mark={e.stale ? 'stale' : 'cached'}
              d={chord(e.owner)}
              markerEnd={e.stale ? 'url(#arrow-stale)' : 'url(#arrow-cache)'}
            />
            <text className="cache-key" x={p.x} y={p.y} textAnchor="middle" dy="0.35em">
              {e.key}
            </text>
          </g>
        );
      })}
    </g>
  );
}
