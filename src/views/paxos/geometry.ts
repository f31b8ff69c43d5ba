import type { Message, PaxosState } from '../../engine/paxos';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box extends Point {
  /** centre x, y; width and height */
  readonly w: number;
  readonly h: number;
}

export interface Layout {
  readonly width: number;
  readonly height: number;
  /** process id → its box */
  readonly boxes: ReadonlyMap<string, Box>;
  readonly columns: {
    readonly proposers: number;
    readonly acceptors: number;
    readonly learners: number;
  };
}

/** Proposers on the left, acceptors in the middle, learners on the right, each column centred. */
export function layout(s: PaxosState, width: number, height: number): Layout {
  const columns = { proposers: width * 0.12, acceptors: width * 0.5, learners: width * 0.88 };
  const boxes = new Map<string, Box>();
  const place = (ids: readonly string[], x: number, w: number, maxH: number) => {
    const gap = height / ids.length;
    // many processes: less room between boxes, so two lines of text still fit in each
    const h = Math.min(maxH, gap - Math.min(24, gap * 0.18));
    ids.forEach((id, i) => boxes.set(id, { x, y: gap * (i + 0.5), w, h }));
  };
  const side = Math.min(160, width * 0.185);
  place(
    s.proposers.map((p) => p.id),
    columns.proposers,
    side,
    84,
  );
  place(
    s.acceptors.map((a) => a.id),
    columns.acceptors,
    Math.min(264, width * 0.31),
    84,
  );
  place(
    s.learners.map((l) => l.id),
    columns.learners,
    side,
    70,
  );
  return { width, height, boxes, columns };
}

/** Where a box's edge meets the straight line towards `to` (boxes face each other sideways). */
export function edgePoint(b: Box, to: Point): Point {
  const dx = to.x - b.x;
  return { x: b.x + Math.sign(dx) * (b.w / 2), y: b.y };
}

/**
 * The path of a message: from the sender's facing edge to the receiver's, shifted sideways so
 * requests (prepare, accept) and replies (promise, accepted) on the same pair do not overlap.
 */
export function messageSegment(
  L: Layout,
  m: Pick<Message, 'from' | 'to' | 'type'>,
): { a: Point; b: Point } {
  const from = L.boxes.get(m.from)!;
  const to = L.boxes.get(m.to)!;
  const a = edgePoint(from, to);
  const b = edgePoint(to, from);
  const shift = m.type === 'promise' ? 9 : m.type === 'accept' ? -9 : 0;
  return { a: { x: a.x, y: a.y + shift }, b: { x: b.x, y: b.y + shift } };
}

export function lerp(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/**
 * Where a token sits at the current step: a message sent by this step leaves its sender, one
 * delivered by it has arrived, one dropped stops half-way, and older ones in flight wait on
 * their line, spread out so tokens on neighbouring lines do not stack.
 */
export function tokenPosition(L: Layout, m: Message, step: number, spread?: number): Point {
  const { a, b } = messageSegment(L, m);
  if (m.doneAt === step && m.status === 'delivered') return lerp(a, b, 0.8);
  if (m.doneAt === step && (m.status === 'dropped' || m.status === 'lost')) return lerp(a, b, 0.55);
  if (m.sentAt === step) return lerp(a, b, spread ?? 0.2);
  return lerp(a, b, spread ?? [0.4, 0.55, 0.7][m.id % 3]!);
}

/** Colours by value: the proposers' values in order, then grey. */
export function valueClass(values: readonly string[], v: string | null): string {
  const i = v === null ? -1 : values.indexOf(v);
  return i < 0 ? 'v-none' : `v${i % 3}`;
}

/** The space-time diagram's scales: one row per process, one column per step. */
export function spaceTimeScales(
  ids: readonly string[],
  steps: number,
  width: number,
  height: number,
  /** room above the first row (the legend) */
  top = 26,
): { x: (step: number) => number; y: (id: string) => number; left: number; right: number } {
  const left = 40;
  const right = width - 14;
  const row = (height - top - 12) / Math.max(1, ids.length - 1);
  const index = new Map(ids.map((id, i) => [id, i]));
  return {
    x: (step) => left + ((right - left) * step) / Math.max(1, steps),
    y: (id) => top + row * (index.get(id) ?? 0),
    left,
    right,
  };
}
