/**
 * The quick, non-recording path must give exactly what route() gives when it records: on
 * random rings in every state of repair (joins, leaves and crashes with any number of
 * stabilization rounds in between, so pointers are stale and point at gone nodes), for every
 * routing mode, from every live node, for keys all round the circle.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildRing } from './builder';
import { Draft } from './draft';
import { route } from './routing';
import { quickRoute } from './quickRoute';
import { BITS, churn, eachLookup, expectSameAnswer, world } from './churnFixtures';

describe('quickRoute (the non-recording fast path of route)', () => {
  it('agrees with the recording route() wherever it answers, and route() without a recorder agrees always', () => {
    let answered = 0;
    let declined = 0;
    fc.assert(
      fc.property(world, (w) => {
        const d = new Draft(buildRing(w.nodes, BITS, w.replicas, []));
        churn(d, w);
        const frame = d.snapshot(null);
        eachLookup(frame, w, (req, slow) => {
          const path = [req.from];
          const quick = quickRoute(
            new Draft(frame),
            req.keyId,
            req.from,
            req.routing,
            w.skip,
            path,
          );
          if (quick) {
            answered++;
            expectSameAnswer(quick, path, slow);
          } else declined++;
          const silent = route(new Draft(frame), req, null);
          expect(silent).toEqual(slow);
        });
      }),
      { numRuns: 60 },
    );
    // both branches were exercised: most lookups are quick, stale rings make some decline
    expect(answered).toBeGreaterThan(0);
    expect(declined).toBeGreaterThan(0);
  }, 120_000);
});
