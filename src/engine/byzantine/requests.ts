/**
 * What the Byzantine lab asks to be computed off the page: a big run's steps, a counterexample
 * search, and a cell of the bound explorer. The worker (workers/byzantine.worker.ts) only moves
 * these requests and results; the store computes the same ones inline when it has no worker.
 */
import { boundsCell, type BoundsCell } from './boundsExperiment';
import { findCounterexample, type CounterexampleResult } from './counterexample';
import { buildByzantineTimeline, type ByzTimeline, type StepBy } from './frames';
import type { LiteInfo } from './lite';
import type { Algorithm, Assumptions, ByzantineScenario } from './types';

export type ByzRequest =
  | {
      readonly type: 'build';
      readonly scenario: ByzantineScenario;
      readonly stepBy: StepBy | 'auto';
    }
  | {
      readonly type: 'search';
      readonly scenario: ByzantineScenario;
      readonly stepBy: StepBy | 'auto';
      /** search up to this many traitors (beyond m); default: the run's traitors, else m */
      readonly traitors?: number;
    };

/** One cell of the bound explorer (boundsExperiment.ts). */
export interface CellRequest {
  readonly type: 'cell';
  readonly algorithm: Algorithm;
  readonly generals: number;
  readonly traitors: number;
  readonly assumptions: Assumptions;
  readonly budget: number;
}

export type ByzResult =
  | {
      readonly type: 'build';
      readonly timeline: ByzTimeline;
      /** set when the run was lightened for the trip (see liteTimeline) */
      readonly lite?: LiteInfo | null;
    }
  | {
      readonly type: 'search';
      readonly result: Omit<CounterexampleResult, 'run'>;
      /** the counterexample's timeline, when one was found */
      readonly timeline: ByzTimeline | null;
    };

export function computeCell(req: CellRequest): BoundsCell {
  const { algorithm, generals, traitors, assumptions, budget } = req;
  return boundsCell(algorithm, generals, traitors, { assumptions, budget });
}

/** A big run's steps, or a counterexample search and the steps of what it found. */
export function computeRequest(req: ByzRequest): ByzResult {
  if (req.type === 'build') {
    return {
      type: 'build',
      timeline: buildByzantineTimeline(req.scenario, { granularity: req.stepBy }),
    };
  }
  const found = findCounterexample(
    req.scenario,
    undefined,
    req.traitors === undefined ? {} : { traitors: req.traitors },
  );
  if (found.found) {
    const { run: _run, ...rest } = found;
    return {
      type: 'search',
      result: rest,
      timeline: buildByzantineTimeline(found.scenario, { granularity: req.stepBy }),
    };
  }
  return { type: 'search', result: found, timeline: null };
}
