import type { ByzRequest, ByzResult } from '../../workers/byzantine.compute';
import { workerSlot, type JobWorker } from '../jobs';

/** The Byzantine worker as the job runner sees it (tests pass a fake). */
export type WorkerLike = JobWorker<ByzRequest, ByzResult>;

/** The lab's worker (runs, searches) and the bound explorer's (its cells), one script. */
export const byzantineWorker = workerSlot(
  () =>
    new Worker(new URL('../../workers/byzantine.worker.ts', import.meta.url), {
      type: 'module',
    }) as unknown as WorkerLike,
);

/** Tests swap the worker (null = compute inline, synchronously). */
export function setByzantineWorkerFactory(f: (() => WorkerLike | null) | null): void {
  byzantineWorker.swap(f);
}
