/**
 * Storing a value at the node a put reached: it keeps the key (and pushes copies to its
 * successors when replicas > 1). Reading what a node holds, for a get.
 */
import { isolate } from '../text';
import type { Draft, Recorder } from './draft';
import type { Key } from './frames';
import { nodeName, type NodeId } from './ring';
import { addCopies, giveKeys, replicaTargets } from './replication';
import { keyLabel } from './routing';

/** `at` stores key = value and copies it to replicas − 1 successors; `note` ends the narration. */
export function storeAtOwner(
  d: Draft,
  at: NodeId,
  key: Key,
  keyId: number,
  value: string,
  rec: Recorder | null,
  note = '',
): NodeId[] {
  d.setEntry(key, { key, id: keyId, value });
  giveKeys(d, at, [key]);
  const copies =
    d.replicas > 1 ? addCopies(d, at, replicaTargets(d.live(at), d.replicas), [key]) : [];
  rec?.emit(
    'store',
    `${nodeName(at)} stores ${keyLabel(key, keyId)} = ${isolate(`"${value}"`)}` +
      (copies.length > 0 ? ` and copies it to ${copies.map(nodeName).join(', ')}.` : '.') +
      note,
    { kind: 'store', key, owner: at, copies },
  );
  return copies;
}

/** What `at` holds for key: its own key or a copy (null when it has neither). */
export function heldValue(d: Draft, at: NodeId, key: Key): { has: boolean; value: string | null } {
  const n = d.live(at);
  const has = n.keys.includes(key) || n.replicas.some((c) => c.key === key);
  return { has, value: has ? (d.entry(key)?.value ?? null) : null };
}
