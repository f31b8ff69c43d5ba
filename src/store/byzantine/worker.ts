import type { ByzRequest, ByzResult } from '../../workers/byzantine.compute';
import type { JobWorker } from '../jobs';

/** The Byzantine worker as the job runner sees it (tests pass a fake). */
export type WorkerLike = JobWorker<ByzRequest, ByzResult>;

let workerFactory: (() => WorkerLike | null) | null = () =>
  typeof Worker === 'undefined'
    ? null
    : (new Worker(new URL('../../workers/byzantine.worker.ts', import.meta.url), {
        type: 'module',
      }) as unknown as WorkerLike);

/** Tests swap the worker (null = compute inline, synchronously). */
export function setByzantineWorkerFactory(f: (() => WorkerLike | null) | null): void {
  workerFactory = f;
}

/** The factory in use (null = compute inline). */
export function getWorkerFactory(): (() => WorkerLike | null) | null {
  return workerFactory;
}
