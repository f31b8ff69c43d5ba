/**
 * The Byzantine lab's heavy work, shared by the worker (byzantine.worker.ts) and the store's
 * inline fallback (tests, browsers without module workers). Engine calls only: no DOM, no store.
 */
import {
  boundsCell,
  type Algorithm,
  type Assumptions,
  type BoundsCell,
  buildByzantineTimeline,
  findCounterexample,
  type ByzantineScenario,
  type ByzTimeline,
  type CounterexampleResult,
  type LiteInfo,
} from '../engine/byzantine';

export type StepBy = 'message' | 'round';

export type ByzRequest =
  | {
      readonly id: number;
      readonly type: 'build';
      readonly scenario: ByzantineScenario;
      readonly stepBy: StepBy | 'auto';
    }
  | {
      readonly id: number;
      readonly type: 'search';
      readonly scenario: ByzantineScenario;
      readonly stepBy: StepBy | 'auto';
      /** search up to this many traitors (beyond m); default: the run's traitors, else m */
      readonly traitors?: number;
    };

/** One cell of the bound explorer (engine/byzantine/boundsExperiment.ts), in the same worker. */
export interface CellRequest {
  readonly id: number;
  readonly type: 'cell';
  readonly algorithm: Algorithm;
  readonly generals: number;
  readonly traitors: number;
  readonly assumptions: Assumptions;
  readonly budget: number;
}

export function computeCell(req: CellRequest): BoundsCell {
  const { algorithm, generals, traitors, assumptions, budget } = req;
  return boundsCell(algorithm, generals, traitors, { assumptions, budget });
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

export type ByzResponse =
  | { readonly id: number; readonly ok: true; readonly result: ByzResult; readonly ms: number }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: string;
      readonly scenarioError: boolean;
    };

/** What the worker computes; also run inline when no Worker exists (tests, old browsers). */
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
