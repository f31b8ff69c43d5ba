import type { Draft } from './draft';
import { dist, fingerStart, type NodeId } from './ring';

/** A finger of `node` that named a dead node, waiting to learn its replacement. */
export interface PendingFinger {
  readonly node: NodeId;
  readonly index: number;
  readonly start: number;
}

/**
 * A timeout taught `at` that `dead` is gone ("update finger link"). The successor list drops
 * it (§6.3), unless it was the last entry: a node never treats a finger as its successor on a
 * lookup's word, stabilization rejoins it instead. Fingers that named it wait for the lookup
 * to pass the first live node at or after their start (see `learnFingers`).
 */
export function repairPointers(
  d: Draft,
  at: NodeId,
  dead: NodeId,
): { pending: PendingFinger[]; successorList: boolean; listGone: boolean } {
  const n = d.live(at);
  const successors = n.successors.filter((s) => s !== dead);
  const listGone = successors.length === 0;
  const successorList = !listGone && successors.length !== n.successors.length;
  if (successorList) d.patch(at, { successors });
  const pending: PendingFinger[] = [];
  n.fingers.forEach((f, i) => {
    if (f === dead && i > 0)
      pending.push({ node: at, index: i, start: fingerStart(at, i, d.size) });
  });
  return { pending, successorList, listGone };
}

/**
 * Lazy repair: a finger whose node timed out takes the first live node at or after its start
 * that the lookup reached (`x`, just added to the path). Returns the fingers fixed.
 */
export function learnFingers(d: Draft, pending: PendingFinger[], x: NodeId): PendingFinger[] {
  const learned: PendingFinger[] = [];
  for (let i = pending.length - 1; i >= 0; i--) {
    const p = pending[i]!;
    if (x === p.node || !d.isLive(p.node)) continue;
    if (dist(p.node, x, d.size) < dist(p.node, p.start, d.size)) continue;
    const node = d.live(p.node);
    if (node.fingers[p.index] !== x) {
      d.patch(p.node, { fingers: node.fingers.map((f, j) => (j === p.index ? x : f)) });
    }
    learned.unshift(p);
    pending.splice(i, 1);
  }
  return learned;
}
