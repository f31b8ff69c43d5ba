/**
 * Property tests: random histories of joins, leaves and crashes (fewer than `replicas`
 * departures between convergences) followed by stabilization always end in the paper's
 * invariants: one correct ring, correct fingers, every lookup from every node reaching the
 * true successor, and no key lost.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildRing } from './builder';
import { checkRing } from './checker';
import { Draft } from './draft';
import { CHORD_ROUTINGS as ROUTINGS, type ChordRouting as Routing } from './frames';
import { crash, join, leave } from './membership';
import { asKey, successorOf, type NodeId } from './ring';
import { route } from './routing';
import { stabilizeRounds } from './stabilize';
import { eachRequest } from './churnFixtures';

const BITS = 8;
const SIZE = 2 ** BITS;

interface Action {
  kind: 'join' | 'leave' | 'crash' | 'rounds';
  a: number;
  b: number;
}

const action = fc.record({
  kind: fc.constantFrom<Action['kind']>('join', 'join', 'leave', 'crash', 'crash', 'rounds'),
  a: fc.nat(),
  b: fc.nat(),
});

const world = fc.record({
  replicas: fc.integer({ min: 2, max: 3 }),
  nodes: fc.uniqueArray(fc.integer({ min: 0, max: SIZE - 1 }), { minLength: 5, maxLength: 14 }),
  keys: fc.uniqueArray(fc.integer({ min: 0, max: SIZE - 1 }), { maxLength: 25 }),
  phases: fc.array(fc.array(action, { maxLength: 6 }), { minLength: 1, maxLength: 3 }),
  routing: fc.constantFrom<Routing>(...ROUTINGS),
});

/** Stabilize until the checker passes; returns the rounds it took (or throws). */
function converge(d: Draft, limit = 60): number {
  for (let r = 1; r <= limit; r++) {
    stabilizeRounds(d, 1, true, null);
    if (checkRing(d.snapshot(null)).ok) return r;
  }
  throw new Error(
    `no convergence: ${checkRing(d.snapshot(null)).violations.slice(0, 5).join(' | ')}`,
  );
}

interface World {
  replicas: number;
  nodes: number[];
  keys: number[];
  phases: Action[][];
  routing: Routing;
}

function play(w: World): Draft {
  const keys = w.keys.map((id) => ({ key: asKey(id), id, value: `v${id}` }));
  const d = new Draft(buildRing(w.nodes, BITS, w.replicas, keys));
  for (const phase of w.phases) {
    let departures = 0;
    for (const act of phase) {
      const ids = d.ids;
      const pick = (x: number): NodeId => ids[x % ids.length]!;
      if (act.kind === 'join') {
        const id = (act.a % SIZE) as NodeId;
        if (d.isLive(id)) continue;
        join(d, id, pick(act.b), { routing: w.routing, skip: 2, repair: true }, null);
      } else if (act.kind === 'rounds') {
        stabilizeRounds(d, act.a % 3, act.b % 2 === 0, null);
      } else {
        // fewer than `replicas` departures before the ring re-converges
        if (departures >= w.replicas - 1 || ids.length <= 2) continue;
        departures++;
        if (act.kind === 'leave') leave(d, pick(act.a), null);
        else crash(d, pick(act.a), null);
      }
    }
    converge(d);
  }
  return d;
}

describe('Chord invariants under churn (fast-check)', () => {
  it('after stabilization: checker passes, lookups find the true successor, no key lost', () => {
    fc.assert(
      fc.property(world, (w) => {
        const d = play(w);
        const f = d.snapshot(null);
        expect(checkRing(f)).toEqual({ ok: true, violations: [] });
        // no key lost
        expect([...f.data.keys()].sort((a, b) => Number(a) - Number(b))).toEqual(
          [...w.keys].sort((a, b) => a - b),
        );
        // every lookup from every node finds the true successor, in every mode
        eachRequest(f, { skip: 2, repair: false, step: 5 }, (req) => {
          const r = route(new Draft(f), req, null);
          expect(r.owner).toBe(successorOf(f.ids, req.keyId));
          expect(r.timeouts).toEqual([]);
        });
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('during churn, lookups only ever visit and return live nodes', () => {
    fc.assert(
      fc.property(world, fc.array(fc.nat(), { minLength: 1, maxLength: 10 }), (w, probes) => {
        const keys = w.keys.map((id) => ({ key: asKey(id), id, value: null }));
        const d = new Draft(buildRing(w.nodes, BITS, w.replicas, keys));
        let departures = 0;
        for (const act of w.phases.flat()) {
          const ids = d.ids;
          const pick = (x: number): NodeId => ids[x % ids.length]!;
          if (act.kind === 'join' && !d.isLive((act.a % SIZE) as NodeId)) {
            join(
              d,
              (act.a % SIZE) as NodeId,
              pick(act.b),
              { routing: 'finger', skip: 2, repair: true },
              null,
            );
          } else if (act.kind === 'rounds') stabilizeRounds(d, act.a % 2, true, null);
          else if (act.kind !== 'join' && departures < w.replicas - 1 && ids.length > 2) {
            departures++;
            if (act.kind === 'leave') leave(d, pick(act.a), null);
            else crash(d, pick(act.a), null);
          }
          for (const p of probes) {
            const r = route(
              d,
              {
                keyId: p % SIZE,
                key: asKey(p % SIZE),
                from: d.ids[p % d.ids.length]!,
                routing: w.routing,
                skip: 2,
                repair: true,
                purpose: 'lookup',
              },
              null,
            );
            for (const n of r.path) expect(d.isLive(n)).toBe(true);
            if (r.owner !== null) expect(d.isLive(r.owner)).toBe(true);
            for (const t of r.timeouts) expect(d.isLive(t)).toBe(false);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('replication: crashing fewer than `replicas` adjacent nodes of a converged ring loses nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.uniqueArray(fc.integer({ min: 0, max: SIZE - 1 }), { minLength: 6, maxLength: 20 }),
        fc.uniqueArray(fc.integer({ min: 0, max: SIZE - 1 }), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        (r, nodes, keyIds, start, count) => {
          const keys = keyIds.map((id) => ({ key: asKey(`k${id}`), id, value: null }));
          const d = new Draft(buildRing(nodes, BITS, r, keys));
          const ids = [...d.ids];
          const k = 1 + (count % (r - 1));
          for (let i = 0; i < k; i++) {
            expect(crash(d, ids[(start + i) % ids.length]!, null).lost).toEqual([]);
          }
          converge(d);
          expect(d.snapshot(null).data.size).toBe(keys.length);
        },
      ),
      { numRuns: 80 },
    );
  });
});
