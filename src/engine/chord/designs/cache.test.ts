import { describe, expect, it } from 'vitest';
import { run, timeline } from './fixtures';
import type { DesignOverlay } from './state';

/** Lookup fills N8's cache (30 → N32), N31 joins and the ring stabilizes, N8 puts 30. */
const STALE = [
  { op: 'lookup', from: 8, key: 30 },
  { op: 'join', id: 31, via: 8 },
  { op: 'stabilize', rounds: 3 },
  { op: 'put', from: 8, key: 30, value: 'late' },
  { op: 'get', from: 14, key: 30, routing: 'finger' },
  { op: 'lookup', from: 8, key: 30 },
];

describe('DNS-like caches', () => {
  it('a lookup fills the cache; the next one is one message straight to the owner', () => {
    const out = run({
      routing: 'cached',
      steps: [
        { op: 'lookup', from: 8, key: 54 },
        { op: 'lookup', from: 8, key: 54 },
      ],
    });
    expect(out.results[0]).toMatchObject({ owner: 56, hops: 3, messages: 3 });
    expect(out.results[1]).toMatchObject({ owner: 56, path: [8, 56], messages: 1 });
    const f = timeline({
      routing: 'cached',
      cacheTtl: 4,
      steps: [{ op: 'lookup', from: 8, key: 54 }],
    }).final;
    // filled at clock 1 with TTL 4
    expect(f.design!.caches.get(8 as never)).toEqual([
      { key: 54, keyId: 54, owner: 56, expires: 5 },
    ]);
  });

  it('after the join, the cached put lands on N32, which no longer owns key 30', () => {
    const out = run({ routing: 'cached', cacheTtl: 5, steps: STALE });
    expect(out.results[3]).toMatchObject({
      op: 'put',
      owner: 32,
      path: [8, 32],
      messages: 1,
      misplaced: true,
      trueOwner: 31,
    });
    // a get through the ring reaches the owner, N31, and misses the value left on N32
    expect(out.results[4]).toMatchObject({ owner: 31, value: null, correct: false, valueAt: [32] });
    // by then the TTL ran out: the lookup asks the ring again and finds N31
    expect(out.results[5]).toMatchObject({ owner: 31, hops: 2 });
  });

  it('the TTL counts down by operation and the expiry is a step of its own', () => {
    const t = timeline({ routing: 'cached', cacheTtl: 5, steps: STALE });
    const expire = t.steps.find((s) => s.type === 'cache-expire')!;
    expect(expire.text).toContain('N8 forgets 30 → N32');
    expect(expire.state.design!.clock).toBe(6);
    // the step carries the forgotten entry, so the ring can show it going
    expect((expire.state.overlay as DesignOverlay).expired).toEqual([
      { at: 8, entry: { key: 30, keyId: 30, owner: 32, expires: 6 } },
    ]);
    expect([...expire.state.design!.caches.keys()]).toEqual([]);
    const stale = t.steps.find((s) => (s.state.overlay as DesignOverlay)?.event === 'stale')!;
    expect(stale.text).toContain('N31 owns 30 now');
  });

  it('with "owner checks the range" N32 forwards the put to N31', () => {
    const out = run({ routing: 'cached', cacheTtl: 5, ownerCheck: true, steps: STALE });
    expect(out.results[3]).toMatchObject({ op: 'put', owner: 31 });
    expect(out.results[3]).not.toHaveProperty('misplaced');
    expect((out.results[3] as { messages: number }).messages).toBeGreaterThan(1);
    expect(out.results[4]).toMatchObject({ owner: 31, value: 'late', correct: true });
  });

  it('a short TTL expires before the put: no stale entry, no misplaced value', () => {
    const out = run({ routing: 'cached', cacheTtl: 2, steps: STALE });
    expect(out.results[3]).toMatchObject({ owner: 31 });
    expect(out.results[3]).not.toHaveProperty('misplaced');
  });
});
