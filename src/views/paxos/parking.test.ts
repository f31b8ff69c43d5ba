import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Message } from '../../engine/paxos';
import { messageSegment, type Layout } from './geometry';
import { parkedSize, parkedSpreads } from './parking';

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
            const { a, b } = messageSegment(L, m);
            const t = at.get(m.id)!;
            return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t, ...parkedSize(m) };
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
});
