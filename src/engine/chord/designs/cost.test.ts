import { describe, expect, it } from 'vitest';
import { parseExperiment } from '../experiments';
import { runExperiment } from '../experimentRun';

const ISSUE = {
  kind: 'experiment',
  version: 1,
  name: 'membershipCost',
  sizes: [16, 64, 256],
  keys: 1000,
  joins: 20,
  seed: 1,
};

describe('experiment membershipCost', () => {
  const out = runExperiment(parseExperiment(ISSUE));
  const row = (nodes: number, routing: string) => {
    const r = out.rows.find(
      (x) => 'routing' in x && x.nodes === nodes && x.routing === routing,
    ) as { keysMovedFraction: number; messagesPerJoin: number; messagesPerLookup: number };
    return r;
  };

  it('has one row per N and design, in the contract’s shape', () => {
    expect(out.name).toBe('membershipCost');
    expect(out.rows).toHaveLength(9);
    expect(Object.keys(out.rows[0]!)).toEqual([
      'nodes',
      'routing',
      'keysMovedFraction',
      'messagesPerJoin',
      'messagesPerLookup',
    ]);
  });

  it('exact numbers on seed 1', () => {
    expect(row(16, 'modN').keysMovedFraction).toBeCloseTo(0.94695, 10);
    expect(row(16, 'modN').messagesPerJoin).toBe(263);
    expect(row(16, 'leader')).toMatchObject({ messagesPerJoin: 18 });
    expect(row(16, 'finger').messagesPerJoin).toBeCloseTo(16.85, 10);
    expect(row(256, 'leader').messagesPerJoin).toBeCloseTo(257.7, 10);
    expect(row(256, 'finger').messagesPerJoin).toBeCloseTo(48.9, 10);
    expect(row(256, 'finger').keysMovedFraction).toBeCloseTo(0.00395, 10);
  });

  it('mod N moves about N/(N+1) of the keys; Chord and the leader about 1/N', () => {
    for (const n of [16, 64, 256]) {
      expect(row(n, 'modN').keysMovedFraction).toBeCloseTo(n / (n + 1), 1);
      expect(row(n, 'finger').keysMovedFraction).toBe(row(n, 'leader').keysMovedFraction);
      expect(row(n, 'finger').keysMovedFraction).toBeLessThan(3 / n);
    }
  });

  it('the leader pays about N messages per join; Chord O(log² N), far fewer at 256', () => {
    for (const n of [16, 64, 256]) {
      expect(row(n, 'leader').messagesPerJoin).toBeGreaterThanOrEqual(n + 1);
      expect(row(n, 'leader').messagesPerJoin).toBeLessThanOrEqual(n + 2);
      expect(row(n, 'finger').messagesPerJoin).toBeLessThan(2 * Math.log2(n) ** 2);
    }
    expect(row(256, 'finger').messagesPerJoin).toBeLessThan(row(256, 'leader').messagesPerJoin / 4);
    // …and what it buys: one-message lookups against Chord's O(log N) hops
    expect(row(256, 'leader').messagesPerLookup).toBeLessThanOrEqual(1);
    expect(row(256, 'finger').messagesPerLookup).toBeGreaterThan(3);
  });

  it('lookup hops: one message under mod N and the leader, about ½·log₂N + 1 under Chord', () => {
    expect(row(16, 'finger').messagesPerLookup).toBeCloseTo(2.459, 10);
    expect(row(64, 'finger').messagesPerLookup).toBeCloseTo(3.783, 10);
    expect(row(256, 'finger').messagesPerLookup).toBeCloseTo(4.85, 10);
    expect(row(256, 'leader').messagesPerLookup).toBeCloseTo(0.993, 10);
    let last = 0;
    for (const n of [16, 64, 256]) {
      for (const r of ['modN', 'leader'])
        expect(row(n, r).messagesPerLookup).toBeGreaterThan(1 - 2 / n - 0.05);
      const hops = row(n, 'finger').messagesPerLookup;
      expect(Math.abs(hops - (0.5 * Math.log2(n) + 1))).toBeLessThan(1);
      expect(hops).toBeGreaterThan(last);
      last = hops;
    }
  });

  it('rejects bad parameters with a sentence', () => {
    expect(() => parseExperiment({ ...ISSUE, joins: 0 })).toThrow(/joins/);
    expect(() => parseExperiment({ ...ISSUE, bits: 4, sizes: [16] })).toThrow(/do not fit/);
  });
});
