import type { StabilizeOverlay, StabilizeRule } from '../../engine/chord/frames';
import { nodeLabel } from './derive';
import { useKeepInView } from '../common/useKeepInView';

/** Chord Fig. 7 (§4.4, with §6.3's replication), the rules stabilization runs on each node. */
const LINES: readonly { text: string; rule?: StabilizeRule; head?: StabilizeRule }[] = [
  { text: 'n.stabilize():', head: 'stabilize' },
  { text: '  if every successor failed: rejoin via a known node', rule: 'rejoin' },
  { text: '  x = successor.predecessor' },
  { text: '  if x ∈ (n, successor): successor = x', rule: 'stabilize' },
  { text: '  successor.notify(n)' },
  { text: 'n.notify(n′):', head: 'notify' },
  { text: '  if predecessor = nil or n′ ∈ (predecessor, n):' },
  { text: '    predecessor = n′', rule: 'notify' },
  { text: 'n.fix_fingers():', head: 'fixFingers' },
  { text: '  next = next + 1 (mod m)' },
  { text: '  finger[next] = find_successor(n + 2^next)', rule: 'fixFingers' },
  { text: 'n.check_predecessor():', head: 'checkPredecessor' },
  { text: '  if predecessor has failed: predecessor = nil', rule: 'checkPredecessor' },
  { text: 'replicate: successor list holds the copies', rule: 'replicate' },
];

/**
 * The stabilization step's code: the lines whose rule changed something at this node are
 * highlighted; when nothing changed, the four rules' heads are marked as run.
 */
export function StabilizeCode({ overlay }: { overlay: StabilizeOverlay }) {
  const rules = new Set<StabilizeRule>(overlay.rules);
  const quiet = rules.size === 0;
  const who = overlay.node !== null ? nodeLabel(overlay.node) : 'every node';
  // the panel scrolls at 1280×720: the lines that ran stay in sight (check_predecessor is last)
  const code = useKeepInView<HTMLOListElement>('li.current', overlay);
  return (
    <section className="panel pseudo" aria-label="Pseudo-code">
      <div className="pseudo-head">
        <h2>
          Stabilize · round {overlay.round} · {who}
        </h2>
      </div>
      <ol className="code" ref={code}>
        {LINES.map((l, i) => {
          const on = l.rule !== undefined && rules.has(l.rule);
          const ran = quiet && l.head !== undefined;
          return (
            <li
              key={i}
              className={on ? 'current' : ran ? 'ran' : undefined}
              aria-current={on ? 'step' : undefined}
            >
              {on ? (
                <span className="arrow" aria-hidden="true">
                  ▶
                </span>
              ) : null}
              <code>{l.text}</code>
            </li>
          );
        })}
      </ol>
      {quiet ? <p className="muted small">Nothing changed at {who} this round.</p> : null}
    </section>
  );
}
