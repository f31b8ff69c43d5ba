import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boxesOverlap, LABEL_GAP, planLabels, type LabelRequest } from './labels';
import { nodeAngle } from './geometry';

const node = (id: number, bits: number, extra: Partial<LabelRequest> = {}): LabelRequest => ({
  key: `n${id}`,
  text: `N${id}`,
  angle: nodeAngle(id, bits),
  radii: [232, 254, 276],
  outside: true,
  fontPx: 17,
  bold: true,
  priority: 1,
  ...extra,
});

describe('label placement', () => {
  it('never places two labels on top of each other, whatever the ring', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 255 }), { maxLength: 64 }), (ids) => {
        const placed = [
          ...planLabels(
            ids.map((id) => node(id, 8)),
            400,
            300,
          ).values(),
        ];
        for (let i = 0; i < placed.length; i++)
          for (let j = i + 1; j < placed.length; j++)
            expect(boxesOverlap(placed[i]!.box, placed[j]!.box)).toBe(false);
      }),
    );
  });

  it('N61, N62, N63, N65 slide apart along the circle instead of stacking', () => {
    const placed = planLabels(
      [61, 62, 63, 65].map((id) => node(id, 8, { slide: 3 })),
      400,
      300,
    );
    expect(placed.size).toBe(4);
    // on the right side the labels are stacked vertically; the moved ones get a leader
    const ys = [...placed.values()].map((p) => Math.round(p.y));
    expect(new Set(ys).size).toBe(4);
    expect([...placed.values()].filter((p) => p.moved).length).toBeGreaterThan(0);
  });

  it('N31 and N32 next to each other on the 6-bit ring keep a gap between their names', () => {
    const placed = planLabels(
      [31, 32].map((id) => node(id, 6, { slide: 2 })),
      400,
      300,
    );
    expect(placed.size).toBe(2);
    const [a, b] = [placed.get('n31')!.box, placed.get('n32')!.box];
    const apartX = Math.max(a.x - (b.x + b.w), b.x - (a.x + a.w));
    const apartY = Math.max(a.y - (b.y + b.h), b.y - (a.y + a.h));
    expect(Math.max(apartX, apartY)).toBeGreaterThanOrEqual(LABEL_GAP - 0.01);
  });

  it('a label that finds no room is left out; a must label is drawn anyway and wins', () => {
    const crowd = [1, 2, 3, 4, 5].map((id) => node(id, 10, { radii: [232] }));
    const placed = planLabels(
      [...crowd, node(3, 10, { key: 'sel', radii: [232], must: true })],
      0,
      0,
    );
    expect(placed.has('sel')).toBe(true);
    expect(placed.has('n3')).toBe(false);
    expect(placed.size).toBeLessThan(6);
  });

  it('keeps clear of panels over the stage and inside its bounds', () => {
    // a button in the top-right corner, where N8's label would go
    const avoid = [{ x: 560, y: 100, w: 240, h: 40 }];
    const n8 = node(8, 6, { radii: [232], slide: 2 });
    const placed = planLabels([n8], 400, 300, { avoid });
    expect(placed.size).toBe(1);
    expect(boxesOverlap(placed.get('n8')!.box, avoid[0]!)).toBe(false);
    expect(planLabels([node(8, 6, { radii: [232] })], 400, 300, { avoid }).size).toBe(0);
    const bounds = { x: 0, y: 0, w: 800, h: 600 };
    expect(planLabels([node(0, 6, { radii: [400] })], 400, 300, { bounds }).size).toBe(0);
  });

  it('higher priority is placed first', () => {
    const key = {
      ...node(16, 6),
      key: 'k',
      text: 'banana',
      radii: [150],
      outside: false,
      priority: 2,
    };
    const tick = {
      ...node(16, 6),
      key: 't',
      text: '16',
      radii: [150],
      outside: false,
      priority: 0,
    };
    const placed = planLabels([tick, key], 0, 0);
    expect([...placed.keys()]).toEqual(['k']);
  });
});
