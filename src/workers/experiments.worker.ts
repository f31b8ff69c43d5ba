/// <reference lib="webworker" />
/**
 * Runs the Chord paper's experiments off the main thread, so the page never freezes:
 *   in:  { id, scenario }            (raw experiment JSON, validated here)
 *   out: { id, progress } …          (0..1, at most every 50 ms)
 *        { id, result, ms } | { id, error }
 */
import { parseExperiment, runExperiment, type ExperimentOutput } from '../engine/chord';

export type ExperimentRequest = { id: number; scenario: unknown };
export type ExperimentReply =
  | { id: number; progress: number }
  | { id: number; result: ExperimentOutput; ms: number }
  | { id: number; error: string };

const post = (m: ExperimentReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = (e: MessageEvent<ExperimentRequest>) => {
  const { id, scenario } = e.data;
  const t0 = performance.now();
  try {
    const s = parseExperiment(scenario);
    let last = 0;
    const result = runExperiment(s, (p) => {
      const now = performance.now();
      if (now - last > 50) {
        last = now;
        post({ id, progress: p });
      }
    });
    post({ id, result, ms: Math.round(performance.now() - t0) });
  } catch (err) {
    post({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
