/**
 * Shared test fixtures: a random ring on 2^7 ids and a churn of joins, leaves, crashes and
 * stabilization rounds on it, which leaves pointers stale and pointing at gone nodes. The fast
 * lookup paths are checked against the recording route() on such rings.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { Draft, Recorder } from './draft';
import { CHORD_ROUTINGS, type ChordFrame } from './frames';
import { crash, join, leave } from './membership';
import { asKey, type NodeId } from './ring';
import type { QuickAnswer } from './quickRoute';
import { route } from './routing';
import type { RouteOutcome, RouteRequest } from './routeTypes';
import { stabilizeRounds } from './stabilize';

export const BITS = 7;
export const SIZE = 2 ** BITS;

export const world = fc.record({
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

export type World = typeof world extends fc.Arbitrary<infer W> ? W : never;

/** Applies the world's actions to `d`, in order. */
export function churn(d: Draft, w: World): void {
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
}

/**
 * Every lookup request on `frame`: from each live node, for every `step`-th key round its
 * circle, in each routing mode.
 */
export function eachRequest(
  frame: ChordFrame,
  opts: { readonly skip: number; readonly repair: boolean; readonly step: number },
  visit: (req: RouteRequest) => void,
): void {
  const size = 2 ** frame.bits;
  for (const from of frame.ids) {
    for (let keyId = 0; keyId < size; keyId += opts.step) {
      for (const routing of CHORD_ROUTINGS) {
        visit({
          keyId,
          key: asKey(keyId),
          from,
          routing,
          skip: opts.skip,
          repair: opts.repair,
          purpose: 'lookup',
        });
      }
    }
  }
}

/**
 * Every lookup the fast paths are checked on: from each live node of `frame`, for every third
 * key round the circle, in each routing mode; with what the recording route() answers for it.
 */
export function eachLookup(
  frame: ChordFrame,
  w: World,
  visit: (req: RouteRequest, slow: RouteOutcome) => void,
): void {
  eachRequest(frame, { skip: w.skip, repair: w.repair, step: 3 }, (req) => {
    const recorded = new Draft(frame);
    visit(req, route(recorded, req, new Recorder(recorded, undefined)));
  });
}

/**
 * A fast path's answer, where it gives one, is the recording route()'s: the same owner, path
 * (`path`, which the fast path filled) and claim, and the lookup met no timeout.
 */
export function expectSameAnswer(quick: QuickAnswer, path: readonly NodeId[], slow: RouteOutcome) {
  expect(slow.timeouts).toEqual([]);
  expect(quick.owner).toBe(slow.owner);
  expect(path).toEqual(slow.path);
  expect(quick.claim).toEqual(slow.claim);
}
