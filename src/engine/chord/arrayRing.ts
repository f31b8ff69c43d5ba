import type { Rng } from '../prng';
import { dist, fingerStart, inHalfOpen, inOpen, ringSize, successorIndex } from './ring';

/**
 * n distinct random ids on the circle, ascending: the first n distinct values drawn. The
 * "seen" set is an open-addressing table in a Float64Array (-1 = empty) rather than a Set, so
 * 2^22 ids cost 64 MB instead of several hundred.
 */
export function randomIds(rng: Rng, n: number, bits: number): Float64Array {
  const size = ringSize(bits);
  const out = new Float64Array(n);
  let cap = 16;
  while (cap < 2 * n) cap *= 2;
  const table = new Float64Array(cap).fill(-1);
  const shift = 32 - Math.log2(cap);
  let count = 0;
  while (count < n) {
    const id = rng.uint32() % size;
    let h = Math.imul(id | 0, 0x9e3779b1) >>> shift;
    while (table[h] !== -1 && table[h] !== id) h = (h + 1) & (cap - 1);
    if (table[h] === id) continue;
    table[h] = id;
    out[count++] = id;
  }
  return out.sort();
}

/**
 * A converged ring as arrays: fingers[i · bits + f] = index of successor(ids[i] + 2^f).
 * Entries are computed when a lookup first needs them (-1 = not yet), unless the table would
 * exceed FINGER_TABLE_LIMIT entries (2^22 nodes × 32 bits would take 512 MB); then every
 * finger is a binary search, which gives the same node.
 */
export interface ArrayRing {
  readonly ids: Float64Array;
  readonly bits: number;
  readonly size: number;
  readonly fingers: Int32Array | null;
}

export const FINGER_TABLE_LIMIT = 2 ** 24;

export function arrayRing(
  ids: Float64Array,
  bits: number,
  table = ids.length * bits <= FINGER_TABLE_LIMIT,
): ArrayRing {
  const fingers = table ? new Int32Array(ids.length * bits).fill(-1) : null;
  return { ids, bits, size: ringSize(bits), fingers };
}

/** Fills entry (at, f) of the finger table and returns it. */
function fillFinger(ring: ArrayRing, table: Int32Array, at: number, f: number): number {
  const c = successorIndex(ring.ids, fingerStart(ring.ids[at]!, f, ring.size));
  table[at * ring.bits + f] = c;
  return c;
}

/** Hops are < 64 (at most bits + 1 on a converged ring): owner and hops share one number. */
export const HOPS = 64;

/**
 * Finger routing (find_successor / closest_preceding_finger) on a converged ring, without
 * allocating: returns owner · 64 + hops (see fingerLookup), hops counting the final hop.
 */
export function fingerRoute(ring: ArrayRing, from: number, key: number): number {
  const table = ring.fingers;
  if (table === null) return fingerRouteSearching(ring, from, key);
  if (owns(ring, from, key)) return from * HOPS;
  let at = from;
  for (let hops = 1; ; hops++) {
    const r = hop(ring, table, at, key);
    if (r >= 0) return r * HOPS + hops;
    at = -1 - r;
  }
}

/** Does node `at` own the key: does it lie in (predecessor, at]? */
function owns(ring: ArrayRing, at: number, key: number): boolean {
  const { ids } = ring;
  return inHalfOpen(key, ids[at === 0 ? ids.length - 1 : at - 1]!, ids[at]!, ring.size);
}

/**
 * One hop of a lookup for `key` at node `at`, which does not own it: the owner's index when
 * the key lies in (at, successor], else -1 - the index of the node the query goes to.
 */
function hop(ring: ArrayRing, table: Int32Array, at: number, key: number): number {
  const { ids, bits, size } = ring;
  const succ = at + 1 === ids.length ? 0 : at + 1;
  const here = ids[at]!;
  if (inHalfOpen(key, here, ids[succ]!, size)) return succ;
  // closest_preceding_finger scans from the top, but a finger whose start n + 2^f is at or
  // past the key cannot precede it (going clockwise from its start, n itself comes round
  // before the key does), so the scan starts at the largest f with 2^f < dist(n, key). The
  // key is never n here, so that distance is at least 1. Finger 0 is the successor, the
  // default.
  const d = dist(here, key, size);
  const row = at * bits;
  for (let f = Math.min(bits - 1, 31 - Math.clz32(d - 1)); f > 0; f--) {
    let c = table[row + f]!;
    if (c < 0) c = fillFinger(ring, table, at, f);
    if (inOpen(ids[c]!, here, key, size)) return -1 - c;
  }
  return -1 - succ;
}

/** How many lookups fingerRoutes keeps going at once. */
const LANES = 8;

/**
 * fingerRoute for many lookups, out[i] = fingerRoute(ring, from[i], keys[i]), as the
 * experiments run them. A hop mostly waits for a finger-table row that is not in the cache;
 * taking turns, one hop each, between LANES lookups lets the processor fetch their rows at
 * the same time. Allocates only the lanes, once per call.
 */
export function fingerRoutes(
  ring: ArrayRing,
  from: ArrayLike<number>,
  keys: ArrayLike<number>,
  out: Float64Array,
): void {
  const table = ring.fingers;
  const total = out.length;
  if (table === null) {
    for (let i = 0; i < total; i++) out[i] = fingerRoute(ring, from[i]!, keys[i]!);
    return;
  }
  /** per lane: the lookup it runs (-1: none), the node it is at, its hops so far */
  const job = new Int32Array(LANES).fill(-1);
  const at = new Int32Array(LANES);
  const hops = new Int32Array(LANES);
  let taken = 0;
  let busy = 0;
  do {
    for (let l = 0; l < LANES; l++) {
      let j = job[l]!;
      if (j < 0) {
        if (taken === total) continue;
        j = taken++;
        if (owns(ring, from[j]!, keys[j]!)) {
          out[j] = from[j]! * HOPS;
          continue;
        }
        job[l] = j;
        at[l] = from[j]!;
        hops[l] = 0;
        busy++;
      }
      const r = hop(ring, table, at[l]!, keys[j]!);
      const h = ++hops[l]!;
      if (r >= 0) {
        out[j] = r * HOPS + h;
        job[l] = -1;
        busy--;
      } else at[l] = -1 - r;
    }
  } while (busy > 0 || taken < total);
}

/** fingerRoute for rings too big for a finger table: each finger is a binary search. */
function fingerRouteSearching(ring: ArrayRing, from: number, key: number): number {
  const { ids, bits, size } = ring;
  const n = ids.length;
  const pred = from === 0 ? n - 1 : from - 1;
  if (inHalfOpen(key, ids[pred]!, ids[from]!, size)) return from * HOPS;
  let at = from;
  let hops = 0;
  for (;;) {
    const succ = at + 1 === n ? 0 : at + 1;
    const here = ids[at]!;
    if (inHalfOpen(key, here, ids[succ]!, size)) return succ * HOPS + hops + 1;
    const d = dist(here, key, size);
    let next = succ;
    for (let f = Math.min(bits - 1, 31 - Math.clz32(d - 1)); f >= 0; f--) {
      const c = successorIndex(ids, fingerStart(here, f, size));
      if (inOpen(ids[c]!, here, key, size)) {
        next = c;
        break;
      }
    }
    at = next;
    hops++;
  }
}

/**
 * Finger routing (find_successor / closest_preceding_finger) on a converged ring. Returns
 * the owner's index and the hop count, counting the final hop to the owner.
 */
export function fingerLookup(
  ring: ArrayRing,
  from: number,
  key: number,
): { owner: number; hops: number } {
  const r = fingerRoute(ring, from, key);
  return { owner: Math.floor(r / HOPS), hops: r % HOPS };
}
