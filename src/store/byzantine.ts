// PLACEHOLDER until the byzantine engine lands: replaced by the lab's real store.
import { createTimeline } from '../engine/timeline';
import { createLabStore } from './lab';
import { isRecord, fail } from '../engine/scenario/errors';

export const byzantineStore = createLabStore({
  lab: 'byzantine',
  kind: 'byzantine',
  parse: (raw: unknown) => {
    if (!isRecord(raw) || raw.kind !== 'byzantine')
      fail('A byzantine scenario must be a JSON object with kind "byzantine".');
    return raw;
  },
  build: () =>
    createTimeline(0, [
      { type: 'a', text: 'First placeholder step.', state: 1 },
      { type: 'b', text: 'Second placeholder step.', state: 2 },
    ]),
  defaultScenario: () => ({ kind: 'byzantine', version: 1 }),
});
