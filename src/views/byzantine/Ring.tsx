import { ArrowHead } from '../common/ArrowHead';
import { useMemo } from 'react';
import { stepDuration } from '../player/motion';
import { messageLine, ringLayout, type Point } from './geometry';
import {
  activePairs,
  activeRange,
  MAX_TOKENS,
  ringTokens,
  ringTrail,
  type Picture,
} from './picture';
import { General, GeneralRings } from './General';
import { Token } from './Token';
import { ringTokenRests } from './tokenRests';
import { ArrivalChips } from './ArrivalChips';

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
  // where each token of this step rests (and whether they have room for their full labels)
  const placed = useMemo(
    () => ringTokenRests(tokens, run, L, reserve, small),
    [tokens, run, L, reserve, small],
  );

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
      {placed.map((t) => (
        <Token key={`m${t.msg.id}`} token={t} animate={animate} duration={duration} />
      ))}
    </svg>
  );
}

/** A message's line from sender to receiver, `inset` clear of both discs, as <line> attributes. */
function lineOf(positions: readonly Point[], m: { from: number; to: number }, inset: number) {
  const { a, b } = messageLine(positions, m, inset);
  return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
}
