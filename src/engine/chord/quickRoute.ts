import type { Draft } from './draft';

import { dist, inHalfOpen, indexOfId, inOpen, type NodeId } from './ring';
import type { Claim, RingRouting } from './routeTypes';
import { skipPointer } from './candidates';
import { quickTableRoute } from './routeTable';

/** What route() would answer, and the rule the answering node used. */
export interface QuickAnswer {
  readonly owner: NodeId;
  readonly claim: Claim;
  /** the key's true owner, when the route found it on the way (saves judgeOwner a search) */
  readonly truth?: NodeId;
}

/**
 * route() when nothing is recorded, for the common case where every pointer tried is live:
 * the same owner and path, computed without building candidate lists, sets, closures or
 * steps (nothing is allocated per hop; the path is written into `path`, whose first entry
 * must be `from`). When every pointer is live, route() only ever uses the best candidate at
 * each node, so this finds just that one:
 *
 * - the node owns the key when it lies in (predecessor, n];
 * - full routing: the owner from the node's full table (the live ring), one hop;
 * - if the key lies in (n, successor], the successor (the first final candidate);
 * - finger routing: the pointer (finger or successor-list entry) in (n, key) farthest from n;
 * - skip routing: the skip pointer if it lies in (n, key), else the first successor-list entry
 *   in (n, key); successor routing: that entry;
 * - else the first successor-list entry with the key in (n, entry].
 *
 * It returns null, having changed nothing, wherever route() would do more than take that
 * candidate: a pointer to a gone node (a timeout, maybe a repair), no candidate at all (a
 * failed lookup), a list that wraps round to n itself, or a lookup going round in circles.
 * A forward candidate lies in (n, key), closer to the key than every node on the path, so
 * route()'s "never send the query round in a circle" rule never skips it. quickRoute.test.ts
 * checks that it agrees with the recording route() on random rings, stale pointers included.
 * When the draft keeps a RouteTable (after many silent lookups), it first tries the same
 * walk on that table's arrays.
 */
export function quickRoute(
  d: Draft,
  keyId: number,
  from: NodeId,
  routing: RingRouting,
  skip: number,
  path: NodeId[],
): QuickAnswer | null {
  const table = d.routeTable();
  if (table !== null) {
    const answer = quickTableRoute(table, keyId, from, routing, path);
    if (answer !== null) return answer;
  }
  const size = d.size;
  const k = keyId;
  let at = from;
  let n = d.node(at);
  if (n === undefined) return null;
  let guard = 2 * d.ids.length + d.bits + 8;
  for (;;) {
    const pred = n.predecessor;
    if (pred !== null && inHalfOpen(k, pred, at, size)) {
      return { owner: at, claim: { by: at, rule: 'own', index: 0, predecessor: pred } };
    }
    let next: NodeId | null = null;
    /** the successor-list index of a final candidate; -1: not final */
    let final = -1;
    if (routing === 'full') {
      next = d.successorOf(k);
      if (next === at) {
        return { owner: at, claim: { by: at, rule: 'ring', index: 0, predecessor: null } };
      }
      if (!d.isLive(next)) return null;
      path.push(next);
      const index = indexOfId(d.ids, next);
      return { owner: next, claim: { by: at, rule: 'ring', index, predecessor: null } };
    } else {
      const list = n.successors;
      const succ = list[0];
      if (succ === undefined) return null;
      if (inHalfOpen(k, at, succ, size)) {
        next = succ;
        final = 0;
      } else {
        if (routing === 'finger' || routing === 'cached') {
          // the farthest pointer before the key, fingers and successor list alike
          // inOpen(x, n, key) as distances; (n, n) is the whole circle but n
          let best = 0;
          const span = k === at ? size : dist(at, k, size);
          for (const f of n.fingers) {
            const x = dist(at, f, size);
            if (x > best && x < span) {
              best = x;
              next = f;
            }
          }
          for (const s of list) {
            const x = dist(at, s, size);
            if (x > best && x < span) {
              best = x;
              next = s;
            }
          }
        } else if (routing === 'skip') {
          const sp = skipPointer(d, at, skip);
          if (sp !== null && inOpen(sp, at, k, size)) next = sp;
        }
        if (next === null) {
          for (const s of list) {
            if (inOpen(s, at, k, size)) {
              next = s;
              break;
            }
          }
        }
        if (next === null) {
          for (let j = 0; j < list.length; j++) {
            if (inHalfOpen(k, at, list[j]!, size)) {
              next = list[j]!;
              final = j;
              break;
            }
          }
        }
      }
    }
    if (next === null || next === at) return null;
    // one map read per hop: the next node's state, which also says it is live
    const nextNode = d.node(next);
    if (nextNode === undefined) return null;
    path.push(next);
    if (final >= 0) {
      return { owner: next, claim: { by: at, rule: 'successor', index: final, predecessor: null } };
    }
    at = next;
    n = nextNode;
    if (--guard < 0) return null;
  }
}
