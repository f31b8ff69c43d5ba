import { describe, expect, it } from 'vitest';
import { buildChordTimeline, parseChordScenario } from './index';
import { CHORD_BUDGET, chordCost } from './budget';
import { FOLD_AFTER } from './routeTypes';
import type { LookupOverlay } from './frames';

const ring = (extra: Record<string, unknown>) => ({ kind: 'chord', version: 1, ...extra });

describe('Chord run budget (checked before the run starts)', () => {
  it('refuses 20,000 nodes × 1,000 rounds, naming the numbers', () => {
    expect(() =>
      parseChordScenario(
        ring({ bits: 32, nodes: 20000, steps: [{ op: 'stabilize', rounds: 1000 }] }),
      ),
    ).toThrow(/20,000,000 node-rounds .*the budget is 2,000,000/);
  });

  it('refuses per-node pictures of a mid-size ring over the record budget', () => {
    // 256 nodes record one picture per node per round: 256 × 256 × 200 records
    expect(() =>
      parseChordScenario(ring({ bits: 16, nodes: 256, steps: [{ op: 'stabilize', rounds: 200 }] })),
    ).toThrow(/node pictures .*the budget is 8,000,000/);
  });

  it('lets the lessons and a paper-sized run through', () => {
    const s = parseChordScenario(
      ring({ bits: 32, nodes: 2000, steps: [{ op: 'stabilize', rounds: 1000 }] }),
    );
    const c = chordCost(s);
    expect(c.nodeRounds).toBe(2_000_000);
    expect(c.nodeRounds).toBeLessThanOrEqual(CHORD_BUDGET.nodeRounds);
  });

  it('counts joins and departures into the ring size the later steps run on', () => {
    const s = parseChordScenario(
      ring({
        nodes: [1, 8, 14],
        steps: [
          { op: 'join', id: 20, via: 1 },
          { op: 'join', id: 30, via: 1 },
          { op: 'crash', id: 8 },
          { op: 'stabilize', rounds: 10 },
        ],
      }),
    );
    expect(chordCost(s)).toMatchObject({ nodeRounds: 40, maxNodes: 5 });
  });
});

describe('long successor walks are recorded compactly', () => {
  const far = (n: number) => {
    const s0 = parseChordScenario(ring({ bits: 32, nodes: n, routing: 'successor' }));
    const from = s0.nodes[1]!;
    const key = s0.nodes[0]!; // the node just behind `from`: the walk goes all the way round
    return parseChordScenario(
      ring({ bits: 32, nodes: n, routing: 'successor', steps: [{ op: 'lookup', from, key }] }),
    );
  };

  it('a 10,000-node walk is one step that names how many nodes it passes', () => {
    const r = buildChordTimeline(far(10_000));
    expect(r.steps.length).toBeLessThan(10);
    const walk = r.steps.find((st) => st.type === 'walk');
    expect(walk?.text).toMatch(/passes through 9,998 nodes/);
    const o = walk?.state.overlay as LookupOverlay;
    expect(o.walk).toMatchObject({ count: 9998 });
    expect(o.path).toHaveLength(9999);
    // the result is the same as hop by hop: the owner at the end of the full path
    expect(r.results[0]).toMatchObject({ hops: 9999, owner: far(10_000).nodes[0] });
  });

  it(`walks of up to ${FOLD_AFTER} hops stay hop by hop (the lecture's small rings)`, () => {
    const r = buildChordTimeline(far(FOLD_AFTER + 2));
    // FOLD_AFTER plain hops, then the hop to the owner
    expect(r.steps.filter((st) => st.type === 'hop')).toHaveLength(FOLD_AFTER + 1);
    expect(r.steps.some((st) => st.type === 'walk')).toBe(false);
  });
});

describe('names are capped', () => {
  it('refuses a 30 KB key or node name with a short message', () => {
    const long = 'x'.repeat(30_000);
    for (const raw of [
      ring({ nodes: [1, long] }),
      ring({ nodes: [1], keys: { [long]: 'v' } }),
      ring({ nodes: [1], steps: [{ op: 'lookup', from: 1, key: long }] }),
    ]) {
      expect(() => parseChordScenario(raw)).toThrow(/names are at most 64 characters/);
      try {
        parseChordScenario(raw);
      } catch (e) {
        expect((e as Error).message.length).toBeLessThan(250);
      }
    }
  });
});
