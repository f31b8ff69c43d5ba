import { describe, expect, it } from 'vitest';
import { BYZANTINE_BASE, buildByzantineTimeline } from '../../../engine/byzantine';
import { drawnArrow, layout } from '../spaceTimeLayout';
import { crosses, placeLabels } from './labelPlacement';
import { diagramMarks, frameMarks } from './marks';

const timeline = (over: object) =>
  buildByzantineTimeline({ ...BYZANTINE_BASE, ...over }, { granularity: 'message' });

describe('space-time labels', () => {
  it('crosses: a segment through, beside or ending in a box', () => {
    const box = { l: 0, r: 10, t: 0, b: 10 };
    expect(crosses({ x1: -5, y1: 5, x2: 15, y2: 5 }, box)).toBe(true);
    expect(crosses({ x1: -5, y1: -5, x2: 15, y2: -1 }, box)).toBe(false);
    expect(crosses({ x1: 5, y1: 20, x2: 5, y2: 8 }, box)).toBe(true);
    expect(crosses({ x1: 20, y1: 0, x2: 30, y2: 10 }, box)).toBe(false);
  });

  it('no label is on an arrowhead, another label or a line but its own, OM(1) and OM(2)', () => {
    for (const [over, size] of [
      [{ generals: 4, m: 1, traitors: { 3: 'opposite' } }, [340, 400]],
      [{ generals: 4, m: 1, traitors: { 3: 'opposite' } }, [520, 600]],
      [{ generals: 5, m: 2, traitors: { 0: 'split' } }, [520, 600]],
    ] as const) {
      const t = timeline(over);
      const f = layout(t.run, t.steps.at(-1)!.state, size[0], size[1], 46, 40);
      const labels = placeLabels(t.run, f, size[1], null);
      expect(labels.length).toBeGreaterThan(0);
      const segs = f.bands.flatMap((b) =>
        t.run.messages.slice(b.start, b.end).map((m) => ({ id: m.id, s: drawnArrow(f, b, m) })),
      );
      for (const l of labels) {
        const box = { l: l.x - 5, r: l.x + 5, t: l.y - 6, b: l.y + 6 };
        for (const o of segs) {
          // an arrow's end (its head) is never under a label
          expect(Math.abs(o.s.x2 - l.x) > 5 || Math.abs(o.s.y2 - l.y) > 6).toBe(true);
          if (o.id !== l.id && f.bands.length === 2 && size[0] > 500)
            expect(crosses(o.s, box), `label of ${l.id} on ${o.id}`).toBe(false);
        }
        for (const m of labels)
          if (m !== l) expect(Math.abs(m.x - l.x) > 9 || Math.abs(m.y - l.y) > 13).toBe(true);
      }
    }
  });

  it("the legend's marks are every frame's, and stay the same at each step", () => {
    const t = timeline({ generals: 4, m: 1, traitors: { 3: 'opposite' } });
    const all = diagramMarks(t.run, [t.base, ...t.steps.map((s) => s.state)]);
    expect(all).toEqual(['attack', 'lie', 'future', 'current', 'cursor', 'decision', 'traitor']);
    for (const s of t.steps) for (const k of frameMarks(t.run, s.state)) expect(all).toContain(k);
    const sm = timeline({ generals: 7, m: 2, algorithm: 'SM', traitors: { 4: 'silent' } });
    expect(diagramMarks(sm.run, [sm.base, ...sm.steps.map((s) => s.state)])).toContain('withheld');
  });
});
