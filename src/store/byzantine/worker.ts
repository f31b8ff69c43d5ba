import type { BoundsCell, ByzRequest, ByzResult, CellRequest } from '../../engine/byzantine';
import { workerSlot, type JobWorker } from '../jobs';

/** The Byzantine worker: the lab's jobs and the explorer's cells (tests pass a fake). */
export type WorkerLike = JobWorker<ByzRequest | CellRequest, ByzResult | BoundsCell>;

/**
 * One script for the lab's jobs (runs, searches) and the bound explorer's cells. Tests swap it:
 * a fake, or null to compute inline, synchronously.
 */
export const byzantineWorker = workerSlot<ByzRequest | CellRequest, ByzResult | BoundsCell>(
  () =>
    new Worker(new URL('../../workers/byzantine.worker.ts', import.meta.url), { type: 'module' }),
);
