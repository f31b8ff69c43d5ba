import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  arcPath,
  chordControl,
  chordPath,
  maxBulge,
  clockwise,
  idAtPoint,
  labelAnchor,
  labelRows,
  labelBox,
  placeLabels,
  nearestNode,
  nodeAngle,
  pointOnRing,
  tickIds,
  tokenPosition,
} from './geometry';

const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 6);
/** A ring of radius r around the origin. */
const circle = (r: number) => ({ cx: 0, cy: 0, r });

describe('ring geometry', () => {
  it('puts id 0 at the top and goes clockwise', () => {
    close(nodeAngle(0, 6), 0);
    close(nodeAngle(16, 6), Math.PI / 2);
    close(nodeAngle(32, 6), Math.PI);
    close(nodeAngle(48, 6), (3 * Math.PI) / 2);
    close(nodeAngle(64, 6), 0); // wraps
    const top = pointOnRing(0, 10);
    close(top.x, 0);
    close(top.y, -10);
    const right = pointOnRing(Math.PI / 2, 10, 100, 100);
    close(right.x, 110);
    close(right.y, 100);
  });

  it('handles 32-bit ids', () => {
    close(nodeAngle(2 ** 31, 32), Math.PI);
    expect(nodeAngle(2 ** 32 - 1, 32)).toBeLessThan(2 * Math.PI);
  });

  it('idAtPoint inverts nodeAngle + pointOnRing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 16 }), fc.nat(), (bits, raw) => {
        const id = raw % 2 ** bits;
        const p = pointOnRing(nodeAngle(id, bits), 200, 50, 60);
        expect(idAtPoint(p, bits, 50, 60)).toBe(id);
      }),
    );
  });

  it('measures clockwise distance', () => {
    expect(clockwise(8, 42, 6)).toBe(34);
    expect(clockwise(56, 8, 6)).toBe(16);
    expect(clockwise(5, 5, 6)).toBe(0);
  });

  it('draws a chord from one node to another and the token follows it', () => {
    const a = nodeAngle(8, 6);
    const b = nodeAngle(42, 6);
    const d = chordPath(a, b, circle(100));
    const start = pointOnRing(a, 100);
    const end = pointOnRing(b, 100);
    expect(d.startsWith(`M${Math.round(start.x * 100) / 100},`)).toBe(true);
    expect(d).toMatch(/Q/);
    const t0 = tokenPosition(a, b, circle(100), 0);
    const t1 = tokenPosition(a, b, circle(100), 1);
    close(t0.x, start.x);
    close(t0.y, start.y);
    close(t1.x, end.x);
    close(t1.y, end.y);
    // midway the token is inside the ring
    const mid = tokenPosition(a, b, circle(100), 0.5);
    expect(Math.hypot(mid.x, mid.y)).toBeLessThan(100);
    // t is clamped
    expect(tokenPosition(a, b, circle(100), 2)).toEqual(t1);
  });

  it('token positions stay inside the ring for any hop', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, t) => {
          const p = tokenPosition(a, b, circle(100), t);
          expect(Math.hypot(p.x, p.y)).toBeLessThanOrEqual(100 + 1e-6);
        },
      ),
    );
  });

  it('on a zoomed-in ring a short hop bends in by at most maxBulge, and unzoomed not at all less', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        fc.double({ min: 1e-4, max: 0.2, noNaN: true }),
        fc.double({ min: 200, max: 1e6, noNaN: true }),
        (a, span, r) => {
          const b = a + span;
          const cap = maxBulge({ w: 800, h: 450 });
          const c = chordControl(a, b, circle(r), cap);
          const chordMid = r * Math.cos(span / 2);
          expect(chordMid - Math.hypot(c.x, c.y)).toBeLessThanOrEqual(cap + 1e-6);
          // the token still runs inside the ring
          const m = tokenPosition(a, b, circle(r), 0.5, cap);
          expect(Math.hypot(m.x, m.y)).toBeLessThanOrEqual(r + 1e-6);
        },
      ),
    );
    // a ring of radius 200 on a 800×450 stage keeps its usual bend (0.55 r < the cap)
    const a = nodeAngle(8, 6);
    const b = nodeAngle(10, 6);
    expect(chordControl(a, b, circle(200), maxBulge({ w: 800, h: 450 }))).toEqual(
      chordControl(a, b, circle(200)),
    );
  });

  it('draws arcs clockwise, with the large-arc flag past half a turn', () => {
    expect(arcPath(0, Math.PI / 2, 10)).toContain(' 0 0 1 ');
    expect(arcPath(0, (3 * Math.PI) / 2, 10)).toContain(' 0 1 1 ');
  });

  it('wraps a backwards arc by a remainder: a far or infinite angle cannot hang the page', () => {
    expect(arcPath(Math.PI / 2, 0, 10)).toBe(arcPath(Math.PI / 2, 2 * Math.PI, 10));
    // adding 2π to -1e20 changes nothing in floating point: the old loop never ended
    expect(arcPath(1e20, 0, 10)).toMatch(/^M/);
    expect(arcPath(Infinity, 0, 10)).toBe('');
    expect(arcPath(0, Number.NaN, 10)).toBe('');
  });

  it('anchors labels away from the ring', () => {
    expect(labelAnchor(Math.PI / 2)).toBe('start');
    expect(labelAnchor((3 * Math.PI) / 2)).toBe('end');
    expect(labelAnchor(0)).toBe('middle');
  });

  it('chooses tick ids', () => {
    expect(tickIds(3)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(tickIds(6, 32)).toHaveLength(32);
    expect(tickIds(32, 32)).toHaveLength(32);
    expect(tickIds(32)[1]).toBe(2 ** 27);
  });

  it('finds the nearest node by angle, across the wrap', () => {
    const ids = [1, 8, 14, 21, 32, 38, 42, 48, 51, 56];
    expect(nearestNode(ids, nodeAngle(40, 6), 6)).toBe(38);
    expect(nearestNode(ids, nodeAngle(41, 6), 6)).toBe(42);
    expect(nearestNode(ids, nodeAngle(62, 6), 6)).toBe(1);
    expect(nearestNode(ids, nodeAngle(58, 6), 6)).toBe(56);
    expect(nearestNode([], 0, 6)).toBeUndefined();
  });
});

describe('labelRows', () => {
  it('keeps far-apart labels on the first row and staggers close ones', () => {
    const a = (id: number) => nodeAngle(id, 6);
    // r = 100: one id is ~9.8px apart
    expect(labelRows([a(10), a(30)], 100, 40)).toEqual([0, 0]);
    expect(labelRows([a(30), a(32), a(34)], 100, 40)).toEqual([0, 1, 2]);
    expect(labelRows([a(30), a(31), a(32), a(33)], 100, 40, 2)).toEqual([0, 1, 0, 0]);
    expect(labelRows([], 100, 40)).toEqual([]);
    // across 12 o'clock: ids 63 and 0 are neighbours
    expect(labelRows([a(0), a(20), a(63)], 100, 40)).toEqual([1, 0, 0]);
  });
});

describe('finger intervals', () => {
  it('are numeric on small circles and offsets from n on big ones', async () => {
    const { intervalText } = await import('./NodePanel');
    expect(intervalText(0, 6, 9, 10)).toBe('[9, 10)');
    expect(intervalText(5, 6, 40, 8)).toBe('[40, 8)');
    expect(intervalText(29, 32, 0, 0)).toBe('[n+2²⁹, n+2³⁰)');
    expect(intervalText(31, 32, 0, 0)).toBe('[n+2³¹, n)');
  });
});

describe('placeLabels', () => {
  it('keeps separate labels on the first radius and pushes colliding ones outward', () => {
    const a = (id: number) => nodeAngle(id, 8);
    const items = [
      { angle: a(84), chars: 8 },
      { angle: a(86), chars: 5 },
      { angle: a(200), chars: 5 },
    ];
    const inside = placeLabels(items, [100, 122, 144], 14, false);
    expect(inside[0]).toBe(0);
    expect(inside[1]).toBeGreaterThan(0);
    expect(inside[2]).toBe(0);
    // outside labels, anchored by side
    expect(placeLabels(items, [160, 184], 16, true)).toEqual([0, 1, 0]);
    expect(placeLabels([], [1], 14, true)).toEqual([]);
    // no room further out: overlap on the first radius rather than leave the stage
    const tight = { x: -175, y: -175, w: 350, h: 350 };
    expect(placeLabels(items, [160, 184], 16, true, 0, 0, [], tight)).toEqual([0, 0, 0]);
  });
  it('computes label boxes by anchor', () => {
    expect(labelBox({ x: 10, y: 10 }, 'start', 5, 10).x).toBe(10);
    expect(labelBox({ x: 10, y: 10 }, 'end', 5, 10).x).toBe(-24);
  });
});
