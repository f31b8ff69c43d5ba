import { useMemo } from 'react';
import { stepDuration } from '../player/motion';
import { lerp, messageSegment, ringLayout, type Point } from './geometry';
import { activeMessages, activePairs, activeRange, type Picture } from './picture';
import { General } from './General';
import { Token } from './Token';
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
}

/** Above this many messages in one step, a round is drawn as counted arrows, not tokens. */
const MAX_TOKENS = 24;
/** Above this many, tokens show only their value letter. */
const MAX_LABELLED = 8;

/**
 * The generals on a circle (commander at the top), the messages of the current step as tokens
 * flying from sender to receiver, and what each general has received so far.
 */
export function Ring({ pic, width, height, selected, onSelect, speed, animate }: Props) {
  const { run, frame } = pic;
  const L = useMemo(() => ringLayout(run.n, width, height, run.n > 6), [run.n, width, height]);
  const [start, end] = activeRange(pic);
  const count = end - start;
  const msgs = count <= MAX_TOKENS ? activeMessages(pic) : null;
  const tokens = msgs ?? [];
  const pairs = useMemo(
    () => (msgs === null && count > 0 ? activePairs(pic) : []),
    [pic, msgs, count],
  );
  // earlier messages of the same round, as faint lines: the round's shape so far
  const trail = useMemo(() => {
    if (count !== 1 || frame.round < 0) return [];
    const a = run.levelStart[frame.round] ?? 0;
    return run.messages.slice(Math.max(a, start - 80), start);
  }, [run, frame.round, start, count]);
  // many generals: short names placed radially outside the circle, counts in the side panel
  const small = run.n > 6;
  const maxPair = pairs.reduce((mx, p) => Math.max(mx, p.count), 1);
  const duration = stepDuration(speed);

  return (
    <svg
      className="byz-ring"
      viewBox={`0 0 ${L.width} ${L.height}`}
      preserveAspectRatio="xMidYMid meet"
      role="group"
      aria-label="Generals"
    >
      <defs>
        <marker
          id="byz-arrow"
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="4"
          markerHeight="4"
          orient="auto-start-reverse"
        >
          <path d="M0 0 10 5 0 10z" className="arrow-head" />
        </marker>
      </defs>
      <circle cx={L.cx} cy={L.cy} r={L.radius} className="byz-circle" />
      {trail.map((msg) => {
        const { a, b } = seg(L.positions, msg, L.node);
        return (
          <line
            key={`t${msg.id}`}
            x1={a.x}
            y1={a.y}
            x2={b.x}
            y2={b.y}
            className={`trail ${msg.value ?? 'silent'}`}
          />
        );
      })}
      {pairs.map((p) => {
        const { a, b } = seg(L.positions, p, L.node + 6);
        const w = small
          ? 1 + 3 * Math.sqrt(p.count / maxPair)
          : 1.5 + 7 * Math.sqrt(p.count / maxPair);
        return (
          <line
            key={`p${p.from}-${p.to}`}
            x1={a.x}
            y1={a.y}
            x2={b.x}
            y2={b.y}
            className={small ? 'pair crowded' : 'pair'}
            strokeWidth={w}
          />
        );
      })}
      {tokens.map((msg) => {
        const { a, b } = seg(L.positions, msg, L.node + 4);
        return (
          <line
            key={`l${msg.id}`}
            x1={a.x}
            y1={a.y}
            x2={b.x}
            y2={b.y}
            className={`flight${msg.sent ? '' : ' silent'}`}
            markerEnd="url(#byz-arrow)"
          />
        );
      })}
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
      {tokens.map((msg) => {
        const { a, b } = seg(L.positions, msg, L.node + 4);
        // a lone token rests near the receiver; many rest mid-way, where lines are apart
        const rest = lerp(a, b, tokens.length === 1 ? 0.52 : 0.58);
        return (
          <Token
            key={`m${msg.id}`}
            msg={msg}
            sm={run.algorithm === 'SM'}
            from={a}
            to={rest}
            full={tokens.length <= MAX_LABELLED}
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
