import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from './prng';

describe('createRng', () => {
  it('replays the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const a = createRng(seed);
        const b = createRng(seed);
        for (let i = 0; i < 20; i++) expect(a.uint32()).toBe(b.uint32());
      }),
    );
  });

  it('gives different sequences for different seeds', () => {
    const a = Array.from({ length: 8 }, createRng(1).uint32);
    const b = Array.from({ length: 8 }, createRng(2).uint32);
    expect(a).not.toEqual(b);
  });

  it('keeps int(n) inside [0, n) and roughly uniform', () => {
    const rng = createRng(7);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) {
      const v = rng.int(4);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(4);
      counts[v]!++;
    }
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
  });
});
