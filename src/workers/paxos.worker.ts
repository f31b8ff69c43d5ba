/**
 * The Paxos violation search off the main thread (an exhaustive search takes seconds): the
 * worker only moves messages, in the job runner's protocol (store/jobs.ts); the search is the
 * engine's findViolation.
 */
import { findViolation, type PaxosScenario, type SearchResult } from '../engine/paxos';
import type { JobReply } from '../store/jobs';

export interface PaxosSearchRequest {
  readonly scenario: PaxosScenario;
}

self.onmessage = (e: MessageEvent<PaxosSearchRequest & { id: number }>) => {
  const { id, scenario } = e.data;
  const t0 = performance.now();
  let res: JobReply<SearchResult>;
  try {
    res = { id, ok: true, result: findViolation(scenario), ms: performance.now() - t0 };
  } catch (err) {
    res = {
      id,
      ok: false,
      error: err instanceof Error ? err.message : String(err),
      scenarioError: err instanceof Error && err.name === 'ScenarioError',
    };
  }
  (self as unknown as Worker).postMessage(res);
};
