/**
 * What the DHT view reads off a ChordFrame: finger rows with their staleness, who holds
 * which key, which gone nodes are still pointed at. Pure, so they are unit-tested.
 */
import { isolate } from '../../engine/text';
import type { ChordFrame, ChordNode, Key, NodeId } from '../../engine/chord/frames';
import { successorOf } from '../../engine/chord/ring';

export type Staleness = 'crashed' | 'left' | 'wrong' | null;

/** Why a pointer is stale: it names a gone node, or a live node that is not the true one. */
export function staleness(
  frame: ChordFrame,
  target: NodeId | null,
  truth: NodeId | null,
): Staleness {
  if (target === null) return null;
  const gone = frame.gone.get(target);
  if (gone) return gone;
  if (truth !== null && target !== truth) return 'wrong';
  return null;
}

export interface FingerRow {
  /** 0-based like the engine, its narration ("finger[5] = N42") and the pseudo-code (i = m−1 downto 0) */
  readonly i: number;
  readonly start: number;
  /** the interval [start, end) ends at the next finger's start */
  readonly end: number;
  readonly node: NodeId;
  /** the true successor(start) among live nodes */
  readonly truth: NodeId;
  readonly stale: Staleness;
}

export function fingerRows(frame: ChordFrame, node: ChordNode): FingerRow[] {
  const size = 2 ** frame.bits;
  return node.fingers.map((target, k) => {
    const start = (node.id + 2 ** k) % size;
    const end = k + 1 < frame.bits ? (node.id + 2 ** (k + 1)) % size : node.id;
    const truth = frame.ids.length > 0 ? successorOf(frame.ids, start) : target;
    return { i: k, start, end, node: target, truth, stale: staleness(frame, target, truth) };
  });
}

/** The true successor list of a live node (the next `replicas` live nodes clockwise). */
export function trueSuccessors(frame: ChordFrame, id: NodeId): NodeId[] {
  const n = frame.ids.length;
  if (n === 0) return [];
  const at = frame.ids.indexOf(id);
  const out: NodeId[] = [];
  for (let k = 1; k <= frame.replicas; k++) out.push(frame.ids[(at + k) % n]!);
  return out;
}

/** The true predecessor of a live node. */
export function truePredecessor(frame: ChordFrame, id: NodeId): NodeId | null {
  const n = frame.ids.length;
  if (n === 0) return null;
  const at = frame.ids.indexOf(id);
  return frame.ids[(at - 1 + n) % n]!;
}

const owners = new WeakMap<ChordFrame, Map<Key, NodeId>>();

/** key → the live node that owns it (stores it as responsible node); once per frame. */
export function keyOwners(frame: ChordFrame): Map<Key, NodeId> {
  let out = owners.get(frame);
  if (out) return out;
  out = new Map<Key, NodeId>();
  if (frame.data.size > 0)
    for (const node of frame.nodes.values()) for (const k of node.keys) out.set(k, node.id);
  owners.set(frame, out);
  return out;
}

/** Gone nodes that some live node still points to (drawn greyed with ✕). */
export function referencedGone(frame: ChordFrame): NodeId[] {
  if (frame.gone.size === 0) return [];
  const seen = new Set<NodeId>();
  const visit = (t: NodeId | null) => {
    if (t !== null && frame.gone.has(t)) seen.add(t);
  };
  for (const node of frame.nodes.values()) {
    visit(node.predecessor);
    node.successors.forEach(visit);
    node.fingers.forEach(visit);
  }
  return [...seen].sort((a, b) => a - b);
}

/** Gone nodes to draw: the ones still pointed at, and the ones this step is about (a leader that just crashed). */
export function drawnGone(frame: ChordFrame, hot: ReadonlySet<NodeId>): NodeId[] {
  const pointed = frame.ids.length <= 2000 ? referencedGone(frame) : [];
  const extra = [...hot].filter((id) => frame.gone.has(id) && !pointed.includes(id));
  return [...pointed, ...extra].sort((a, b) => a - b);
}

/** Live nodes with at least one stale pointer (successor, predecessor or finger). */
export function staleNodes(frame: ChordFrame): Set<NodeId> {
  const out = new Set<NodeId>();
  const n = frame.ids.length;
  frame.ids.forEach((id, at) => {
    const node = frame.nodes.get(id);
    if (!node) return;
    const succ = frame.ids[(at + 1) % n]!;
    const pred = frame.ids[(at - 1 + n) % n]!;
    if (node.successors[0] !== succ || (node.predecessor !== null && node.predecessor !== pred)) {
      out.add(id);
      return;
    }
    if (node.fingers.some((t) => frame.gone.has(t))) out.add(id);
  });
  return out;
}

/** "N42" */
export const nodeLabel = (id: number | null): string => (id === null ? 'nil' : `N${id}`);

/** "K54" for a numeric key, the name for a named one. */
/** A key's label; a user's name is bidi-isolated so it can only reorder itself. */
export const keyLabel = (key: Key): string => (typeof key === 'number' ? `K${key}` : isolate(key));

/** The pointer k nodes ahead as the node itself would find it: its successor pointers, k times. */
export function skipTarget(frame: ChordFrame, id: NodeId, k: number): NodeId | null {
  let cur = id;
  for (let i = 0; i < k; i++) {
    const next = frame.nodes.get(cur)?.successors[0];
    if (next === undefined) return cur === id ? null : cur;
    if (next === id) return null;
    cur = next;
  }
  return cur;
}
