import type { AcceptorState, LearnerState, ProposerState } from '../../engine/paxos';
import { valueClass, type Box } from './geometry';

function Frame({ box, cls, children }: { box: Box; cls: string; children: React.ReactNode }) {
  return (
    <g className={cls} transform={`translate(${box.x - box.w / 2}, ${box.y - box.h / 2})`}>
      <rect width={box.w} height={box.h} rx={12} className="px-box" />
      {children}
    </g>
  );
}

/** Where an acceptor's state starts, right of its name and flag. */
const NAME_CELL = 80;

/** Text lines inside a box, spaced to its height. */
const lineY = (box: Box, k: number, lines: number) => {
  const gap = Math.min(22, (box.h - 10) / lines);
  return (box.h - lines * gap) / 2 + gap * (k + 0.5) + 6;
};

export function ProposerBox({
  p,
  box,
  values,
  quorum,
}: {
  p: ProposerState;
  box: Box;
  values: readonly string[];
  quorum: number;
}) {
  const status =
    p.phase === 'idle'
      ? 'idle'
      : p.phase === 'prepare'
        ? `ballot ${p.ballot} · ${p.promises.length} of ${quorum}`
        : `ballot ${p.ballot} → ${p.proposal}`;
  return (
    <Frame box={box} cls={`px-process proposer${p.crashed ? ' crashed' : ''}`}>
      <text x={12} y={lineY(box, 0, 2)} className="px-name">
        {p.id}
        <tspan className={`px-value ${valueClass(values, p.value)}`} dx={8}>
          {p.value}
        </tspan>
      </text>
      <text x={12} y={lineY(box, 1, 2)} className="px-line">
        {p.crashed ? '✕ crashed' : status}
      </text>
    </Frame>
  );
}

export function AcceptorBox(props: {
  a: AcceptorState;
  box: Box;
  values: readonly string[];
  selected: boolean;
  inQuorums: number;
  onSelect: (id: string) => void;
}) {
  const { a, box, values } = props;
  const hacked = a.fault?.type === 'byzantine' ? a.fault.strategy : null;
  const state = a.crashed ? 'crashed' : hacked ? `hacked: ${hacked}` : 'honest';
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={`Acceptor ${a.id}`}
      aria-pressed={props.selected}
      className="px-clickable"
      onClick={() => props.onSelect(a.id)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') props.onSelect(a.id);
      }}
    >
      <title>{`${a.id} (${state}): click to crash it or hack it`}</title>
      <Frame
        box={box}
        cls={`px-process acceptor${a.crashed ? ' crashed' : ''}${hacked ? ' hacked' : ''}${props.selected ? ' selected' : ''}${props.inQuorums > 1 ? ' overlap' : ''}`}
      >
        <text x={12} y={lineY(box, 0, 2)} className="px-name">
          {a.id}
        </text>
        {hacked || a.crashed ? (
          <text x={12} y={lineY(box, 1, 2)} className="px-cell-flag">
            {a.crashed ? '✕ down' : `☠ ${hacked}`}
          </text>
        ) : null}
        <text x={NAME_CELL} y={lineY(box, 0, 2)} className="px-line">
          promised {a.promised > 0 ? a.promised : '–'}
        </text>
        <text x={NAME_CELL} y={lineY(box, 1, 2)} className="px-line">
          accepted{' '}
          {a.accepted ? (
            <tspan className={`px-value ${valueClass(values, a.accepted.value)}`}>
              ({a.accepted.ballot}, {a.accepted.value})
            </tspan>
          ) : (
            '–'
          )}
        </text>
      </Frame>
    </g>
  );
}

export function LearnerBox({
  l,
  box,
  values,
}: {
  l: LearnerState;
  box: Box;
  values: readonly string[];
}) {
  const two = new Set(l.learned.map((x) => x.value)).size > 1;
  return (
    <Frame box={box} cls={`px-process learner${two ? ' broken' : ''}`}>
      <text x={12} y={lineY(box, 0, 2)} className="px-name">
        {l.id}
        {two ? (
          <tspan className="px-flag" dx={8}>
            ✗ two values
          </tspan>
        ) : null}
      </text>
      <text x={12} y={lineY(box, 1, 2)} className="px-line">
        {l.learned.length === 0 ? 'learned –' : two ? null : 'learned '}
        {l.learned.map((x, k) => (
          <tspan key={k} className={`px-value ${valueClass(values, x.value)}`}>
            {k > 0 ? ', ' : ''}
            {x.value}
          </tspan>
        ))}
      </text>
    </Frame>
  );
}
