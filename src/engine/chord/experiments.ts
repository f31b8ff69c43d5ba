import { checkKnownFields, enumField, fail, intField, isRecord, quote } from '../scenario/errors';
import { ringSize } from './ring';
import {
  parseMembershipCost,
  type MembershipCostRow,
  type MembershipCostScenario,
} from './designs/cost';

/**
 * The paper's simulations (Chord §6, Figs. 8–11) on rings built directly in their converged
 * state: sorted id arrays, typed-array finger tables, no frames. Fast enough for a stats
 * panel's Web Worker and the CLI (N = 16,384 × 10,000 lookups in well under a second).
 */
export const EXPERIMENT_LIMITS = {
  nodes: 100_000,
  /** pathLength rings: no finger table is stored beyond FINGER_TABLE_LIMIT, so 2^22 fit in 1 GB */
  pathNodes: 4_194_304,
  lookups: 1_000_000,
  keys: 5_000_000,
  virtualNodes: 100,
  virtualIds: 2_000_000,
  listLength: 20,
  replicas: 16,
} as const;

export type ExperimentName = 'pathLength' | 'loadBalance' | 'failures' | 'membershipCost';
const NAMES: readonly ExperimentName[] = [
  'pathLength',
  'loadBalance',
  'failures',
  'membershipCost',
];

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
export type ExperimentScenario =
  PathLengthScenario | LoadBalanceScenario | FailuresScenario | MembershipCostScenario;

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
  | { kind: 'experiment'; name: 'failures'; rows: FailuresRow[] }
  | { kind: 'experiment'; name: 'membershipCost'; rows: MembershipCostRow[] };

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
  membershipCost: ['kind', 'version', 'name', 'bits', 'seed', 'sizes', 'keys', 'joins'],
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
    const sizes = intList(raw, 'sizes', where, 1, L.pathNodes);
    sizes.forEach((n) => fits(n, 'nodes'));
    const lookups = intField(raw, 'lookups', where, { min: 1, max: L.lookups, default: 10_000 });
    return { ...common, name, sizes, lookups };
  }
  if (name === 'membershipCost')
    return parseMembershipCost(raw, common, intList(raw, 'sizes', where, 1, L.nodes), where);
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
export { randomIds, arrayRing, fingerLookup, fingerRoute, fingerRoutes, HOPS } from './arrayRing';
export type { ArrayRing } from './arrayRing';
export { runExperiment } from './experimentRun';
