/**
 * The paper's simulations (Chord §6, Figs. 8–11) on rings built directly in their converged
 * state: sorted id arrays, typed-array finger tables, no frames. Fast enough for a stats
 * panel's Web Worker and the CLI (N = 16,384 × 10,000 lookups in well under a second).
 */
import { createRng, type Rng } from '../prng';
import { checkKnownFields, enumField, fail, intField, isRecord, quote } from '../scenario/errors';
import { fingerStart, inHalfOpen, inOpen, ringSize, successorIndex } from './ring';

export const EXPERIMENT_LIMITS = {
  nodes: 100_000,
  lookups: 1_000_000,
  keys: 5_000_000,
  virtualNodes: 100,
  virtualIds: 2_000_000,
  listLength: 20,
  replicas: 16,
} as const;

export type ExperimentName = 'pathLength' | 'loadBalance' | 'failures';
const NAMES: readonly ExperimentName[] = ['pathLength', 'loadBalance', 'failures'];

interface Common {
  readonly kind: 'experiment';
  readonly version: 1;
  readonly bits: number;
  readonly seed: number;
}
export interface PathLengthScenario extends Common {
  readonly name: 'pathLength';
  readonly sizes: readonly number[];
  readonly lookups: number;
}
export interface LoadBalanceScenario extends Common {
  readonly name: 'loadBalance';
  readonly nodes: number;
  readonly keys: number;
  readonly virtualNodes: readonly number[];
}
export interface FailuresScenario extends Common {
  readonly name: 'failures';
  readonly nodes: number;
  readonly keys: number;
  readonly lookups: number;
  readonly failFractions: readonly number[];
  readonly replicas: number;
}
export type ExperimentScenario = PathLengthScenario | LoadBalanceScenario | FailuresScenario;

export interface PathLengthRow {
  nodes: number;
  meanHops: number;
  p1: number;
  p99: number;
  /** histogram[h] = lookups that took h hops */
  histogram: number[];
}
export interface LoadBalanceRow {
  virtualNodes: number;
  /** keys per real node */
  mean: number;
  p1: number;
  p99: number;
  max: number;
}
export interface FailuresRow {
  failFraction: number;
  /** fraction 0..1 of lookups that did not find their key */
  failedLookups: number;
}
export type ExperimentOutput =
  | { kind: 'experiment'; name: 'pathLength'; rows: PathLengthRow[] }
  | { kind: 'experiment'; name: 'loadBalance'; rows: LoadBalanceRow[] }
  | { kind: 'experiment'; name: 'failures'; rows: FailuresRow[] };

const FIELDS: Record<ExperimentName, readonly string[]> = {
  pathLength: ['kind', 'version', 'name', 'bits', 'seed', 'sizes', 'lookups'],
  loadBalance: ['kind', 'version', 'name', 'bits', 'seed', 'nodes', 'keys', 'virtualNodes'],
  failures: [
    'kind',
    'version',
    'name',
    'bits',
    'seed',
    'nodes',
    'keys',
    'lookups',
    'failFractions',
    'replicas',
  ],
};

function intList(
  obj: Record<string, unknown>,
  key: string,
  where: string,
  min: number,
  max: number,
): number[] {
  const v = obj[key];
  if (!Array.isArray(v) || v.length === 0)
    fail(`${where}: "${key}" must be a non-empty list of integers.`);
  if (v.length > EXPERIMENT_LIMITS.listLength)
    fail(`${where}: "${key}" may list at most ${EXPERIMENT_LIMITS.listLength} values.`);
  return v.map((x: unknown, i) => {
    if (typeof x !== 'number' || !Number.isInteger(x))
      fail(`${where}: ${key}[${i}] must be an integer, got ${quote(x)}.`);
    if (x < min || x > max)
      fail(`${where}: ${key}[${i}] must be between ${min} and ${max}, got ${x}.`);
    return x;
  });
}

export function parseExperiment(raw: unknown): ExperimentScenario {
  if (!isRecord(raw)) fail('An experiment must be a JSON object.');
  if (raw.kind !== 'experiment') fail(`"kind" must be "experiment", got ${quote(raw.kind)}.`);
  const name = enumField(raw, 'name', 'Experiment', NAMES);
  const where = `Experiment ${name}`;
  checkKnownFields(raw, FIELDS[name], where);
  if (raw.version !== 1) fail(`"version" must be 1, got ${quote(raw.version)}.`);
  const bits = intField(raw, 'bits', where, { min: 3, max: 32, default: 32 });
  const seed = intField(raw, 'seed', where, { min: 0, max: 2 ** 32 - 1, default: 1 });
  const size = ringSize(bits);
  const L = EXPERIMENT_LIMITS;
  const common = { kind: 'experiment' as const, version: 1 as const, bits, seed };
  const fits = (n: number, what: string): void => {
    if (n > size)
      fail(`${where}: ${n} ${what} do not fit on the circle of 2^${bits} = ${size} ids.`);
  };
  if (name === 'pathLength') {
    const sizes = intList(raw, 'sizes', where, 1, L.nodes);
    sizes.forEach((n) => fits(n, 'nodes'));
    const lookups = intField(raw, 'lookups', where, { min: 1, max: L.lookups, default: 10_000 });
    return { ...common, name, sizes, lookups };
  }
  const nodes = intField(raw, 'nodes', where, { min: 1, max: L.nodes });
  fits(nodes, 'nodes');
  const keys = intField(raw, 'keys', where, { min: 1, max: L.keys });
  if (name === 'loadBalance') {
    const virtualNodes = intList(raw, 'virtualNodes', where, 1, L.virtualNodes);
    for (const v of virtualNodes) {
      if (nodes * v > L.virtualIds)
        fail(`${where}: ${nodes} nodes × ${v} virtual nodes exceeds ${L.virtualIds} ids.`);
      fits(nodes * v, 'virtual nodes');
    }
    return { ...common, name, nodes, keys, virtualNodes };
  }
  const lookups = intField(raw, 'lookups', where, { min: 1, max: L.lookups, default: 10_000 });
  const replicas = intField(raw, 'replicas', where, {
    min: 1,
    max: Math.min(L.replicas, nodes),
    default: 1,
  });
  const ff = raw.failFractions;
  if (!Array.isArray(ff) || ff.length === 0)
    fail(`${where}: "failFractions" must be a non-empty list of fractions.`);
  if (ff.length > L.listLength)
    fail(`${where}: "failFractions" may list at most ${L.listLength} values.`);
  const failFractions = ff.map((x: unknown, i) => {
    if (typeof x !== 'number' || !(x >= 0 && x < 1)) {
      fail(`${where}: failFractions[${i}] must be a number in [0, 1), got ${quote(x)}.`);
    }
    return x;
  });
  return { ...common, name, nodes, keys, lookups, failFractions, replicas };
}

/** n distinct random ids on the circle, ascending. */
export function randomIds(rng: Rng, n: number, bits: number): Float64Array {
  const size = ringSize(bits);
  const set = new Set<number>();
  while (set.size < n) set.add(rng.uint32() % size);
  return Float64Array.from(set).sort();
}

/** Independent stream per row, so a row does not depend on which other rows were asked for. */
const rowRng = (seed: number, row: number): Rng =>
  createRng((seed + Math.imul(row + 1, 0x9e3779b9)) >>> 0);

/** A converged ring as arrays: fingers[i * bits + f] = index of successor(ids[i] + 2^f). */
export interface ArrayRing {
  readonly ids: Float64Array;
  readonly bits: number;
  readonly size: number;
  readonly fingers: Int32Array;
}

export function arrayRing(ids: Float64Array, bits: number): ArrayRing {
  const n = ids.length;
  const size = ringSize(bits);
  const fingers = new Int32Array(n * bits);
  for (let i = 0; i < n; i++) {
    for (let f = 0; f < bits; f++)
      fingers[i * bits + f] = successorIndex(ids, fingerStart(ids[i]!, f, size));
  }
  return { ids, bits, size, fingers };
}

/**
 * Finger routing (find_successor / closest_preceding_finger) on a converged ring. Returns
 * the owner's index and the hop count, counting the final hop to the owner.
 */
export function fingerLookup(
  ring: ArrayRing,
  from: number,
  key: number,
): { owner: number; hops: number } {
  const { ids, bits, size, fingers } = ring;
  const n = ids.length;
  const pred = (from - 1 + n) % n;
  if (inHalfOpen(key, ids[pred]!, ids[from]!, size)) return { owner: from, hops: 0 };
  let at = from;
  let hops = 0;
  for (;;) {
    const succ = (at + 1) % n;
    if (inHalfOpen(key, ids[at]!, ids[succ]!, size)) return { owner: succ, hops: hops + 1 };
    let next = succ;
    for (let f = bits - 1; f >= 0; f--) {
      const c = fingers[at * bits + f]!;
      if (inOpen(ids[c]!, ids[at]!, key, size)) {
        next = c;
        break;
      }
    }
    at = next;
    hops++;
  }
}

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

function pathLength(s: PathLengthScenario, onProgress: Progress): PathLengthRow[] {
  const total = s.sizes.length;
  return s.sizes.map((n, row) => {
    const rng = rowRng(s.seed, row);
    const ring = arrayRing(randomIds(rng, n, s.bits), s.bits);
    const hist: number[] = [];
    let sum = 0;
    for (let l = 0; l < s.lookups; l++) {
      const from = rng.int(n);
      const key = rng.uint32() % ring.size;
      const { hops } = fingerLookup(ring, from, key);
      while (hist.length <= hops) hist.push(0);
      hist[hops]!++;
      sum += hops;
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

function loadBalance(s: LoadBalanceScenario, onProgress: Progress): LoadBalanceRow[] {
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

function failures(s: FailuresScenario, onProgress: Progress): FailuresRow[] {
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
      const { owner } = fingerLookup(ring, from, keyIds[k]!);
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
  }
}
