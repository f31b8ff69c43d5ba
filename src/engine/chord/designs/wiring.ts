/**
 * Under the mod-N and leader designs every node holds the whole membership list, so a node's
 * ring pointers are whatever that list implies: no stabilization, no stale fingers. These
 * helpers keep the Chord pointers of a draft in that converged state after a change, so the
 * ring drawing and the checker see what the nodes know.
 */
import type { Draft } from '../draft';
import type { Key } from '../frames';
import { fingerStart, successorIndex, type NodeId } from '../ring';

/** Puts a new node in the draft (no keys yet); call `rewire` once the membership settled. */
export function addBareNode(d: Draft, id: NodeId): void {
  d.add({
    id,
    predecessor: null,
    successors: [id],
    fingers: Array.from({ length: d.bits }, () => id),
    next: 0,
    keys: [],
    replicas: [],
    joinedVia: null,
  });
}

/** Every live node's predecessor, successor list and fingers as the full list implies. */
export function rewire(d: Draft): void {
  const ids = d.ids;
  const n = ids.length;
  ids.forEach((id, i) => {
    const successors: NodeId[] = [];
    for (let j = 1; j <= d.replicas; j++) successors.push(ids[(i + j) % n]!);
    const fingers: NodeId[] = [];
    for (let f = 0; f < d.bits; f++)
      fingers.push(ids[successorIndex(ids, fingerStart(id, f, d.size))]!);
    const old = d.live(id);
    const same =
      old.predecessor === ids[(i - 1 + n) % n] &&
      old.successors.length === successors.length &&
      old.successors.every((s, j) => s === successors[j]) &&
      old.fingers.every((f, j) => f === fingers[j]);
    if (!same) d.patch(id, { predecessor: ids[(i - 1 + n) % n]!, successors, fingers });
  });
}

/** Moves keys between nodes' `keys` lists (each move: from loses it, to gains it). */
export function applyMoves(
  d: Draft,
  moves: readonly { key: Key; from: NodeId; to: NodeId }[],
): void {
  const lose = new Map<NodeId, Set<Key>>();
  const gain = new Map<NodeId, Key[]>();
  for (const m of moves) {
    if (!lose.has(m.from)) lose.set(m.from, new Set());
    lose.get(m.from)!.add(m.key);
    gain.set(m.to, [...(gain.get(m.to) ?? []), m.key]);
  }
  for (const [id, keys] of lose) {
    const n = d.node(id);
    if (n) d.patch(id, { keys: n.keys.filter((k) => !keys.has(k)) });
  }
  for (const [id, keys] of gain) {
    const n = d.live(id);
    d.patch(id, { keys: d.sortKeys(new Set([...n.keys, ...keys])) });
  }
}

/** How many distinct from → to batches the moves need (one message each). */
export function batches(moves: readonly { from: NodeId; to: NodeId }[]): number {
  return new Set(moves.map((m) => `${m.from}>${m.to}`)).size;
}
