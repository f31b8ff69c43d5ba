import { ArrowHead } from '../common/ArrowHead';
import { useMemo } from 'react';
import { inFlight, type Chosen, type Message, type PaxosState } from '../../engine/paxos';
import { layout, messageSegment, valueClass, type Box, type Layout } from './geometry';
import { AcceptorBox, LearnerBox, ProposerBox } from './processes';
import { FlightLine, Token } from './Token';
import { parkedSpreads, tokenBox } from './parking';

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
  // the message this step is about is drawn last, over any parked token it crosses
  const tokens = state.messages
    .filter((m) => inFlight(m) || m.id === p.current)
    .sort((x, y) => Number(x.id === p.current) - Number(y.id === p.current));
  // tokens other than the current one, not settled this step, spread so none sits on another
  // nor on those two kinds, which have their own places
  const settled = (m: Message) => m.id === p.current || m.doneAt === state.step;
  const spreads = parkedSpreads(
    L,
    tokens.filter((m) => !settled(m)),
    state.step,
    tokens.filter(settled).map((m) => tokenBox(L, m, state.step, m.id === p.current)),
  );
  const acceptorX = L.columns.acceptors;

  return (
    <svg
      className="px-topology"
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label="Proposers, acceptors and learners"
    >
      <defs>
        <ArrowHead id="px-arrow" className="px-arrowhead" />
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
      {tokens
        .filter((m) => m.id === p.current)
        .map((m) => (
          <FlightLine key={`line${m.id}`} m={m} L={L} />
        ))}
      {tokens.map((m) => (
        <Token
          key={m.id}
          m={m}
          L={L}
          step={state.step}
          current={m.id === p.current}
          spread={spreads.get(m.id)}
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
