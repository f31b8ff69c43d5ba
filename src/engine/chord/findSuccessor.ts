import type { Draft } from './draft';
import { asKey, type NodeId } from './ring';
import { route } from './routing';

/** A lookup's network cost: its hops plus the attempts that timed out. */
export const messagesOf = (r: {
  readonly path: readonly NodeId[];
  readonly timeouts: readonly NodeId[];
}): number => r.path.length - 1 + r.timeouts.length;

/**
 * find_successor(keyId) asked of `from`, silently: what joins, fixFingers and replication
 * use. null when the lookup cannot answer yet. `cost.messages` (if given) adds its messages.
 */
export function findSuccessor(
  d: Draft,
  from: NodeId,
  keyId: number,
  repair = false,
  cost?: { messages: number },
): NodeId | null {
  const r = route(
    d,
    { keyId, key: asKey(keyId), from, routing: 'finger', skip: 1, repair, purpose: 'lookup' },
    null,
  );
  if (cost) cost.messages += messagesOf(r);
  return r.owner;
}
