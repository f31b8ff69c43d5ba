/**
 * Mod-N hashing, the design the notes reject first ("rehashing every keys when node add into
 * the current view"): with the N nodes in id order, key k lives on nodes[hash(k) mod N].
 * Lookups are one hop, but a join or leave changes N, so almost every key changes node:
 * about (N−1)/N of them, where Chord moves only the keys of one arc, about 1/N.
 */
import type { Draft, Recorder } from '../draft';
import type { Key } from '../frames';
import { nodeName, successorIndex, type NodeId } from '../ring';
import { MODN_LINES as L } from './pseudocode';
import { designOverlay, type DesignAsk, type DesignRoute, type KeyMove } from './state';
import { addBareNode, applyMoves, batches, rewire } from './wiring';

/** The rule: nodes[keyId mod N]. */
export function modNOwner(ids: readonly NodeId[], keyId: number): NodeId {
  return ids[keyId % ids.length]!;
}

/** Chord's rule on the same nodes, for the side-by-side count: the key's successor. */
export function successorOwner(ids: readonly NodeId[], keyId: number): NodeId {
  return ids[successorIndex(ids, keyId)]!;
}

type Placed = readonly { readonly key: Key; readonly id: number }[];

/** Keys whose owner differs between two memberships under an owner rule. */
export function movesBetween(
  before: readonly NodeId[],
  after: readonly NodeId[],
  keys: Placed,
  owner: (ids: readonly NodeId[], keyId: number) => NodeId,
): KeyMove[] {
  const out: KeyMove[] = [];
  for (const k of keys) {
    const from = owner(before, k.id);
    const to = owner(after, k.id);
    if (from !== to) out.push({ key: k.key, from, to });
  }
  return out;
}

/** Places every key on its mod-N owner (the initial picture of a mod-N scenario). */
export function placeModN(d: Draft): void {
  const moves: KeyMove[] = [];
  for (const id of d.ids) {
    for (const key of d.live(id).keys) {
      const to = modNOwner(d.ids, d.keyId(key));
      if (to !== id) moves.push({ key, from: id, to });
    }
  }
  applyMoves(d, moves);
}

/** The whole lookup: the origin computes the owner itself and sends one message. */
export function modNRoute(d: Draft, ask: DesignAsk, rec: Recorder | null): DesignRoute {
  const { from, key, keyId, purpose: op } = ask;
  const owner = modNOwner(d.ids, keyId);
  const path = owner === from ? [from] : [from, owner];
  const n = d.ids.length;
  rec?.emit(
    'modn-route',
    `${nodeName(from)}: ${keyId} mod ${n} = ${keyId % n}, and node #${keyId % n} in id order is ${nodeName(owner)}` +
      (owner === from ? ': itself, no message.' : `: one message to it.`),
    designOverlay('modN', 'route', op, {
      at: from,
      key,
      keyId,
      sends: owner === from ? [] : [{ from, to: owner }],
      messages: path.length - 1,
      line: owner === from ? L.route : L.send,
      owner,
      trueOwner: owner,
    }),
  );
  return { owner, path, timeouts: [], messages: path.length - 1 };
}

export interface ModNChange {
  moved: Key[];
  lost: Key[];
  keysMoved: number;
  chordKeysMoved: number;
  messages: number;
}

/**
 * A join or departure under mod N: every node hears the new N (one message each), then
 * every key whose owner changed travels, one batch per (from, to) pair.
 */
function change(
  d: Draft,
  kind: 'join' | 'leave' | 'crash',
  id: NodeId,
  rec: Recorder | null,
): ModNChange {
  const before = d.ids.slice();
  const x = kind === 'join' ? null : d.live(id);
  if (kind === 'join') addBareNode(d, id);
  else d.remove(id, kind === 'leave' ? 'left' : 'crashed');
  const after = d.ids;
  const lost = kind === 'crash' ? d.sortKeys(x!.keys) : [];
  for (const k of lost) d.setEntry(k, undefined);
  rewire(d);
  const told = after.filter((n) => n !== id);
  const announcer = kind === 'crash' ? after[0]! : id;
  let messages = told.filter((n) => n !== announcer).length;
  const verb = kind === 'join' ? 'joins' : kind === 'leave' ? 'leaves' : 'crashes';
  rec?.emit(
    `modn-${kind}`,
    `${nodeName(id)} ${verb}: N goes from ${before.length} to ${after.length}, and every node must hear of it (${messages} message${messages === 1 ? '' : 's'}).` +
      (lost.length > 0 ? ` Its keys are lost: ${lost.map(String).join(', ')}.` : ''),
    designOverlay('modN', 'announce', kind, {
      at: announcer,
      sends: told.filter((n) => n !== announcer).map((to) => ({ from: announcer, to })),
      messages,
      line: L.change,
      chordIds: before,
    }),
  );

  const keys = [...d.entries()].map((e) => ({ key: e.key, id: e.id }));
  const moves = movesBetween(before, after, keys, modNOwner);
  const chordMoves = movesBetween(before, after, keys, successorOwner);
  const chordKeysMoved = chordMoves.length;
  applyMoves(d, moves);
  messages += batches(moves);
  const total = keys.length + lost.length;
  rec?.emit(
    'modn-rehash',
    `Rehash with N = ${after.length}: moved ${moves.length} of ${total} keys (${batches(moves)} batch${batches(moves) === 1 ? '' : 'es'}). On the same keys Chord would move ${chordKeysMoved} of ${total}.`,
    designOverlay('modN', 'rehash', kind, {
      at: announcer,
      moves,
      messages,
      line: L.moveKeys,
      keysMoved: moves.length,
      chordKeysMoved,
      chordMoves,
      totalKeys: total,
      done: true,
    }),
  );
  return {
    moved: moves.map((m) => m.key),
    lost,
    keysMoved: moves.length,
    chordKeysMoved,
    messages,
  };
}

export const modNJoin = (d: Draft, id: NodeId, rec: Recorder | null): ModNChange =>
  change(d, 'join', id, rec);

export const modNDepart = (
  d: Draft,
  id: NodeId,
  how: 'leave' | 'crash',
  rec: Recorder | null,
): ModNChange => change(d, how, id, rec);
