/**
 * The Paxos violation search off the main thread (an exhaustive search takes seconds): the
 * worker only moves messages; the search is the engine's findViolation.
 */
import { findViolation, type PaxosScenario, type SearchResult } from '../engine/paxos';

export interface PaxosSearchRequest {
  readonly id: number;
  readonly scenario: PaxosScenario;
}
export type PaxosSearchResponse =
  | { readonly id: number; readonly ok: true; readonly result: SearchResult }
  | { readonly id: number; readonly ok: false; readonly error: string };

self.onmessage = (e: MessageEvent<PaxosSearchRequest>) => {
  const { id, scenario } = e.data;
  let res: PaxosSearchResponse;
  try {
    res = { id, ok: true, result: findViolation(scenario) };
  } catch (err) {
    res = { id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(res);
};
