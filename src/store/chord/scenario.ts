import {
  buildChordTimeline,
  PAPER_RING,
  type ChordFrame,
  type ChordScenario,
} from '../../engine/chord';
import { createTimeline, type Timeline } from '../../engine/timeline';
import type { ScenarioJson } from '../lab';

export type ChordTimeline = Timeline<ChordFrame>;

/** The Chord paper's Fig. 3 ring, a few keys, and its Fig. 3b lookup queued. */
export function defaultChordScenario(): ScenarioJson {
  return {
    kind: 'chord',
    version: 1,
    seed: 1,
    bits: 6,
    nodes: PAPER_RING,
    replicas: 1,
    routing: 'finger',
    keys: { owl: 'hoot', date: 'sweet', peach: 'fuzzy', berry: 'blue', ant: 'six legs' },
    steps: [{ op: 'lookup', from: 8, key: 54, routing: 'finger' }],
    view: { selected: 8 },
  };
}

export function buildTimeline(
  s: ChordScenario,
  progress?: (fraction: number) => void,
): ChordTimeline {
  const r = buildChordTimeline(s, progress);
  return createTimeline(r.base, r.steps);
}
