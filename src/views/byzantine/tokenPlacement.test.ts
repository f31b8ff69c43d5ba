import { describe, expect, it } from 'vitest';
import { ringLayout, messageSegment } from './geometry';
import { placeTokens, restTokens } from './tokenPlacement';

describe('token placement', () => {
  it('round 2 of four generals: six labelled tokens, none on another', () => {
    const L = ringLayout(4, 850, 447);
    const pairs = [
      [1, 2],
      [1, 3],
      [2, 1],
      [2, 3],
      [3, 1],
      [3, 2],
    ] as const;
    const flights = pairs.map(([f, t]) => ({
      ...messageSegment(L.positions[f]!, L.positions[t]!, L.node + 4),
      w: 16 + 7 * 9.2,
      h: 28,
    }));
    const discs = L.positions.map((p) => ({ ...p, r: L.node }));
    const at = placeTokens(flights, discs);
    for (let i = 0; i < at.length; i++)
      for (let j = i + 1; j < at.length; j++) {
        const dx = Math.abs(at[i]!.x - at[j]!.x);
        const dy = Math.abs(at[i]!.y - at[j]!.y);
        expect(dx >= flights[i]!.w / 2 + flights[j]!.w / 2 || dy >= 28).toBe(true);
      }
  });

  it('a lone token rests where it always did', () => {
    const p = placeTokens([{ a: { x: 0, y: 0 }, b: { x: 100, y: 0 }, w: 40, h: 28 }], []);
    expect(p[0]!.x).toBeCloseTo(52);
    expect(p[0]!.y).toBeCloseTo(0);
  });

  it('says when a round cannot be laid out clear, so the ring can shorten its tokens', () => {
    const round = (size: number) => {
      const L = ringLayout(4, size, size);
      const flights = [1, 2, 3].flatMap((f) =>
        [1, 2, 3]
          .filter((t) => t !== f)
          .map((t) => ({
            ...messageSegment(L.positions[f]!, L.positions[t]!, L.node + 4),
            w: 16 + 7 * 9.2,
            h: 28,
          })),
      );
      // nothing may rest outside the picture
      const far = 10_000;
      const outside = [
        { x: -far, y: -far, w: 3 * far, h: far },
        { x: -far, y: size, w: 3 * far, h: far },
        { x: -far, y: -far, w: far, h: 3 * far },
        { x: size, y: -far, w: far, h: 3 * far },
      ];
      return restTokens(
        flights,
        L.positions.map((p) => ({ ...p, r: L.node })),
        [],
        undefined,
        outside,
      );
    };
    expect(round(850).clear).toBe(true);
    expect(round(200).clear).toBe(false);
  });
});
