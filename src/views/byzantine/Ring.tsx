import { ArrowHead } from '../common/ArrowHead';
import { useMemo } from 'react';
import { stepDuration } from '../player/motion';
import { messageSegment, ringLayout, type Point } from './geometry';
import {
  activePairs,
  activeRange,
  MAX_TOKENS,
  ringTokens,
  ringTrail,
  type Picture,
} from './picture';
import { General, GeneralRings } from './General';
import { Token, tokenFace } from './Token';
import { restTokens } from './tokenPlacement';
import { ArrivalChips } from './ArrivalChips';
import { nameBlock } from './nameBlock';

interface Props {
  pic: Picture;
  /** the stage's size in CSS pixels: the SVG draws 1:1 so text sizes are real pixels */
  width: number;
  height: number;
  selected: number | null;
  onSelect: (general: number) => void;
  speed: number;
  /** true when this picture is one step after the previous one: tokens fly in */
  animate: boolean;
  /** a strip at the bottom kept free of generals (for the legend of a narrow picture) */
  reserve?: number;
}

/** Above this many, tokens show only their value letter. */
const MAX_LABELLED = 8;
/** Below this radius full names under the discs leave the tokens no room: short names instead. */
const MIN_RADIUS = 120;

/**
 * The generals on a circle (commander at the top), the messages of the current step as tokens
 * flying from sender to receiver, and what each general has received so far.
 */
export function Ring({
  pic,
  width,
  height,
  selected,
  onSelect,
  speed,
  animate,
  reserve = 0,
}: Props) {
  const { run } = pic;
  // many generals, or a picture too small for "Lieutenant 3 · Traitor ✕" under each disc (beside
  // the space-time diagram, whose rows say L1, L2…): short names radially outside the circle,
  // counts and values in the side panel
  const small = run.n > 6 || ringLayout(run.n, width, height, false, reserve).radius < MIN_RADIUS;
  const L = useMemo(
    () => ringLayout(run.n, width, height, small, reserve),
    [run.n, width, height, small, reserve],
  );
  const [start, end] = activeRange(pic);
  const count = end - start;
  const tokens = useMemo(() => ringTokens(pic), [pic]);
  const pairs = useMemo(
    () => (count > MAX_TOKENS || (count > 0 && tokens.length === 0) ? activePairs(pic) : []),
    [pic, tokens, count],
  );
  // earlier messages of the same round, as faint lines: the round's shape so far
  const trail = useMemo(() => ringTrail(pic), [pic]);
  const maxPair = pairs.reduce((mx, p) => Math.max(mx, p.count), 1);
  const duration = stepDuration(speed);
  // a lone token rests near the receiver; many slide along their lines until none overlaps.
  // Labelled tokens that find no clear spot (a small ring beside the space-time diagram) show
  // only their letter: the path is in the narration, and no token hides another.
  const { rests, full } = useMemo(() => {
    const sm = run.algorithm === 'SM';
    const discs = L.positions.map((p) => ({ ...p, r: L.node }));
    const zones = labelZones(L, run.traitor, small);
    const hard = frameZones(L, reserve);
    const place = (labelled: boolean) =>
      restTokens(
        tokens.map((msg) => {
          const face = tokenFace(msg, sm, labelled);
          // a lie tag widens the token to its right: reserve it on both sides of the centre
          return { ...seg(L.positions, msg, L.node + 4), w: face.span, h: 30 };
        }),
        discs,
        zones,
        undefined,
        hard,
      );
    if (tokens.length <= MAX_LABELLED) {
      const labelled = place(true);
      if (labelled.clear) return { rests: labelled.at, full: true };
    }
    return { rests: place(false).at, full: false };
  }, [tokens, run.algorithm, run.traitor, L, reserve, small]);

  return (
    <svg
      className="byz-ring"
      viewBox={`0 0 ${L.width} ${L.height}`}
      preserveAspectRatio="xMidYMid meet"
      role="group"
      aria-label="Generals"
    >
      <defs>
        <ArrowHead id="byz-arrow" className="arrow-head" size={4} orient="auto-start-reverse" />
      </defs>
      <circle cx={L.cx} cy={L.cy} r={L.radius} className="byz-circle" />
      {trail.map((msg) => (
        <line
          key={`t${msg.id}`}
          {...lineOf(L.positions, msg, L.node)}
          className={`trail ${msg.value ?? 'silent'}`}
          data-mark="trail"
        />
      ))}
      {pairs.map((p) => {
        const w = small
          ? 1 + 3 * Math.sqrt(p.count / maxPair)
          : 1.5 + 7 * Math.sqrt(p.count / maxPair);
        return (
          <line
            key={`p${p.from}-${p.to}`}
            {...lineOf(L.positions, p, L.node + 6)}
            className={small ? 'pair crowded' : 'pair'}
            data-mark="pairs"
            strokeWidth={w}
          />
        );
      })}
      {tokens.map((msg) => (
        <line
          key={`l${msg.id}`}
          {...lineOf(L.positions, msg, L.node + 4)}
          className={`flight${msg.sent ? '' : ' silent'}`}
          markerEnd="url(#byz-arrow)"
        />
      ))}
      <GeneralRings
        positions={L.positions}
        r={L.node}
        small={small}
        selected={selected}
        deciding={pic.frame.focus}
      />
      {L.positions.map((p, i) => (
        <General
          key={i}
          i={i}
          p={p}
          r={L.node}
          small={small}
          center={{ x: L.cx, y: L.cy }}
          pic={pic}
          selected={selected === i}
          onSelect={onSelect}
        />
      ))}
      {pairs.length > 0 && !small ? (
        <ArrivalChips pic={pic} positions={L.positions} node={L.node} />
      ) : null}
      {tokens.map((msg, i) => {
        const { a } = seg(L.positions, msg, L.node + 4);
        const rest = rests[i] ?? a;
        return (
          <Token
            key={`m${msg.id}`}
            msg={msg}
            sm={run.algorithm === 'SM'}
            from={a}
            to={rest}
            full={full}
            animate={animate}
            duration={duration}
          />
        );
      })}
    </svg>
  );
}

function seg(positions: readonly Point[], m: { from: number; to: number }, inset: number) {
  const from = positions[m.from] ?? { x: 0, y: 0 };
  const to = positions[m.to] ?? { x: 0, y: 0 };
  return messageSegment(from, to, inset);
}

/**
 * Outside the picture, and the legend (its corner, or the strip kept for it and the step
 * switch at the foot): no token rests there (it would be cut off or hidden under the legend).
 */
function frameZones(L: ReturnType<typeof ringLayout>, reserve: number) {
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

/** A message's line from sender to receiver, `inset` clear of both discs, as <line> attributes. */
function lineOf(positions: readonly Point[], m: { from: number; to: number }, inset: number) {
  const { a, b } = seg(positions, m, inset);
  return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
}

/** Roughly where each general's name and values are written (tokens keep clear of them). */
function labelZones(L: ReturnType<typeof ringLayout>, traitor: readonly boolean[], small: boolean) {
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
