/**
 * The Byzantine lab's worker jobs (builds of big runs, counterexample searches): one runner,
 * newest job wins. A small job (no label) is computed here at once; a big one in the worker,
 * with `computing` saying what, and the picture shown staying until it arrives.
 */
import type { ByzantineScenario } from '../../engine/byzantine';
import { computeRequest, type ByzRequest, type ByzResult } from '../../workers/byzantine.compute';
import { createJobRunner } from '../jobs';
import { estimateMessages, SYNC_MESSAGES } from './run';
import { getWorkerFactory } from './worker';

/** What the worker is computing, or null when the run is small enough to build here. */
export function computeLabel(parsed: ByzantineScenario): string | null {
  return estimateMessages(parsed) <= SYNC_MESSAGES
    ? null
    : `Computing ${parsed.algorithm}(${parsed.m}) with ${parsed.generals} generals` +
        (parsed.algorithm === 'OM'
          ? `: ${estimateMessages(parsed).toLocaleString('en-US')} messages…`
          : '…');
}

interface ComputeState {
  computing: string | null;
  error: string | null;
  report(error: unknown): void;
}

/** The lab's job starter: `run(request, label, done)`. */
export function byzantineJobs(
  get: () => ComputeState,
  set: (patch: { computing?: string | null; pending?: null; error?: null }) => void,
) {
  const runner = () =>
    createJobRunner<ByzRequest, ByzResult>({
      spawn: () => {
        try {
          return getWorkerFactory()?.() ?? null;
        } catch {
          return null; // Worker refused outright (an old browser, a policy): compute inline
        }
      },
      compute: (req) => computeRequest(req),
    });
  let jobs = runner();
  // a swapped worker factory (tests) takes effect on the next job, not after the idle one
  let factory = getWorkerFactory();

  /** Runs a job in the worker (inline when small: no label); only the newest is delivered. */
  return (
    req: Omit<ByzRequest, 'id'>,
    label: string | null,
    done: (r: ByzResult, ms: number) => void,
  ): void => {
    if (label !== null) set({ computing: label, error: null });
    if (factory !== getWorkerFactory()) {
      jobs.cancel();
      jobs = runner();
      factory = getWorkerFactory();
    }
    jobs.start(
      { ...req, id: 0 } as ByzRequest,
      {
        done,
        // The worker threw or never loaded: the picture shown stays and the controls go
        // back to it (pending cleared), with what stopped and why.
        fail: (message, scenarioError) => {
          const what = get().computing?.replace(/…$/, '').replace(/:.*$/, '');
          set({ pending: null, computing: null });
          get().report(
            scenarioError
              ? message
              : what
                ? `${what} stopped: ${message.replace(/\.$/, '')}. The picture shown is unchanged; change a control to try again.`
                : `Something went wrong: ${message}`,
          );
        },
      },
      label === null,
    );
  };
}
