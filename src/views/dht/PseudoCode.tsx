import { PSEUDOCODE } from '../../engine/chord';
import type { Routing } from '../../engine/chord/frames';

/** The routing mode's pseudo-code; the line the current step executes is highlighted. */
export function PseudoCode({ routing, line }: { routing: Routing; line: number | null }) {
  const lines = PSEUDOCODE[routing];
  return (
    <section className="panel pseudo" aria-label="Pseudo-code">
      <h2>Pseudo-code · {routing}</h2>
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
