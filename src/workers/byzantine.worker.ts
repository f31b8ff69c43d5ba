/**
 * The Byzantine engine off the main thread: big runs (n = 13, m = 4 sends 108,384 messages),
 * the counterexample search and the bound explorer's cells are computed here so the page never
 * freezes. Transport only: the requests are the engine's (engine/byzantine/requests.ts); the
 * store's job runner (store/jobs.ts) speaks this protocol. A built run is lightened for the trip.
 */
import {
  computeCell,
  computeRequest,
  liteTimeline,
  type BoundsCell,
  type ByzRequest,
  type ByzResult,
  type CellRequest,
} from '../engine/byzantine';
import { answer } from '../store/jobs';

const compute = (req: ByzRequest | CellRequest): ByzResult | BoundsCell => {
  if (req.type === 'cell') return computeCell(req);
  const result = computeRequest(req);
  if (result.type !== 'build') return result;
  const { lite, ...timeline } = liteTimeline(result.timeline);
  return { type: 'build', timeline, lite };
};

self.onmessage = (e: MessageEvent<(ByzRequest | CellRequest) & { id: number }>) => {
  (self as unknown as Worker).postMessage(answer(e.data.id, () => compute(e.data)));
};
