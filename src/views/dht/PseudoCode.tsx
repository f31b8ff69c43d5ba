import { PSEUDOCODE } from '../../engine/chord';
import type { Routing } from '../../engine/chord/frames';

interface Props {
  routing: Routing;
  line: number | null;
  /** the notes' "update finger link": sits beside the code whose "on timeout" line it changes */
  repair: boolean;
  onRepair(on: boolean): void;
}

/** The routing mode's pseudo-code; the line the current step executes is highlighted. */
export function PseudoCode({ routing, line, repair, onRepair }: Props) {
  const lines = PSEUDOCODE[routing];
  return (
    <section className="panel pseudo" aria-label="Pseudo-code">
      <div className="pseudo-head">
        <h2>Pseudo-code · {routing}</h2>
        <label title="The notes' “update finger link”: a lookup that times out on a crashed node points that finger at the next live candidate">
          <input
            type="checkbox"
            aria-label="Repair fingers"
            checked={repair}
            onChange={(e) => onRepair(e.target.checked)}
          />
          repair
        </label>
      </div>
      <ol className="code">
        {lines.map((text, i) => (
          <li
            key={i}
            className={i === line ? 'current' : undefined}
            aria-current={i === line ? 'step' : undefined}
          >
            {i === line ? (
              <span className="arrow" aria-hidden="true">
                ▶
              </span>
            ) : null}
            <code>{text}</code>
          </li>
        ))}
      </ol>
    </section>
  );
}
