/**
 * Where the tokens of one step rest on the Byzantine ring: each slides along its message's line
 * (tokenPlacement.ts) clear of the discs, the names and the legend. Tokens show their full
 * label ("A 0→1→3") when all of them find room that way, else only their value letter.
 */
import type { ByzantineRun, ByzMessage } from '../../engine/byzantine';
import { letter, messageLine, tokenLabel, type Point, type ringLayout } from './geometry';
import { isLie } from './picture';
import { nameBlock } from './nameBlock';
import { restTokens } from './tokenPlacement';

/** Above this many, tokens show only their value letter. */
const MAX_LABELLED = 8;

/** A token of this step: the message, what it says, where it flies from and where it rests. */
export interface PlacedToken {
  readonly msg: ByzMessage;
  readonly face: ReturnType<typeof tokenFace>;
  /** whether the face is the full label (else the value letter alone) */
  readonly full: boolean;
  readonly from: Point;
  readonly to: Point;
}

type Layout = ReturnType<typeof ringLayout>;

/** What a token says and how wide it is ("A 0→1→3", "A:0:1" for SM, or just the letter). */
export function tokenFace(msg: ByzMessage, sm: boolean, full: boolean) {
  const lie = isLie(msg);
  const text = !full
    ? letter(msg.value)
    : sm
      ? `${letter(msg.value)}:${msg.path.slice(0, -1).join(':')}`
      : tokenLabel(msg.value, msg.path);
  const w = full ? 16 + text.length * 9.2 : 28;
  // the "lie" tag hangs off the token's right end
  return { lie, text, w, span: w + (lie && full ? 84 : 0) };
}

/**
 * The tokens placed. A lone token rests near the receiver; many slide along their lines until
 * none overlaps. Labelled tokens that find no clear spot (a small ring beside the space-time
 * diagram) show only their letter: the path is in the narration, and no token hides another.
 */
export function ringTokenRests(
  tokens: readonly ByzMessage[],
  run: Pick<ByzantineRun, 'algorithm' | 'traitor'>,
  L: Layout,
  reserve: number,
  small: boolean,
): PlacedToken[] {
  const sm = run.algorithm === 'SM';
  const discs = L.positions.map((p) => ({ ...p, r: L.node }));
  const zones = labelZones(L, run.traitor, small);
  const hard = frameZones(L, reserve);
  const place = (full: boolean) => {
    const faces = tokens.map((msg) => tokenFace(msg, sm, full));
    const lines = tokens.map((msg) => messageLine(L.positions, msg, L.node + 4));
    // a lie tag widens the token to its right: reserve it on both sides of the centre
    const flights = lines.map((line, i) => ({ ...line, w: faces[i]!.span, h: 30 }));
    const { at, clear } = restTokens(flights, discs, zones, undefined, hard);
    const placed = tokens.map((msg, i) => ({
      msg,
      face: faces[i]!,
      full,
      from: lines[i]!.a,
      to: at[i] ?? lines[i]!.a,
    }));
    return { placed, clear };
  };
  if (tokens.length <= MAX_LABELLED) {
    const labelled = place(true);
    if (labelled.clear) return labelled.placed;
  }
  return place(false).placed;
}

/**
 * Outside the picture, and the legend (its corner, or the strip kept for it and the step
 * switch at the foot): no token rests there (it would be cut off or hidden under the legend).
 */
function frameZones(L: Layout, reserve: number) {
  const far = 10_000;
  return [
    { x: -far, y: -far, w: 2 * far, h: far },
    { x: -far, y: L.height - reserve, w: 2 * far, h: far },
    { x: -far, y: -far, w: far, h: 2 * far },
    { x: L.width, y: -far, w: far, h: 2 * far },
    // the legend in the bottom-right corner (Legend.tsx, at most six rows), when not in a strip
    ...(reserve > 0
      ? []
      : [{ x: L.width - LEGEND.w, y: L.height - LEGEND.h, w: LEGEND.w, h: LEGEND.h }]),
  ];
}

/** The corner legend's largest size, in the picture's units (16 per rem) with its margin. */
const LEGEND = { w: 11.5 * 16, h: 10 * 16 };

/** Roughly where each general's name and values are written (tokens keep clear of them). */
function labelZones(L: Layout, traitor: readonly boolean[], small: boolean) {
  return L.positions.map((p, i) => {
    if (i === 0)
      return small
        ? { x: p.x - 70, y: p.y - L.node - 30, w: 140, h: 24 }
        : { x: p.x + L.node + 8, y: p.y - 26, w: 260, h: 52 };
    if (!small) return nameBlock(p, { x: L.cx, y: L.cy }, L.node, traitor[i] ?? false).box;
    // as General places it: radially outside, or beside the disc near the commander
    const d = Math.hypot(p.x - L.cx, p.y - L.cy) || 1;
    const ux = (p.x - L.cx) / d;
    const uy = (p.y - L.cy) / d;
    const beside = uy < -0.5;
    const tx = beside ? p.x + Math.sign(ux) * (L.node + 8) : p.x + ux * (L.node + 10);
    const ty = beside ? p.y + 6 : p.y + uy * (L.node + 10) + (uy > 0.5 ? 14 : -4);
    const w = 80;
    const x = ux > 0.3 ? tx : ux < -0.3 ? tx - w : tx - w / 2;
    return { x, y: ty - 17, w, h: 22 };
  });
}
