import type { ByzRequest, ByzResponse } from '../../workers/byzantine.compute';

// ---- the worker ------------------------------------------------------------------------------

export interface WorkerLike {
  postMessage(req: ByzRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<ByzResponse>) => void) | null;
}

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
