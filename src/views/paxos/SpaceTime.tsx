import { ArrowHead } from '../common/ArrowHead';
import { useMemo } from 'react';
import type { PaxosRun, PaxosState } from '../../engine/paxos';
import { spaceTimeScales, valueClass } from './geometry';
import { legendRows, textWidth, type LegendSpot } from '../common/legendRows';
import { PAXOS_MARKS, type PaxosMark } from './marks';

interface Props {
  run: PaxosRun;
  /** the state at the player's cursor */
  state: PaxosState;
  cursor: number;
  /** the proposers' values, in order: a chosen line takes its value's colour */
  values: readonly string[];
  width: number;
  height: number;
  onJump: (step: number) => void;
}

/**
 * The space-time diagram: one line per process, time to the right, one column per step of the
 * player; every message sent so far as an arrow from its send to its delivery (✕ where it was
 * dropped or lost; dashed up to the cursor while in flight); a crashed process's row goes
 * dashed after its ✕; a dotted line in the value's colour where a value is first chosen. The
 * legend names every one of these marks, above the first row where no line crosses it. The
 * cursor line follows the player; click anywhere to jump to that step.
 */
export function SpaceTime({ run, state, cursor, values, width, height, onJump }: Props) {
  const ids = useMemo(
    () => [
      ...run.base.proposers.map((p) => p.id),
      ...run.base.acceptors.map((a) => a.id),
      ...run.base.learners.map((l) => l.id),
    ],
    [run],
  );
  const total = run.steps.length;
  const legend = legendRows(PAXOS_MARKS, entryWidth, width - 14, 8, LEGEND_ROW);
  const sc = spaceTimeScales(ids, total, width, height, LEGEND_ROW * legend.length + 14);
  // vertical marks start under the legend, so nothing is drawn across its words
  const top = sc.y(ids[0]!) - 8;
  // schedule step (state.step) → player step, so a message's send and delivery land on the
  // columns of the steps that did them (crash faults add player steps that are not entries)
  const at = useMemo(() => {
    const m = new Map<number, number>();
    run.steps.forEach((s, k) => {
      if (s.entry >= 0) m.set(s.entry + 1, k + 1);
    });
    return m;
  }, [run]);
  const col = (scheduleStep: number) => at.get(scheduleStep) ?? 0;
  const crashes: { id: string; k: number }[] = [];
  run.steps.forEach((s, k) => {
    if (k >= cursor || s.type !== 'crash') return;
    const before = k === 0 ? run.base : run.steps[k - 1]!.state;
    for (const x of [...s.state.proposers, ...s.state.acceptors]) {
      const was = [...before.proposers, ...before.acceptors].find((y) => y.id === x.id);
      if (x.crashed && !was?.crashed) crashes.push({ id: x.id, k: k + 1 });
    }
  });
  const firstChosen: { k: number; value: string }[] = [];
  const seen = new Set<string>();
  run.steps.forEach((s, k) => {
    for (const c of s.verdicts.chosen) {
      const key = `${c.ballot}${c.value}`;
      if (!seen.has(key) && k + 1 <= cursor) firstChosen.push({ k: k + 1, value: c.value });
      seen.add(key);
    }
  });
  const jumpTo = (e: React.MouseEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - r.left) / r.width) * width;
    const k = Math.round(((x - sc.left) / (sc.right - sc.left)) * total);
    onJump(Math.max(0, Math.min(total, k)));
  };
  return (
    <svg
      className="px-spacetime"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Space-time diagram, step ${cursor} of ${total}`}
      onClick={jumpTo}
    >
      <defs>
        <ArrowHead id="px-st-arrow" className="px-arrowhead" refX={9} size={6} />
      </defs>
      {ids.map((id) => {
        const down = crashes.find((c) => c.id === id);
        const x = down ? sc.x(down.k) : sc.right;
        return (
          <g key={id} className={`px-st-row ${id[0]}`}>
            <text x={sc.left - 8} y={sc.y(id) + 4} textAnchor="end">
              {id}
            </text>
            <line x1={sc.left} x2={x} y1={sc.y(id)} y2={sc.y(id)} />
            {down ? (
              <line className="px-st-down" x1={x} x2={sc.right} y1={sc.y(id)} y2={sc.y(id)} />
            ) : null}
          </g>
        );
      })}
      {firstChosen.map(({ k, value }) => (
        <g key={`${k}${value}`} className={`px-st-chosen ${valueClass(values, value)}`}>
          <line x1={sc.x(k)} x2={sc.x(k)} y1={top} y2={height - 4} />
        </g>
      ))}
      {state.messages.map((m) => {
        const x1 = sc.x(col(m.sentAt));
        const y1 = sc.y(m.from);
        const y2 = sc.y(m.to);
        if (m.doneAt > 0) {
          const x2 = sc.x(col(m.doneAt));
          if (m.status === 'delivered') {
            return (
              <line
                key={m.id}
                className={`px-st-msg ${m.type}${m.lie ? ' lie' : ''}`}
                x1={x1}
                y1={y1}
                x2={x2}
                y2={y2}
                markerEnd="url(#px-st-arrow)"
              />
            );
          }
          const mx = (x1 + x2) / 2;
          const my = (y1 + y2) / 2;
          return (
            <g key={m.id} className={`px-st-msg ${m.type} gone`}>
              <line x1={x1} y1={y1} x2={mx} y2={my} />
              <path d={`M${mx - 4} ${my - 4}l8 8m0 -8l-8 8`} className="px-st-cross" />
            </g>
          );
        }
        const xc = sc.x(cursor);
        return (
          <line
            key={m.id}
            className={`px-st-msg ${m.type} flight`}
            x1={x1}
            y1={y1}
            x2={Math.max(x1 + 4, xc)}
            y2={y1 + (y2 - y1) * 0.5}
          />
        );
      })}
      {crashes.map(({ id, k }) => (
        <text key={`${id}${k}`} className="px-st-crash" x={sc.x(k)} y={sc.y(id) + 5}>
          ✕
        </text>
      ))}
      <Legend rows={legend} />
      <line className="px-st-cursor" x1={sc.x(cursor)} x2={sc.x(cursor)} y1={top} y2={height - 2} />
    </svg>
  );
}

type Key = PaxosMark;

const LEGEND_ROW = 16;
/** swatch (16) and gap (4) before the words, 10 after them */
const entryWidth = (k: Key) => 30 + textWidth(k);

/** A small picture of each mark, then its name. */
function Legend({ rows }: { rows: LegendSpot<Key>[][] }) {
  return (
    <g className="px-st-legend" aria-hidden="true">
      {rows.flat().map(({ k, x, y }) => (
        <g key={k} transform={`translate(${x}, ${y})`} data-mark={k}>
          <Swatch k={k} />
          <text x={20} y={4}>
            {k}
          </text>
        </g>
      ))}
    </g>
  );
}

function Swatch({ k }: { k: Key }) {
  switch (k) {
    case 'in flight':
      return <line x1={0} x2={16} y1={0} y2={0} className="px-st-msg neutral flight" />;
    case 'lost':
      return (
        <g className="px-st-msg neutral gone">
          <line x1={0} x2={10} y1={0} y2={0} />
          <path d="M8 -4l8 8m0 -8l-8 8" className="px-st-cross" />
        </g>
      );
    case 'crashed':
      return (
        <g>
          <text x={4} y={5} className="px-st-crash">
            ✕
          </text>
          <line x1={10} x2={18} y1={0} y2={0} className="px-st-down" />
        </g>
      );
    case 'accepted, waiting':
      return <circle cx={8} r={6} className="px-dot" />;
    case 'chosen':
      return (
        <g className="px-st-chosen v0">
          <line x1={8} x2={8} y1={-7} y2={7} />
        </g>
      );
    default:
      return <line x1={0} x2={16} y1={0} y2={0} className={`px-st-msg ${k}`} />;
  }
}
