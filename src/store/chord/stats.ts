import { parseExperiment, runExperiment, type ExperimentOutput } from '../../engine/chord';
import { createJobRunner, workerSlot } from '../jobs';
import type { StatsRequest } from './experiment';

/** The statistics panel's run: what it ran (its JSON), how far it is, and its result. */
export interface StatsRun {
  /** the experiment JSON it ran, as a string (the panel compares it with today's parameters) */
  readonly key: string;
  readonly progress: number;
  readonly result: ExperimentOutput | null;
  readonly ms: number | null;
}

export interface StatsSlice {
  /** the newest Statistics run, or null before the first */
  stats: StatsRun | null;
  /** runs an experiment in the worker; a running one is stopped (newest wins) */
  runStats(req: StatsRequest): void;
  /** stops the running experiment */
  cancelStats(): void;
}

/** The Statistics worker (tests swap it: a fake, or null to run inline). */
export const experimentWorker = workerSlot<{ scenario: StatsRequest }, ExperimentOutput>(
  () =>
    new Worker(new URL('../../workers/experiments.worker.ts', import.meta.url), { type: 'module' }),
);

/** The slice of the DHT store that owns Statistics runs. */
export function statsSlice(
  set: (patch: { stats: StatsRun | null }) => void,
  get: () => { stats: StatsRun | null; report(error: unknown): void },
): StatsSlice {
  const jobs = createJobRunner<{ scenario: StatsRequest }, ExperimentOutput>({
    worker: experimentWorker,
    compute: (req, progress) => runExperiment(parseExperiment(req.scenario), progress),
  });
  return {
    stats: null,
    runStats: (scenario) => {
      const key = JSON.stringify(scenario);
      set({ stats: { key, progress: 0, result: null, ms: null } });
      jobs.start(
        { scenario },
        {
          progress: (f) => {
            const s = get().stats;
            if (s && s.key === key && s.result === null) set({ stats: { ...s, progress: f } });
          },
          done: (result, ms) => set({ stats: { key, progress: 1, result, ms: Math.round(ms) } }),
          fail: (message, scenarioError) => {
            set({ stats: null });
            get().report(scenarioError ? message : `The experiment stopped: ${message}`);
          },
        },
      );
    },
    cancelStats: () => {
      jobs.cancel();
      const s = get().stats;
      if (s && s.result === null) set({ stats: null });
    },
  };
}
