/**
 * The Chord paper's examples, defined once: the lab's first look, the lessons and the tests all
 * start from them.
 */
import type { ExperimentName } from './experiments';
import type { JsonObject } from '../scenario/json';

/** The Fig. 3 / Fig. 5 ring on 6 bits. */
export const PAPER_RING: readonly number[] = [1, 8, 14, 21, 32, 38, 42, 48, 51, 56];

/**
 * The lessons' keys. Hashed with SHA-1 into 6 bits: apple 0, banana 40, cherry 25, date 22,
 * grape 63, kiwi 49, lemon 28, lime 36, melon 48, pear 53.
 */
export const FRUIT: Readonly<Record<string, string>> = {
  apple: 'red',
  banana: 'yellow',
  cherry: 'dark red',
  date: 'brown',
  grape: 'green',
  kiwi: 'fuzzy',
  lemon: 'sour',
  lime: 'green',
  melon: 'sweet',
  pear: 'pale green',
};

/** The paper's ring with the fruit keys: what lessons and design tests build on. */
export const PAPER_SCENARIO = {
  kind: 'chord',
  version: 1,
  seed: 1,
  bits: 6,
  nodes: PAPER_RING,
  keys: FRUIT,
} as const;

/** path-length ring sizes: 16, 32, … up to 2^top */
export const sizesUpTo = (top: number): number[] =>
  Array.from({ length: Math.max(1, top - 3) }, (_, i) => 2 ** (i + 4));

const EXPERIMENT_PARAMS: Record<ExperimentName, JsonObject> = {
  pathLength: { sizes: sizesUpTo(14), lookups: 10_000 },
  loadBalance: { nodes: 10_000, keys: 500_000, virtualNodes: [1, 2, 5, 10, 20] },
  failures: {
    nodes: 10_000,
    keys: 10_000,
    lookups: 10_000,
    failFractions: [0, 0.1, 0.2, 0.3, 0.4, 0.5],
    replicas: 1,
  },
  membershipCost: { sizes: [16, 64, 256, 1024, 4096], keys: 1000, joins: 20 },
};

/** The Statistics panel's experiments, sized to finish in a few seconds; the user scales up. */
export function defaultExperiment(name: ExperimentName): JsonObject {
  return { kind: 'experiment', version: 1, name, bits: 32, seed: 1, ...EXPERIMENT_PARAMS[name] };
}
