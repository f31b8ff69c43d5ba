import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GraphEncoder } from './encoder';
import type { GraphPiece } from './piece';
import { GraphDecoder } from './decoder';
import { parseChordScenario } from '../../engine/chord';
import { buildTimeline } from '../../store/chord/scenario';

/** what postMessage does to each piece */
const clone = (p: GraphPiece): GraphPiece => structuredClone(p);

function send(values: object[], pieceSize: number): unknown[] {
  const dec = new GraphDecoder();
  const enc = new GraphEncoder(pieceSize, (p) => dec.add(clone(p)));
  for (const v of values) enc.push(v);
  enc.flush();
  return dec.roots;
}

describe('graph stream', () => {
  it('delivers any JSON-like values equal, in order, whatever the piece size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.object({ withMap: true, withSet: true, withNullPrototype: false }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.integer({ min: 1, max: 50 }),
        (values, size) => {
          expect(send(values, size)).toEqual(values);
        },
      ),
    );
  });

  it('keeps negative numbers, -0, undefined and shared objects', () => {
    const shared = { a: [1, -1, -0] };
    const [x, y] = send([{ p: shared, q: undefined, r: -5.5 }, { p: shared }], 1) as [
      { p: unknown; q: undefined; r: number },
      { p: unknown },
    ];
    expect(x).toEqual({ p: { a: [1, -1, -0] }, q: undefined, r: -5.5 });
    expect(Object.is((x.p as { a: number[] }).a[2], -0)).toBe(true);
    expect('q' in x).toBe(true);
    expect(y.p).toBe(x.p);
  });

  it('a "__proto__" key stays an own property', () => {
    const v = JSON.parse('{"__proto__": {"x": 1}, "y": 2}') as object;
    const [got] = send([v], 1) as [object];
    expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
    expect(got).toEqual(v);
  });

  it('a Chord timeline arrives equal, sharing node objects across frames as the engine does', () => {
    const parsed = parseChordScenario({
      kind: 'chord',
      version: 1,
      bits: 8,
      nodes: [3, 40, 90, 150, 200],
      keys: { owl: 'hoot' },
      steps: [
        { op: 'crash', id: 90 },
        { op: 'stabilize', rounds: 3 },
        { op: 'lookup', from: 3, key: 'owl' },
      ],
    });
    const t = buildTimeline(parsed);
    const [base, ...steps] = send([t.base, ...t.steps], 30) as [
      typeof t.base,
      ...(typeof t.steps)[number][],
    ];
    expect(base).toEqual(t.base);
    expect(steps).toEqual(t.steps);
    // a node unchanged between two frames is the very same object on both sides
    for (let i = 1; i < t.steps.length; i++) {
      for (const id of t.steps[i]!.state.ids) {
        const same = t.steps[i]!.state.nodes.get(id) === t.steps[i - 1]!.state.nodes.get(id);
        expect(steps[i]!.state.nodes.get(id) === steps[i - 1]!.state.nodes.get(id)).toBe(same);
      }
    }
  });

  it('long arrays and Maps travel in segments and arrive whole', () => {
    const big = new Map(Array.from({ length: 5_001 }, (_, i) => [i, { id: i, f: [i, i + 1] }]));
    const ids = Array.from({ length: 4_321 }, (_, i) => i * 2);
    const pieces: GraphPiece[] = [];
    const enc = new GraphEncoder(3_000, (p) => pieces.push(clone(p)));
    enc.push({ big, ids, set: new Set(ids) });
    enc.flush();
    expect(Math.max(...pieces.map((p) => p.tags.length))).toBeLessThan(3_000 + 4_002);
    const dec = new GraphDecoder();
    pieces.forEach((p) => dec.add(p));
    expect(dec.roots).toEqual([{ big, ids, set: new Set(ids) }]);
  });

  it('refuses functions rather than dropping them silently', () => {
    expect(() => new GraphEncoder().push({ f: () => 1 })).toThrow(/function/);
  });
});
