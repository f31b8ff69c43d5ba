/**
 * Seeded randomness. Every random choice in Ringside goes through one of these, so a
 * scenario plus its seed always replays identically (in the browser, the CLI and the tests).
 *
 * mulberry32: a 32-bit state generator, fast and good enough for teaching simulations.
 */
export interface Rng {
  /** uniform float in [0, 1) */
  next(): number;
  /** uniform integer in [0, n) */
  int(n: number): number;
  /** uniform integer in [0, 2^32) */
  uint32(): number;
  /** a fair coin */
  bool(): boolean;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const uint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => uint32() / 4294967296;
  return {
    next,
    uint32,
    int: (n: number) => Math.floor(next() * n),
    bool: () => next() < 0.5,
  };
}
