// PLACEHOLDER until the chord engine lands: replaced by the lab's real store.
import { createTimeline } from '../engine/timeline';
import { createLabStore } from './lab';
import { isRecord, fail } from '../engine/scenario/errors';

export const chordStore = createLabStore({
  lab: 'dht',
  kind: 'chord',
  parse: (raw: unknown) => {
    if (!isRecord(raw) || raw.kind !== 'chord')
      fail('A chord scenario must be a JSON object with kind "chord".');
    return raw;
  },
  build: () =>
    createTimeline(0, [
      { type: 'a', text: 'First placeholder step.', state: 1 },
      { type: 'b', text: 'Second placeholder step.', state: 2 },
    ]),
  defaultScenario: () => ({ kind: 'chord', version: 1 }),
});
export const importExperiment = (_raw: Record<string, unknown>): boolean => false;
