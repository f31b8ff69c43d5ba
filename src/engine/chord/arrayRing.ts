import type { Rng } from '../prng';
import { fingerStart, inHalfOpen, inOpen, ringSize, successorIndex } from './ring';

/** n distinct random ids on the circle, ascending. */
export function randomIds(rng: Rng, n: number, bits: number): Float64Array {
  const size = ringSize(bits);
  const set = new Set<number>();
  while (set.size < n) set.add(rng.uint32() % size);
  return Float64Array.from(set).sort();
}

/** A converged ring as arrays: fingers[i * bits + f] = index of successor(ids[i] + 2^f). */
export interface ArrayRing {
  readonly ids: Float64Array;
  readonly bits: number;
  readonly size: number;
  readonly fingers: Int32Array;
}

export function arrayRing(ids: Float64Array, bits: number): ArrayRing {
  const n = ids.length;
  const size = ringSize(bits);
  const fingers = new Int32Array(n * bits);
  for (let i = 0; i < n; i++) {
    for (let f = 0; f < bits; f++)
      fingers[i * bits + f] = successorIndex(ids, fingerStart(ids[i]!, f, size));
  }
  return { ids, bits, size, fingers };
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
  const { ids, bits, size, fingers } = ring;
  const n = ids.length;
  const pred = (from - 1 + n) % n;
  if (inHalfOpen(key, ids[pred]!, ids[from]!, size)) return { owner: from, hops: 0 };
  let at = from;
  let hops = 0;
  for (;;) {
    const succ = (at + 1) % n;
    if (inHalfOpen(key, ids[at]!, ids[succ]!, size)) return { owner: succ, hops: hops + 1 };
    let next = succ;
    for (let f = bits - 1; f >= 0; f--) {
      const c = fingers[at * bits + f]!;
      if (inOpen(ids[c]!, ids[at]!, key, size)) {
        next = c;
        break;
      }
    }
    at = next;
    hops++;
  }
}
