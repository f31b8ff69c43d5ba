/**
 * Joins and departures (Chord §4.4, §5, §6). A join finds its successor through `via`,
 * initialises its own finger table and takes its keys at once; everyone else's pointers are
 * left to stabilization (§5). A graceful leave hands keys over and tells both neighbours; a
 * crash just vanishes, leaving stale pointers and losing keys that had no other copy.
 */
import type { Draft, Recorder } from './draft';
import type { ChordNode, Key, MembershipOverlay, Routing } from './frames';
import { asKey, dist, inHalfOpen, fingerStart, nodeName, type NodeId } from './ring';
import { addCopies, giveKeys, unheld } from './replication';
import { findSuccessor, keyLabel, messagesOf, route, type RingRouting } from './routing';

const ringRouting = (r: Routing): RingRouting => (r === 'modN' || r === 'leader' ? 'finger' : r);

type MembershipDraft = Omit<MembershipOverlay, 'changed'>;

const overlay = (
  kind: MembershipOverlay['kind'],
  node: NodeId,
  o: Partial<MembershipDraft> = {},
): MembershipDraft => ({
  kind,
  node,
  peer: null,
  moved: [],
  movedFrom: null,
  movedTo: null,
  lost: [],
  ...o,
});

export function keyList(d: Draft, keys: readonly Key[]): string {
  if (keys.length === 0) return 'none';
  const shown = keys.slice(0, 12).map((k) => keyLabel(k, d.keyId(k)));
  return shown.join(', ') + (keys.length > 12 ? ` and ${keys.length - 12} more` : '');
}

export interface JoinOptions {
  /** the join's lookup routes this way (mod N and leader joins never get here) */
  routing: Routing;
  skip: number;
  repair: boolean;
}

/**
 * n.join(n′): predecessor = nil; successor = n′.find_successor(n) (§5, Fig. 7).
 * Messages: asking n′ (1) and its lookup, each init_finger_table lookup the same way, and the
 * successor's handover of keys (1); the rest of the ring learns of n through stabilization.
 */
export function join(
  d: Draft,
  id: NodeId,
  via: NodeId,
  opt: JoinOptions,
  rec: Recorder | null,
): { moved: Key[]; failed: boolean; messages: number } {
  rec?.emit(
    'join-start',
    `${nodeName(id)} wants to join: it asks ${nodeName(via)} to find successor(${id}).`,
    overlay('join', id, { peer: via }),
  );
  const first = route(
    d,
    {
      keyId: id,
      key: asKey(id),
      from: via,
      routing: ringRouting(opt.routing),
      skip: opt.skip,
      repair: opt.repair,
      purpose: 'join',
    },
    rec,
  );
  const found = first.owner;
  const cost = { messages: 1 + messagesOf(first) };
  if (found === null) {
    rec?.emit(
      'join-failed',
      `${nodeName(via)} could not find successor(${id}), so ${nodeName(id)} cannot join yet.`,
      overlay('join', id, { peer: via }),
    );
    return { moved: [], failed: true, messages: cost.messages };
  }
  const s = d.live(found);
  const successors = [found, ...s.successors.filter((x) => x !== id)].slice(0, d.replicas);
  // §4.4 init_finger_table: finger[i] = finger[i−1] when its start is still before that node,
  // otherwise ask `via` to look it up.
  const fingers: NodeId[] = [found];
  let asked = 0;
  for (let i = 1; i < d.bits; i++) {
    const start = fingerStart(id, i, d.size);
    const prev = fingers[i - 1]!;
    if (inHalfOpen(start, id, prev, d.size)) fingers.push(prev);
    else {
      asked++;
      cost.messages++; // asking via
      fingers.push(findSuccessor(d, via, start, false, cost) ?? found);
    }
  }
  const node: ChordNode = {
    id,
    predecessor: null,
    successors,
    fingers,
    next: 0,
    keys: [],
    replicas: [],
    joinedVia: via,
  };
  d.add(node);
  rec?.emit(
    'join-linked',
    `${nodeName(id)} sets successor = ${nodeName(found)}, predecessor = nil (stabilization fixes the rest), and fills its finger table (${asked} lookup${asked === 1 ? '' : 's'} through ${nodeName(via)}, the other fingers copied from the one before).`,
    overlay('join', id, { peer: via }),
  );

  // Keys in (predecessor, id] move to the new node right away.
  const after = d.live(found);
  const moved = after.keys.filter((k) => !inHalfOpen(d.keyId(k), id, found, d.size));
  if (moved.length > 0) {
    cost.messages++;
    d.patch(found, { keys: after.keys.filter((k) => !moved.includes(k)) });
    giveKeys(d, id, moved);
    if (d.replicas > 1) addCopies(d, id, [found], moved);
  }
  rec?.emit(
    'join-keys',
    moved.length > 0
      ? `${nodeName(found)} hands ${nodeName(id)} the keys that are no longer in (${id}, ${found}]: ${keyList(d, moved)}.`
      : `${nodeName(found)} has no keys that now belong to ${nodeName(id)}.`,
    overlay('join', id, { peer: via, moved, movedFrom: found, movedTo: id }),
  );
  return { moved, failed: false, messages: cost.messages };
}

/**
 * Who a leaving node hands its keys to (§6.4: its successor). If its whole successor list is
 * gone, the closest live finger, else any live node it knows; null when it knows none.
 */
export function heir(d: Draft, x: ChordNode): { node: NodeId; as: string } | null {
  const live = (id: NodeId | null): id is NodeId => id !== null && id !== x.id && d.isLive(id);
  const s = x.successors.findIndex(live);
  if (s >= 0) {
    const node = x.successors[s]!;
    return { node, as: s === 0 ? 'its successor' : `its first live successor (list entry ${s})` };
  }
  const f = x.fingers
    .map((node, i) => ({ node, i }))
    .filter((e) => live(e.node))
    .sort((a, b) => dist(x.id, a.node, d.size) - dist(x.id, b.node, d.size))[0];
  if (f) return { node: f.node, as: `its closest live finger (finger[${f.i}])` };
  if (live(x.predecessor)) return { node: x.predecessor, as: 'its predecessor' };
  if (live(x.joinedVia)) return { node: x.joinedVia, as: 'the node it joined through' };
  return null;
}

/**
 * Graceful departure (§6.4): every key it holds, owned or a copy (it may be the last one),
 * goes to its heir; then both neighbours are told. Only a node that knows no live node
 * drops keys. Messages: the handover (1, when there is something) and one per neighbour told.
 */
export function leave(
  d: Draft,
  id: NodeId,
  rec: Recorder | null,
): { moved: Key[]; lost: Key[]; messages: number } {
  const x = d.live(id);
  const h = heir(d, x);
  const to = h?.node ?? null;
  const moved: Key[] = [];
  if (to !== null) {
    const t = d.live(to);
    const copies = x.replicas.filter(
      (c) => !t.keys.includes(c.key) && !t.replicas.some((r) => r.key === c.key),
    );
    moved.push(...x.keys, ...copies.map((c) => c.key));
    d.patch(id, { keys: [], replicas: [] });
    giveKeys(d, to, x.keys);
    // A copy stays a copy of its owner's key; if that owner is gone, replication settles it.
    for (const c of copies) {
      if (c.from === to) giveKeys(d, to, [c.key]);
      else addCopies(d, c.from, [to], [c.key]);
    }
  }
  const listGone = x.successors.every((s) => s === id || !d.isLive(s));
  rec?.emit(
    'leave-keys',
    to === null
      ? `${nodeName(id)} leaves, but knows no live node to hand its keys to.`
      : (listGone && x.successors.length > 0
          ? `${nodeName(id)} leaves gracefully. Its whole successor list is gone (${x.successors.map(nodeName).join(', ')}), so it hands what it holds to ${h!.as} ${nodeName(to)}`
          : `${nodeName(id)} leaves gracefully: it hands what it holds to ${h!.as} ${nodeName(to)}`) +
          (moved.length > 0 ? `: ${keyList(d, moved)}.` : ', which is nothing.'),
    overlay('leave', id, { peer: to, moved, movedFrom: id, movedTo: to }),
  );

  const p = x.predecessor;
  const told: string[] = [];
  if (p !== null && p !== id && d.isLive(p)) {
    const pn = d.live(p);
    const at = pn.successors.indexOf(id);
    if (at >= 0) {
      const list: NodeId[] = [];
      const next = listGone && to !== null ? [to] : x.successors;
      for (const e of [...pn.successors.slice(0, at), ...next]) {
        if (e !== id && list.length < d.replicas) list.push(e);
      }
      if (list.length > 0) {
        d.patch(p, { successors: list });
        told.push(`${nodeName(p)} now has successor ${nodeName(list[0]!)}`);
      }
    }
  }
  if (to !== null && p !== null && p !== id && d.live(to).predecessor === id) {
    d.patch(to, { predecessor: p });
    told.push(`${nodeName(to)} now has predecessor ${nodeName(p)}`);
  }
  d.remove(id, 'left');
  const lost = unheld(d, [...x.keys, ...x.replicas.map((c) => c.key)]);
  const lostSorted = d.sortKeys(lost);
  const lostText = lostSorted.length > 0 ? ` Lost: ${keyList(d, lostSorted)}.` : '';
  for (const k of lostSorted) d.setEntry(k, undefined);
  rec?.emit(
    'leave-gone',
    `${nodeName(id)} tells its neighbours and is gone` +
      (told.length > 0 ? `: ${told.join(', ')}.` : '.') +
      ' Fingers elsewhere that name it are stale until fixFingers.' +
      lostText,
    overlay('leave', id, { peer: to, moved, movedFrom: id, movedTo: to, lost: lostSorted }),
  );
  return { moved, lost: lostSorted, messages: (moved.length > 0 ? 1 : 0) + told.length };
}

/** The node vanishes; its keys survive only where a copy exists. */
export function crash(d: Draft, id: NodeId, rec: Recorder | null): { lost: Key[] } {
  const x = d.live(id);
  const held = [...x.keys, ...x.replicas.map((c) => c.key)];
  d.remove(id, 'crashed');
  const lost = d.sortKeys(unheld(d, held));
  const text =
    `${nodeName(id)} crashes. Pointers to it stay until stabilization or a lookup notices. ` +
    (lost.length > 0
      ? `Keys with no other copy are lost: ${keyList(d, lost)}.`
      : x.keys.length > 0
        ? 'Its keys survive as copies on its successors.'
        : 'It owned no keys.');
  for (const k of lost) d.setEntry(k, undefined);
  rec?.emit('crash', text, overlay('crash', id, { lost }));
  return { lost };
}
