/** The Decide column: each loyal lieutenant's decision; a traitor's does not count (–). */
import { rowY } from '../spaceTimeLayout';
import { letter, type Part } from './parts';

export function Decisions({ pic, f }: Part) {
  const { run, frame } = pic;
  return (
    <g className="st-decide">
      <text className="st-round" x={(f.decideX + f.right) / 2} y={f.head + 16} textAnchor="middle">
        Decide
      </text>
      {Array.from({ length: run.n }, (_, g) => {
        if (g === 0) return null;
        const d = frame.decisions[g];
        const text = run.traitor[g] ? '–' : d ? letter(d) : '';
        if (text === '') return null;
        return (
          <text
            key={g}
            className={`st-decision ${run.traitor[g] ? 't' : d === 'attack' ? 'a' : 'r'}`}
            data-mark={run.traitor[g] ? 'traitor' : 'decision'}
            x={(f.decideX + f.right) / 2}
            y={rowY(f, g) + 5}
            textAnchor="middle"
          >
            {text}
          </text>
        );
      })}
    </g>
  );
}
