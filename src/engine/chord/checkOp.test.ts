import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  baseFrame,
  checkChordOp,
  contextOf,
  parseChordOp,
  parseChordScenario,
  withOps,
} from './scenario';
import type { ChordOp } from './operations';
import { asKey } from './ring';
import { MAX_NAME_LENGTH, MAX_ROUNDS, MAX_VALUE_LENGTH } from './limits';

const SCENARIO = {
  kind: 'chord',
  version: 1,
  seed: 7,
  bits: 6,
  nodes: [1, 8, 14, 21, 32, 38, 42, 48, 51, 56],
  keys: { apple: 'red' },
  steps: [
    { op: 'lookup', from: 8, key: 54 },
    { op: 'stabilize', rounds: 2 },
  ],
  questions: [{ at: 1, kind: 'hops' }],
  view: { selected: 8 },
};

const outcome = (f: () => unknown) => {
  try {
    return { ok: f() };
  } catch (e) {
    return { error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
};

/** ops as the UI builds them: typed, with good values and bad ones */
const id = fc.oneof(fc.constantFrom(1, 8, 42, 56), fc.integer({ min: -3, max: 70 }));
const key = fc.oneof(
  fc.integer({ min: -2, max: 66 }),
  fc.constantFrom('apple', 'owl', '', 'x'.repeat(MAX_NAME_LENGTH + 1)),
);
const value = fc.constantFrom('red', '', 'v'.repeat(MAX_VALUE_LENGTH + 1));
const op: fc.Arbitrary<ChordOp> = fc.oneof(
  fc.record({ op: fc.constantFrom('lookup' as const, 'get' as const), from: id, key }),
  fc.record({ op: fc.constant('put' as const), from: id, key, value }),
  fc.record({ op: fc.constant('join' as const), id, via: id }),
  fc.record({ op: fc.constantFrom('leave' as const, 'crash' as const), id }),
  fc.record({
    op: fc.constant('stabilize' as const),
    rounds: fc.integer({ min: -1, max: MAX_ROUNDS + 1 }),
  }),
  fc.constant({ op: 'check' as const }),
) as fc.Arbitrary<ChordOp>;

describe('checkChordOp: a typed action is checked, not parsed', () => {
  it('accepts and refuses exactly what parseChordOp does, with the same sentence', () => {
    const parsed = parseChordScenario(SCENARIO);
    const frame = baseFrame(parsed);
    const ctx = contextOf(parsed);
    fc.assert(
      fc.property(op, (o) => {
        expect(outcome(() => checkChordOp(o, frame, ctx))).toEqual(
          outcome(() => parseChordOp(o, frame, ctx)),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('names a key off the circle as the parser does', () => {
    const parsed = parseChordScenario(SCENARIO);
    const o: ChordOp = { op: 'lookup', from: parsed.nodes[1]!, key: asKey(99) };
    expect(() => checkChordOp(o, baseFrame(parsed), contextOf(parsed))).toThrow(
      'op (lookup): key 99 is outside the circle of 2^6 = 64 ids (0..63).',
    );
  });
});

describe('withOps: the parsed scenario with typed ops, nothing parsed again', () => {
  it('equals a full parse (without the view) of the same steps', () => {
    const parsed = parseChordScenario(SCENARIO);
    const frame = baseFrame(parsed);
    const ctx = contextOf(parsed);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), op, (cut, o) => {
        const good = outcome(() => checkChordOp(o, frame, ctx));
        fc.pre('ok' in good);
        const steps = [...parsed.steps.slice(0, cut), o];
        const { view: _view, ...json } = {
          ...SCENARIO,
          steps: [...SCENARIO.steps.slice(0, cut), o],
        };
        expect(withOps(parsed, steps)).toEqual(parseChordScenario(json));
      }),
      { numRuns: 200 },
    );
  });

  it('still enforces the budget on the whole run', () => {
    const big = parseChordScenario({ kind: 'chord', version: 1, bits: 20, nodes: 20_000 });
    expect(() => withOps(big, [{ op: 'stabilize', rounds: 1000 }])).toThrow(
      /budget|too big|node-rounds/i,
    );
  });
});
