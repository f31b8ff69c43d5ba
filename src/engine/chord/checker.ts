/**
 * The ring checker: is this the converged ring the paper's invariants describe? One ring,
 * every successor, predecessor, successor list and finger correct (§4.3, §6.3), and every key
 * on its owner plus the next replicas − 1 nodes, nowhere else. Violations are sentences.
 */
import { isolate } from '../text';
import type { ChordFrame, ChordNode, Key } from './frames';
import {
  dist,
  fingerStart,
  fingerSweep,
  nodeName,
  ringSize,
  successorIndex,
  type NodeId,
} from './ring';
import { memoryFor, type Finding } from './checkerMemo';
import { replicaHolders } from './replication';

export interface CheckResult {
  readonly ok: boolean;
  readonly violations: string[];
}

export type RingLike = Pick<ChordFrame, 'bits' | 'replicas' | 'ids' | 'nodes' | 'data'>;

const MAX_VIOLATIONS = 200;

const keyName = (k: Key): string => (typeof k === 'string' ? isolate(`"${k}"`) : `${k}`);
const listText = (xs: readonly NodeId[]): string => `[${xs.join(', ')}]`;

/**
 * What is wrong with node ids[i]'s own pointers: successor, predecessor, list, fingers. Worded
 * later, when it is known whether a pointer names a node that is gone.
 */
function nodeViolations(
  ring: RingLike,
  i: number,
  id: NodeId,
  node: ChordNode,
  size: number,
  sweep: ReturnType<typeof fingerSweep>,
): Finding[] {
  const out: Finding[] = [];
  const ids = ring.ids;
  const n = ids.length;
  const succ = ids[(i + 1) % n]!;
  const pred = ids[(i - 1 + n) % n]!;
  const s0 = node.successors[0] ?? null;
  if (s0 !== succ)
    out.push(
      (stale) =>
        `${nodeName(id)}'s successor is ${nodeName(s0)}${stale(s0)}; it should be ${nodeName(succ)}.`,
    );
  const p = node.predecessor;
  if (p !== pred) {
    out.push(
      (stale) =>
        `${nodeName(id)}'s predecessor is ${nodeName(p)}${stale(p)}; it should be ${nodeName(pred)}.`,
    );
  }
  const list = node.successors;
  let same = list.length === ring.replicas;
  for (let j = 1; same && j <= ring.replicas; j++) same = list[j - 1] === ids[(i + j) % n];
  if (!same) {
    const want: NodeId[] = [];
    for (let j = 1; j <= ring.replicas; j++) want.push(ids[(i + j) % n]!);
    out.push(
      () =>
        `${nodeName(id)}'s successor list is ${listText(list)}; it should be ${listText(want)}.`,
    );
  }

  const count = node.fingers.length;
  if (count !== ring.bits) {
    out.push(() => `${nodeName(id)} has ${count} fingers instead of ${ring.bits}.`);
  }
  // A start in (n, successor] has the successor as its finger: no search for the low fingers.
  // finger[f] starts 2^f after n, so it is in (n, successor] when 2^f ≤ the gap.
  const gap = dist(id, succ, size);
  const fingers = node.fingers;
  for (let f = 0, step = 1; f < ring.bits; f++, step *= 2) {
    // nodes are checked in ascending order, so each finger's successor is found by a sweep
    const should = step <= gap ? succ : ids[sweep.next(f, id)]!;
    const is = fingers[f] ?? null;
    if (is !== should) {
      const start = fingerStart(id, f, size);
      out.push(
        (stale) =>
          `${nodeName(id)}'s finger[${f}] (start ${start}) is ${nodeName(is)}${stale(is)}; it should be ${nodeName(should)}.`,
      );
    }
  }
  return out;
}

export function checkRing(ring: RingLike): CheckResult {
  const out: string[] = [];
  let extra = 0;
  const v = (s: string): void => {
    if (out.length < MAX_VIOLATIONS) out.push(s);
    else extra++;
  };
  const ids = ring.ids;
  const n = ids.length;
  const size = ringSize(ring.bits);
  const r = ring.replicas;
  if (n === 0) return { ok: false, violations: ['The ring is empty.'] };
  const live = (id: NodeId | null): boolean => id !== null && ring.nodes.has(id);
  const stale = (id: NodeId | null): string => (id !== null && !live(id) ? ', which is gone' : '');

  // One ring: following successors from the lowest id visits every live node once.
  {
    const seen = new Set<NodeId>();
    let cur: NodeId = ids[0]!;
    for (let i = 0; i < n; i++) {
      const node = ring.nodes.get(cur);
      if (!node || seen.has(cur)) break;
      seen.add(cur);
      cur = node.successors[0] ?? cur;
    }
    if (seen.size !== n || cur !== ids[0]) {
      v(
        `Following successor pointers from ${nodeName(ids[0]!)} visits ${seen.size} of ${n} live nodes instead of going once round the ring.`,
      );
    }
  }

  // Per-node findings are kept between checks (checkerMemo.ts): frames share most nodes, and a
  // step that changes a few nodes or ids re-checks only the nodes they touch. The memory is used
  // only when `nodes` holds exactly the listed ids, as in every frame.
  const memo = ring.nodes.size === n ? memoryFor(ids, ring.bits, r) : null;
  const sweep = fingerSweep(ids, ring.bits);
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    const node = ring.nodes.get(id);
    if (!node) {
      v(`${nodeName(id)} is listed as live but has no state.`);
      continue;
    }
    let found = node.id === id ? memo?.get(i, id, node) : undefined;
    if (found === undefined) {
      found = nodeViolations(ring, i, id, node, size, sweep);
      const { fingers, successors, predecessor } = node;
      if (node.id === id) memo?.set(id, { fingers, successors, predecessor, found });
    }
    for (const f of found) {
      if (out.length < MAX_VIOLATIONS) out.push(f(stale));
      else extra++;
    }
  }

  // Key placement.
  const owners = new Map<Key, NodeId[]>();
  const holders = new Map<Key, NodeId[]>();
  for (const id of ids) {
    const node = ring.nodes.get(id);
    if (!node) continue;
    for (const k of node.keys) owners.set(k, [...(owners.get(k) ?? []), id]);
    for (const c of node.replicas) holders.set(c.key, [...(holders.get(c.key) ?? []), id]);
  }
  for (const [k, e] of ring.data) {
    const oi = successorIndex(ids, e.id);
    const owner = ids[oi]!;
    const own = owners.get(k) ?? [];
    const copies = holders.get(k) ?? [];
    const name = `key ${keyName(k)} (id ${e.id})`;
    if (own.length === 0 && copies.length === 0) {
      v(`The ${name} is held by no live node.`);
      continue;
    }
    if (!own.includes(owner))
      v(`The ${name} should be owned by ${nodeName(owner)}, which does not have it.`);
    for (const o of own)
      if (o !== owner) v(`${nodeName(o)} owns the ${name}, which belongs to ${nodeName(owner)}.`);
    const should = replicaHolders(ids, oi, r);
    for (const h of should) {
      if (!copies.includes(h) && !own.includes(h))
        v(`${nodeName(h)} is missing its copy of the ${name}.`);
    }
    for (const h of copies) {
      if (!should.includes(h) && h !== owner)
        v(`${nodeName(h)} holds a stale copy of the ${name}.`);
    }
  }
  for (const k of owners.keys())
    if (!ring.data.has(k)) v(`Key ${keyName(k)} is stored but unknown.`);
  if (extra > 0) out.push(`… and ${extra} more.`);
  return { ok: out.length === 0, violations: out };
}
