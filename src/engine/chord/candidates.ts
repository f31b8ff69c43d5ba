import type { Draft } from './draft';
import type { ChordNode } from './frames';
import { dist, inHalfOpen, inOpen, type NodeId } from './ring';
import type { Candidate, RingRouting } from './routeTypes';

/**
 * The pointer `k` nodes ahead, as the node would remember it: follow successor pointers k
 * times. A gone node on the way is where the (stale) pointer ends. null on rings of ≤ k nodes.
 */
export function skipPointer(d: Draft, from: NodeId, k: number): NodeId | null {
  let cur = from;
  for (let i = 0; i < k; i++) {
    const node = d.node(cur);
    if (!node) return cur;
    const nx = node.successors[0];
    if (nx === undefined || nx === from) return null;
    cur = nx;
  }
  return cur === from ? null : cur;
}

/** n's pointers in the order the routing mode would try them (best first). */
export function candidates(
  d: Draft,
  n: ChordNode,
  keyId: number,
  routing: RingRouting,
  skip: number,
): Candidate[] {
  const size = d.size;
  const at = n.id;
  const seen = new Set<NodeId>();
  const finals: Candidate[] = [];
  n.successors.forEach((s, j) => {
    if (!seen.has(s) && inHalfOpen(keyId, at, s, size)) {
      seen.add(s);
      finals.push({ node: s, source: 'successor', index: j, final: true });
    }
  });
  const ahead: Candidate[] = [];
  const push = (c: Candidate): void => {
    if (!seen.has(c.node)) {
      seen.add(c.node);
      ahead.push(c);
    }
  };
  const fingersAhead = (): Candidate[] => {
    const out: Candidate[] = [];
    for (let i = n.fingers.length - 1; i >= 0; i--) {
      const f = n.fingers[i]!;
      if (inOpen(f, at, keyId, size))
        out.push({ node: f, source: 'finger', index: i, final: false });
    }
    return out;
  };
  const succ = n.successors[0];
  if (succ === undefined || inHalfOpen(keyId, at, succ, size)) {
    // A finger between n and its successor (learned by fixFingers before stabilize caught
    // up) is still a way forward if the whole list turns out to be gone.
    if (routing === 'finger' || routing === 'cached') fingersAhead().forEach(push);
    return [...finals, ...ahead];
  }
  const successorsAhead = (): Candidate[] =>
    n.successors
      .map((s, j): Candidate => ({ node: s, source: 'successor', index: j, final: false }))
      .filter((c) => inOpen(c.node, at, keyId, size));

  if (routing === 'finger' || routing === 'cached') {
    // closest_preceding_finger scans from the top; on a timeout the next-best is the next
    // closest pointer to the key, finger or successor-list entry (§6.3).
    const all = [...fingersAhead(), ...successorsAhead()];
    all.sort((a, b) => dist(at, b.node, size) - dist(at, a.node, size));
    all.forEach(push);
  } else if (routing === 'skip') {
    const sp = skipPointer(d, at, skip);
    if (sp !== null && inOpen(sp, at, keyId, size)) {
      push({ node: sp, source: 'skip', index: skip, final: false });
    }
    successorsAhead().forEach(push);
  } else {
    successorsAhead().forEach(push);
  }
  return [...ahead, ...finals];
}

/**
 * When every successor-list entry of n has timed out, its fingers are all it has left: the
 * nearest live ones first (the best guess at where the ring continues). They are for
 * forwarding only: n does not know whether the key lies before them, so it claims nothing.
 */
export function fallbackFingers(
  d: Draft,
  n: ChordNode,
  skipNodes: ReadonlySet<NodeId>,
): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<NodeId>();
  n.fingers.forEach((f, i) => {
    if (f === n.id || seen.has(f) || skipNodes.has(f)) return;
    seen.add(f);
    out.push({ node: f, source: 'finger', index: i, final: false, fallback: true });
  });
  return out.sort((a, b) => dist(n.id, a.node, d.size) - dist(n.id, b.node, d.size));
}
