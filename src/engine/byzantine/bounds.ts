import type { Algorithm } from './types';

export interface Bounds {
  /** true when the paper's theorem covers this configuration */
  readonly guaranteed: boolean;
  /** why the guarantee does not apply, one sentence each */
  readonly warnings: readonly string[];
  /** facts that do not void the guarantee (e.g. relaying stops early) */
  readonly notes: readonly string[];
}

/**
 * The paper's guarantees:
 * - Theorem 1 (§3): OM(m) satisfies IC1 and IC2 if there are more than 3m generals and at most
 *   m traitors.
 * - Theorem 2 (§4): SM(m) satisfies IC1 and IC2 if there are at most m traitors, for any
 *   number of generals.
 * Outside them the algorithm still runs; it may or may not fail (findCounterexample looks).
 */
export function checkBounds(
  algorithm: Algorithm,
  n: number,
  m: number,
  traitorCount: number,
): Bounds {
  const warnings: string[] = [];
  const notes: string[] = [];
  const run = `${algorithm}(${m})`;
  if (algorithm === 'OM' && n <= 3 * m) {
    warnings.push(
      `${run} with ${n} generals: n ≤ 3m, so the paper guarantees nothing (needs n > 3m).`,
    );
  }
  if (traitorCount > m) {
    const who = traitorCount === 1 ? '1 traitor' : `${traitorCount} traitors`;
    warnings.push(`${who} but m = ${m}: ${algorithm}(m) only tolerates up to m traitors.`);
  }
  if (m >= n - 1) {
    notes.push(
      `m = ${m} ≥ n − 1 = ${n - 1}: relaying stops once no lieutenant is left outside the ` +
        `${algorithm === 'OM' ? 'path' : 'signature chain'}, so ${run} behaves like ` +
        `${algorithm}(${n - 2}).`,
    );
  }
  return { guaranteed: warnings.length === 0, warnings, notes };
}
