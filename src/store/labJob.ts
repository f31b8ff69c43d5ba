/**
 * The heavy run of a lab being built off the page (see LabConfig.heavy): one at a time, the
 * newest wins, and whoever started it hears how it ended (done, failed, cancelled, replaced).
 */
import type { Timeline } from '../engine/timeline';

/** A builder that parses and runs a scenario off the page, with progress; newest job wins. */
export interface HeavyBuilder<Sc, S> {
  /** the progress bar's sentence when `raw` (from its step `from` on) is heavy, else null */
  label(raw: unknown, from?: number): string | null;
  /** `shown`: the run shown, when `raw` is it forked at its cursor plus one op (at `from`) */
  start(
    raw: unknown,
    handlers: {
      progress(fraction: number): void;
      done(parsed: Sc, timeline: Timeline<S>, ms: number): void;
      fail(message: string, scenarioError: boolean): void;
    },
    shown?: { from: number; timeline: Timeline<S> },
  ): void;
  cancel(): void;
}

/** A run being built off the page; the state shown is the one before it until it arrives. */
export interface LabJob {
  readonly label: string;
  /** 0..1 */
  readonly progress: number;
}

interface JobState {
  job: LabJob | null;
  report(error: unknown): void;
}

export function jobControl<Sc, S>(
  heavy: HeavyBuilder<Sc, S> | undefined,
  get: () => JobState,
  patch: (p: { job: LabJob | null }) => void,
) {
  /** how the job running now must be told it ended without a result */
  let unsettled: ((why: string) => void) | null = null;
  const endJob = (why: string | null) => {
    const tell = unsettled;
    unsettled = null;
    if (get().job) {
      heavy?.cancel();
      patch({ job: null });
    }
    if (why !== null) tell?.(why);
  };
  /** starts a heavy build; `failed` hears a failure, a Cancel or a newer action */
  const startJob = (
    label: string,
    raw: unknown,
    then: (parsed: Sc, timeline: Timeline<S>) => void,
    failed?: (why: string) => void,
    shown?: { from: number; timeline: Timeline<S> },
  ): void => {
    endJob('a change was made before it finished loading');
    unsettled = failed ?? null;
    patch({ job: { label, progress: 0 } });
    heavy!.start(
      raw,
      {
        progress: (f) => {
          const j = get().job;
          // a re-render per percent is plenty
          if (j && Math.floor(f * 100) !== Math.floor(j.progress * 100))
            patch({ job: { ...j, progress: f } });
        },
        done: (parsed, timeline) => {
          unsettled = null;
          patch({ job: null });
          try {
            then(parsed, timeline);
          } catch (e) {
            get().report(e);
            failed?.(e instanceof Error ? e.message : String(e));
          }
        },
        fail: (message, scenarioError) => {
          unsettled = null;
          patch({ job: null });
          const text = scenarioError ? message : `${label.replace(/…$/, '')} stopped: ${message}`;
          get().report(text);
          failed?.(text);
        },
      },
      shown,
    );
  };
  return { startJob, endJob };
}
