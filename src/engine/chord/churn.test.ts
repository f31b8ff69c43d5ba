/**
 * Issue #10's churn property: any sequence of joins, leaves, crashes (any number, leaves
 * right after joins included), puts, lookups and gets, interleaved with any number of
 * stabilize rounds (zero included), on any replica count.
 *  - Every lookup and get is either right or flagged: a result marked correct is checked
 *    here against an independent model (the live ids' successor, the last value put).
 *  - No key is lost unless every node holding it crashed (or a leaving node knew no live
 *    node at all, the one case the engine may drop keys).
 *  - After enough rounds the ring is one consistent ring, every lookup from every node is
 *    right, and every surviving key is where it belongs.
 * CI runs CHURN_RUNS (default 200) sequences; `CHURN_RUNS=10000 npx vitest run churn` runs more
 * (all 10,000 pass: about 0.5% end split by departures, which no protocol can join again).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildRing } from './builder';
import { checkRing } from './checker';
import { Draft } from './draft';
import type { ChordRouting as Routing } from './frames';
import { heir } from './membership';
import { applyOp, type ChordContext, type ChordOp, type RouteResult } from './operations';
import { asKey, successorOf, type NodeId } from './ring';
import { route } from './routing';
import { stabilizeRounds } from './stabilize';
import { eachRequest } from './churnFixtures';

const BITS = 7;
const SIZE = 2 ** BITS;
const RUNS = Number(process.env.CHURN_RUNS ?? 200);
let partitioned = 0;

type Kind = 'join' | 'leave' | 'crash' | 'put' | 'lookup' | 'get' | 'rounds';
const action = fc.record({
  kind: fc.constantFrom<Kind>(
    'join',
    'join',
    'leave',
    'crash',
    'crash',
    'put',
    'lookup',
    'get',
    'get',
    'rounds',
    'rounds',
  ),
  a: fc.nat(),
  b: fc.nat(),
});
const world = fc.record({
  replicas: fc.integer({ min: 1, max: 3 }),
  nodes: fc.uniqueArray(fc.integer({ min: 0, max: SIZE - 1 }), { minLength: 1, maxLength: 12 }),
  keys: fc.uniqueArray(fc.integer({ min: 0, max: SIZE - 1 }), { maxLength: 12 }),
  actions: fc.array(action, { maxLength: 40 }),
  routing: fc.constantFrom<Routing>('finger', 'finger', 'successor', 'skip'),
  repair: fc.boolean(),
});

/** Keys each live node holds, owned or as a copy. */
function held(d: Draft): Set<number> {
  const out = new Set<number>();
  for (const id of d.ids) {
    const n = d.live(id);
    for (const k of n.keys) out.add(k as number);
    for (const c of n.replicas) out.add(c.key as number);
  }
  return out;
}

/**
 * Do the live nodes form one connected graph of "knows of"? If a departure splits it, no
 * protocol can merge the parts: nobody in one part can name anybody in the other. Successor,
 * finger and predecessor pointers count either way (stabilize, notify and fixFingers use
 * them to introduce nodes to each other); the node a node joined through counts only while
 * that node's successor list and fingers are all gone, the one time it contacts it (rejoin).
 */
function connected(d: Draft): boolean {
  const ids = d.ids;
  if (ids.length === 0) return true;
  const adj = new Map<NodeId, NodeId[]>(ids.map((id) => [id, []]));
  for (const id of ids) {
    const n = d.live(id);
    // it contacts its join node only to rejoin, and only when no finger is live (rejoin order)
    const stranded =
      n.successors.every((s) => s === id || !d.isLive(s)) &&
      n.fingers.every((f) => f === id || !d.isLive(f));
    const known = [n.predecessor, ...n.successors, ...n.fingers];
    if (stranded) known.push(n.joinedVia);
    for (const p of known) {
      if (p === null || p === id || !d.isLive(p)) continue;
      adj.get(id)!.push(p);
      adj.get(p)!.push(id);
    }
  }
  const seen = new Set<NodeId>([ids[0]!]);
  const todo = [ids[0]!];
  while (todo.length > 0)
    for (const q of adj.get(todo.pop()!)!) if (!seen.has(q) && seen.add(q)) todo.push(q);
  return seen.size === ids.length;
}

function holders(d: Draft, key: number): NodeId[] {
  return d.ids.filter((id) => {
    const n = d.live(id);
    return n.keys.includes(asKey(key)) || n.replicas.some((c) => c.key === key);
  });
}

describe('Chord under churn and faults (fast-check, issue #10)', () => {
  it(
    `${RUNS} random histories: answers right or flagged, no key lost but by crashes, one ring at the end`,
    () => {
      fc.assert(
        fc.property(world, (w) => {
          const ctx: ChordContext = {
            bits: BITS,
            replicas: w.replicas,
            routing: w.routing,
            cacheTtl: 3,
            ownerCheck: false,
            skip: 2,
            repair: w.repair,
          };
          const d = new Draft(
            buildRing(
              w.nodes,
              BITS,
              w.replicas,
              w.keys.map((id) => ({ key: asKey(id), id, value: `v${id}` })),
            ),
          );
          /** the model: the value each key should have; keys may only leave it as allowed */
          const values = new Map<number, string>(w.keys.map((k) => [k, `v${k}`]));
          let put = 0;
          /** a departure split the live nodes into parts that know nothing of each other */
          let split = false;
          const run = (op: ChordOp): ReturnType<typeof applyOp> => applyOp(d, op, ctx, null);

          for (const act of w.actions) {
            const ids = d.ids;
            const pick = (x: number): NodeId => ids[x % ids.length]!;
            const key = act.b % SIZE;
            switch (act.kind) {
              case 'join': {
                const id = (act.a % SIZE) as NodeId;
                if (!d.isLive(id)) run({ op: 'join', id, via: pick(act.b) });
                break;
              }
              case 'leave':
              case 'crash': {
                if (ids.length <= 1) break;
                const id = pick(act.a);
                const x = d.live(id);
                const knowsNobody = heir(d, x) === null;
                const only = [...held(d)].filter((k) => {
                  const h = holders(d, k);
                  return h.length === 1 && h[0] === id;
                });
                const whole = connected(d);
                if (act.kind === 'crash') {
                  run({ op: 'crash', id });
                  for (const k of only) values.delete(k);
                } else {
                  const r = run({ op: 'leave', id });
                  if (r.op !== 'leave') throw new Error('leave');
                  if (!knowsNobody) expect(r.lost).toEqual([]);
                  for (const k of r.lost) values.delete(k as number);
                }
                if (whole && !connected(d)) split = true;
                break;
              }
              case 'rounds':
                stabilizeRounds(d, act.a % 4, w.repair, null);
                break;
              case 'put':
              case 'lookup':
              case 'get': {
                const from = pick(act.a);
                const r = (
                  act.kind === 'put'
                    ? run({ op: 'put', from, key: asKey(key), value: `p${++put}` })
                    : run({ op: act.kind, from, key: asKey(key) })
                ) as RouteResult;
                const truth = successorOf(d.ids, key);
                for (const n of r.path) expect(d.isLive(n as NodeId)).toBe(true);
                if (r.owner !== null) expect(d.isLive(r.owner as NodeId)).toBe(true);
                for (const t of r.timeouts) expect(d.isLive(t as NodeId)).toBe(false);
                if (act.kind === 'get') {
                  if (r.correct) expect(r.value).toBe(values.get(key) ?? null);
                  else expect(r.reason).toBeTruthy();
                } else {
                  expect(r.correct).toBe(r.owner === truth);
                  expect(r.trueOwner).toBe(truth);
                  if (!r.correct) expect(r.reason).toBeTruthy();
                }
                if (act.kind === 'put' && r.owner !== null) values.set(key, `p${put}`);
                break;
              }
            }
            // only a departure can split the ring: the protocol never forgets its way to a part
            if (!split) expect(connected(d)).toBe(true);
            // no key lost but by the crash of every node holding it
            const now = held(d);
            for (const k of values.keys()) expect(now.has(k)).toBe(true);
            for (const k of now) expect(d.entry(asKey(k))?.value).toBe(values.get(k));
          }

          if (split) {
            partitioned++;
            return;
          }
          // enough rounds: one consistent ring
          const limit = 4 * d.ids.length + 3 * BITS + 20;
          let rounds = 0;
          while (!checkRing(d.snapshot(null)).ok && rounds < limit) {
            stabilizeRounds(d, 1, w.repair, null);
            rounds++;
          }
          const f = d.snapshot(null);
          expect(checkRing(f)).toEqual({ ok: true, violations: [] });
          expect(new Set(f.data.keys())).toEqual(new Set(values.keys()));
          eachRequest(f, { skip: 2, repair: false, step: 9 }, (req) => {
            const r = route(new Draft(f), req, null);
            expect(r.owner).toBe(successorOf(f.ids, req.keyId));
            expect(r.verdict.correct).toBe(true);
            expect(r.timeouts).toEqual([]);
          });
        }),
        { numRuns: RUNS },
      );
      // a split needs every pointer between the parts gone at once: rare, and reported
      expect(partitioned).toBeLessThan(RUNS / 20);
      console.log(`churn: ${RUNS} histories, ${partitioned} split by departures`);
      // a hang guard, not a speed target: it grows with the runs asked for (10,000 histories
      // took 21 minutes on a shared, busy 2-core machine, and the old fixed 10 minutes failed them)
    },
    Math.max(600_000, RUNS * 1_000),
  );
});
