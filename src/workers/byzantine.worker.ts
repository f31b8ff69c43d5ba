/**
 * The Byzantine engine off the main thread: big runs (n = 13, m = 4 sends 108,384 messages)
 * and the counterexample search are computed here so the page never freezes. The protocol is
 * in byzantine.compute.ts (request id in, result or error sentence out).
 */
import { liteTimeline, type BoundsCell } from '../engine/byzantine';
import {
  computeCell,
  computeRequest,
  type ByzRequest,
  type ByzResponse,
  type CellRequest,
} from './byzantine.compute';

self.onmessage = (e: MessageEvent<ByzRequest | CellRequest>) => {
  const req = e.data;
  let res: ByzResponse | { id: number; ok: true; result: BoundsCell; ms: number };
  try {
    const t0 = performance.now();
    if (req.type === 'cell') {
      // one cell of the bound explorer (store/byzantine/bounds.ts)
      const result = computeCell(req);
      (self as unknown as Worker).postMessage({
        id: req.id,
        ok: true,
        result,
        ms: performance.now() - t0,
      });
      return;
    }
    let result = computeRequest(req);
    if (result.type === 'build') {
      const { lite, ...timeline } = liteTimeline(result.timeline);
      result = { type: 'build', timeline, lite };
    }
    res = { id: req.id, ok: true, result, ms: performance.now() - t0 };
  } catch (err) {
    res = {
      id: req.id,
      ok: false,
      error: err instanceof Error ? err.message : String(err),
      scenarioError: err instanceof Error && err.name === 'ScenarioError',
    };
  }
  (self as unknown as Worker).postMessage(res);
};
