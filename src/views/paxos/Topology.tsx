import { useLayoutEffect, useMemo, useRef } from 'react';
import {
  describeMessage,
  inFlight,
  messageLabel,
  type Chosen,
  type Message,
  type PaxosState,
} from '../../engine/paxos';
import { BASE_STEP_MS } from '../player/PlayerBar';
import {
  layout,
  messageSegment,
  tokenPosition,
  valueClass,
  type Box,
  type Layout,
} from './geometry';
import { AcceptorBox, LearnerBox, ProposerBox } from './processes';

interface Props {
  state: PaxosState;
  quorum: number;
  chosen: readonly Chosen[];
  /** the message the current step delivered, dropped or delayed */
  current: number | null;
  values: readonly string[];
  width: number;
  height: number;
  selected: string | null;
  onSelect: (acceptor: string) => void;
  onDrop: (message: number) => void;
  /** true when this picture is one step after the previous one: the current token flies in */
  animate: boolean;
  speed: number;
}

/** Parked tokens say little: the type (also its colour) and the ballot. */
const SHORT = { prepare: 'prep', promise: 'prom', accept: 'acc', accepted: 'acc’d' } as const;

/** Room above the boxes for the "chosen" labels. */
const TOP = 30;

/**
 * Proposers, acceptors and learners in three columns; every message in flight as a labelled
 * token on its line (click one to drop it); each chosen value's quorum outlined in its colour,
 * so two quorums that overlap in a hacked acceptor are plain to see.
 */
export function Topology(p: Props) {
  const { state, chosen, values, width, height } = p;
  const L = useMemo(() => {
    const inner = layout(state, width, height - TOP - 12);
    const boxes = new Map<string, Box>();
    for (const [id, b] of inner.boxes) boxes.set(id, { ...b, y: b.y + TOP });
    return { ...inner, boxes, height } as Layout;
  }, [state, width, height]);
  const tokens = state.messages.filter((m) => inFlight(m) || m.id === p.current);
  const acceptorX = L.columns.acceptors;

  return (
    <svg
      className="px-topology"
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label="Proposers, acceptors and learners"
    >
      <defs>
        <marker
          id="px-arrow"
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="5"
          markerHeight="5"
          orient="auto"
        >
          <path d="M0 0 10 5 0 10z" className="px-arrowhead" />
        </marker>
      </defs>
      <ColumnTitles L={L} />
      <Wires state={state} L={L} />
      {chosen.map((c, k) => (
        <QuorumOutline
          key={`${c.ballot}-${c.value}`}
          c={c}
          k={k}
          L={L}
          cls={valueClass(values, c.value)}
        />
      ))}
      <ChosenLabels chosen={chosen} values={values} x={acceptorX} />
      {state.proposers.map((x) => (
        <ProposerBox key={x.id} p={x} box={L.boxes.get(x.id)!} values={values} quorum={p.quorum} />
      ))}
      {state.acceptors.map((a) => (
        <AcceptorBox
          key={a.id}
          a={a}
          box={L.boxes.get(a.id)!}
          values={values}
          selected={p.selected === a.id}
          inQuorums={chosen.filter((c) => c.quorum.includes(a.id)).length}
          onSelect={p.onSelect}
        />
      ))}
      {state.learners.map((l) => (
        <LearnerBox key={l.id} l={l} box={L.boxes.get(l.id)!} values={values} />
      ))}
      {tokens.map((m) => (
        <Token
          key={m.id}
          m={m}
          L={L}
          step={state.step}
          current={m.id === p.current}
          cls={valueClass(values, m.value)}
          animate={p.animate && m.id === p.current}
          speed={p.speed}
          onDrop={p.onDrop}
        />
      ))}
    </svg>
  );
}

function ColumnTitles({ L }: { L: Layout }) {
  return (
    <g className="px-column-titles" aria-hidden="true">
      <text x={L.columns.proposers} y={16}>
        Proposers
      </text>
      <text x={L.columns.learners} y={16}>
        Learners
      </text>
    </g>
  );
}

/** Faint lines for every pair that can talk: the network. */
function Wires({ state, L }: { state: PaxosState; L: Layout }) {
  const lines: { k: string; a: { x: number; y: number }; b: { x: number; y: number } }[] = [];
  for (const a of state.acceptors) {
    for (const p of state.proposers) {
      lines.push({
        k: `${p.id}${a.id}`,
        ...messageSegment(L, { from: p.id, to: a.id, type: 'prepare' }),
      });
    }
    for (const l of state.learners) {
      lines.push({
        k: `${a.id}${l.id}`,
        ...messageSegment(L, { from: a.id, to: l.id, type: 'accepted' }),
      });
    }
  }
  return (
    <g className="px-wires" aria-hidden="true">
      {lines.map(({ k, a, b }) => (
        <line key={k} x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
      ))}
    </g>
  );
}

/** Around each member of a chosen value's quorum, one more ring per chosen value it is in. */
function QuorumOutline({ c, k, L, cls }: { c: Chosen; k: number; L: Layout; cls: string }) {
  const pad = 4 + 6 * k;
  const members = c.quorum.map((id) => L.boxes.get(id)!).filter(Boolean);
  const top = Math.min(...members.map((b) => b.y - b.h / 2)) - pad;
  const bottom = Math.max(...members.map((b) => b.y + b.h / 2)) + pad;
  const side = members[0]!.x + (k % 2 === 0 ? -1 : 1) * (members[0]!.w / 2 + pad + 8);
  return (
    <g className={`px-quorum ${cls}`} aria-hidden="true">
      {members.map((b) => (
        <rect
          key={`${b.x},${b.y}`}
          x={b.x - b.w / 2 - pad}
          y={b.y - b.h / 2 - pad}
          width={b.w + 2 * pad}
          height={b.h + 2 * pad}
          rx={12 + pad / 2}
        />
      ))}
      <line className="px-quorum-bracket" x1={side} y1={top} x2={side} y2={bottom} />
    </g>
  );
}

function ChosenLabels({
  chosen,
  values,
  x,
}: {
  chosen: readonly Chosen[];
  values: readonly string[];
  x: number;
}) {
  if (chosen.length === 0) return null;
  const text = (c: Chosen) => `${c.value} chosen: ${c.quorum.join(' ')}`;
  return (
    <g className="px-chosen-labels">
      {chosen.map((c, k) => (
        <text
          key={`${c.ballot}-${c.value}`}
          x={chosen.length === 1 ? x : x + (k === 0 ? -12 : 12)}
          y={19}
          textAnchor={chosen.length === 1 ? 'middle' : k === 0 ? 'end' : 'start'}
          className={`px-chosen-label ${valueClass(values, c.value)}`}
        >
          ★ {text(c)}
        </text>
      ))}
    </g>
  );
}

function Token(props: {
  m: Message;
  L: Layout;
  step: number;
  current: boolean;
  cls: string;
  animate: boolean;
  speed: number;
  onDrop: (id: number) => void;
}) {
  const { m, L, step, current, cls } = props;
  const ref = useRef<SVGGElement>(null);
  const { a, b } = messageSegment(L, m);
  const dot = !current && m.type === 'accepted';
  const label = current ? messageLabel(m) : `${SHORT[m.type]} ${m.ballot}`;
  const w = 14 + label.length * (current ? 9 : 8.4);
  const h = current ? 26 : 22;
  const at = clampToGap(
    tokenPosition(L, m, step),
    a.x,
    b.x,
    w,
    current && m.status === 'delivered',
  );
  const gone = m.status === 'dropped' || m.status === 'lost';
  const delivered = m.status === 'delivered';
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !props.animate || !delivered || typeof el.animate !== 'function') return;
    if (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return;
    const was = tokenPosition(L, { ...m, status: 'flight', doneAt: 0 }, step - 1);
    el.animate(
      [
        { transform: `translate(${was.x}px, ${was.y}px)` },
        { transform: `translate(${at.x}px, ${at.y}px)` },
      ],
      { duration: Math.min(900, (BASE_STEP_MS * 0.6) / props.speed), easing: 'ease-in-out' },
    );
  });
  const drop = inFlight(m) ? () => props.onDrop(m.id) : undefined;
  return (
    <g>
      {current ? (
        <line
          className={`px-flight ${m.type}${gone ? ' gone' : ''}`}
          x1={a.x}
          y1={a.y}
          x2={b.x}
          y2={b.y}
          markerEnd="url(#px-arrow)"
        />
      ) : null}
      <g
        ref={ref}
        className={`px-token ${m.type} ${cls}${current ? ' current' : ''}${m.lie ? ' lie' : ''}${gone ? ' gone' : ''}${m.status === 'delayed' ? ' delayed' : ''}`}
        style={{ transform: `translate(${at.x}px, ${at.y}px)` }}
        data-testid={current ? 'token' : undefined}
        role={drop ? 'button' : undefined}
        tabIndex={drop ? 0 : undefined}
        aria-label={drop ? `Drop message ${m.id}: ${describeMessage(m)}` : undefined}
        onClick={drop}
        onKeyDown={(e) => {
          if (drop && (e.key === 'Enter' || e.key === ' ')) {
            e.preventDefault();
            drop();
          }
        }}
      >
        <title>{`${m.id}. ${describeMessage(m)}${drop ? ' — click to drop it' : ''}`}</title>
        {dot ? (
          <circle r={7} className="px-dot" />
        ) : (
          <>
            <rect x={-w / 2} y={-h / 2} width={w} height={h} rx={h / 2} />
            <text y={1}>{label}</text>
          </>
        )}
        {gone ? (
          <path className="px-cross" d={`M${w / 2 - 2} ${-h / 2 - 6}l10 10m0 -10l-10 10`} />
        ) : null}
      </g>
    </g>
  );
}

/**
 * Keeps a token's pill between the two boxes when it fits there, so it hides no name; a
 * delivered one too wide for the gap ends at its receiver's edge, whose change is the news.
 */
function clampToGap(
  p: { x: number; y: number },
  x1: number,
  x2: number,
  w: number,
  arrived: boolean,
) {
  const lo = Math.min(x1, x2) + w / 2 + 4;
  const hi = Math.max(x1, x2) - w / 2 - 4;
  if (lo <= hi) return { x: Math.min(hi, Math.max(lo, p.x)), y: p.y };
  if (!arrived) return p;
  return { x: x2 > x1 ? x2 - w / 2 - 4 : x2 + w / 2 + 4, y: p.y };
}
