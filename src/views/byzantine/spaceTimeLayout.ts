/**
 * Geometry of the Byzantine space-time diagram (SpaceTime.tsx): one row per general, one band
 * per relay round, left to right, then a column for the decisions. Pure functions of the run
 * and the player's frame, so they are unit-tested without a DOM.
 */
import type { ByzantineRun, ByzFrame, ByzMessage } from '../../engine/byzantine';
import type { Step } from '../../engine/timeline';
import { pairCounts, type LiteInfo, type PairCount } from '../../engine/byzantine';

/** A round with more messages than this is drawn aggregated unless it is the expanded one. */
export const DETAIL_LIMIT = 60;
/** Even the expanded round is aggregated (per sender → receiver pair) above this many. */
export const EXPAND_LIMIT = 150;

export interface Band {
  readonly level: number;
  readonly x0: number;
  readonly x1: number;
  /** message ids [start, end) */
  readonly start: number;
  readonly end: number;
  /** every message drawn as its own arrow */
  readonly detailed: boolean;
  /** the round under the cursor, widened */
  readonly expanded: boolean;
}

export interface Frame {
  readonly left: number;
  readonly right: number;
  /** x where the decisions column starts */
  readonly decideX: number;
  /** the legend's rows above the round titles */
  readonly head: number;
  /** the first row's y */
  readonly top: number;
  readonly rowGap: number;
  readonly bands: readonly Band[];
}

/** The round the cursor is in: the frame's round while sending, the last one after. */
export function cursorRound(run: ByzantineRun, frame: ByzFrame): number {
  if (frame.phase === 'ready') return 0;
  if (frame.phase === 'send') return frame.round;
  return lastLevel(run);
}

function lastLevel(run: ByzantineRun): number {
  let k = 0;
  for (let level = 0; level <= run.m; level++) {
    if ((run.levelStart[level + 1] ?? 0) > (run.levelStart[level] ?? 0)) k = level;
  }
  return k;
}

interface Round {
  readonly level: number;
  /** message ids [start, end) */
  readonly start: number;
  readonly end: number;
}

/** The rounds that send messages; `small` when every one is drawn message by message. */
export function roundsOf(run: ByzantineRun): { levels: readonly Round[]; small: boolean } {
  const levels: Round[] = [];
  for (let level = 0; level <= run.m; level++) {
    const start = run.levelStart[level] ?? 0;
    const end = run.levelStart[level + 1] ?? start;
    if (end > start) levels.push({ level, start, end });
  }
  return { levels, small: levels.every((l) => l.end - l.start <= DETAIL_LIMIT) };
}

/** How a round is drawn in a frame: widened (the cursor's), every message an arrow or not. */
export function bandLook(
  r: Round,
  small: boolean,
  current: number,
): { detailed: boolean; expanded: boolean } {
  const expanded = !small && r.level === current;
  const count = r.end - r.start;
  return { detailed: count <= DETAIL_LIMIT || (expanded && count <= EXPAND_LIMIT), expanded };
}

/** The diagram's geometry; `head` is the height kept free above it (the legend's rows). */
export function layout(
  run: ByzantineRun,
  frame: ByzFrame,
  width: number,
  height: number,
  labelWidth: number,
  head = 0,
): Frame {
  const left = labelWidth;
  // wide enough for its title "Decide" (about 52 units), so it never touches the last round's
  const decideW = Math.min(110, Math.max(64, width * 0.12));
  const right = width - 8;
  const decideX = right - decideW;
  const top = head + 34;
  const rowGap = run.n > 1 ? (height - top - 12) / (run.n - 1) : 0;
  const { levels, small } = roundsOf(run);
  const current = cursorRound(run, frame);
  const span = decideX - left;
  const bands: Band[] = [];
  // all rounds small: equal widths; otherwise the cursor's round takes half the width
  const even = small || levels.length === 1;
  const wide = even ? span / Math.max(1, levels.length) : span * 0.5;
  const narrow = even ? wide : (span - wide) / (levels.length - 1);
  let x = left;
  for (const l of levels) {
    const look = bandLook(l, small, current);
    const w = look.expanded || even ? wide : narrow;
    bands.push({ ...l, ...look, x0: x, x1: x + w });
    x += w;
  }
  return { left, right, decideX, head, top, rowGap, bands };
}

export const rowY = (f: Frame, general: number): number => f.top + general * f.rowGap;

/** Where message x of band b starts and ends: sends spread over the band, arrows all alike. */
export function arrowOf(
  f: Frame,
  b: Band,
  msg: ByzMessage,
): { x1: number; y1: number; x2: number; y2: number } {
  const w = b.x1 - b.x0;
  const pad = Math.min(10, w * 0.05);
  const count = b.end - b.start;
  const q = msg.id - b.start;
  const spread = (w - 2 * pad) * 0.5;
  const x1 = b.x0 + pad + ((q + 0.5) / count) * spread;
  let x2 = x1 + (w - 2 * pad) * 0.5;
  if (msg.late !== undefined) {
    // past the round's timeout: into the next rounds' bands (or the decisions column)
    const later = f.bands.find((o) => o.level === b.level + msg.late!);
    x2 = later ? (later.x0 + later.x1) / 2 : f.decideX + 12;
  }
  return { x1, y1: rowY(f, msg.from), x2, y2: rowY(f, msg.to) };
}

/** The arrow as drawn: a withheld message stops halfway (crossed out there). */
export function drawnArrow(f: Frame, b: Band, msg: ByzMessage) {
  const a = arrowOf(f, b, msg);
  return msg.sent ? a : { ...a, x2: (a.x1 + a.x2) / 2, y2: (a.y1 + a.y2) / 2 };
}

/** A message a traitor changed, or a fake the receiver heard (lies are marked). */
export const isLie = (msg: ByzMessage): boolean =>
  (msg.traitor && msg.value !== null && msg.value !== msg.loyal) ||
  (msg.spoofedBy !== undefined && msg.value !== msg.loyal);

/** stepOf[x] = the cursor that shows message x arriving (its step + 1). */
export function messageSteps<S extends ByzFrame>(
  steps: readonly Step<S>[],
  messages: number,
): Int32Array {
  const out = new Int32Array(messages).fill(-1);
  steps.forEach((s, i) => {
    const { start, end } = s.state.inFlight;
    if (s.state.phase !== 'send') return;
    for (let x = start; x < end && x < messages; x++) out[x] = i + 1;
  });
  return out;
}

/** The cursor of the first step of a round (clicking an aggregated band). */
export function roundStep<S extends ByzFrame>(steps: readonly Step<S>[], level: number): number {
  const i = steps.findIndex((s) => s.state.phase === 'send' && s.state.round === level);
  return i < 0 ? 0 : i + 1;
}

export interface Mix {
  readonly attack: number;
  readonly retreat: number;
  readonly missing: number;
}

/** Per round: the messages summed per (sender, receiver), from the run or its lite summary. */
export function pairsOf(run: ByzantineRun, lite: LiteInfo | null, b: Band): readonly PairCount[] {
  if (lite && b.end > lite.kept) return lite.pairsPerLevel[b.level] ?? [];
  return pairCounts(run.messages, run.n, b.start, b.end);
}

/** What each general received in a round: counts and value mix. */
export function receivedMix(pairs: readonly PairCount[], n: number): Mix[] {
  const out = Array.from({ length: n }, () => ({ attack: 0, retreat: 0, missing: 0 }));
  for (const p of pairs) {
    const r = out[p.to]!;
    r.attack += p.attack;
    r.retreat += p.retreat;
    r.missing += p.silent;
  }
  return out;
}
