import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dist,
  fingerStart,
  inHalfOpen,
  inOpen,
  indexOfId,
  mod,
  successorIndex,
  successorOf,
} from './ring';

describe('circle arithmetic', () => {
  it('handles wrap-around intervals', () => {
    expect(inHalfOpen(54, 51, 56, 64)).toBe(true);
    expect(inHalfOpen(56, 51, 56, 64)).toBe(true);
    expect(inHalfOpen(51, 51, 56, 64)).toBe(false);
    expect(inHalfOpen(0, 56, 1, 64)).toBe(true);
    expect(inHalfOpen(2, 56, 1, 64)).toBe(false);
    expect(inOpen(1, 56, 1, 64)).toBe(false);
    expect(inOpen(63, 56, 1, 64)).toBe(true);
  });

  it('treats (a, a] as the whole circle and (a, a) as all but a', () => {
    expect(inHalfOpen(3, 5, 5, 8)).toBe(true);
    expect(inHalfOpen(5, 5, 5, 8)).toBe(true);
    expect(inOpen(5, 5, 5, 8)).toBe(false);
    expect(inOpen(4, 5, 5, 8)).toBe(true);
  });

  it('works at 32 bits without bit-operator overflow', () => {
    const size = 2 ** 32;
    expect(fingerStart(2 ** 32 - 1, 31, size)).toBe(2 ** 31 - 1);
    expect(inHalfOpen(2 ** 31 + 5, 2 ** 31, 2 ** 32 - 1, size)).toBe(true);
    expect(dist(2 ** 32 - 2, 1, size)).toBe(3);
    expect(mod(-1, size)).toBe(size - 1);
  });

  it('(a, b] and (b, a] split the circle', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (x, a, b) => {
          fc.pre(a !== b);
          const size = 2 ** 32;
          expect(inHalfOpen(x, a, b, size) !== inHalfOpen(x, b, a, size)).toBe(true);
          expect(inOpen(x, a, b, size)).toBe(inHalfOpen(x, a, b, size) && x !== b);
        },
      ),
    );
  });

  it('the comparison-based interval tests agree with the modular definitions', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 32 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.boolean(),
        (bits, rx, ra, rb, same) => {
          const size = 2 ** bits;
          // three ids on the circle; often equal, so the (a, a] and x = a edges are hit
          const a = ra % size;
          const b = same ? a : rb % size;
          const x = [a, b, rx % size][rx % 3]!;
          const d = (p: number, q: number): number => mod(q - p, size);
          expect(dist(a, b, size)).toBe(d(a, b));
          expect(inHalfOpen(x, a, b, size)).toBe(a === b || (d(a, x) > 0 && d(a, x) <= d(a, b)));
          expect(inOpen(x, a, b, size)).toBe(
            a === b ? d(a, x) !== 0 : d(a, x) > 0 && d(a, x) < d(a, b),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('finds successors by binary search, wrapping past the top', () => {
    const ids = [1, 8, 14, 21, 32, 38, 42, 48, 51, 56];
    expect(successorOf(ids, 54)).toBe(56);
    expect(successorOf(ids, 57)).toBe(1);
    expect(successorOf(ids, 8)).toBe(8);
    expect(successorIndex(ids, 0)).toBe(0);
    expect(indexOfId(ids, 42)).toBe(6);
    expect(indexOfId(ids, 43)).toBe(-1);
  });

  it('successorOf agrees with a linear scan', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 1023 }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 0, max: 1023 }),
        (raw, x) => {
          const ids = [...raw].sort((a, b) => a - b);
          const linear = ids.find((id) => id >= x) ?? ids[0];
          expect(successorOf(ids, x)).toBe(linear);
        },
      ),
    );
  });
});
