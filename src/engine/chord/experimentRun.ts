import { createRng, type Rng } from '../prng';
import { ringSize, successorIndex } from './ring';
import type {
  PathLengthScenario,
  LoadBalanceScenario,
  FailuresScenario,
  ExperimentScenario,
  PathLengthRow,
  LoadBalanceRow,
  FailuresRow,
  ExperimentOutput,
} from './experiments';
import { randomIds, arrayRing, fingerRoute, fingerRoutes, HOPS } from './arrayRing';
import { membershipCost } from './designs/cost';

/** Independent stream per row, so a row does not depend on which other rows were asked for. */
export const rowRng = (seed: number, row: number): Rng =>
  createRng((seed + Math.imul(row + 1, 0x9e3779b9)) >>> 0);
function percentileFromHistogram(hist: number[], total: number, q: number): number {
  let acc = 0;
  for (let h = 0; h < hist.length; h++) {
    acc += hist[h]!;
    if (acc >= q * total) return h;
  }
  return hist.length - 1;
}

function percentile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

type Progress = ((fraction: number) => void) | undefined;

/** Lookups drawn and routed at a time (a multiple of 4,096, the progress interval). */
const CHUNK = 4096;

export function pathLength(s: PathLengthScenario, onProgress: Progress): PathLengthRow[] {
  const total = s.sizes.length;
  return s.sizes.map((n, row) => {
    const rng = rowRng(s.seed, row);
    const ring = arrayRing(randomIds(rng, n, s.bits), s.bits);
    const hist: number[] = [];
    let sum = 0;
    // in chunks, so fingerRoutes can run several lookups at once
    const from = new Int32Array(CHUNK);
    const keys = new Float64Array(CHUNK);
    const out = new Float64Array(CHUNK);
    for (let done = 0; done < s.lookups; done += CHUNK) {
      const m = Math.min(CHUNK, s.lookups - done);
      for (let i = 0; i < m; i++) {
        from[i] = rng.int(n);
        keys[i] = rng.uint32() % ring.size;
      }
      fingerRoutes(ring, from, keys, m === CHUNK ? out : out.subarray(0, m));
      for (let i = 0; i < m; i++) {
        const hops = out[i]! % HOPS;
        while (hist.length <= hops) hist.push(0);
        hist[hops]!++;
        sum += hops;
      }
      const l = done + m - 1;
      if (onProgress && (l & 4095) === 4095) onProgress((row + l / s.lookups) / total);
    }
    onProgress?.((row + 1) / total);
    return {
      nodes: n,
      meanHops: sum / s.lookups,
      p1: percentileFromHistogram(hist, s.lookups, 0.01),
      p99: percentileFromHistogram(hist, s.lookups, 0.99),
      histogram: hist,
    };
  });
}

export function loadBalance(s: LoadBalanceScenario, onProgress: Progress): LoadBalanceRow[] {
  const size = ringSize(s.bits);
  const total = s.virtualNodes.length;
  return s.virtualNodes.map((v, row) => {
    const rng = rowRng(s.seed, row);
    // Each real node j gets v random virtual ids; remember the real node of each id.
    const m = s.nodes * v;
    const realOf = new Map<number, number>();
    while (realOf.size < m) {
      const id = rng.uint32() % size;
      if (!realOf.has(id)) realOf.set(id, Math.floor(realOf.size / v));
    }
    const ids = Float64Array.from(realOf.keys()).sort();
    const real = Int32Array.from(ids, (id) => realOf.get(id)!);
    const counts = new Int32Array(s.nodes);
    for (let k = 0; k < s.keys; k++) {
      counts[real[successorIndex(ids, rng.uint32() % size)]!]!++;
      if (onProgress && (k & 65535) === 65535) onProgress((row + k / s.keys) / total);
    }
    counts.sort();
    onProgress?.((row + 1) / total);
    return {
      virtualNodes: v,
      mean: s.keys / s.nodes,
      p1: percentile(counts, 0.01),
      p99: percentile(counts, 0.99),
      max: counts[counts.length - 1] ?? 0,
    };
  });
}

export function failures(s: FailuresScenario, onProgress: Progress): FailuresRow[] {
  const n = s.nodes;
  const base = createRng(s.seed);
  const ids = randomIds(base, n, s.bits);
  const size = ringSize(s.bits);
  // Keys (random ids) with the index of their owner in the full ring.
  const keyIds = new Float64Array(s.keys);
  const keyOwner = new Int32Array(s.keys);
  for (let k = 0; k < s.keys; k++) {
    keyIds[k] = base.uint32() % size;
    keyOwner[k] = successorIndex(ids, keyIds[k]!);
  }
  const total = s.failFractions.length;
  return s.failFractions.map((p, row) => {
    const rng = rowRng(s.seed, row);
    // Crash floor(p·N) distinct random nodes (partial Fisher–Yates), keeping at least one.
    const dead = Math.min(n - 1, Math.floor(p * n));
    const order = Int32Array.from({ length: n }, (_, i) => i);
    for (let i = 0; i < dead; i++) {
      const j = i + rng.int(n - i);
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    const alive = new Uint8Array(n).fill(1);
    for (let i = 0; i < dead; i++) alive[order[i]!] = 0;
    const survivorsIdx: number[] = [];
    for (let i = 0; i < n; i++) if (alive[i]) survivorsIdx.push(i);
    // Stabilized survivors: a correct ring over the live nodes.
    const ring = arrayRing(
      Float64Array.from(survivorsIdx, (i) => ids[i]!),
      s.bits,
    );
    let failed = 0;
    for (let l = 0; l < s.lookups; l++) {
      const k = rng.int(s.keys);
      const from = rng.int(survivorsIdx.length);
      const owner = Math.floor(fingerRoute(ring, from, keyIds[k]!) / HOPS);
      // The key lived on its owner and the next replicas − 1 nodes of the full ring; the new
      // owner has it iff it is one of them (every node before it in that run crashed).
      const orig = survivorsIdx[owner]!;
      if ((orig - keyOwner[k]! + n) % n >= s.replicas) failed++;
      if (onProgress && (l & 4095) === 4095) onProgress((row + l / s.lookups) / total);
    }
    onProgress?.((row + 1) / total);
    return { failFraction: p, failedLookups: failed / s.lookups };
  });
}

export function runExperiment(
  s: ExperimentScenario,
  onProgress?: (fraction: number) => void,
): ExperimentOutput {
  switch (s.name) {
    case 'pathLength':
      return { kind: 'experiment', name: s.name, rows: pathLength(s, onProgress) };
    case 'loadBalance':
      return { kind: 'experiment', name: s.name, rows: loadBalance(s, onProgress) };
    case 'failures':
      return { kind: 'experiment', name: s.name, rows: failures(s, onProgress) };
    case 'membershipCost':
      return { kind: 'experiment', name: s.name, rows: membershipCost(s, onProgress) };
  }
}
