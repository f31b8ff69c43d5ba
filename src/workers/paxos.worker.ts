/**
 * The Paxos violation search off the main thread (an exhaustive search takes seconds): the
 * worker only moves messages, in the job runner's protocol (store/jobs.ts); the search is the
 * engine's findViolation.
 */
import { findViolation } from '../engine/paxos';
import { answer } from '../store/jobs';
import type { PaxosSearchRequest } from '../store/paxos';

self.onmessage = (e: MessageEvent<PaxosSearchRequest & { id: number }>) => {
  const { id, scenario } = e.data;
  (self as unknown as Worker).postMessage(answer(id, () => findViolation(scenario)));
};
