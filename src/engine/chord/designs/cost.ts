/**
 * Experiment membershipCost: what one join costs under mod N, a leader-kept view and Chord
 * (finger routing), on the same random rings and keys. For each N, the mean over `joins`
 * independent random joins of the fraction of keys that change node and of the messages the
 * join sends (counted as the scenario ops count them: see designs/state.ts), plus the mean
 * messages of a lookup, the price the other side of the trade pays.
 */
import type { Rng } from '../../prng';
import { fail, intField } from '../../scenario/errors';
import { arrayRing, fingerLookup, randomIds, type ArrayRing } from '../arrayRing';
import { rowRng } from '../experimentRun';
import { fingerStart, inHalfOpen, ringSize, successorIndex } from '../ring';

export const COST_ROUTINGS = ['modN', 'leader', 'finger'] as const;
export type CostRouting = (typeof COST_ROUTINGS)[number];

export interface MembershipCostScenario {
  readonly kind: 'experiment';
  readonly version: 1;
  readonly name: 'membershipCost';
  readonly bits: number;
  readonly seed: number;
  readonly sizes: readonly number[];
  readonly keys: number;
  readonly joins: number;
}

export interface MembershipCostRow {
  nodes: number;
  routing: CostRouting;
  /** mean fraction 0..1 of all keys that changed node in one join */
  keysMovedFraction: number;
  messagesPerJoin: number;
  /** mean messages of one lookup from a random node (hops; 0 when the origin owns the key) */
  messagesPerLookup: number;
}

export const COST_LIMITS = { keys: 100_000, joins: 1000 } as const;

export function parseMembershipCost(
  raw: Record<string, unknown>,
  common: { kind: 'experiment'; version: 1; bits: number; seed: number },
  sizes: number[],
  where: string,
): MembershipCostScenario {
  const size = ringSize(common.bits);
  for (const n of sizes)
    if (n + 1 > size)
      fail(
        `${where}: ${n} nodes plus a joining one do not fit on the circle of 2^${common.bits} ids.`,
      );
  const keys = intField(raw, 'keys', where, { min: 1, max: COST_LIMITS.keys, default: 1000 });
  const joins = intField(raw, 'joins', where, { min: 1, max: COST_LIMITS.joins, default: 20 });
  return { ...common, name: 'membershipCost', sizes, keys, joins };
}

/** A fresh id not on the ring. */
function freshId(rng: Rng, ids: Float64Array, size: number): number {
  for (;;) {
    const x = rng.uint32() % size;
    const i = successorIndex(ids, x);
    if (ids[i] !== x) return x;
  }
}

/** Messages of Chord's join (membership.ts): ask via, its lookup, init_finger_table, handover. */
export function chordJoinMessages(ring: ArrayRing, id: number, via: number, moved: number): number {
  const first = fingerLookup(ring, via, id);
  let messages = 1 + first.hops;
  let prev = ring.ids[first.owner]!;
  for (let i = 1; i < ring.bits; i++) {
    const start = fingerStart(id, i, ring.size);
    if (inHalfOpen(start, id, prev, ring.size)) continue;
    const r = fingerLookup(ring, via, start);
    messages += 1 + r.hops;
    prev = ring.ids[r.owner]!;
  }
  return messages + (moved > 0 ? 1 : 0);
}

function costRows(s: MembershipCostScenario, n: number, row: number): MembershipCostRow[] {
  const rng = rowRng(s.seed, row);
  const ids = randomIds(rng, n, s.bits);
  const ring = arrayRing(ids, s.bits);
  const size = ring.size;
  const keys = Float64Array.from({ length: s.keys }, () => rng.uint32() % size);
  const sum = { modN: [0, 0], leader: [0, 0], finger: [0, 0] };
  for (let j = 0; j < s.joins; j++) {
    const id = freshId(rng, ids, size);
    const at = successorIndex(ids, id); // the new node's position in the sorted list
    const after = (i: number): number => (i < at ? i : i + 1); // old index → new index
    // mod N: key k moves unless nodes[k mod n] and nodes′[k mod (n + 1)] are the same node.
    let modMoved = 0;
    const pairs = new Set<number>();
    // Chord: the keys in (predecessor, id] move from the successor to the new node.
    let arcMoved = 0;
    const pred = ids[(at - 1 + n) % n]!;
    for (const k of keys) {
      const from = k % n;
      const toNew = k % (n + 1);
      if (after(from) !== toNew) {
        modMoved++;
        pairs.add(from * (n + 1) + toNew);
      }
      if (inHalfOpen(k, pred, id, size)) arcMoved++;
    }
    sum.modN[0]! += modMoved / s.keys;
    sum.modN[1]! += n + pairs.size;
    sum.leader[0]! += arcMoved / s.keys;
    sum.leader[1]! += 1 + n + (arcMoved > 0 ? 1 : 0);
    sum.finger[0]! += arcMoved / s.keys;
    sum.finger[1]! += chordJoinMessages(ring, id, rng.int(n), arcMoved);
  }
  // Lookups: one message unless the origin owns the key (mod N, leader); finger: its hops.
  let direct = 0;
  let finger = 0;
  for (const k of keys) {
    const from = rng.int(n);
    if (k % n !== from) direct++;
    finger += fingerLookup(ring, from, k).hops;
  }
  const leaderDirect = keys.reduce(
    (a, k) => a + (successorIndex(ids, k) !== rng.int(n) ? 1 : 0),
    0,
  );
  const perLookup = {
    modN: direct / s.keys,
    leader: leaderDirect / s.keys,
    finger: finger / s.keys,
  };
  return COST_ROUTINGS.map((routing) => ({
    nodes: n,
    routing,
    keysMovedFraction: sum[routing][0]! / s.joins,
    messagesPerJoin: sum[routing][1]! / s.joins,
    messagesPerLookup: perLookup[routing],
  }));
}

export function membershipCost(
  s: MembershipCostScenario,
  onProgress?: (fraction: number) => void,
): MembershipCostRow[] {
  return s.sizes.flatMap((n, row) => {
    const rows = costRows(s, n, row);
    onProgress?.((row + 1) / s.sizes.length);
    return rows;
  });
}
