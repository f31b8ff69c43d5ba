import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nodeAngle, pointOnRing } from './geometry';
import {
  frameIds,
  idsOnArc,
  IDENTITY,
  onArc,
  visibleArc,
  zoomAbout,
  zoomAnchor,
  zoomCircle,
} from './zoom';

const base = { cx: 400, cy: 300, r: 200 };
const view = { x: 0, y: 0, w: 800, h: 600 };

describe('semantic zoom', () => {
  it('grows the radius and moves the centre like the transform moves a point', () => {
    const t = { x: -500, y: 40, k: 3 };
    const c = zoomCircle(base, t);
    expect(c.r).toBe(600);
    const p = pointOnRing(1, base.r, base.cx, base.cy);
    const q = pointOnRing(1, c.r, c.cx, c.cy);
    expect(q.x).toBeCloseTo(t.x + t.k * p.x, 9);
    expect(q.y).toBeCloseTo(t.y + t.k * p.y, 9);
  });

  it('shows the whole ring unzoomed, only the arc on screen when zoomed in', () => {
    expect(visibleArc(base, view).full).toBe(true);
    // zoom 50× on 3 o'clock: only angles near π/2 can be on screen
    const p = pointOnRing(Math.PI / 2, base.r, base.cx, base.cy);
    const c = zoomCircle(base, { k: 50, x: 400 - 50 * p.x, y: 300 - 50 * p.y });
    const arc = visibleArc(c, view);
    expect(arc.full).toBe(false);
    expect(onArc(arc, Math.PI / 2)).toBe(true);
    expect(onArc(arc, 0)).toBe(false);
    expect(onArc(arc, Math.PI)).toBe(false);
  });

  it('every point of the ring that is on screen lies on the visible arc', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 5000, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        (k, aim, probe) => {
          const p = pointOnRing(aim, base.r, base.cx, base.cy);
          const c = zoomCircle(base, { k, x: 400 - k * p.x, y: 300 - k * p.y });
          const q = pointOnRing(probe, c.r, c.cx, c.cy);
          const shown = q.x >= 0 && q.x <= 800 && q.y >= 0 && q.y <= 600;
          if (shown) expect(onArc(visibleArc(c, view), probe)).toBe(true);
        },
      ),
    );
  });

  it('lists the ids on an arc, across the wrap at 0', () => {
    const ids = [1, 8, 14, 21, 32, 38, 42, 48, 51, 56];
    const bits = 6;
    const arc = { from: nodeAngle(50, bits), to: nodeAngle(10, bits), full: false };
    expect(idsOnArc(ids, arc, bits)).toEqual([51, 56, 1, 8]);
    expect(idsOnArc(ids, { from: 0, to: 0, full: true }, bits)).toEqual(ids);
  });

  it('frames a hop between neighbours of a 10,000-node ring so they are far apart', () => {
    const bits = 32;
    const a = 2 ** 31;
    const b = a + 2 ** 32 / 10000;
    const t = frameIds(base, [a, b], bits, view, 6000);
    expect(t.k).toBeGreaterThan(100);
    const c = zoomCircle(base, t);
    const pa = pointOnRing(nodeAngle(a, bits), c.r, c.cx, c.cy);
    const pb = pointOnRing(nodeAngle(b, bits), c.r, c.cx, c.cy);
    expect(Math.hypot(pa.x - pb.x, pa.y - pb.y)).toBeGreaterThan(300);
    for (const p of [pa, pb]) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(800);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(600);
    }
    // a hop across the ring needs no zoom
    expect(frameIds(base, [0, 2 ** 31], bits, view, 6000)).toEqual(IDENTITY);
  });
});

describe('zoom buttons', () => {
  it('zoom in from the whole ring about the subject: it lands in the middle of the view, on screen', () => {
    const subject = pointOnRing(nodeAngle(10, 6), base.r, base.cx, base.cy);
    const t = zoomAbout(IDENTITY, 4, zoomAnchor(base, IDENTITY, view, subject), view, 100);
    expect(t.k).toBe(4);
    expect(t.x + t.k * subject.x).toBeCloseTo(400, 9);
    expect(t.y + t.k * subject.y).toBeCloseTo(300, 9);
    // the ring runs through the view (it did not dive into the empty middle of the circle)
    expect(onArc(visibleArc(zoomCircle(base, t), view), nodeAngle(10, 6))).toBe(true);
  });

  it('zoomed in, the buttons keep the stretch of ring nearest the middle of the view', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        fc.double({ min: 2, max: 50, noNaN: true }),
        fc.constantFrom(0.25, 4),
        (a, k, factor) => {
          const p = pointOnRing(a, base.r, base.cx, base.cy);
          const t = { k, x: 400 - k * p.x, y: 300 - k * p.y };
          const anchor = zoomAnchor(base, t, view, { x: 0, y: 0 });
          expect(anchor.x).toBeCloseTo(p.x, 6);
          expect(anchor.y).toBeCloseTo(p.y, 6);
          const next = zoomAbout(t, factor, anchor, view, 100);
          if (next.k > 1) expect(next.x + next.k * p.x).toBeCloseTo(400, 6);
        },
      ),
    );
  });

  it('never zooms out past the whole ring nor in past kMax', () => {
    const p = { x: 400, y: 100 };
    expect(zoomAbout({ x: -10, y: 5, k: 2 }, 0.25, p, view, 60)).toEqual(IDENTITY);
    expect(zoomAbout({ x: 0, y: 0, k: 50 }, 4, p, view, 60).k).toBe(60);
  });
});
