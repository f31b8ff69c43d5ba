/**
 * The Byzantine engine off the main thread: big runs (n = 13, m = 4 sends 108,384 messages)
 * and the counterexample search are computed here so the page never freezes. The protocol is
 * in byzantine.compute.ts (request id in, result or error sentence out).
 */
import { liteTimeline } from '../engine/byzantine';
import { computeRequest, type ByzRequest, type ByzResponse } from './byzantine.compute';

self.onmessage = (e: MessageEvent<ByzRequest>) => {
  const req = e.data;
  let res: ByzResponse;
  try {
    const t0 = performance.now();
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
