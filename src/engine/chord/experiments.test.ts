import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../scenario/errors';
import { createRng } from '../prng';
import {
  arrayRing,
  fingerLookup,
  fingerRoute,
  fingerRoutes,
  HOPS,
  parseExperiment,
  randomIds,
  runExperiment,
} from './experiments';
import type { FailuresRow, LoadBalanceRow, PathLengthRow } from './experiments';
import { successorIndex } from './ring';

const exp = (o: Record<string, unknown>) =>
  runExperiment(parseExperiment({ kind: 'experiment', version: 1, seed: 1, ...o }));

describe('pathLength (Fig. 10)', () => {
  it('N = 1024: mean hops within ±0.5 of ½·log2 N + 1', () => {
    const out = exp({ name: 'pathLength', bits: 32, sizes: [1024], lookups: 5000 });
    const row = out.rows[0] as PathLengthRow;
    expect(row.nodes).toBe(1024);
    expect(Math.abs(row.meanHops - (0.5 * Math.log2(1024) + 1))).toBeLessThan(0.5);
    expect(row.histogram.reduce((a, b) => a + b, 0)).toBe(5000);
    expect(row.p1).toBeLessThanOrEqual(row.meanHops);
    expect(row.p99).toBeGreaterThanOrEqual(row.meanHops);
    expect(row.p99).toBeLessThanOrEqual(Math.ceil(Math.log2(1024)) + 1);
  });

  it('grows logarithmically with N', () => {
    const out = exp({ name: 'pathLength', bits: 24, sizes: [64, 256, 4096], lookups: 3000 });
    const means = (out.rows as PathLengthRow[]).map((r) => r.meanHops);
    expect(means[0]).toBeLessThan(means[1]!);
    expect(means[1]).toBeLessThan(means[2]!);
    for (const r of out.rows as PathLengthRow[]) {
      expect(Math.abs(r.meanHops - (0.5 * Math.log2(r.nodes) + 1))).toBeLessThan(0.6);
    }
  });

  it('the array-ring finger lookup always ends at the true successor', () => {
    const rng = createRng(7);
    const ring = arrayRing(randomIds(rng, 300, 16), 16);
    for (let i = 0; i < 2000; i++) {
      const key = rng.int(2 ** 16);
      const { owner, hops } = fingerLookup(ring, rng.int(300), key);
      expect(owner).toBe(successorIndex(ring.ids, key));
      expect(hops).toBeLessThanOrEqual(17);
    }
  });

  it('routes the same with a finger table and with a binary search per finger (huge rings)', () => {
    const rng = createRng(11);
    const ids = randomIds(rng, 2000, 20);
    const table = arrayRing(ids, 20, true);
    const searching = arrayRing(ids, 20, false);
    expect(searching.fingers).toBeNull();
    for (let i = 0; i < 3000; i++) {
      const from = rng.int(2000);
      const key = rng.int(2 ** 20);
      expect(fingerLookup(searching, from, key)).toEqual(fingerLookup(table, from, key));
    }
  });

  it('routes a batch (several lookups taking turns) exactly as one lookup at a time', () => {
    const rng = createRng(5);
    for (const [n, bits] of [
      [1, 8],
      [2, 8],
      [3, 4],
      [50, 8],
      [1500, 32],
    ] as const) {
      const ids = randomIds(rng, n, bits);
      // keys anywhere, and keys equal to node ids and their neighbours (interval edges)
      const m = 3 * n + 200;
      const from = Int32Array.from({ length: m }, () => rng.int(n));
      const keys = Float64Array.from({ length: m }, (_, i) =>
        i < 3 * n
          ? (ids[Math.floor(i / 3)]! + (i % 3) - 1 + 2 ** bits) % 2 ** bits
          : rng.int(2 ** bits),
      );
      for (const withTable of [true, false]) {
        const out = new Float64Array(m);
        fingerRoutes(arrayRing(ids, bits, withTable), from, keys, out);
        const one = arrayRing(ids, bits, withTable);
        const each = Float64Array.from({ length: m }, (_, i) =>
          fingerRoute(one, from[i]!, keys[i]!),
        );
        expect(out).toEqual(each);
        for (let i = 0; i < m; i++) {
          expect(Math.floor(out[i]! / HOPS)).toBe(successorIndex(ids, keys[i]!));
        }
      }
    }
  });

  it('is deterministic for a seed and reports progress', () => {
    const seen: number[] = [];
    const s = parseExperiment({
      kind: 'experiment',
      version: 1,
      name: 'pathLength',
      sizes: [128, 256],
      lookups: 9000,
      seed: 3,
    });
    const a = runExperiment(s, (f) => seen.push(f));
    expect(runExperiment(s)).toEqual(a);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen[seen.length - 1]).toBe(1);
    expect(seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= seen[i - 1]!))).toBe(true);
  });
});

describe('loadBalance (Figs. 8–9)', () => {
  it('p99 ≈ 4.6 × mean with one id per node, tighter with virtual nodes', () => {
    const out = exp({
      name: 'loadBalance',
      bits: 32,
      nodes: 2000,
      keys: 100_000,
      virtualNodes: [1, 4, 16],
    });
    const rows = out.rows as LoadBalanceRow[];
    expect(rows.map((r) => r.virtualNodes)).toEqual([1, 4, 16]);
    expect(rows[0]!.mean).toBe(50);
    const ratio = rows.map((r) => r.p99 / r.mean);
    expect(ratio[0]).toBeGreaterThan(3.6);
    expect(ratio[0]).toBeLessThan(5.6);
    expect(ratio[1]).toBeLessThan(ratio[0]!);
    expect(ratio[2]).toBeLessThan(ratio[1]!);
    expect(ratio[2]).toBeLessThan(2);
    expect(rows[0]!.p1).toBeLessThanOrEqual(2);
    expect(rows[2]!.p1).toBeGreaterThan(rows[0]!.p1);
    for (const r of rows) expect(r.max).toBeGreaterThanOrEqual(r.p99);
  });
});

describe('failures (Fig. 11)', () => {
  it('without replication about a fraction p of lookups fail', () => {
    const out = exp({
      name: 'failures',
      nodes: 1000,
      keys: 10_000,
      lookups: 10_000,
      failFractions: [0, 0.1, 0.2, 0.5],
      replicas: 1,
    });
    for (const r of out.rows as FailuresRow[]) {
      expect(Math.abs(r.failedLookups - r.failFraction)).toBeLessThan(0.04);
    }
  });

  it('with replicas = 3 far fewer fail (about p³)', () => {
    const out = exp({
      name: 'failures',
      nodes: 1000,
      keys: 10_000,
      lookups: 10_000,
      failFractions: [0.2, 0.5],
      replicas: 3,
    });
    const rows = out.rows as FailuresRow[];
    expect(rows[0]!.failedLookups).toBeLessThan(0.03);
    expect(rows[1]!.failedLookups).toBeLessThan(0.2);
    expect(rows[1]!.failedLookups).toBeGreaterThan(0.06);
  });
});

describe('experiment validation', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['unknown name', { name: 'speed' }, /"name" must be one of/],
    ['wrong version', { name: 'pathLength', version: 2, sizes: [8] }, /"version" must be 1/],
    ['unknown field', { name: 'pathLength', sizes: [8], colour: 1 }, /unknown field "colour"/],
    ['too many nodes', { name: 'pathLength', sizes: [4_194_305] }, /between 1 and 4194304/],
    [
      'too many lookups',
      { name: 'pathLength', sizes: [8], lookups: 1_000_001 },
      /"lookups" must be between/,
    ],
    ['sizes missing', { name: 'pathLength' }, /"sizes" must be a non-empty list/],
    ['nodes beyond the circle', { name: 'pathLength', bits: 4, sizes: [17] }, /do not fit/],
    ['bad fraction', { name: 'failures', nodes: 10, keys: 10, failFractions: [1] }, /\[0, 1\)/],
    [
      'virtual ids cap',
      { name: 'loadBalance', nodes: 100_000, keys: 10, virtualNodes: [50] },
      /exceeds/,
    ],
    [
      'replicas > nodes',
      { name: 'failures', nodes: 3, keys: 10, failFractions: [0.1], replicas: 4 },
      /"replicas" must be between/,
    ],
  ];
  it.each(cases)('%s', (_n, o, msg) => {
    const raw = { kind: 'experiment', version: 1, ...o };
    expect(() => parseExperiment(raw)).toThrow(ScenarioError);
    expect(() => parseExperiment(raw)).toThrow(msg);
  });
});
