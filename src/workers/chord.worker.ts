/// <reference lib="webworker" />
/**
 * Builds heavy Chord runs off the page (a 2,000-node ring stabilized 1,000 times, a random ring
 * of 100,000 nodes), so the tab never freezes. Transport only: the protocol is in
 * chord.compute.ts; the store's job runner (store/jobs.ts) speaks it.
 */
import { createBuildServer } from './chord.compute';
import type { BuildReply, BuildRequest } from '../store/chord/heavy';

const post = (m: BuildReply, transfer: Transferable[] = []) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(m, transfer);

/** keeps the last run between requests: Stabilize on a big ring extends it */
const serve = createBuildServer();
self.onmessage = (e: MessageEvent<BuildRequest & { id: number }>) => serve(e.data, post);
