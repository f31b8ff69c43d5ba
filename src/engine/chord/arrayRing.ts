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
    // closest_preceding_finger scans from the top, but a finger whose start n + 2^f is at or
    // past the key cannot precede it (going clockwise from its start, n itself comes round
    // before the key does), so the scan starts at the largest f with 2^f < dist(n, key). The
    // key is never n here, so that distance is at least 1. Finger 0 is the successor, the
    // default.
    const d = dist(here, key, size);
    const row = at * bits;
    let next = succ;
    for (let f = Math.min(bits - 1, 31 - Math.clz32(d - 1)); f > 0; f--) {
      let c = table[row + f]!;
      if (c < 0) c = fillFinger(ring, table, at, f);
      if (inOpen(ids[c]!, here, key, size)) {
        next = c;
        break;
      }
    }
    at = next;
    hops++;
  }
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
