/**
 * The Byzantine lab's jobs (builds of big runs, counterexample searches): one runner, newest job
 * wins. A small run (no label) is built on the page at once; a big one in the worker, as the
 * lab's job (its "Computing …" line), the picture shown staying until it arrives.
 */
import {
  computeRequest,
  type ByzantineScenario,
  type ByzFrame,
  type ByzRequest,
  type ByzResult,
  type StepBy,
} from '../../engine/byzantine';
import { createJobRunner } from '../jobs';
import type { HeavyBuilder, JobTask } from '../labJob';
import { estimateMessages, stepByOf, SYNC_MESSAGES, toTimeline } from './run';
import type { Timeline } from '../../engine/timeline';
import { byzantineWorker } from './worker';

/** What the worker is computing, or null when the run is small enough to build here. */
export function computeLabel(parsed: ByzantineScenario): string | null {
  return estimateMessages(parsed) <= SYNC_MESSAGES
    ? null
    : `Computing ${parsed.algorithm}(${parsed.m}) with ${parsed.generals} generals` +
        (parsed.algorithm === 'OM'
          ? `: ${estimateMessages(parsed).toLocaleString('en-US')} messages…`
          : '…');
}

const runner = createJobRunner<ByzRequest, ByzResult>({
  worker: byzantineWorker,
  compute: computeRequest,
});

/** A worker request (a build or a search) as a job task; every task runs on the one runner. */
export function byzantineTask(req: ByzRequest): JobTask<ByzResult> {
  let started = false;
  return {
    start: (h) => {
      started = true;
      runner.start(req, h);
    },
    cancel: () => {
      if (started) runner.cancel();
    },
  };
}

/** The build of a big run in the worker, as a job task. */
export function buildTask(
  parsed: ByzantineScenario,
  stepBy: StepBy | 'auto',
): JobTask<{ parsed: ByzantineScenario; timeline: Timeline<ByzFrame> }> {
  const task = byzantineTask({ type: 'build', scenario: parsed, stepBy });
  return {
    start: (h) =>
      task.start({
        ...h,
        done: (r, ms) => {
          if (r.type === 'build')
            h.done({ parsed, timeline: toTimeline(r.timeline, r.lite ?? null) }, ms);
        },
      }),
    cancel: task.cancel,
  };
}

/** A link or an autosave of a big run is built in the worker too: the page stays live. */
export const byzantineHeavy: HeavyBuilder<ByzantineScenario, ByzFrame> = {
  plan: (raw, parse) => {
    const parsed = parse();
    const label = computeLabel(parsed);
    if (label === null) return null;
    return { label, shown: 'status', task: buildTask(parsed, stepByOf(raw.view)) };
  },
};
