import { useLayoutEffect, useMemo, useRef } from 'react';
import type { ByzMessage } from '../../engine/byzantine';
import { BASE_STEP_MS } from '../player/PlayerBar';
import { fmt, letter, lerp, messageSegment, ringLayout, tokenLabel, type Point } from './geometry';
import { RoleGlyph } from './icons';
import {
  activeMessages,
  activePairs,
  activeRange,
  decisionShown,
  receivedLabel,
  type Picture,
} from './picture';

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
  const duration = Math.min(900, (BASE_STEP_MS * 0.7) / speed);

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

function General({
  i,
  p,
  r,
  small,
  center,
  pic,
  selected,
  onSelect,
}: {
  i: number;
  p: Point;
  r: number;
  small: boolean;
  center: Point;
  pic: Picture;
  selected: boolean;
  onSelect: (i: number) => void;
}) {
  const { run } = pic;
  const traitor = run.traitor[i] ?? false;
  const commander = i === 0;
  const name = commander
    ? small
      ? `Commander: ${run.scenario.order === 'attack' ? 'A' : 'R'}`
      : 'Commander'
    : small
      ? `L${i}`
      : `Lieutenant ${i}`;
  const decision = decisionShown(pic, i);
  const deciding = pic.frame.focus === i;
  const kind = traitor ? 'traitor' : commander ? 'commander' : 'loyal';
  // the commander's labels go to its right; others below, or radially outside when crowded
  const ux = (p.x - center.x) / (Math.hypot(p.x - center.x, p.y - center.y) || 1);
  const uy = (p.y - center.y) / (Math.hypot(p.x - center.x, p.y - center.y) || 1);
  const radial = small && !commander;
  const tx = commander ? (small ? p.x : p.x + r + 12) : radial ? p.x + ux * (r + 10) : p.x;
  const ty = commander
    ? small
      ? p.y - r - 12
      : p.y - 6
    : radial
      ? p.y + uy * (r + 10) + (uy > 0.5 ? 14 : uy < -0.5 ? -22 : -4)
      : p.y + r + 18;
  const anchor =
    commander || (radial && ux > 0.3) ? 'start' : radial && ux < -0.3 ? 'end' : 'middle';
  const got = commander ? '' : receivedLabel(pic, i, small ? 3 : 6);
  const description =
    `${commander ? 'Commander' : `Lieutenant ${i}`}, ` +
    `${traitor ? `traitor (${run.strategy[i]})` : 'loyal'}` +
    (commander ? `, orders ${run.scenario.order}` : '') +
    (got ? `, received ${got}` : '') +
    (decision ? `, decides ${decision}` : '');
  return (
    <g
      className={`general ${kind}${selected ? ' selected' : ''}${deciding ? ' deciding' : ''}`}
      role="button"
      tabIndex={0}
      aria-label={`General ${i}`}
      aria-description={description}
      aria-pressed={selected}
      onClick={() => onSelect(i)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onSelect(i);
        }
      }}
    >
      <title>{description}</title>
      {/* one solid target for the whole general (disc and labels) */}
      {commander ? (
        <rect x={p.x - r} y={p.y - r} width={2 * r + 200} height={2 * r} className="hit" />
      ) : (
        <rect
          x={p.x - Math.max(r, 60)}
          y={p.y - r}
          width={2 * Math.max(r, 60)}
          height={2 * r + (small ? 0 : 60)}
          className="hit"
        />
      )}
      {selected ? <circle cx={p.x} cy={p.y} r={r + 7} className="select-ring" /> : null}
      <circle cx={p.x} cy={p.y} r={r} className="disc" />
      <g transform={`translate(${p.x} ${p.y})`}>
        <RoleGlyph kind={kind} size={r * 1.15} />
      </g>
      {!commander && !small ? (
        <g transform={`translate(${p.x + r * 0.78} ${p.y - r * 0.78})`} className="gid">
          <circle r={11} />
          <text y={5} textAnchor="middle">
            {i}
          </text>
        </g>
      ) : null}
      <text x={tx} y={ty} className="gname" textAnchor={anchor}>
        {name}
        {traitor ? <tspan className="traitor-tag">{small ? ' ✕' : ' · Traitor ✕'}</tspan> : null}
        {small && decision ? (
          <tspan className={`decision-inline ${decision}`}>
            {decision === 'attack' ? ' →A' : ' ←R'}
          </tspan>
        ) : null}
      </text>
      {commander && !small ? (
        <text x={tx} y={ty + 20} className="gsub" textAnchor={anchor}>
          {traitor
            ? `told to say ${run.scenario.order.toUpperCase()}; lies (${run.strategy[i]})`
            : `orders ${run.scenario.order.toUpperCase()}`}
        </text>
      ) : got && !small ? (
        <text x={tx} y={ty + 19} className="gsub mono" textAnchor={anchor}>
          {got}
        </text>
      ) : null}
      {decision && !small ? (
        <g transform={`translate(${tx} ${ty + 42})`} className={`decision-tag ${decision}`}>
          <rect x={-50} y={-14} width={100} height={24} rx={12} />
          <text x={0} y={4} textAnchor="middle">
            {decision === 'attack' ? '→ ATTACK' : '← RETREAT'}
          </text>
        </g>
      ) : null}
    </g>
  );
}

function Token({
  msg,
  sm,
  from,
  to,
  full,
  animate,
  duration,
}: {
  msg: ByzMessage;
  sm: boolean;
  from: Point;
  to: Point;
  full: boolean;
  animate: boolean;
  duration: number;
}) {
  const ref = useRef<SVGGElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !animate || typeof el.animate !== 'function') return;
    const anim = el.animate(
      [
        { transform: `translate(${from.x}px, ${from.y}px)`, opacity: 0.5 },
        { transform: `translate(${to.x}px, ${to.y}px)`, opacity: 1 },
      ],
      { duration, easing: 'cubic-bezier(.3,.7,.4,1)' },
    );
    return () => anim.cancel();
    // only when the token first appears: a re-render must not restart the flight
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const lie = msg.traitor && msg.value !== msg.loyal;
  const text = !full
    ? letter(msg.value)
    : sm
      ? `${letter(msg.value)}:${msg.path.slice(0, -1).join(':')}`
      : tokenLabel(msg.value, msg.path);
  const w = full ? 16 + text.length * 9.2 : 28;
  return (
    <g
      ref={ref}
      className={`token ${msg.value ?? 'silent'}${lie ? ' lie' : ''}`}
      style={{ transform: `translate(${to.x}px, ${to.y}px)` }}
      data-testid="token"
      aria-hidden="true"
    >
      <rect x={-w / 2} y={-14} width={w} height={28} rx={8} />
      <text x={0} y={5.5} textAnchor="middle">
        {text}
      </text>
      {lie && full ? (
        <g transform={`translate(${w / 2 + 4} 0)`} className="lie-mark">
          <rect x={0} y={-11} width={38} height={22} rx={5} />
          <text x={19} y={5} textAnchor="middle">
            lie
          </text>
        </g>
      ) : null}
    </g>
  );
}

/** Per receiver: how many messages arrived in this (aggregated) step. */
function ArrivalChips({
  pic,
  positions,
  node,
}: {
  pic: Picture;
  positions: readonly Point[];
  node: number;
}) {
  const per = useMemo(() => {
    const a = new Array<number>(pic.run.n).fill(0);
    const r = new Array<number>(pic.run.n).fill(0);
    for (const p of activePairs(pic)) {
      a[p.to]! += p.attack;
      r[p.to]! += p.retreat + p.silent;
    }
    return { a, r };
  }, [pic]);
  return (
    <g className="count-chips">
      {positions.map((p, i) => {
        const a = per.a[i] ?? 0;
        const r = per.r[i] ?? 0;
        if (a + r === 0) return null;
        const text = `+${fmt(a + r)}: ${fmt(a)} A · ${fmt(r)} R`;
        const w = 14 + text.length * 8.2;
        return (
          <g key={i} transform={`translate(${p.x} ${p.y - node - 16})`} className="count-chip">
            <rect x={-w / 2} y={-13} width={w} height={24} rx={12} />
            <text x={0} y={4} textAnchor="middle">
              {text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
