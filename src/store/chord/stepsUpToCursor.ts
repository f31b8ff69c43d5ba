import { jsonObject, type Json } from '../../engine/scenario/json';
import type { ChordTimeline } from '../chord';

/**
 * The steps that produced the picture at the cursor: ops whose steps are all shown are kept as
 * they are; the op the cursor is in the middle of gets "upTo": k (by `withUpTo`). Works on the
 * scenario's JSON steps and on its parsed ops alike, so the two stay in step.
 */
export function upToCursor<T>(
  steps: readonly T[],
  timeline: ChordTimeline,
  withUpTo: (step: T, upTo: number) => T,
): T[] {
  const cursor = timeline.cursor;
  if (cursor === 0) return [];
  const lastShown = timeline.steps[cursor - 1]!;
  const j = lastShown.op;
  if (j === undefined) return steps.slice();
  let shown = 0;
  let total = 0;
  timeline.steps.forEach((st, i) => {
    if (st.op !== j) return;
    total++;
    if (i < cursor) shown++;
  });
  const kept = steps.slice(0, j + 1);
  if (shown < total) kept[j] = withUpTo(kept[j]!, shown);
  return kept;
}

/** The scenario JSON's steps up to the cursor (see upToCursor). */
export const stepsUpToCursor = (rawSteps: readonly Json[], timeline: ChordTimeline): Json[] =>
  upToCursor(rawSteps, timeline, (step, upTo) => ({ ...jsonObject(step), upTo }));
