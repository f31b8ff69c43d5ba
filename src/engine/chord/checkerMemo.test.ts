import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildRing } from './builder';
import { checkRing } from './checker';
import { forgetChecks } from './checkerMemo';
import { BITS, SIZE, churn, world } from './churnFixtures';
import { Draft } from './draft';
import type { ChordFrame } from './frames';
import { fingerStart, successorOf, type NodeId } from './ring';

/** every frame of a churned ring, with some pointers set wrong by hand on the way */
function framesOf(
  w: (typeof world extends fc.Arbitrary<infer W> ? W : never) & { wrong: number[] },
) {
  const d = new Draft(buildRing(w.nodes, BITS, w.replicas));
  const frames: ChordFrame[] = [d.snapshot(null)];
  for (const [k, act] of w.actions.entries()) {
    churn(d, { ...w, actions: [act] });
    const x = w.wrong[k];
    if (x !== undefined && d.ids.length > 0) {
      const id = d.ids[x % d.ids.length]!;
      const fingers = [...d.node(id)!.fingers];
      fingers[x % BITS] = (x % SIZE) as NodeId;
      d.patch(id, x % 3 === 0 ? { fingers } : { predecessor: (x % SIZE) as NodeId });
    }
    frames.push(d.snapshot(null));
  }
  return frames;
}

describe('the checker remembers findings between checks', () => {
  it('gives exactly what a fresh check gives, in any order of frames, copies included', () => {
    fc.assert(
      fc.property(
        world,
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        (w, wrong, order) => {
          const frames = framesOf({ ...w, wrong });
          // a frame decoded from the worker: equal arrays, none of them the same
          const pick = (x: number) =>
            x % 4 === 0 ? structuredClone(frames[x % frames.length]!) : frames[x % frames.length]!;
          const seen = [...frames.keys(), ...order].map((x) => pick(x));
          const remembered = seen.map((f) => checkRing(f));
          const fresh = seen.map((f) => {
            forgetChecks();
            return checkRing(f);
          });
          expect(remembered).toEqual(fresh);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('re-checks the fingers that pointed at a crashed node on a big ring', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => (i * 1_431_655 + 7) % 2 ** 32);
    const d = new Draft(buildRing(ids, 32, 3));
    expect(checkRing(d.snapshot(null)).ok).toBe(true);
    const gone = d.ids[1234]!;
    d.remove(gone, 'crashed');
    const after = checkRing(d.snapshot(null));
    forgetChecks();
    expect(after).toEqual(checkRing(d.snapshot(null)));
    expect(after.violations.some((v) => v.includes(`N${gone}, which is gone`))).toBe(true);
  });

  it('names exactly the wrong fingers, each against successor(start) by binary search', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(7, 32),
        fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 20 }),
        (bits, raw, wrong) => {
          const size = 2 ** bits;
          const ids = [...new Set(raw.map((x) => x % size))];
          const d = new Draft(buildRing(ids, bits, 1));
          for (const [a, f, to] of wrong) {
            const id = d.ids[a % d.ids.length]!;
            const fingers = [...d.node(id)!.fingers];
            fingers[f % bits] = d.ids[to % d.ids.length]!;
            d.patch(id, { fingers });
          }
          const frame = d.snapshot(null);
          const expected: string[] = [];
          for (const id of frame.ids) {
            const fingers = frame.nodes.get(id)!.fingers;
            for (let f = 0; f < bits; f++) {
              const start = fingerStart(id, f, size);
              const should = successorOf(frame.ids, start);
              if (fingers[f] !== should)
                expected.push(
                  `N${id}'s finger[${f}] (start ${start}) is N${fingers[f]}; it should be N${should}.`,
                );
            }
          }
          forgetChecks();
          const found = checkRing(frame).violations.filter((v) => v.includes('finger['));
          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
