import { pseudocodeFor } from '../../engine/chord';
import type { Routing } from '../../engine/chord/frames';
import { useKeepInView } from '../common/useKeepInView';

interface Props {
  routing: Routing;
  /** successor-list length: above 1, finger routing also forwards to list entries */
  replicas: number;
  line: number | null;
  /** the notes' "update finger link": sits beside the code whose "on timeout" line it changes */
  repair: boolean;
  onRepair(on: boolean): void;
}

/** The routing mode's pseudo-code; the line the current step executes is highlighted. */
export function PseudoCode({ routing, replicas, line, repair, onRepair }: Props) {
  const lines = pseudocodeFor(routing, replicas);
  // the panel scrolls at 1280×720: the executing line stays in sight
  const code = useKeepInView<HTMLOListElement>('li.current', `${routing}${replicas}:${line}`);
  return (
    <section className="panel pseudo" aria-label="Pseudo-code">
      <div className="pseudo-head">
        <h2>
          Pseudo-code · {routing}
          {routing === 'finger' && replicas > 1 ? ' + successor list' : ''}
        </h2>
        <label title="The notes' “update finger link”: a finger that timed out on a crashed node learns the first live node at or after its start that the lookup reaches">
          <input
            type="checkbox"
            aria-label="Repair fingers"
            checked={repair}
            onChange={(e) => onRepair(e.target.checked)}
          />
          repair
        </label>
      </div>
      <ol className="code" ref={code}>
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
