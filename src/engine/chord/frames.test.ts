/** What the view reads: each step's frame carries an overlay that explains it. */
import { describe, expect, it } from 'vitest';
import { buildChordTimeline, parseChordScenario } from './scenario';
import type { CheckOverlay, MembershipOverlay, ReadOverlay, StoreOverlay } from './frames';
import { fingerStartOf } from './frames';
import { asKey, type NodeId } from './ring';

const timeline = (steps: unknown[], over: Record<string, unknown> = {}) =>
  buildChordTimeline(
    parseChordScenario({
      kind: 'chord',
      version: 1,
      bits: 6,
      nodes: [1, 8, 14, 21, 32, 38, 42, 48, 51, 56],
      replicas: 2,
      steps,
      ...over,
    }),
  );

describe('frame overlays', () => {
  it('put shows the store and its copies; get shows the value read', () => {
    const t = timeline([
      { op: 'put', from: 8, key: 54, value: 'x' },
      { op: 'get', from: 21, key: 54 },
    ]);
    const store = t.steps.find((s) => s.type === 'store')!;
    expect(store.state.overlay as StoreOverlay).toMatchObject({
      kind: 'store',
      key: 54,
      owner: 56,
      copies: [1],
    });
    expect(store.text).toBe('N56 stores 54 = "x" and copies it to N1.');
    expect(store.state.data.get(asKey(54))).toEqual({ key: 54, id: 54, value: 'x' });
    const read = t.steps.find((s) => s.type === 'read')!;
    expect(read.state.overlay as ReadOverlay).toMatchObject({
      kind: 'read',
      owner: 56,
      value: 'x',
    });
  });

  it('crash highlights lost keys and keeps the crashed id for stale pointers', () => {
    const t = timeline(
      [
        { op: 'put', from: 8, key: 50, value: 'v' },
        { op: 'crash', id: 51 },
        { op: 'crash', id: 56 },
      ],
      {
        replicas: 1,
      },
    );
    const c = t.steps.filter((s) => s.type === 'crash');
    expect((c[0]!.state.overlay as MembershipOverlay).lost).toEqual([50]);
    expect(t.results[1]).toEqual({ op: 'crash', id: 51, lost: [50], messages: 0 });
    expect(c[0]!.state.gone.get(51 as NodeId)).toBe('crashed');
    expect(c[0]!.state.nodes.get(48 as NodeId)!.successors).toEqual([51]);
  });

  it('check shows the verdict', () => {
    const t = timeline([{ op: 'crash', id: 51 }, { op: 'check' }]);
    const o = t.steps[t.steps.length - 1]!.state.overlay as CheckOverlay;
    expect(o.kind).toBe('check');
    expect(o.ok).toBe(false);
    expect(o.violations.length).toBeGreaterThan(0);
  });

  it('structural sharing: a lookup step reuses the node map of the frame before it', () => {
    const t = timeline([{ op: 'lookup', from: 8, key: 54 }]);
    for (const s of t.steps) expect(s.state.nodes).toBe(t.base.nodes);
  });

  it('fingerStartOf gives the paper starts', () => {
    const t = timeline([]);
    expect([0, 1, 2, 3, 4, 5].map((i) => fingerStartOf(t.base, 8 as NodeId, i))).toEqual([
      9, 10, 12, 16, 24, 40,
    ]);
  });
});
