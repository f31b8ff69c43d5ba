import type { Message } from '../../engine/paxos';
import { messageSegment, type Layout } from './geometry';

/** Parked tokens say little: the type (also its colour) and the ballot. */
export const SHORT = {
  prepare: 'prep',
  promise: 'prom',
  accept: 'acc',
  accepted: 'acc’d',
} as const;

/** A parked token's size: a dot for an accepted, else a pill with its short label. */
export function parkedSize(m: Message): { w: number; h: number } {
  if (m.type === 'accepted') return { w: 14, h: 14 };
  return { w: 14 + `${SHORT[m.type]} ${m.ballot}`.length * 8.4, h: 22 };
}

/** Where along its line a message sits by default: near its sender when just sent, else spread. */
export const defaultSpread = (m: Message, step: number) =>
  m.sentAt === step ? 0.2 : [0.4, 0.55, 0.7][m.id % 3]!;

/**
 * How far along its line each message (not the current one, not settled this step) is drawn:
 * its default spot, or the nearest spot where its pill covers no pill placed before it (lines
 * cross near the columns, so two messages on crossing lines could sit on each other).
 */
export function parkedSpreads(
  L: Layout,
  waiting: readonly Message[],
  step: number,
): Map<number, number> {
  const placed: { x: number; y: number; w: number; h: number }[] = [];
  const out = new Map<number, number>();
  for (const m of [...waiting].sort((a, b) => a.id - b.id)) {
    const { a, b } = messageSegment(L, m);
    const { w, h } = parkedSize(m);
    const box = (t: number) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t, w, h });
    const clear = (q: { x: number; y: number }) =>
      placed.every(
        (p) => Math.abs(p.x - q.x) * 2 >= p.w + w + 2 || Math.abs(p.y - q.y) * 2 >= p.h + h + 2,
      );
    // nearest free spot to its default, in steps of 5 % of the line
    const d = defaultSpread(m, step);
    const tries = Array.from({ length: 17 }, (_, i) => 0.1 + 0.05 * i).sort(
      (x, y) => Math.abs(x - d) - Math.abs(y - d),
    );
    const t = [d, ...tries].find((s) => clear(box(s))) ?? d;
    placed.push(box(t));
    out.set(m.id, t);
  }
  return out;
}
