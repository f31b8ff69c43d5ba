import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Message } from '../../engine/paxos';
import type { Layout } from './geometry';
import { parkedSpreads, tokenBox, type TokenBox } from './parking';

// proposers P1, P2 on the left, acceptors A1..A3 in the middle (the 1280 px picture's sizes)
const box = (x: number, y: number) => ({ x, y, w: 160, h: 80 });
const L: Layout = {
  width: 850,
  height: 300,
  boxes: new Map([
    ['P1', box(100, 90)],
    ['P2', box(100, 220)],
    ['A1', box(425, 60)],
    ['A2', box(425, 150)],
    ['A3', box(425, 240)],
  ]),
  columns: { proposers: 100, acceptors: 425, learners: 750 },
};
const msg = (id: number, from: string, to: string, ballot: number): Message =>
  ({
    id,
    type: 'prepare',
    from,
    to,
    ballot,
    value: null,
    prior: 0,
    lie: false,
    sentAt: 1,
    status: 'flight',
    doneAt: 0,
  }) as Message;

describe('waiting Paxos tokens', () => {
  // (four or more on six crossing lines do not always fit in a 165 px gap: greedy, not a solver)
  it('up to three never sit on each other, on any of the crossing lines', () => {
    const lines = [
      ['P1', 'A1'],
      ['P1', 'A2'],
      ['P1', 'A3'],
      ['P2', 'A1'],
      ['P2', 'A2'],
      ['P2', 'A3'],
    ] as const;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }),
        fc.boolean(),
        (pick, justSent) => {
          const ms = pick.map((i, k) => ({
            ...msg(k + 1, lines[i]![0], lines[i]![1], 10 * (k + 1)),
            sentAt: justSent ? 1 : 0,
          }));
          const at = parkedSpreads(L, ms, 1);
          const boxes = ms.map((m) => {
            const { t, compact } = at.get(m.id)!;
            return tokenBox(L, m, 1, false, t, compact);
          });
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) {
              const p = boxes[i]!;
              const q = boxes[j]!;
              const apart =
                Math.abs(p.x - q.x) * 2 >= p.w + q.w || Math.abs(p.y - q.y) * 2 >= p.h + q.h;
              expect(apart, `${ms[i]!.from}→${ms[i]!.to} vs ${ms[j]!.from}→${ms[j]!.to}`).toBe(
                true,
              );
            }
        },
      ),
    );
  });

  const apart = (p: TokenBox, q: TokenBox) =>
    Math.abs(p.x - q.x) * 2 >= p.w + q.w || Math.abs(p.y - q.y) * 2 >= p.h + q.h;

  it('a fan of requests just sent into a narrow gap is spread, or says only its ballot', () => {
    // the 1280 px picture with the bound panel open (paxos-bound, step 13): 113 px between
    // the proposers and the acceptors, P2 sending accept to A2, A3, A4
    const acc = (y: number) => ({ x: 425, y, w: 264, h: 54 });
    const narrow: Layout = {
      ...L,
      boxes: new Map([
        ['P2', { x: 101, y: 340, w: 158, h: 84 }],
        ['A1', acc(175)],
        ['A2', acc(240)],
        ['A3', acc(306)],
      ]),
    };
    const fan = ['A1', 'A2', 'A3'].map((to, k) => ({
      ...msg(k + 1, 'P2', to, 20),
      type: 'accept' as const,
      value: 'retreat',
    }));
    const at = parkedSpreads(narrow, fan, 1);
    const boxes = fan.map((m) =>
      tokenBox(narrow, m, 1, false, at.get(m.id)!.t, at.get(m.id)!.compact),
    );
    // apart with their outlines (up to 3 px wide) and a pixel between: none cuts another's word
    const grown = (b: TokenBox) => ({ ...b, w: b.w + 4, h: b.h + 4 });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(apart(grown(boxes[i]!), grown(boxes[j]!))).toBe(true);
    // and where the full short label fits, it is kept
    const wide = parkedSpreads(L, fan.slice(0, 1), 1);
    expect(wide.get(1)!.compact).toBe(false);
  });

  it('the current message says everything only where that fits between the two boxes', () => {
    // the 1280 px picture with the bound panel open: 113 px between proposers and acceptors
    const narrow: Layout = {
      ...L,
      boxes: new Map([
        ['P1', { x: 101, y: 90, w: 158, h: 84 }],
        ['A1', { x: 425, y: 60, w: 264, h: 54 }],
      ]),
    };
    const promise = { ...msg(20, 'A1', 'P1', 10), type: 'promise' as const } as Message;
    const gap = [101 + 158 / 2, 425 - 264 / 2];
    // delayed, dropped or just delivered: "prom 10" between the boxes, not over P1's words
    for (const status of ['delayed', 'dropped', 'delivered'] as const) {
      const b = tokenBox(narrow, { ...promise, status, doneAt: 1 }, 1, true);
      expect([status, b.label]).toEqual([status, 'prom 10']);
      expect(b.x - b.w / 2).toBeGreaterThanOrEqual(gap[0]!);
      expect(b.x + b.w / 2).toBeLessThanOrEqual(gap[1]!);
    }
    // with room, the full label
    expect(tokenBox(L, { ...promise, status: 'delayed' }, 1, true).label).toBe('promise(10, –)');
  });

  it('a waiting token keeps off the current message', () => {
    const current = {
      ...msg(9, 'A1', 'P1', 20),
      type: 'promise' as const,
      status: 'delivered' as const,
      doneAt: 1,
    } as Message;
    const fixed = tokenBox(L, current, 1, true);
    const waiting = { ...msg(2, 'A2', 'P1', 20), type: 'promise' as const, sentAt: 0 } as Message;
    const at = parkedSpreads(L, [waiting], 1, [fixed]).get(2)!;
    expect(apart(tokenBox(L, waiting, 1, false, at.t, at.compact), fixed)).toBe(true);
    // without it, the default spot would do
    expect(parkedSpreads(L, [waiting], 1).get(2)!.t).not.toBe(at.t);
  });
});
