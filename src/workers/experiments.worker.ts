/// <reference lib="webworker" />
/**
 * Runs the Chord paper's experiments off the main thread, so the page never freezes. Transport
 * only (the store's job runner, store/jobs.ts, speaks this protocol):
 *   in:  { id, scenario }                      (raw experiment JSON, validated here)
 *   out: { id, progress } …                    (0..1, at most every 50 ms)
 *        { id, ok: true, result, ms } | { id, ok: false, error, scenarioError }
 */
import { parseExperiment, runExperiment, type ExperimentOutput } from '../engine/chord';
import { answer, type JobReply } from '../store/jobs';

export type ExperimentRequest = { id: number; scenario: unknown };
export type ExperimentReply = JobReply<ExperimentOutput>;

const post = (m: ExperimentReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = (e: MessageEvent<ExperimentRequest>) => {
  const { id, scenario } = e.data;
  let last = 0;
  const progress = (p: number) => {
    const now = performance.now();
    if (now - last > 50) {
      last = now;
      post({ id, progress: p });
    }
  };
  post(answer(id, () => runExperiment(parseExperiment(scenario), progress)));
};
