/**
 * The RouteTable path of silent lookups must answer exactly as the recording route(): on
 * random rings in every state of repair (stale pointers, pointers to gone nodes), for every
 * routing mode, and after the draft's pointers change under a table it already built (the
 * rows it had read must be read again).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildRing } from './builder';
import { Draft } from './draft';
import type { ChordFrame } from './frames';
import { crash } from './membership';
import type { NodeId } from './ring';
import { route } from './routing';
import { quickTableRoute } from './routeTable';
import { stabilizeRounds } from './stabilize';
import { BITS, churn, eachLookup, expectSameAnswer, world, type World } from './churnFixtures';

/** Every lookup on `tabled` (a draft with its table built) against the recording route(). */
function agree(frame: ChordFrame, tabled: Draft, w: World): { answered: number; declined: number } {
  let answered = 0;
  let declined = 0;
  const table = tabled.routeTable(true)!;
  eachLookup(frame, w, (req, slow) => {
    const path = [req.from];
    const quick = quickTableRoute(table, req.keyId, req.from, req.routing, path);
    if (quick) {
      answered++;
      expectSameAnswer(quick, path, slow);
      // and route() itself, which takes the table's answer (and so repairs nothing)
      expect(route(tabled, req, null)).toEqual(slow);
    } else {
      declined++;
      expect(path).toEqual([req.from]);
    }
  });
  return { answered, declined };
}

describe('RouteTable (silent lookups on node indices)', () => {
  it('answers as the recording route() wherever it answers, on rings in any state of repair', () => {
    let answered = 0;
    let declined = 0;
    fc.assert(
      fc.property(world, (w) => {
        const d = new Draft(buildRing(w.nodes, BITS, w.replicas, []));
        churn(d, w);
        const frame = d.snapshot(null);
        const r = agree(frame, new Draft(frame), w);
        answered += r.answered;
        declined += r.declined;
      }),
      { numRuns: 40 },
    );
    expect(answered).toBeGreaterThan(0);
    expect(declined).toBeGreaterThan(0);
  }, 120_000);

  it('reads a node again after its pointers change under a built table', () => {
    fc.assert(
      fc.property(world, (w) => {
        // table built on the churned ring, then stabilization rewrites pointers under it
        const d = new Draft(buildRing(w.nodes, BITS, w.replicas, []));
        churn(d, w);
        const before = d.snapshot(null);
        agree(before, d, w);
        stabilizeRounds(d, 1 + (w.skip % 2), w.repair, null);
        const after = d.snapshot(null);
        expect(after.ids).toEqual(before.ids);
        agree(after, d, w);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('is dropped when the membership changes', () => {
    const d = new Draft(buildRing([1, 8, 14, 21, 32, 38, 42, 48, 51, 56], 6, 1, []));
    const t = d.routeTable(true);
    expect(d.routeTable()).toBe(t);
    crash(d, 21 as NodeId, null);
    // a silent lookup or two later it is still not rebuilt: it waits to pay for itself
    expect(d.routeTable()).toBeNull();
    expect(d.routeTable(true)!.n).toBe(9);
  });
});
