/**
 * Where each key sits in the mod-N picture: one row per node, the keys of a row in key-id
 * order, and for a key that changes node in this step the row and slot it comes from, so it
 * can fly from where the previous picture showed it to where this one does.
 */
import type { Key, KeyMove, NodeId } from '../../../engine/chord';

export interface Chip {
  readonly key: Key;
  readonly row: number;
  readonly slot: number;
  /** the row and slot in the previous picture (a key that stays may still shift along its row) */
  readonly then: { readonly row: number; readonly slot: number };
  /** the node the key just left, or null for a key that stays */
  readonly from: NodeId | null;
}

/** Each row's keys in key-id order (ties by name), as slots. */
function slots(
  rows: readonly NodeId[],
  holder: ReadonlyMap<Key, NodeId>,
  keyId: (k: Key) => number,
): Map<Key, { row: number; slot: number }> {
  const index = new Map(rows.map((id, i) => [id, i]));
  const byRow = new Map<number, Key[]>();
  for (const [key, node] of holder) {
    const row = index.get(node);
    if (row === undefined) continue;
    byRow.set(row, [...(byRow.get(row) ?? []), key]);
  }
  const out = new Map<Key, { row: number; slot: number }>();
  for (const [row, keys] of byRow) {
    keys.sort((a, b) => keyId(a) - keyId(b) || String(a).localeCompare(String(b)));
    keys.forEach((key, slot) => out.set(key, { row, slot }));
  }
  return out;
}

/**
 * The chips of one column: `holder` says where each key is in this picture, `moves` which
 * keys just changed node (from → to); the previous picture is `holder` with the moves undone.
 */
export function bucketChips(
  rows: readonly NodeId[],
  holder: ReadonlyMap<Key, NodeId>,
  moves: readonly KeyMove[],
  keyId: (k: Key) => number,
): Chip[] {
  const now = slots(rows, holder, keyId);
  const before = new Map(holder);
  for (const m of moves) before.set(m.key, m.from);
  const then = slots(rows, before, keyId);
  const movedFrom = new Map(moves.map((m) => [m.key, m.from]));
  const out: Chip[] = [];
  for (const [key, at] of now) {
    const node = movedFrom.get(key);
    const from = node !== undefined && node !== holder.get(key) ? node : null;
    out.push({ key, ...at, then: then.get(key) ?? at, from });
  }
  return out.sort((a, b) => a.row - b.row || a.slot - b.slot);
}

/** The rows: every node now, every node the Chord column is drawn against, and every node a key leaves or reaches. */
export function bucketRows(
  ids: readonly NodeId[],
  chordIds: readonly NodeId[] | null,
  moves: readonly KeyMove[],
): NodeId[] {
  const set = new Set<NodeId>([...ids, ...(chordIds ?? [])]);
  for (const m of moves) set.add(m.from).add(m.to);
  return [...set].sort((a, b) => a - b);
}

/** A point on the quadratic trail from p to q (bulging right, so it clears the row's chips). */
export function trailPoint(
  p: { x: number; y: number },
  q: { x: number; y: number },
  t: number,
  maxX = Infinity,
): { x: number; y: number } {
  const c = trailControl(p, q, maxX);
  const u = 1 - t;
  return {
    x: u * u * p.x + 2 * u * t * c.x + t * t * q.x,
    y: u * u * p.y + 2 * u * t * c.y + t * t * q.y,
  };
}

/** The trail's control point: right of both ends, further for a longer trip, never past maxX. */
export function trailControl(
  p: { x: number; y: number },
  q: { x: number; y: number },
  maxX = Infinity,
) {
  const x = Math.max(p.x, q.x) + 24 + Math.abs(q.y - p.y) * 0.25;
  return { x: Math.max(Math.max(p.x, q.x) + 8, Math.min(maxX, x)), y: (p.y + q.y) / 2 };
}
