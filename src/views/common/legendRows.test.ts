import { describe, expect, it } from 'vitest';
import { legendRows, textWidth } from './legendRows';

describe('legend layout', () => {
  it('estimates 14 px words within 2 px of their width as drawn in the app (Chromium, 1280)', () => {
    // getComputedTextLength() of the Paxos legend's words on the page
    const drawn = {
      prepare: 52,
      promise: 53,
      accept: 45,
      accepted: 62,
      lie: 15,
      'in flight': 49,
      lost: 24,
      crashed: 54,
      chosen: 49,
    };
    for (const [word, w] of Object.entries(drawn))
      expect(Math.abs(textWidth(word) - w), word).toBeLessThanOrEqual(2);
  });
  it('wraps entries that do not fit into more rows, each right-aligned', () => {
    const rows = legendRows(['a', 'b', 'c'], () => 40, 100, 0, 16);
    expect(rows.map((r) => r.map((e) => [e.k, e.x, e.y]))).toEqual([
      [
        ['a', 20, 12],
        ['b', 60, 12],
      ],
      [['c', 60, 28]],
    ]);
  });
});
