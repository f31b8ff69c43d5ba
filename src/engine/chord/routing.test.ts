import { describe, expect, it } from 'vitest';
import { Draft } from './draft';
import { paperRing } from './fixtures';
import type { Routing } from './frames';
import { asNodeId, type NodeId } from './ring';
import { LINES, PSEUDOCODE, route } from './routing';

const lookup = (routing: Routing, key: number, from: number, frame = paperRing()) =>
  route(
    new Draft(frame),
    { keyId: key, key, from: asNodeId(from), routing, skip: 4, repair: true, purpose: 'lookup' },
    null,
  );

describe('finger routing on the paper ring', () => {
  it('Chord Fig. 3b: lookup(54) from N8 goes 8 → 42 → 51 → 56 in 3 hops', () => {
    const r = lookup('finger', 54, 8);
    expect(r.owner).toBe(56);
    expect(r.path).toEqual([8, 42, 51, 56]);
    expect(r.path.length - 1).toBe(3);
    expect(r.timeouts).toEqual([]);
  });

  it('N8 finger table: starts 9, 10, 12, 16, 24, 40 → N14, N14, N14, N21, N32, N42', () => {
    const n8 = paperRing().nodes.get(8 as NodeId)!;
    expect([0, 1, 2, 3, 4, 5].map((i) => (8 + 2 ** i) % 64)).toEqual([9, 10, 12, 16, 24, 40]);
    expect(n8.fingers).toEqual([14, 14, 14, 21, 32, 42]);
  });

  it('a key the origin owns takes 0 hops', () => {
    expect(lookup('finger', 5, 8).path).toEqual([8]);
    expect(lookup('finger', 8, 8).owner).toBe(8);
  });
});
