import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildRing } from './builder';
import { fingerStart, ringSize, successorIndex } from './ring';

/** finger f of node id by the definition: successor(id + 2^f), one binary search each */
const byDefinition = (sorted: readonly number[], id: number, f: number, bits: number) =>
  sorted[successorIndex(sorted, fingerStart(id, f, ringSize(bits)))];

describe('buildRing', () => {
  it('gives every node the fingers of the definition (sweep = binary search per finger)', () => {
    const ring = fc.integer({ min: 1, max: 32 }).chain((bits) =>
      fc.tuple(
        fc.constant(bits),
        fc.uniqueArray(fc.integer({ min: 0, max: ringSize(bits) - 1 }), {
          minLength: 1,
          maxLength: Math.min(60, ringSize(bits)),
        }),
      ),
    );
    fc.assert(
      fc.property(ring, ([bits, ids]) => {
        const frame = buildRing(ids, bits, 2);
        const sorted = [...ids].sort((a, b) => a - b);
        for (const id of sorted) {
          const want = Array.from({ length: bits }, (_, f) => byDefinition(sorted, id, f, bits));
          expect(frame.nodes.get(id as never)!.fingers).toEqual(want);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('wraps past the top of the circle and onto the first node (the paper ring, m = 6)', () => {
    const frame = buildRing([1, 8, 14, 21, 32, 38, 42, 48, 51, 56], 6, 1);
    expect(frame.nodes.get(8 as never)!.fingers).toEqual([14, 14, 14, 21, 32, 42]);
    expect(frame.nodes.get(56 as never)!.fingers).toEqual([1, 1, 1, 1, 8, 32]);
    expect(frame.nodes.get(42 as never)!.fingers).toEqual([48, 48, 48, 51, 1, 14]);
  });
});
