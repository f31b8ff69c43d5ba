/**
 * The checker's memory between calls. What is wrong with a node's own pointers depends only on
 * those pointers and on the live ids around it: its neighbours and the successor of each finger
 * start. So the findings of the last check are kept per node id, with the pointers they were
 * found on, and the next check re-checks a node only when its pointers differ (by value: a frame
 * decoded from the worker holds equal arrays, not the same ones) or when the live ids changed
 * near something it depends on. A 10,000-node frame is 320,000 finger checks; a crash, a join
 * or a stabilization round changes a handful of nodes and one or two ids.
 */
import { lowerBound, type NodeId } from './ring';

/** one finding, worded once the liveness of the pointer it names is known */
export type Finding = (stale: (id: NodeId | null) => string) => string;

/** a node's pointers, as the checker reads them */
interface Pointers {
  readonly fingers: readonly NodeId[];
  readonly successors: readonly NodeId[];
  readonly predecessor: NodeId | null;
}
/** the findings on a node, and the pointers they were found on (the last equal copies seen) */
export interface Checked {
  fingers: readonly NodeId[];
  successors: readonly NodeId[];
  readonly predecessor: NodeId | null;
  readonly found: readonly Finding[];
}

interface Memory {
  readonly bits: number;
  readonly replicas: number;
  /** the live ids the kept findings are right for (a copy: callers' lists are not trusted to stay) */
  ids: readonly number[];
  readonly byId: Map<NodeId, Checked>;
}

/** more live ids changed than this since the last check: everything is checked again */
const MAX_CHANGED = 256;
let memory: Memory | null = null;

/** first index with ids[i] > x (ids.length when none) */
function above(ids: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** the ids in exactly one of two ascending lists, or null when more than `max` */
function changedIds(a: ArrayLike<number>, b: ArrayLike<number>, max: number): number[] | null {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x === y) {
      i++;
      j++;
      continue;
    }
    out.push(x < y ? a[i++]! : b[j++]!);
    if (out.length > max) return null;
  }
  return out;
}

/** the id before d on the circle among both lists, or null when d is alone in them */
function before(a: ArrayLike<number>, b: ArrayLike<number>, d: number, size: number) {
  let best: number | null = null;
  for (const ids of [a, b]) {
    if (ids.length === 0) continue;
    const k = lowerBound(ids, d);
    const p = ids[(k - 1 + ids.length) % ids.length]!;
    if (p === d) continue; // d is the list's only id
    if (best === null || (d - p + size) % size < (d - best + size) % size) best = p;
  }
  return best;
}

/**
 * Indices into `now` of the live nodes whose findings may differ between `was` and `now` (the
 * ids that changed are `changed`), or null for all of them. A finger start s is answered by
 * successor(s); that answer differs between the two lists only if the first id at or after s in
 * both lists together changed. So for a changed d with p before it, the starts in (p, d] move,
 * and node x has finger f there when x ∈ (p − 2^f, d − 2^f]. Successor, predecessor and list
 * change only for the nodes within replicas + 1 places of d.
 */
function dirtyIndices(
  was: ArrayLike<number>,
  now: ArrayLike<number>,
  changed: readonly number[],
  bits: number,
  replicas: number,
): Set<number> | null {
  const n = now.length;
  const size = 2 ** bits;
  const out = new Set<number>();
  const mark = (lo: number, hi: number) => {
    // x ∈ (lo, hi] on the circle
    if (lo < hi) for (let i = above(now, lo), e = above(now, hi); i < e; i++) out.add(i);
    else {
      for (let i = above(now, lo); i < n; i++) out.add(i);
      for (let i = 0, e = above(now, hi); i < e; i++) out.add(i);
    }
  };
  for (const d of changed) {
    const p = before(was, now, d, size);
    if (p === null) return null;
    for (let f = 0; f < bits; f++) {
      const step = 2 ** f;
      mark((p - step + size) % size, (d - step + size) % size);
    }
    const k = lowerBound(now, d);
    for (let j = -(replicas + 2); j <= replicas + 2; j++) out.add((((k + j) % n) + n) % n);
    if (out.size >= n) return null;
  }
  return out;
}

const sameList = (a: readonly NodeId[], b: readonly NodeId[]): boolean => {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * The kept findings for the check of `ids`: `get(i, id, node)` gives node ids[i]'s findings if
 * they still hold, `set` keeps new ones. Call `forget()` to start over.
 */
export function memoryFor(ids: ArrayLike<number>, bits: number, replicas: number) {
  let m = memory;
  let dirty: Set<number> | null = new Set();
  if (m === null || m.bits !== bits || m.replicas !== replicas) {
    m = memory = { bits, replicas, ids: Array.from(ids), byId: new Map() };
  } else {
    const changed = changedIds(m.ids, ids, MAX_CHANGED);
    dirty = changed && ids.length > 0 ? dirtyIndices(m.ids, ids, changed, bits, replicas) : null;
    if (dirty === null) m.byId.clear();
    else for (const d of changed!) m.byId.delete(d as NodeId);
    if (changed?.length !== 0) m.ids = Array.from(ids);
  }
  const { byId } = m;
  return {
    get(i: number, id: NodeId, node: Pointers): readonly Finding[] | undefined {
      if (dirty === null || dirty.has(i)) return undefined;
      const c = byId.get(id);
      if (
        !c ||
        c.predecessor !== node.predecessor ||
        !sameList(c.fingers, node.fingers) ||
        !sameList(c.successors, node.successors)
      )
        return undefined;
      // equal copies (a frame from the worker): keep these, later frames share them
      c.fingers = node.fingers;
      c.successors = node.successors;
      return c.found;
    },
    set(id: NodeId, checked: Checked): void {
      byId.set(id, checked);
    },
  };
}

/** drops everything kept (tests check that a fresh check gives the same answer) */
export function forgetChecks(): void {
  memory = null;
}
