/**
 * The heavy Chord build, as the worker runs it (tests run it through a fake worker): parse,
 * build with progress, then stream the timeline in pieces (workers/graphStream/) and answer.
 *   in:  { id, scenario }                       (raw scenario JSON, validated here)
 *   out: { id, progress } …                     (0..1, at most every 50 ms)
 *        { id, chunk } …                        (the timeline, base frame first)
 *        { id, ok: true, result: { parsed, timeline: null, checks }, ms }
 *      | { id, ok: false, error, scenarioError }
 */
import { checkFrame, parseChordScenario, type CheckResult } from '../engine/chord';
import { stateAt } from '../engine/timeline';
import { framesToCheck } from '../store/chord/checks';
import { buildTimeline } from '../store/chord/scenario';
import { GraphEncoder } from './graphStream/encoder';
import type { BuildReply, BuildRequest } from '../store/chord/heavy';

/** building is most of the work; sending the pictures the rest */
const BUILD_SHARE = 0.8;
/** items per piece: a few milliseconds of decoding on the page */
export const PIECE = 10_000;

export function serveBuild(
  { id, scenario }: BuildRequest & { id: number },
  post: (m: BuildReply, transfer?: Transferable[]) => void,
  piece = PIECE,
  every = 50,
): void {
  const t0 = performance.now();
  let last = -Infinity;
  const tell = (p: number) => {
    const now = performance.now();
    if (now - last >= every) {
      last = now;
      post({ id, progress: p });
    }
  };
  try {
    const parsed = parseChordScenario(scenario);
    const timeline = buildTimeline(parsed, (f) => tell(f * BUILD_SHARE));
    const all = [timeline.base, ...timeline.steps];
    let sent = 0;
    const enc = new GraphEncoder(piece, (chunk) => {
      post({ id, chunk }, [chunk.tags.buffer, chunk.nums.buffer]);
      tell(BUILD_SHARE + ((1 - BUILD_SHARE) * sent) / all.length);
    });
    for (const value of all) {
      enc.push(value);
      sent++;
    }
    enc.flush();
    // big rings: the checker's verdicts on the first and last pictures, computed here
    const checks = framesToCheck(timeline.steps.length, timeline.base.ids.length).map(
      (k): [number, CheckResult] => [k, checkFrame(stateAt(timeline, k), parsed.routing)],
    );
    post({ id, ok: true, result: { parsed, timeline: null, checks }, ms: performance.now() - t0 });
  } catch (err) {
    post({
      id,
      ok: false,
      error: err instanceof Error ? err.message : String(err),
      scenarioError: err instanceof Error && err.name === 'ScenarioError',
    });
  }
}
