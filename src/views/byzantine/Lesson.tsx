import { ArrowHead } from '../common/ArrowHead';
import { useMemo } from 'react';
import { threeGeneralsLesson, type ByzantineRun } from '../../engine/byzantine';
import { formatPath, letter, messageSegment, lerp } from './geometry';
import { RoleGlyph } from './icons';
import { TableHead } from '../common/TableHead';

interface Props {
  onBack: () => void;
  onOpen: (figure: 1 | 2) => void;
}

/**
 * §2 of the paper: three generals cannot cope with one traitor. Fig. 1 (loyal commander,
 * lying lieutenant 2) and Fig. 2 (traitor commander) side by side; lieutenant 1 hears exactly
 * the same messages in both, so it cannot tell who the traitor is.
 */
export function Lesson({ onBack, onOpen }: Props) {
  const lesson = useMemo(() => threeGeneralsLesson(), []);
  const rows = lesson.fig1.heard.map((h, k) => {
    const other = lesson.fig2.heard[k];
    return { path: h.path, a: h.value, b: other?.value ?? null, same: other?.value === h.value };
  });
  return (
    <section className="byz-lesson" aria-label="Three generals, one traitor">
      <div className="lesson-head">
        <h2>Three generals, one traitor</h2>
        <button type="button" className="primary" onClick={onBack}>
          Back to the run
        </button>
      </div>
      <div className="lesson-figs">
        <Figure
          title="Fig. 1: the commander is loyal, lieutenant 2 lies"
          run={lesson.fig1.run}
          onOpen={() => onOpen(1)}
          label="Step through Fig. 1"
        />
        <Figure
          title="Fig. 2: the commander is the traitor"
          run={lesson.fig2.run}
          onOpen={() => onOpen(2)}
          label="Step through Fig. 2"
        />
        <div className="lesson-compare">
          <table aria-label="What lieutenant 1 hears">
            <caption>What lieutenant 1 hears</caption>
            <TableHead cols={['Message', 'Fig. 1', 'Fig. 2']} />
            <tbody>
              {rows.map((r) => (
                <tr key={formatPath(r.path)} className={r.same ? 'highlight' : undefined}>
                  <th scope="row">{formatPath(r.path)}</th>
                  <td>{r.a ?? 'nothing'}</td>
                  <td>{r.b ?? 'nothing'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className={`lesson-verdict ${lesson.indistinguishable ? 'same' : ''}`}>
            <span className="badge warn">
              {lesson.indistinguishable ? '= identical' : '≠ different'}
            </span>{' '}
            Lieutenant 1 cannot tell the two worlds apart: it must decide the same in both. To obey
            a loyal commander (IC2, Fig. 1) it would attack; then in Fig. 2 lieutenant 2, by the
            same reasoning, retreats and IC1 fails. No algorithm works with 3 generals and 1 traitor
            (n ≤ 3m).
          </p>
        </div>
      </div>
    </section>
  );
}

const W = 300;
const H = 232;
const POS = [
  { x: W / 2, y: 48 },
  { x: 50, y: 186 },
  { x: W - 50, y: 186 },
];

function Figure({
  title,
  run,
  onOpen,
  label,
}: {
  title: string;
  run: ByzantineRun;
  onOpen: () => void;
  label: string;
}) {
  return (
    <figure className="lesson-fig">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        <defs>
          <ArrowHead id="lesson-arrow" className="arrow-head" />
        </defs>
        {run.messages.map((msg) => {
          const from = POS[msg.from]!;
          const to = POS[msg.to]!;
          // two messages between the lieutenants: offset them so both read
          const off = msg.from !== 0 && msg.to !== 0 ? (msg.from < msg.to ? -12 : 12) : 0;
          const { a, b } = messageSegment(
            { x: from.x, y: from.y + off },
            { x: to.x, y: to.y + off },
            30,
          );
          const mid = lerp(a, b, msg.from === 0 ? 0.5 : 0.5);
          const toL1 = msg.to === 1;
          const lie = msg.traitor && msg.value !== msg.loyal;
          const text = msg.from === 0 ? letter(msg.value) : `"${letter(msg.value)}"`;
          return (
            <g key={msg.id} className={`lesson-msg${toL1 ? ' to-l1' : ''}${lie ? ' lie' : ''}`}>
              <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} markerEnd="url(#lesson-arrow)" />
              <g transform={`translate(${mid.x} ${mid.y + (off ? off * 1.4 : 0)})`}>
                <rect x={-20} y={-13} width={40} height={26} rx={7} />
                <text y={5} textAnchor="middle">
                  {text}
                </text>
              </g>
            </g>
          );
        })}
        {POS.map((p, i) => {
          const traitor = run.traitor[i];
          const kind = traitor ? 'traitor' : i === 0 ? 'commander' : 'loyal';
          return (
            <g key={i} className={`general ${kind}`}>
              <circle cx={p.x} cy={p.y} r={26} className="disc" />
              <g transform={`translate(${p.x} ${p.y})`}>
                <RoleGlyph kind={kind} size={28} />
              </g>
              <text x={p.x} y={i === 0 ? p.y - 32 : p.y + 44} textAnchor="middle" className="gname">
                {i === 0 ? 'Commander' : `L${i}`}
                {traitor ? ' ✕' : ''}
              </text>
            </g>
          );
        })}
      </svg>
      <button type="button" onClick={onOpen}>
        {label}
      </button>
    </figure>
  );
}
