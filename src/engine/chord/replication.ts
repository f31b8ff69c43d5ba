/**
 * Replication (Chord §6.3): each key lives on its owner and on the owner's next
 * replicas − 1 successors, so a key survives the crash of fewer than `replicas` adjacent
 * nodes. The owner pushes copies down its successor list; holders drop copies their owner no
 * longer wants; a node that becomes responsible for a key it holds a copy of takes it over.
 */
import type { Draft } from './draft';
import type { ChordNode, Key, KeyMove, ReplicaCopy } from './frames';
import { inHalfOpen, type NodeId } from './ring';
import { findSuccessor } from './routing';

/** Where copies of the key owned by ids[ownerIndex] belong: the next min(r − 1, N − 1) nodes. */
export function replicaHolders(ids: readonly NodeId[], ownerIndex: number, r: number): NodeId[] {
  const n = ids.length;
  const out: NodeId[] = [];
  for (let j = 1; j <= Math.min(r - 1, n - 1); j++) out.push(ids[(ownerIndex + j) % n]!);
  return out;
}

/** Where `node` sends copies, as far as it knows: its first r − 1 successors (distinct, not itself). */
export function replicaTargets(node: ChordNode, r: number): NodeId[] {
  const out: NodeId[] = [];
  for (const s of node.successors.slice(0, r - 1)) {
    if (s !== node.id && !out.includes(s)) out.push(s);
  }
  return out;
}

/** Does the node hold the key, as its owner or as a copy? */
const holdsKey = (n: ChordNode, k: Key) =>
  n.keys.includes(k) || n.replicas.some((c) => c.key === k);

/** Gives `to` ownership of keys (dropping its copies of them). */
export function giveKeys(d: Draft, to: NodeId, keys: readonly Key[]): void {
  if (keys.length === 0) return;
  const t = d.live(to);
  const fresh = keys.filter((k) => !t.keys.includes(k));
  const drop = new Set(keys);
  d.patch(to, {
    keys: fresh.length > 0 ? d.sortKeys([...t.keys, ...fresh]) : t.keys,
    replicas: t.replicas.some((c) => drop.has(c.key))
      ? t.replicas.filter((c) => !drop.has(c.key))
      : t.replicas,
  });
}

/**
 * Stores copies of `keys` from owner `from` at each live target that does not own them.
 * Each copy a target did not hold yet is appended to `moves` when given.
 */
export function addCopies(
  d: Draft,
  from: NodeId,
  targets: readonly NodeId[],
  keys: readonly Key[],
  moves?: KeyMove[],
): NodeId[] {
  const reached: NodeId[] = [];
  if (keys.length === 0) return reached;
  for (const t of targets) {
    const node = d.node(t);
    if (!node || t === from) continue;
    reached.push(t);
    const byKey = new Map<Key, ReplicaCopy>(node.replicas.map((c) => [c.key, c]));
    let changed = false;
    for (const k of keys) {
      if (node.keys.includes(k)) continue;
      const had = byKey.get(k);
      if (had?.from === from) continue;
      byKey.set(k, { key: k, from });
      changed = true;
      if (!had) moves?.push({ key: k, from, to: t, as: 'copy' });
    }
    if (changed) d.patch(t, { replicas: d.sortCopies(byKey.values()) });
  }
  return reached;
}

export interface ReplicateReport {
  /** copies it took over as owner (its range now covers them) */
  claimed: Key[];
  /** owned keys handed back to its predecessor (they are not in (predecessor, n]) */
  handed: Key[];
  /** stale copies dropped */
  dropped: Key[];
  /** nodes that received copies */
  pushedTo: NodeId[];
  /** keys sent to another node: copies stored there for the first time, ownership handed on */
  moves: KeyMove[];
}

/** One node's replication duty in a stabilization round. */
export function replicate(d: Draft, id: NodeId): ReplicateReport {
  const r = d.replicas;
  const size = d.size;
  const report: ReplicateReport = {
    claimed: [],
    handed: [],
    dropped: [],
    pushedTo: [],
    moves: [],
  };
  let me = d.live(id);
  const pred = me.predecessor;

  // 1. Responsibility follows the predecessor pointer: (predecessor, n] is mine.
  if (pred !== null) {
    const claim = me.replicas.filter((c) => inHalfOpen(d.keyId(c.key), pred, id, size));
    if (claim.length > 0) {
      report.claimed = claim.map((c) => c.key);
      giveKeys(d, id, report.claimed);
      me = d.live(id);
    }
    if (d.isLive(pred) && pred !== id) {
      const hand = me.keys.filter((k) => !inHalfOpen(d.keyId(k), pred, id, size));
      if (hand.length > 0) {
        report.handed = hand;
        d.patch(id, { keys: me.keys.filter((k) => !hand.includes(k)) });
        const p = d.live(pred);
        for (const k of hand)
          if (!holdsKey(p, k)) report.moves.push({ key: k, from: id, to: pred, as: 'owner' });
        giveKeys(d, pred, hand);
        if (r > 1) addCopies(d, pred, [id], hand); // n keeps what it held, now as a copy
        me = d.live(id);
      }
    }
  }

  // 2. Drop copies their owner no longer wants here. A copy from a gone owner is the backup
  //    that replication exists for: find the key's current owner and settle it with them.
  const keep: ReplicaCopy[] = [];
  const takeOver: Key[] = [];
  for (const c of me.replicas) {
    const owner = d.node(c.from);
    if (owner?.keys.includes(c.key)) {
      if (replicaTargets(owner, r).includes(id)) keep.push(c);
      else report.dropped.push(c.key);
      continue;
    }
    // Its owner is gone, or no longer has the key (a node that rejoined under the same id,
    // or one that handed it on): this copy may be the last one, so settle it with the
    // key's current owner before dropping anything.
    const o = findSuccessor(d, id, d.keyId(c.key));
    if (o === null) keep.push(c);
    else if (o === id) takeOver.push(c.key);
    else {
      const on = d.live(o);
      if (!on.keys.includes(c.key)) {
        if (!holdsKey(on, c.key)) report.moves.push({ key: c.key, from: id, to: o, as: 'owner' });
        giveKeys(d, o, [c.key]);
      }
      if (replicaTargets(d.live(o), r).includes(id)) keep.push({ key: c.key, from: o });
      else report.dropped.push(c.key);
    }
  }
  if (keep.length !== me.replicas.length || keep.some((c, i) => c !== me.replicas[i])) {
    d.patch(id, { replicas: keep });
  }
  if (takeOver.length > 0) {
    giveKeys(d, id, takeOver);
    report.claimed.push(...takeOver);
  }
  me = d.live(id);

  // 3. Push copies of what I own down my successor list.
  if (r > 1 && me.keys.length > 0) {
    report.pushedTo = addCopies(d, id, replicaTargets(me, r), me.keys, report.moves);
  }
  return report;
}

/** Keys that no live node holds (owned or copy) among `candidates`. */
export function unheld(d: Draft, candidates: readonly Key[]): Key[] {
  const left = new Set(candidates);
  if (left.size === 0) return [];
  for (const id of d.ids) {
    const n = d.live(id);
    for (const k of n.keys) left.delete(k);
    for (const c of n.replicas) left.delete(c.key);
    if (left.size === 0) break;
  }
  return candidates.filter((k) => left.has(k));
}
