import type { LookupOverlay } from '../../engine/chord';
import { nodeLabel } from './derive';

/** How many of a folded walk's nodes are listed when it is opened (the rest are counted). */
const LISTED = 400;

/**
 * A long successor walk is one step ("…passes through 9,998 nodes…"); this opens it: the
 * nodes it passed, in order, each handing the query to its successor.
 */
export function WalkDetails({ lookup }: { lookup: LookupOverlay }) {
  const walk = lookup.walk;
  if (!walk) return null;
  const passed = lookup.path.slice(lookup.path.length - walk.count - 1);
  const shown = passed.slice(0, LISTED);
  return (
    <details className="walk-details">
      <summary>Show the {walk.count.toLocaleString('en-US')} hops of this walk</summary>
      <ol aria-label="Nodes the walk passes through">
        {shown.map((id, i) => (
          <li key={i}>{nodeLabel(id)}</li>
        ))}
      </ol>
      {passed.length > shown.length ? (
        <p className="muted">
          … and {(passed.length - shown.length).toLocaleString('en-US')} more, to{' '}
          {nodeLabel(walk.to)}.
        </p>
      ) : null}
    </details>
  );
}
