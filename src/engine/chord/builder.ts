/**
 * A ring built directly in its converged state: what the paper's protocols reach after
 * enough stabilization (correct predecessors, successor lists and fingers; keys at their
 * owners and replicas). Scenarios start from it; experiments use their own array form.
 */
import type { ChordFrame, ChordNode, Key, KeyEntry, ReplicaCopy } from './frames';
import { cmpLabel } from './draft';
import { fingerSweep, successorIndex, type NodeId } from './ring';
import { replicaHolders } from './replication';

/**
 * The key and copy lists of nodes that hold none: one array for all of them (nothing changes a
 * list in place), so a 100,000-node ring is not 200,000 empty arrays to allocate, send from the
 * worker and collect.
 */
const NO_KEYS: readonly Key[] = [];
const NO_COPIES: readonly ReplicaCopy[] = [];

export interface InitialKey {
  readonly key: Key;
  readonly id: number;
  readonly value: string | null;
}

/** ids: distinct node ids on the circle (any order). */
export function buildRing(
  ids: readonly number[],
  bits: number,
  replicas: number,
  keys: readonly InitialKey[] = [],
): ChordFrame {
  const sorted = [...ids].sort((a, b) => a - b) as NodeId[];
  const n = sorted.length;
  const owned = new Map<NodeId, Key[]>();
  const copies = new Map<NodeId, ReplicaCopy[]>();
  const data = new Map<Key, KeyEntry>();
  const ordered = [...keys].sort((a, b) => a.id - b.id || cmpLabel(a.key, b.key));
  for (const k of ordered) {
    data.set(k.key, { key: k.key, id: k.id, value: k.value });
    if (n === 0) continue;
    const oi = successorIndex(sorted, k.id);
    const owner = sorted[oi]!;
    owned.set(owner, [...(owned.get(owner) ?? []), k.key]);
    for (const h of replicaHolders(sorted, oi, replicas)) {
      copies.set(h, [...(copies.get(h) ?? []), { key: k.key, from: owner }]);
    }
  }
  const nodes = new Map<NodeId, ChordNode>();
  const sweep = fingerSweep(sorted, bits);
  sorted.forEach((id, i) => {
    const successors: NodeId[] = [];
    for (let j = 1; j <= replicas; j++) successors.push(sorted[(i + j) % n]!);
    const fingers: NodeId[] = [];
    for (let f = 0; f < bits; f++) fingers.push(sorted[sweep.next(f, id)]!);
    nodes.set(id, {
      id,
      predecessor: sorted[(i - 1 + n) % n]!,
      successors,
      fingers,
      next: 0,
      keys: owned.get(id) ?? NO_KEYS,
      replicas: copies.get(id) ?? NO_COPIES,
      joinedVia: null,
    });
  });
  return { bits, replicas, ids: sorted, nodes, gone: new Map(), data, overlay: null };
}
