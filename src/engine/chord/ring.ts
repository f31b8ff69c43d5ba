/**
 * Identifier-circle arithmetic (Chord §4.2–§4.3). Ids go up to 2^32 - 1, past the range of
 * JavaScript's signed 32-bit bit operators, so everything here is plain arithmetic.
 */

/** A node identifier on the circle. Branded so a key id or an index is not passed by mistake. */
export type NodeId = number & { readonly __brand: 'NodeId' };

export const asNodeId = (n: number): NodeId => n as NodeId;

/**
 * A key as the user gave it: a name (hashed) or a number (the id itself). Branded so a bare
 * number (a key id, a node id, an index) is not passed where a parsed key belongs.
 */
export type Key = (string | number) & { readonly __brand: 'Key' };

/** Brands a key read by a parser (a scenario step, the "Key" box): a name or a whole number. */
export const asKey = (k: string | number): Key => k as Key;

/** 2^bits ids on the circle. */
export const ringSize = (bits: number): number => 2 ** bits;

export function mod(x: number, size: number): number {
  const r = x % size;
  return r < 0 ? r + size : r;
}

/*
 * The interval tests below compare instead of taking a floating-point `%` by 2^bits: the
 * lookup loops call them on every hop, and a float modulo is several times slower than two
 * comparisons. They expect ids on the circle, 0 ≤ x, a, b < size, as every id and key id is;
 * ring.test.ts checks them against the modular definitions.
 */

/** Clockwise distance from a to b, in [0, size). */
export const dist = (a: number, b: number, size: number): number => (b >= a ? b - a : b - a + size);

/**
 * x ∈ (a, b] clockwise. (a, a] is the whole circle: a lone node is its own successor and
 * owns every key.
 */
export function inHalfOpen(x: number, a: number, b: number, _size: number): boolean {
  if (a < b) return a < x && x <= b;
  if (a > b) return a < x || x <= b;
  return true;
}

/** x ∈ (a, b) clockwise. (a, a) is the whole circle except a. */
export function inOpen(x: number, a: number, b: number, _size: number): boolean {
  if (a < b) return a < x && x < b;
  if (a > b) return a < x || x < b;
  return x !== a;
}

/** finger[i].start = (n + 2^i) mod 2^m, i = 0..m-1 (the paper numbers them 1..m). */
export const fingerStart = (n: number, i: number, size: number): number => (n + 2 ** i) % size;

/** Index into ascending `ids` of the first id ≥ x (binary search); ids.length when none is. */
export function lowerBound(ids: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index into ascending `ids` of successor(x): the first id ≥ x, wrapping to 0. */
export function successorIndex(ids: ArrayLike<number>, x: number): number {
  const i = lowerBound(ids, x);
  return i === ids.length ? 0 : i;
}

/** successor(x) among ascending live ids: the node that owns key x. */
export function successorOf<T extends number>(ids: readonly T[], x: number): T {
  return ids[successorIndex(ids, x)]!;
}

/** Position of `id` in ascending `ids`, or -1. */
export function indexOfId(ids: ArrayLike<number>, id: number): number {
  const i = successorIndex(ids, id);
  return ids[i] === id ? i : -1;
}

/** "N42", the paper's way of naming a node. */
export const nodeName = (id: number | null): string => (id === null ? 'nil' : `N${id}`);

/**
 * successor(id + 2^f) for ascending ids taken in order: the index into `sorted` of each finger,
 * as successorIndex(sorted, fingerStart(id, f, size)) gives it. Per f the starts rise with the
 * ids (once past the top of the circle they start again from 0), so the successor's index only
 * moves forward: one sweep of the ring per f instead of a binary search per finger.
 */
export function fingerSweep(sorted: readonly number[], bits: number) {
  const size = ringSize(bits);
  const n = sorted.length;
  const at = new Int32Array(bits).fill(-1);
  const past = new Uint8Array(bits); // 1 once id + 2^f went past the top of the circle
  return {
    next(f: number, id: number): number {
      let x = id + 2 ** f;
      const over = x >= size ? 1 : 0;
      if (over) x -= size;
      let j = at[f]!;
      if (j < 0 || over !== past[f]) {
        j = successorIndex(sorted, x);
        if (j === 0 && n > 0 && sorted[0]! < x) j = n; // past the largest id
        past[f] = over;
      } else while (j < n && sorted[j]! < x) j++;
      at[f] = j;
      return j === n ? 0 : j;
    },
  };
}
