import type { ReactNode } from 'react';
import { letter } from './geometry';
import { DecisionBadge } from './icons';
import { majorityInputs, receivedLabel, type Picture } from './picture';
import { TableHead } from '../common/TableHead';

/** Per lieutenant: what it received (or its set V) and what it decided. */
export function DecisionsTable({ pic }: { pic: Picture }) {
  const { run, frame } = pic;
  const sm = run.algorithm === 'SM';
  const rows: ReactNode[] = [];
  const max = run.n > 10 ? 4 : 8;
  for (let i = 1; i < run.n; i++) {
    const traitor = run.traitor[i] ?? false;
    const decided = frame.decisions[i] ?? null;
    const over = frame.phase === 'decide' || frame.phase === 'verdict';
    const inputs = !sm && over && (decided || traitor) ? majorityInputs(run, i) : [];
    const V = frame.tallies[i]?.V ?? [];
    rows.push(
      <tr key={i} className={frame.focus === i ? 'highlight' : undefined}>
        <th scope="row">
          {/* the row deciding now, by a mark too, not by its tint alone */}
          {frame.focus === i ? (
            <span className="row-mark" aria-hidden="true">
              ▶{' '}
            </span>
          ) : null}
          L{i}
          {traitor ? <span className="traitor-chip"> ✕ Traitor</span> : null}
        </th>
        <td className="mono">{receivedLabel(pic, i, max) || '–'}</td>
        <td className="mono">
          {sm
            ? `{${V.map((v) => letter(v)).join(', ')}}`
            : inputs.length > 0
              ? inputs.length > max
                ? `${inputs.filter((x) => x.value === 'attack').length} A · ${inputs.filter((x) => x.value === 'retreat').length} R`
                : inputs.map((x) => letter(x.value)).join(' ')
              : '…'}
        </td>
        <td>
          {traitor ? (
            <span className="muted">does not count</span>
          ) : decided ? (
            <DecisionBadge value={decided} />
          ) : (
            <span className="muted">pending</span>
          )}
        </td>
      </tr>,
    );
  }
  return (
    <table aria-label="Decisions" className="byz-decisions">
      <caption>Decisions</caption>
      <TableHead cols={['Lieutenant', 'Received', sm ? 'Set V' : 'Majority of', 'Decision']} />
      <tbody>{rows}</tbody>
    </table>
  );
}
