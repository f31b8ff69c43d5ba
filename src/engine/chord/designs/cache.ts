/**
 * DNS-like caches in front of finger routing ("cache nodes (like dns; but the value could be
 * put in a wrong node)"): a node remembers each lookup's answer, key → owner, for `ttl`
 * operations and sends later requests for that key straight there. After a join moves the key's
 * range, the entry is stale: a put goes to the old owner, which stores it in the wrong place
 * unless it checks the range (as Chord's owner does) and forwards it on.
 */
import type { Draft, Recorder } from '../draft';
import type { Key } from '../frames';
import { inHalfOpen, nodeName, type NodeId } from '../ring';
import { keyLabel, route } from '../routing';
import { CACHE_LINES as L } from './pseudocode';
import {
  designOverlay,
  emptyDesign,
  filterLists,
  withEntry,
  type CacheEntry,
  type DesignAsk,
  type DesignRoute,
  type DesignState,
} from './state';

const design = (d: Draft): DesignState => d.design ?? emptyDesign();

export function cacheOf(d: Draft, id: NodeId): readonly CacheEntry[] {
  return design(d).caches.get(id) ?? [];
}

/** The entry for a key if it has not expired yet. */
export function cachedOwner(s: DesignState, at: NodeId, key: Key): CacheEntry | null {
  const e = (s.caches.get(at) ?? []).find((x) => x.key === key);
  return e && s.clock < e.expires ? e : null;
}

function setEntry(d: Draft, at: NodeId, entry: CacheEntry | null, key: Key): void {
  const s = design(d);
  d.design = { ...s, caches: withEntry(s.caches, at, key, entry) };
}

/** Remembers "key → owner" at `at` until clock + ttl. */
export function fillCache(
  d: Draft,
  at: NodeId,
  key: Key,
  keyId: number,
  owner: NodeId,
  ttl: number,
): CacheEntry {
  const entry: CacheEntry = { key, keyId, owner, expires: design(d).clock + ttl };
  setEntry(d, at, entry, key);
  return entry;
}

/**
 * One tick of the clock (every operation is one): entries whose TTL ran out are dropped,
 * with a step that shows which.
 */
export function tick(d: Draft, op: string, rec: Recorder | null): void {
  const s = design(d);
  const clock = s.clock + 1;
  const expired: { at: NodeId; entry: CacheEntry }[] = [];
  const caches = filterLists(s.caches, (e, at) => {
    if (clock < e.expires) return true;
    expired.push({ at, entry: e });
    return false;
  });
  d.design = { ...s, clock, caches: expired.length > 0 ? caches : s.caches };
  if (expired.length === 0) return;
  rec?.emit(
    'cache-expire',
    `TTL ran out: ${expired
      .map(
        ({ at, entry: e }) =>
          `${nodeName(at)} forgets ${keyLabel(e.key, e.keyId)} → ${nodeName(e.owner)}`,
      )
      .join('; ')}. The next lookup asks the ring again.`,
    designOverlay('cached', 'cache-expire', op, { at: expired[0]!.at, line: L.hit, expired }),
  );
}

export interface CachedRoute extends DesignRoute {
  /** true when the answer came from the cache */
  readonly hit: boolean;
}

/**
 * find_successor with a cache: a live, unexpired entry sends the request straight to the
 * cached owner (one message, right or wrong); otherwise the finger lookup runs and its answer
 * is cached for `ttl` operations.
 */
export function cachedRoute(
  d: Draft,
  req: DesignAsk,
  opt: { ttl: number; skip: number; repair: boolean },
  rec: Recorder | null,
): CachedRoute {
  const { from, key, keyId } = req;
  const hit = cachedOwner(design(d), from, key);
  const left = (e: CacheEntry): number => e.expires - design(d).clock;
  if (hit && hit.owner === from) {
    return { owner: from, path: [from], timeouts: [], messages: 0, hit: true };
  }
  if (hit && d.isLive(hit.owner)) {
    const truth = d.successorOf(keyId);
    rec?.emit(
      'cache-hit',
      `${nodeName(from)}'s cache says ${keyLabel(key, keyId)} → ${nodeName(hit.owner)} (TTL ${left(hit)} more): one message straight there, no lookup.` +
        (truth !== hit.owner
          ? ` But the entry is stale: ${nodeName(truth)} owns ${keyId} now.`
          : ''),
      designOverlay('cached', truth !== hit.owner ? 'stale' : 'cache-hit', req.purpose, {
        at: from,
        key,
        keyId,
        sends: [{ from, to: hit.owner }],
        messages: 1,
        line: L.hit,
        owner: hit.owner,
        trueOwner: truth,
      }),
    );
    return { owner: hit.owner, path: [from, hit.owner], timeouts: [], messages: 1, hit: true };
  }
  let messages = 0;
  const timeouts: NodeId[] = [];
  if (hit) {
    // The cached owner is gone: the message times out and the entry is dropped.
    messages = 1;
    timeouts.push(hit.owner);
    setEntry(d, from, null, key);
  }
  const r = route(
    d,
    {
      keyId,
      key,
      from,
      routing: 'cached',
      skip: opt.skip,
      repair: opt.repair,
      purpose: req.purpose,
    },
    rec,
  );
  messages += r.path.length - 1 + r.timeouts.length;
  timeouts.push(...r.timeouts);
  if (r.owner !== null && r.owner !== from) {
    const e = fillCache(d, from, key, keyId, r.owner, opt.ttl);
    rec?.emit(
      'cache-fill',
      `${nodeName(from)} caches ${keyLabel(key, keyId)} → ${nodeName(r.owner)} for ${opt.ttl} operation${opt.ttl === 1 ? '' : 's'} (until t = ${e.expires}).`,
      designOverlay('cached', 'cache-fill', req.purpose, {
        at: from,
        key,
        keyId,
        messages,
        line: L.fill,
        owner: r.owner,
        trueOwner: r.owner,
      }),
    );
  }
  return { owner: r.owner, path: r.path, timeouts, messages, hit: false };
}

/** Does `at` own keyId by its own predecessor pointer (Chord's range check)? */
export function ownsByRange(d: Draft, at: NodeId, keyId: number): boolean {
  const p = d.live(at).predecessor;
  return p === null || p === at || inHalfOpen(keyId, p, at, d.size);
}

/**
 * "owner checks the range": the node the put reached is not the owner by its predecessor,
 * so it forwards the put with a finger lookup. Returns where it ended and the extra messages.
 */
export function forwardPut(
  d: Draft,
  at: NodeId,
  key: Key,
  keyId: number,
  opt: { skip: number; repair: boolean },
  rec: Recorder | null,
): { owner: NodeId | null; messages: number } {
  rec?.emit(
    'cache-check',
    `${nodeName(at)} checks the range: ${keyId} ∉ (${String(d.live(at).predecessor)}, ${at}], so it is not the owner. It forwards the put instead of storing it.`,
    designOverlay('cached', 'forward', 'put', { at, key, keyId, line: L.check }),
  );
  const r = route(
    d,
    { keyId, key, from: at, routing: 'cached', skip: opt.skip, repair: opt.repair, purpose: 'put' },
    rec,
  );
  return { owner: r.owner, messages: r.path.length - 1 + r.timeouts.length };
}
