/**
 * Sends a big, structurally shared object graph (a Chord timeline: 1,000 frames of a 2,000-node
 * ring share most of their node objects) from a worker to the page in small pieces.
 *
 * postMessage's structured clone keeps shared objects shared only within one message, and
 * decoding one 200 MB message blocks the page for seconds. Here every object gets an id the
 * first time it is sent; later pieces refer to it by id, so sharing survives across messages
 * and each piece decodes in a few milliseconds on the page, between which it stays responsive.
 *
 * A piece is a list of definitions, children before parents (frames are acyclic), written as
 * two typed arrays (transferred, not copied, and decoded without garbage) and its strings:
 *   ['a', …items]            an array
 *   ['k', …keys]             the keys of plain objects of one shape (sent once per shape)
 *   ['o', shape, …values]    a plain object, values in its shape's key order
 *   ['m', key, value, …]     a Map        ['s', …items]   a Set
 *   ['A' | 'M' | 'S', ref, …] more entries of a long array, Map or Set defined just before
 * Each definition is a tag (its kind) with its item count, then its items, each a tag (number,
 * object id, string index, true, false, null, undefined, bigint) with its number. `roots` are
 * the ids of the values pushed.
 */

export type Item = string | number | boolean | null | undefined | bigint | [number];
export type Def = ['a' | 'k' | 'o' | 'm' | 's' | 'A' | 'M' | 'S', ...Item[]];

export interface GraphPiece {
  readonly tags: Uint8Array;
  readonly nums: Float64Array;
  readonly strs: string[];
  readonly roots: number[];
}

export const KINDS = ['a', 'k', 'o', 'm', 's', 'A', 'M', 'S'] as const;
export const KIND = 16; // definition tags are KIND + index in KINDS
export const enum T {
  Num,
  Ref,
  Str,
  True,
  False,
  Null,
  Undef,
  Big,
}

/** entries per definition: a 100,000-node Map travels as 50 definitions */
export const SEGMENT = 2_000;
