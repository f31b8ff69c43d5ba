/**
 * The ring checker's verdicts on big rings. Checking a 100,000-node frame costs a few hundred
 * milliseconds, too long to run on the page at every step: the worker that built a heavy run
 * checks its first and last pictures, and the panel checks any other big frame when asked.
 */
import { checkFrame, type CheckResult, type ChordFrame, type Routing } from '../../engine/chord';

/** above this many live nodes the panel does not check every frame by itself */
export const CHECK_ON_DEMAND = 20_000;

const known = new WeakMap<ChordFrame, { routing: Routing; result: CheckResult }>();

/** the verdict on a frame: computed here when small, remembered when big (else null) */
export function checkOf(frame: ChordFrame, routing: Routing): CheckResult | null {
  const k = known.get(frame);
  if (k && k.routing === routing) return k.result;
  if (frame.ids.length > CHECK_ON_DEMAND) return null;
  return checkFrame(frame, routing);
}

/** checks a frame now (the panel's "Check the ring") and remembers the verdict */
export function checkNow(frame: ChordFrame, routing: Routing): CheckResult {
  const result = checkFrame(frame, routing);
  known.set(frame, { routing, result });
  return result;
}

/** a verdict computed elsewhere (the worker) for this frame */
export function rememberCheck(frame: ChordFrame, routing: Routing, result: CheckResult): void {
  known.set(frame, { routing, result });
}

/** the frames of a run worth checking ahead: its first and last, when big (indexes: 0 = base) */
export function framesToCheck(steps: number, nodes: number): number[] {
  if (nodes <= CHECK_ON_DEMAND) return [];
  return steps === 0 ? [0] : [0, steps];
}
