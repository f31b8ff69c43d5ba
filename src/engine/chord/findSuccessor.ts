import type { Draft } from './draft';
import type { NodeId } from './ring';
import { route } from './routing';

/**
 * find_successor(keyId) asked of `from`, silently: what joins, fixFingers and replication
 * use. null when the lookup cannot answer yet.
 */
export function findSuccessor(
  d: Draft,
  from: NodeId,
  keyId: number,
  repair = false,
): NodeId | null {
  return route(
    d,
    { keyId, key: keyId, from, routing: 'finger', skip: 1, repair, purpose: 'lookup' },
    null,
  ).owner;
}
