import type { ChordNode } from './frames';
import { inHalfOpen, indexOfId, successorIndex, type NodeId } from './ring';
import type { RingRouting } from './routeTypes';
import type { QuickAnswer } from './quickRoute';

/** A row not read yet (or changed since), one quickTableRoute can use, one it cannot. */
const DIRTY = 0;
const REGULAR = 1;
const IRREGULAR = 2;

/** Index distance clockwise from `at` to `c` on a ring of n nodes. */
const delta = (c: number, at: number, n: number): number => (c >= at ? c - at : c - at + n);

/**
 * The live ring's routing state as arrays of node indices, for silent lookups in bulk: the
 * ids ascending, and per node its predecessor's id and its fingers and successor list as
 * indices into those ids. A Draft keeps one while its membership stays the same (a join, a
 * leave or a crash drops it) and marks a node's row dirty when the node's pointers change; a
 * row is read from the node when a lookup first needs it. A row is usable ("regular") when
 * every finger and successor is live and not the node itself, as on a converged ring; at any
 * other row the table gives up and the lookup takes quickRoute's path.
 */
export class RouteTable {
  readonly ids: Float64Array;
  readonly n: number;
  private readonly state: Uint8Array;
  /** the predecessor's id (it may be gone), -1 for nil */
  readonly pred: Float64Array;
  /**
   * Per row, up to bits + width entries: the node's distinct pointers (fingers and successor
   * list) as indices, farthest clockwise first, candLen[i] of them. Finger routing takes the
   * farthest pointer before the key: the first one here that lies before it.
   */
  readonly cand: Int32Array;
  readonly candLen: Uint8Array;
  /** n · width successor indices, succLen[i] of them in row i */
  readonly succ: Int32Array;
  readonly succLen: Uint8Array;

  constructor(
    ids: readonly NodeId[],
    readonly bits: number,
    readonly width: number,
    private readonly nodeOf: (id: NodeId) => ChordNode | undefined,
  ) {
    this.n = ids.length;
    this.ids = Float64Array.from(ids);
    this.state = new Uint8Array(this.n);
    this.pred = new Float64Array(this.n);
    this.cand = new Int32Array(this.n * (bits + width));
    this.candLen = new Uint8Array(this.n);
    this.succ = new Int32Array(this.n * width);
    this.succLen = new Uint8Array(this.n);
  }

  /** The node's index, or -1 when it is not live. */
  indexOf(id: number): number {
    return indexOfId(this.ids, id);
  }

  /** Node `id`'s pointers changed: read its row again when next needed. */
  dirty(id: NodeId): void {
    const i = this.indexOf(id);
    if (i >= 0) this.state[i] = DIRTY;
  }

  /** Is row i usable (reading it from its node first if needed)? */
  usable(i: number): boolean {
    const s = this.state[i]!;
    if (s !== DIRTY) return s === REGULAR;
    const ok = this.read(i);
    this.state[i] = ok ? REGULAR : IRREGULAR;
    return ok;
  }

  private read(i: number): boolean {
    const node = this.nodeOf(this.ids[i]! as NodeId);
    if (node === undefined) return false;
    const { bits, width } = this;
    if (node.fingers.length !== bits) return false;
    const list = node.successors;
    if (list.length === 0 || list.length > width) return false;
    this.pred[i] = node.predecessor ?? -1;
    const base = i * (bits + width);
    let len = 0;
    /** puts pointer c (index) in the row's candidates, which stay farthest first and distinct */
    const put = (c: number): void => {
      const x = delta(c, i, this.n);
      let j = len;
      while (j > 0 && delta(this.cand[base + j - 1]!, i, this.n) < x) j--;
      if (j > 0 && this.cand[base + j - 1] === c) return;
      this.cand.copyWithin(base + j + 1, base + j, base + len);
      this.cand[base + j] = c;
      len++;
    };
    let last = -1;
    for (let f = 0; f < bits; f++) {
      const id = node.fingers[f]!;
      if (id === last) continue; // low fingers mostly repeat one node
      const c = this.indexOf(id);
      if (c < 0 || c === i) return false;
      last = id;
      put(c);
    }
    for (let j = 0; j < list.length; j++) {
      const c = this.indexOf(list[j]!);
      if (c < 0 || c === i) return false;
      this.succ[i * width + j] = c;
      put(c);
    }
    this.candLen[i] = len;
    this.succLen[i] = list.length;
    return true;
  }
}

/**
 * quickRoute on a RouteTable, for finger, cached and successor routing: the same choices in
 * the same order, made on node indices. The owner's index is found once; since ids ascend with
 * the index, node c lies in (at, key) exactly when 0 < δ(c) < δ(owner) (δ: index distance
 * clockwise from at; the whole circle but at when at owns the key), and the key lies in
 * (at, s] exactly when 0 < δ(owner) ≤ δ(s). Returns null, with path back to [from], wherever
 * it meets a row it cannot use; quickRoute then answers. routeTable.test.ts checks it against
 * the recording route() on random rings with stale pointers.
 */
export function quickTableRoute(
  t: RouteTable,
  k: number,
  from: NodeId,
  routing: RingRouting,
  path: NodeId[],
): QuickAnswer | null {
  const scan = routing === 'finger' || routing === 'cached';
  if (!scan && routing !== 'successor') return null;
  const { n, ids, bits, width, cand, succ } = t;
  let at = t.indexOf(from);
  if (at < 0) return null;
  const owner = successorIndex(ids, k);
  let guard = 2 * n + bits + 8;
  for (;;) {
    if (!t.usable(at)) {
      path.length = 1;
      return null;
    }
    const here = ids[at]! as NodeId;
    const pred = t.pred[at]!;
    if (pred >= 0 && inHalfOpen(k, pred, here, 0)) {
      return {
        owner: here,
        claim: { by: here, rule: 'own', index: 0, predecessor: pred as NodeId },
        truth: ids[owner]! as NodeId,
      };
    }
    const o = owner >= at ? owner - at : owner - at + n;
    const span = o === 0 ? n : o;
    const row = at * width;
    const len = t.succLen[at]!;
    let next = -1;
    /** the successor-list index of a final candidate; -1: not final */
    let final = -1;
    if (o > 0 && o <= delta(succ[row]!, at, n)) {
      next = succ[row]!;
      final = 0;
    } else {
      if (scan) {
        // the farthest pointer before the key, fingers and successor list alike
        const base = at * (bits + width);
        const end = base + t.candLen[at]!;
        for (let j = base; j < end; j++) {
          if (delta(cand[j]!, at, n) < span) {
            next = cand[j]!;
            break;
          }
        }
      }
      if (next < 0) {
        for (let j = 0; j < len; j++) {
          if (delta(succ[row + j]!, at, n) < span) {
            next = succ[row + j]!;
            break;
          }
        }
      }
      if (next < 0) {
        for (let j = 0; j < len; j++) {
          if (o > 0 && o <= delta(succ[row + j]!, at, n)) {
            next = succ[row + j]!;
            final = j;
            break;
          }
        }
      }
    }
    if (next < 0) {
      path.length = 1;
      return null;
    }
    const nextId = ids[next]! as NodeId;
    path.push(nextId);
    if (final >= 0) {
      return {
        owner: nextId,
        claim: { by: here, rule: 'successor', index: final, predecessor: null },
        truth: ids[owner]! as NodeId,
      };
    }
    at = next;
    if (--guard < 0) {
      path.length = 1;
      return null;
    }
  }
}
