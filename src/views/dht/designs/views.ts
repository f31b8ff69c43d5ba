import {
  successorOwner,
  type CacheEntry,
  type ChordFrame,
  type NodeId,
} from '../../../engine/chord';

/** The newest view version any live node holds (leader design), or 0 without views. */
export function newestView(frame: ChordFrame): number {
  let v = 0;
  for (const [id, view] of frame.design?.views ?? [])
    if (frame.nodes.has(id)) v = Math.max(v, view.version);
  return v;
}

/** Live nodes holding an older view than the newest: a lookup from them may go wrong. */
export function oldViews(frame: ChordFrame): NodeId[] {
  const newest = newestView(frame);
  const out: NodeId[] = [];
  for (const [id, view] of frame.design?.views ?? [])
    if (frame.nodes.has(id) && view.version < newest) out.push(id);
  return out.sort((a, b) => a - b);
}

export interface CacheRow {
  readonly at: NodeId;
  readonly entry: CacheEntry;
  /** TTL left, in operations */
  readonly ttl: number;
  /** the cached owner no longer owns the key */
  readonly stale: boolean;
}

/** Every live node's cache entries (cached design), each with its TTL left and staleness. */
export function cacheRows(frame: ChordFrame): CacheRow[] {
  const d = frame.design;
  if (!d) return [];
  return [...d.caches.entries()]
    .filter(([at]) => frame.nodes.has(at))
    .flatMap(([at, list]) =>
      list.map((entry) => ({
        at,
        entry,
        ttl: entry.expires - d.clock,
        stale: frame.ids.length > 0 && entry.owner !== successorOwner(frame.ids, entry.keyId),
      })),
    );
}
