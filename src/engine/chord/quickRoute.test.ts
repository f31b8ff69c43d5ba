/**
 * The quick, non-recording path must give exactly what route() gives when it records: on
 * random rings in every state of repair (joins, leaves and crashes with any number of
 * stabilization rounds in between, so pointers are stale and point at gone nodes), for every
 * routing mode, from every live node, for keys all round the circle.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildRing } from './builder';
import { Draft, Recorder } from './draft';
import { CHORD_ROUTINGS as ROUTINGS, type ChordRouting as Routing } from './frames';
import { crash, join, leave } from './membership';
import type { NodeId } from './ring';
import { route } from './routing';
import type { RouteRequest } from './routeTypes';
import { quickRoute } from './quickRoute';
import { stabilizeRounds } from './stabilize';

const BITS = 7;
const SIZE = 2 ** BITS;

const world = fc.record({
  replicas: fc.integer({ min: 1, max: 3 }),
  nodes: fc.uniqueArray(fc.integer({ min: 0, max: SIZE - 1 }), { minLength: 1, maxLength: 16 }),
  actions: fc.array(
    fc.record({
      kind: fc.constantFrom('join', 'join', 'leave', 'crash', 'crash', 'rounds'),
      a: fc.nat(),
      b: fc.nat(),
    }),
    { maxLength: 12 },
  ),
  skip: fc.integer({ min: 1, max: 5 }),
  repair: fc.boolean(),
});

describe('quickRoute (the non-recording fast path of route)', () => {
  it('agrees with the recording route() wherever it answers, and route() without a recorder agrees always', () => {
    let answered = 0;
    let declined = 0;
    fc.assert(
      fc.property(world, (w) => {
        const d = new Draft(buildRing(w.nodes, BITS, w.replicas, []));
        for (const act of w.actions) {
          const ids = d.ids;
          const pick = (x: number): NodeId => ids[x % ids.length]!;
          if (act.kind === 'join') {
            const id = (act.a % SIZE) as NodeId;
            if (!d.isLive(id))
              join(d, id, pick(act.b), { routing: 'finger', skip: 2, repair: true }, null);
          } else if (act.kind === 'rounds') stabilizeRounds(d, act.a % 3, act.b % 2 === 0, null);
          else if (ids.length > 1) {
            if (act.kind === 'leave') leave(d, pick(act.a), null);
            else crash(d, pick(act.a), null);
          }
        }
        const frame = d.snapshot(null);
        for (const from of frame.ids) {
          for (let keyId = 0; keyId < SIZE; keyId += 3) {
            for (const routing of ROUTINGS as readonly Routing[]) {
              const req: RouteRequest = {
                keyId,
                key: keyId,
                from,
                routing,
                skip: w.skip,
                repair: w.repair,
                purpose: 'lookup',
              };
              const recorded = new Draft(frame);
              const slow = route(recorded, req, new Recorder(recorded, undefined));
              const path = [from];
              const quick = quickRoute(new Draft(frame), keyId, from, routing, w.skip, path);
              if (quick) {
                answered++;
                expect(slow.timeouts).toEqual([]);
                expect(quick.owner).toBe(slow.owner);
                expect(path).toEqual(slow.path);
                expect(quick.claim).toEqual(slow.claim);
              } else declined++;
              const silent = route(new Draft(frame), req, null);
              expect(silent).toEqual(slow);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
    // both branches were exercised: most lookups are quick, stale rings make some decline
    expect(answered).toBeGreaterThan(0);
    expect(declined).toBeGreaterThan(0);
  }, 120_000);
});
