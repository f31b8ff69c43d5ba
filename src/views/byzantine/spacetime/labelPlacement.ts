/**
 * Where the space-time diagram writes what each message carried ("A", "R!", "late"): on its
 * arrow, at the first spot along it that no arrowhead, cross, bar, decision letter or other
 * label covers, crossed by as few other lines as can be. Labels are drawn last with a halo
 * (SpaceTime.tsx), so a line that must pass under one is cut round its letters. The spots depend
 * on the run and the band layout only, not on the cursor: a label stays put while the player
 * steps.
 */
import type { ByzantineRun } from '../../../engine/byzantine';
import type { Point } from '../geometry';
import { drawnArrow, isLie, rowY, type Band, type Frame } from '../spaceTimeLayout';
import { letter } from './parts';

export interface Seg {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface Box {
  readonly l: number;
  readonly t: number;
  readonly r: number;
  readonly b: number;
}

/** What an arrow's label says. */
interface Wording {
  /** the message it belongs to */
  readonly id: number;
  readonly text: string;
  /** a lie ("R!") or a late message: written in the error colour */
  readonly bad: boolean;
}

/** A label: its text's middle at (x, y), drawn with textAnchor middle and baseline y + 5. */
export type Label = Wording & Point;

/** A 15 px bold monospace glyph's box, with a pixel of air. */
const CHAR_W = 9.5;
const HALF_H = 7;
const boxAt = (x: number, y: number, text: string): Box => {
  const hw = (text.length * CHAR_W) / 2 + 1;
  return { l: x - hw, r: x + hw, t: y - HALF_H, b: y + HALF_H };
};
const meets = (a: Box, b: Box) => a.l < b.r && a.r > b.l && a.t < b.b && a.b > b.t;
const around = (x: number, y: number, h: number): Box => ({
  l: x - h,
  r: x + h,
  t: y - h,
  b: y + h,
});

/** Does segment s pass through box q (Liang–Barsky)? */
export function crosses(s: Seg, q: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const clip = (p: number, d: number): boolean => {
    if (p === 0) return d >= 0;
    const t = d / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
    return true;
  };
  return (
    clip(-dx, s.x1 - q.l) &&
    clip(dx, q.r - s.x1) &&
    clip(-dy, s.y1 - q.t) &&
    clip(dy, q.b - s.y1) &&
    t0 <= t1
  );
}

/** Along the arrow, nearer the receiver first (where the value arrives), then back. */
const ALONG = [0.78, 0.7, 0.86, 0.62, 0.54, 0.46, 0.38, 0.3];

interface Wanted extends Wording {
  seg: Seg;
  /** candidate middles, best first */
  spots: { x: number; y: number }[];
}

/** Do the labels of band b fit (neighbouring arrow ends far enough apart to read)? */
export const labelled = (b: Band): boolean =>
  ((b.x1 - b.x0) * 0.5) / (b.end - b.start) >= 11 || b.end - b.start <= 4;

/**
 * The labels of the detailed rounds (and of `lone`, the current message of an aggregated
 * round, drawn on top), placed. `height` is the diagram's.
 */
export function placeLabels(
  run: ByzantineRun,
  f: Frame,
  height: number,
  lone: number | null,
): Label[] {
  const segs: { id: number; s: Seg }[] = [];
  const hard: Box[] = [];
  const wanted: Wanted[] = [];
  const add = (b: Band, id: number, label: boolean) => {
    const msg = run.messages[id];
    if (!msg) return;
    const s = drawnArrow(f, b, msg);
    segs.push({ id, s });
    // its end: an arrowhead, or a cross
    hard.push(around(s.x2, s.y2, 8));
    if (!label) return;
    const late = msg.late !== undefined;
    if (!msg.sent) return;
    const lie = isLie(msg);
    const text = late ? 'late' : `${letter(msg.value)}${lie ? '!' : ''}`;
    const spots = late
      ? [
          { x: s.x2, y: s.y2 - 15 },
          { x: s.x2, y: s.y2 + 15 },
        ]
      : ALONG.flatMap((t) => {
          const x = s.x1 + (s.x2 - s.x1) * t;
          const y = s.y1 + (s.y2 - s.y1) * t;
          const w = (text.length * CHAR_W) / 2 + 4;
          return [
            { x, y: y - 9 },
            { x: x + w, y },
            { x: x - w, y },
          ];
        });
    wanted.push({ id, text, bad: lie || late, seg: s, spots });
  };
  for (const b of f.bands) {
    if (b.detailed) {
      const label = labelled(b);
      for (let x = b.start; x < b.end; x++) add(b, x, label);
    } else {
      // the bars of what each general received (Aggregated.tsx)
      const barX = b.x0 + (b.x1 - b.x0) * 0.55;
      for (let g = 0; g < run.n; g++)
        hard.push({ l: barX, r: b.x1, t: rowY(f, g) - 6, b: rowY(f, g) + 6 });
    }
  }
  const loneBand = lone === null ? undefined : f.bands.find((b) => b.start <= lone && lone < b.end);
  if (loneBand && !loneBand.detailed) add(loneBand, lone!, true);
  // the decision letters
  for (let g = 1; g < run.n; g++)
    hard.push({ l: f.decideX, r: f.right, t: rowY(f, g) - 9, b: rowY(f, g) + 7 });
  const rows = Array.from({ length: run.n }, (_, g) => rowY(f, g));
  const area = { l: f.left, r: f.decideX + 40, t: f.top - 14, b: height };
  const placed: Box[] = [];
  const out: Label[] = [];
  for (const w of wanted) {
    let best: { x: number; y: number; cost: number } | null = null;
    for (const [i, p] of w.spots.entries()) {
      const q = boxAt(p.x, p.y, w.text);
      if (q.l < area.l || q.r > area.r || q.t < area.t || q.b > area.b) continue;
      if (hard.some((h) => meets(h, q)) || placed.some((o) => meets(o, q))) continue;
      let cost = i * 0.5;
      for (const o of segs) if (o.id !== w.id && crosses(o.s, q)) cost += 10;
      for (const y of rows) if (q.t < y && q.b > y) cost += 3;
      if (!best || cost < best.cost) best = { ...p, cost };
    }
    // no clear spot: the arrow goes unlabelled (its value is in its tooltip and the narration)
    if (!best) continue;
    const { x, y } = best;
    placed.push(boxAt(x, y, w.text));
    out.push({ id: w.id, text: w.text, x, y, bad: w.bad });
  }
  return out;
}
