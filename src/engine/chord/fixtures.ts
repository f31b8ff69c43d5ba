/** Shared test fixtures: the paper's example ring (Fig. 3b: m = 6, ten nodes). */
import { buildRing, type InitialKey } from './builder';
import type { ChordFrame } from './frames';
import type { ChordContext } from './operations';

export const PAPER_NODES = [1, 8, 14, 21, 32, 38, 42, 48, 51, 56] as const;

export function paperRing(replicas = 1, keys: readonly InitialKey[] = []): ChordFrame {
  return buildRing(PAPER_NODES, 6, replicas, keys);
}

export const paperCtx = (over: Partial<ChordContext> = {}): ChordContext => ({
  bits: 6,
  replicas: 1,
  routing: 'finger',
  skip: 4,
  repair: true,
  cacheTtl: 3,
  ownerCheck: false,
  ...over,
});
