import { messageLabel, type Message } from '../../engine/paxos';
import { messageSegment, tokenPosition, type Layout } from './geometry';

/** Parked tokens say little: the type (also its colour) and the ballot. */
export const SHORT = {
  prepare: 'prep',
  promise: 'prom',
  accept: 'acc',
  accepted: 'acc’d',
} as const;

/** A token as drawn: its centre, size and words. */
export interface TokenBox {
  x: number;
  y: number;
  w: number;
  h: number;
  label: string;
  /** a parked accepted message is a dot, no words */
  dot: boolean;
}

/**
 * Where a token is drawn and how big: the current message says everything, unless that would
 * not fit between the two boxes (then it says what a parked one does, the caption has the
 * rest; a delayed or lost one's full label used to run over its sender's words). A pill stays
 * between the two boxes when it fits there, so it hides no name; a delivered one too wide for
 * the gap ends at its receiver's edge.
 */
export function tokenBox(
  L: Layout,
  m: Message,
  step: number,
  current: boolean,
  spread?: number,
  compact = false,
): TokenBox {
  const { a, b } = messageSegment(L, m);
  const dot = !current && m.type === 'accepted';
  const full = messageLabel(m);
  const fits = 14 + full.length * 9 <= Math.abs(b.x - a.x) - 8;
  const label =
    current && fits ? full : compact && !current ? `${m.ballot}` : `${SHORT[m.type]} ${m.ballot}`;
  const w = dot ? 14 : 14 + label.length * (current ? 9 : 8.4);
  const h = dot ? 14 : current ? 26 : 22;
  const p = tokenPosition(L, m, step, spread);
  const lo = Math.min(a.x, b.x) + w / 2 + 4;
  const hi = Math.max(a.x, b.x) - w / 2 - 4;
  let x = p.x;
  if (lo <= hi) x = Math.min(hi, Math.max(lo, p.x));
  else if (current && m.status === 'delivered') x = b.x > a.x ? b.x - w / 2 - 4 : b.x + w / 2 + 4;
  return { x, y: p.y, w, h, label, dot };
}

/** Where along its line a message sits by default: near its sender when just sent, else spread. */
export const defaultSpread = (m: Message, step: number) =>
  m.sentAt === step ? 0.2 : [0.4, 0.55, 0.7][m.id % 3]!;

/** Room between two pills' boxes: their outlines (up to 3 px, half outside) and a pixel. */
const PILL_GAP = 4;

/** Where a waiting token is drawn: how far along its line, and whether it says only its ballot. */
export interface Parked {
  t: number;
  compact: boolean;
}

/**
 * How far along its line each message (not the current one, not settled this step) is drawn:
 * its default spot, or the nearest spot where its pill covers no pill placed before it and
 * none of the `fixed` tokens (the current message, the ones settled this step): lines cross
 * and meet at the boxes, so two messages could otherwise sit on each other. Where no spot is
 * free (a narrow gap, a fan of requests leaving one sender) the pill says only its ballot,
 * its colour and line telling the type, and looks again.
 */
export function parkedSpreads(
  L: Layout,
  waiting: readonly Message[],
  step: number,
  fixed: readonly TokenBox[] = [],
): Map<number, Parked> {
  const placed: { x: number; y: number; w: number; h: number }[] = [...fixed];
  const out = new Map<number, Parked>();
  for (const m of [...waiting].sort((a, b) => a.id - b.id)) {
    const box = (p: Parked) => tokenBox(L, m, step, false, p.t, p.compact);
    // how much of q (grown by the gap) lies on the pills placed before it
    const cover = (q: TokenBox) =>
      placed.reduce(
        (sum, p) =>
          sum +
          Math.max(0, (p.w + q.w) / 2 + PILL_GAP - Math.abs(p.x - q.x)) *
            Math.max(0, (p.h + q.h) / 2 + PILL_GAP - Math.abs(p.y - q.y)),
        0,
      );
    // nearest free spot to its default, in steps of 5 % of the line
    const d = defaultSpread(m, step);
    const spots = [d, ...Array.from({ length: 17 }, (_, i) => 0.1 + 0.05 * i)].sort(
      (x, y) => Math.abs(x - d) - Math.abs(y - d),
    );
    const tries = [false, true].flatMap((compact) => spots.map((t) => ({ t, compact })));
    // none free: the one covering least (a short label first)
    const least = () =>
      [...tries].reverse().reduce((a, b) => (cover(box(b)) <= cover(box(a)) ? b : a));
    const pick = tries.find((p) => cover(box(p)) === 0) ?? least();
    placed.push(box(pick));
    out.set(m.id, pick);
  }
  return out;
}
