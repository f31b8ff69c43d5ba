/**
 * A lab's job: work off the page (a heavy DHT build, a big Byzantine run, a counterexample or
 * violation search) whose state is in the store (`job`). One at a time per lab, the newest wins,
 * and whoever started it hears how it ended (done, failed, cancelled, replaced). The work itself
 * runs on the one "newest job wins" runner (store/jobs.ts).
 */
import type { Timeline } from '../engine/timeline';
import type { JsonObject } from '../engine/scenario/json';
import type { JobHandlers } from './jobs';

/** A run being worked on off the page; the state shown is the one before it until it arrives. */
export interface LabJob {
  readonly label: string;
  /** 0..1 */
  readonly progress: number;
  /**
   * How the lab shows it: 'bar', the job bar under the stage with progress and Cancel (a DHT
   * build that takes seconds); 'status', the "Computing …" line over the caption (a Byzantine run
   * or search, the Paxos search: no progress to report).
   */
  readonly shown: 'bar' | 'status';
  /** the scenario JSON being built (it replaces the one shown when it arrives); null: a search */
  readonly scenario: JsonObject | null;
}

/** Work a job runs: started once with its handlers; cancelled when a newer job or action wins. */
export interface JobTask<R> {
  start(handlers: JobHandlers<R>): void;
  cancel(): void;
}

/** A run as a job: what the lab's job shows and the task that builds it. */
export interface HeavyPlan<Sc, S> {
  readonly label: string;
  readonly shown: LabJob['shown'];
  readonly task: JobTask<{ parsed: Sc; timeline: Timeline<S> }>;
}

/** Decides which runs are built off the page, and builds them there. */
export interface HeavyBuilder<Sc, S> {
  /**
   * The build of `raw` as a job when it is too heavy for the page, else null. `parse` parses
   * `raw` (once: load uses the same parse when the plan is null). `shown`: the run shown, when
   * `raw` is it forked at its cursor plus one op (at `from`).
   */
  plan(
    raw: JsonObject,
    parse: () => Sc,
    shown?: { from: number; timeline: Timeline<S> },
  ): HeavyPlan<Sc, S> | null;
}

/** What a lab's store does with jobs (createLabStore offers runJob and cancelJob). */
export interface JobActions {
  /**
   * Runs `task` as the lab's job: a running one ends first (its starter hears `why`), the job's
   * state is shown until it ends, `then` gets the result; `failed` hears a failure, a Cancel or
   * a newer action (with the sentence shown).
   */
  runJob<R>(
    job: Omit<LabJob, 'progress'>,
    task: JobTask<R>,
    then: (result: R, ms: number) => void,
    failed?: (why: string) => void,
  ): void;
}

/** The job line's "computing" text (a 'status' job), or null. */
export const computingOf = (s: { job: LabJob | null }): string | null =>
  s.job?.shown === 'status' ? s.job.label : null;

/** The scenario JSON being built, shown by the controls until it arrives, or null. */
export const pendingOf = (s: { job: LabJob | null }): JsonObject | null => s.job?.scenario ?? null;

/** The sentence for a job that stopped on an unexpected error (not a ScenarioError). */
function stoppedText(job: Omit<LabJob, 'progress'>, message: string): string {
  const what = job.label.replace(/…$/, '');
  if (job.shown === 'bar') return `${what} stopped: ${message}`;
  // the status line has gone with the job: say what is shown now and how to go on
  return `${what.replace(/:.*$/, '')} stopped: ${message.replace(/\.$/, '')}. The picture shown is unchanged; change a control to try again.`;
}

interface JobState {
  job: LabJob | null;
  report(error: unknown): void;
}

export function jobControl(get: () => JobState, patch: (p: { job: LabJob | null }) => void) {
  /** the task running now, and how its starter must be told it ended without a result */
  let running: { task: JobTask<unknown>; unsettled: ((why: string) => void) | null } | null = null;
  const endJob = (why: string | null) => {
    const was = running;
    running = null;
    if (was) was.task.cancel();
    if (get().job) patch({ job: null });
    if (why !== null) was?.unsettled?.(why);
  };
  const runJob: JobActions['runJob'] = (job, task, then, failed) => {
    endJob('a change was made before it finished loading');
    const mine = { task: task as JobTask<unknown>, unsettled: failed ?? null };
    const settle = (): boolean => {
      if (running !== mine) return false;
      running = null;
      patch({ job: null });
      return true;
    };
    running = mine;
    patch({ job: { ...job, progress: 0 } });
    task.start({
      progress: (f) => {
        const j = get().job;
        // a re-render per percent is plenty
        if (running === mine && j && Math.floor(f * 100) !== Math.floor(j.progress * 100))
          patch({ job: { ...j, progress: f } });
      },
      done: (result, ms) => {
        if (!settle()) return;
        try {
          then(result, ms);
        } catch (e) {
          get().report(e);
          failed?.(e instanceof Error ? e.message : String(e));
        }
      },
      fail: (message, scenarioError) => {
        if (!settle()) return;
        const text = scenarioError ? message : stoppedText(job, message);
        get().report(text);
        failed?.(text);
      },
    });
  };
  return { runJob, endJob };
}
