/**
 * The statistics panel's experiments as data: each one's title and the number fields that edit
 * it (the default JSON is the engine's defaultExperiment).
 */
import { sizesUpTo, type ExperimentName } from '../../engine/chord';
import { jsonArray } from '../../engine/scenario/json';
import type { StatsRequest } from '../../store/chord';

export type Name = ExperimentName;

export const TITLES: Record<Name, string> = {
  pathLength: 'Path length',
  loadBalance: 'Load balance',
  failures: 'Failures',
  membershipCost: 'Join cost',
};

export const isName = (v: unknown): v is Name =>
  typeof v === 'string' && Object.prototype.hasOwnProperty.call(TITLES, v);

/** One number input of an experiment. */
export interface ExperimentField {
  label: string;
  narrow?: boolean;
  min?: number;
  max?: number;
  /** the number shown */
  read(p: StatsRequest): unknown;
  /** the experiment with the new number */
  write(p: StatsRequest, v: number): StatsRequest;
}

const plain = (key: string, label: string, min?: number, max?: number): ExperimentField => ({
  label,
  min,
  max,
  read: (p) => p[key],
  write: (p, v) => ({ ...p, [key]: v }),
});

export const FIELDS: Record<Name, readonly ExperimentField[]> = {
  pathLength: [
    plain('lookups', 'Lookups'),
    {
      label: 'Max N = 2^',
      narrow: true,
      min: 5,
      max: 16,
      read: (p) => Math.log2(Number(jsonArray(p.sizes).at(-1))),
      write: (p, v) => ({ ...p, sizes: sizesUpTo(v) }),
    },
  ],
  loadBalance: [plain('nodes', 'Nodes'), plain('keys', 'Keys')],
  failures: [plain('nodes', 'Nodes'), plain('replicas', 'Successor list', 1, 16)],
  membershipCost: [plain('keys', 'Keys'), plain('joins', 'Joins', 1, 1000)],
};

/** the most virtual nodes per node the load-balance run tries */
export const maxVirtual = (p: StatsRequest): number =>
  Math.max(...jsonArray(p.virtualNodes).map(Number));

/** the load-balance run with virtual nodes 1, 2, 5, 10, 20 up to `max` */
export const withMaxVirtual = (p: StatsRequest, max: number): StatsRequest => ({
  ...p,
  virtualNodes: [...new Set([1, 2, 5, 10, 20].filter((v) => v < max).concat(max))],
});
