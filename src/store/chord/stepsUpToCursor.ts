import { jsonObject, type Json } from '../../engine/scenario/json';
import type { ChordTimeline } from '../chord';

/**
 * The scenario steps that produced the picture at the cursor: ops whose steps are all shown
 * are kept as they are; the op the cursor is in the middle of gets "upTo": k.
 */
export function stepsUpToCursor(rawSteps: readonly Json[], timeline: ChordTimeline): Json[] {
  const cursor = timeline.cursor;
  if (cursor === 0) return [];
  const lastShown = timeline.steps[cursor - 1]!;
  const j = lastShown.op;
  if (j === undefined) return rawSteps.slice();
  let shown = 0;
  let total = 0;
  timeline.steps.forEach((st, i) => {
    if (st.op !== j) return;
    total++;
    if (i < cursor) shown++;
  });
  const kept = rawSteps.slice(0, j + 1);
  if (shown < total) {
    const last = kept[j];
    kept[j] = { ...jsonObject(last), upTo: shown };
  }
  return kept;
}
