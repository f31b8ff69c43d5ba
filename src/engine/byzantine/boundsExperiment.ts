import { checkKnownFields, fail, intField, isRecord, quote } from '../scenario/errors';
import { parseAssumptions } from './assumptions';
import { findCounterexample, MAX_SEARCH_GENERALS } from './counterexample';
import { ALGORITHMS, type Algorithm, type Assumptions, type ByzantineScenario } from './types';

/** Runs per cell by default: every cell with n ≤ 7, t ≤ 2 is decided well within it. */
export const BOUNDS_BUDGET = 5_000;
export const MAX_BOUNDS_BUDGET = 1_000_000;
export const MAX_BOUNDS_TRAITORS = 4;

/**
 * The bound explorer's grid as an experiment (Theorem 1: OM(m) fails when n ≤ 3m traitors
 * are possible; Theorem 2: SM(m) never does):
 *   {"kind":"experiment","version":1,"name":"bounds","generals":[3,4,5,6,7],
 *    "traitors":[0,1,2],"algorithms":["OM","SM"]}
 * optional "assumptions" (as in a Byzantine scenario) and "budget" (runs per cell).
 */
export interface BoundsExperiment {
  readonly kind: 'experiment';
  readonly version: 1;
  readonly name: 'bounds';
  readonly generals: readonly number[];
  readonly traitors: readonly number[];
  readonly algorithms: readonly Algorithm[];
  readonly assumptions?: Assumptions;
  readonly budget: number;
}

export interface BoundsCell {
  readonly algorithm: Algorithm;
  readonly generals: number;
  readonly traitors: number;
  /** the algorithm is run with m = traitors, the most the paper would tolerate */
  readonly m: number;
  /**
   * safe: every run with up to t traitors (each placement, strategy, order) keeps IC1 and IC2;
   * broken: `counterexample` breaks one; unknown: the budget ran out first (`searched` of `space`).
   */
  readonly result: 'safe' | 'broken' | 'unknown';
  readonly searched: number;
  readonly space?: number;
  readonly counterexample?: ByzantineScenario;
  /** one sentence: what was found, or how far the search got */
  readonly text: string;
}

export interface BoundsOutput {
  readonly name: 'bounds';
  readonly cells: BoundsCell[];
}

const WHERE = 'Experiment bounds';

export function parseBoundsExperiment(raw: unknown): BoundsExperiment {
  if (!isRecord(raw)) fail(`${WHERE}: expected a JSON object, got ${quote(raw)}.`);
  checkKnownFields(
    raw,
    ['kind', 'version', 'name', 'generals', 'traitors', 'algorithms', 'assumptions', 'budget'],
    WHERE,
  );
  if (raw.version !== 1) fail(`${WHERE}: "version" must be 1, got ${quote(raw.version)}.`);
  const generals = list(raw, 'generals', 3, MAX_SEARCH_GENERALS);
  const traitors = list(raw, 'traitors', 0, MAX_BOUNDS_TRAITORS);
  const algos = raw.algorithms ?? ['OM', 'SM'];
  if (!Array.isArray(algos) || algos.length === 0) {
    fail(`${WHERE}: "algorithms" must be a non-empty list like ["OM", "SM"], got ${quote(algos)}.`);
  }
  const algorithms = algos.map((a: unknown, i): Algorithm => {
    if (!ALGORITHMS.includes(a as Algorithm)) {
      fail(`${WHERE}: algorithms[${i}] must be "OM" or "SM", got ${quote(a)}.`);
    }
    return a as Algorithm;
  });
  const assumptions = raw.assumptions === undefined ? undefined : parseAssumptions(raw.assumptions);
  const budget = intField(raw, 'budget', WHERE, {
    min: 1,
    max: MAX_BOUNDS_BUDGET,
    default: BOUNDS_BUDGET,
  });
  return {
    kind: 'experiment',
    version: 1,
    name: 'bounds',
    generals,
    traitors,
    algorithms: [...new Set(algorithms)],
    ...(assumptions ? { assumptions } : {}),
    budget,
  };
}

function list(raw: Record<string, unknown>, key: string, min: number, max: number): number[] {
  const v = raw[key];
  if (!Array.isArray(v) || v.length === 0) {
    fail(
      `${WHERE}: "${key}" must be a non-empty list of integers from ${min} to ${max}, got ${quote(v)}.`,
    );
  }
  const out = v.map((x: unknown, i) => {
    if (typeof x !== 'number' || !Number.isInteger(x) || x < min || x > max) {
      fail(`${WHERE}: ${key}[${i}] must be an integer from ${min} to ${max}, got ${quote(x)}.`);
    }
    return x;
  });
  return [...new Set(out)].sort((a, b) => a - b);
}

/** One cell: the counterexample search for algorithm(m = t) with n generals and up to t traitors. */
export function boundsCell(
  algorithm: Algorithm,
  generals: number,
  traitors: number,
  options: { assumptions?: Assumptions; budget?: number } = {},
): BoundsCell {
  const scenario: ByzantineScenario = {
    kind: 'byzantine',
    version: 1,
    seed: 1,
    algorithm,
    generals,
    m: traitors,
    order: 'attack',
    traitors: {},
    ...(options.assumptions && !isPaper(options.assumptions)
      ? { assumptions: options.assumptions }
      : {}),
  };
  const r = findCounterexample(scenario, options.budget ?? BOUNDS_BUDGET, {
    traitors,
    minTraitors: 0,
    mostFirst: true,
  });
  const base = { algorithm, generals, traitors, m: traitors, searched: r.searched };
  if (r.found) return { ...base, result: 'broken', counterexample: r.scenario, text: r.text };
  return {
    ...base,
    result: r.exhaustive ? 'safe' : 'unknown',
    ...(r.space !== undefined ? { space: r.space } : {}),
    text: r.text,
  };
}

const isPaper = (a: Assumptions): boolean => !a.spoofing && a.synchronous;

export function runBoundsExperiment(
  e: BoundsExperiment,
  onCell?: (cell: BoundsCell, done: number, total: number) => void,
): BoundsOutput {
  const cells: BoundsCell[] = [];
  const total = e.algorithms.length * e.generals.length * e.traitors.length;
  for (const algorithm of e.algorithms) {
    for (const n of e.generals) {
      for (const t of e.traitors) {
        const cell = boundsCell(algorithm, n, t, {
          budget: e.budget,
          ...(e.assumptions ? { assumptions: e.assumptions } : {}),
        });
        cells.push(cell);
        onCell?.(cell, cells.length, total);
      }
    }
  }
  return { name: 'bounds', cells };
}
