import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseChordScenario, withSteps } from './scenario';

const STEPS: Record<string, unknown>[] = [
  { op: 'lookup', from: 8, key: 54, routing: 'finger' },
  { op: 'put', from: 8, key: 'apple', value: 'red' },
  { op: 'get', from: 1, key: 'apple' },
  { op: 'join', id: 30, via: 8 },
  { op: 'leave', id: 42 },
  { op: 'crash', id: 51 },
  { op: 'stabilize', rounds: 3 },
  { op: 'check' },
];
const SCENARIO = {
  kind: 'chord',
  version: 1,
  seed: 7,
  bits: 6,
  nodes: 12,
  keys: { apple: 'red' },
  steps: STEPS,
  questions: [{ at: 1, kind: 'hops' }],
  view: { selected: 8 },
};
/** what a UI action may append: good ops and ones the parser refuses */
const NEXT: unknown[] = [
  { op: 'stabilize', rounds: 2 },
  { op: 'lookup', from: 8, key: 'owl', routing: 'skip' },
  { op: 'join', id: 3, via: 8, leaderCrash: 2 }, // leaderCrash needs leader routing
  { op: 'stabilize', rounds: 0 },
  { op: 'fly' },
  { op: 'check', extra: 1 },
  'lookup',
];

const outcome = (f: () => unknown) => {
  try {
    return { ok: f() };
  } catch (e) {
    return { error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
};

describe('withSteps: one more step without parsing the scenario again', () => {
  it('equals a full parse (without the view) for any cut, upTo and appended step', () => {
    const parsed = parseChordScenario(SCENARIO);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: STEPS.length }),
        fc.option(fc.integer({ min: 0, max: 4 })),
        fc.constantFrom(...NEXT),
        fc.constantFrom<unknown>(undefined, [{ at: 2, kind: 'hops' }], 'bad'),
        (cut, upTo, next, questions) => {
          const kept: unknown[] = STEPS.slice(0, cut);
          if (upTo !== null && cut > 0) kept[cut - 1] = { ...STEPS[cut - 1], upTo };
          const raw = [...kept, next];
          const json = { ...SCENARIO, steps: raw, questions };
          delete (json as { view?: unknown }).view;
          const full = outcome(() => parseChordScenario(json));
          const fast = outcome(() => withSteps(parsed, STEPS, raw, questions));
          expect(fast).toEqual(full);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reuses the steps it was given as parsed and parses only new objects', () => {
    const parsed = parseChordScenario(SCENARIO);
    const next = withSteps(parsed, STEPS, [...STEPS, { op: 'check' }], undefined);
    expect(next.steps.slice(0, STEPS.length)).toEqual(parsed.steps);
    expect(next.steps[0]).toBe(parsed.steps[0]);
    expect(next.nodes).toBe(parsed.nodes);
    expect(next.view).toBeUndefined();
    expect(next.questions).toBeUndefined();
    // an edited step (the UI's upTo on the op the cursor stopped in) is parsed again
    const cut = { ...STEPS[6], upTo: 1 };
    expect(withSteps(parsed, STEPS, [...STEPS.slice(0, 6), cut], undefined).steps[6]).toEqual({
      op: 'stabilize',
      rounds: 3,
      upTo: 1,
    });
  });

  it('still enforces the budget on the whole run', () => {
    const big = parseChordScenario({ kind: 'chord', version: 1, bits: 20, nodes: 20_000 });
    expect(() => withSteps(big, [], [{ op: 'stabilize', rounds: 1000 }], undefined)).toThrow(
      /budget|too big|node-rounds/i,
    );
  });
});
