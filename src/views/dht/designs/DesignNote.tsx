import type { ChordFrame, NodeId } from '../../../engine/chord';
import { nodeLabel } from '../derive';
import { newestView } from './views';

const list = (ids: readonly number[]) => ids.map((x) => nodeLabel(x)).join(', ');

/**
 * What a node reads under mod N or a leader-kept view, in the node panel (the cache design
 * reads a finger table, shown as under finger routing): mod N, every node in id order and
 * this node's index; leader, the view it holds, whom it misses or still lists, and its leader.
 */
export function DesignNote({
  frame,
  id,
  routing,
}: {
  frame: ChordFrame;
  id: NodeId;
  routing: 'modN' | 'leader';
}) {
  if (routing === 'modN') {
    const i = frame.ids.indexOf(id);
    return (
      <p className="routing-note" aria-label="Routing pointers">
        Mod N: this node knows all N = {frame.ids.length} nodes in id order and is #{i}. Key k lives
        on nodes[hash(k) mod N], one hop away; a join or leave changes N for everyone.
      </p>
    );
  }
  const d = frame.design;
  const view = d?.views.get(id);
  const leader = d?.leader ?? null;
  if (!view)
    return (
      <p className="routing-note" aria-label="Routing pointers">
        Leader design: this node holds no view yet.
      </p>
    );
  const known = new Set<number>(view.ids);
  const missing = frame.ids.filter((x) => !known.has(x));
  const gone = view.ids.filter((x) => !frame.nodes.has(x));
  const old = view.version < newestView(frame);
  return (
    <p className="routing-note" aria-label="Routing pointers">
      View v{view.version}
      {old ? ' (old)' : ''}: it knows {view.ids.length} nodes and sends each request straight to the
      owner in its view, one hop.
      {missing.length ? ` It misses ${list(missing)}.` : ''}
      {gone.length ? ` It still lists ${list(gone)}, gone.` : ''}{' '}
      {leader !== null && frame.nodes.has(leader)
        ? leader === id
          ? 'It is the leader: every join and leave comes here.'
          : `Joins and leaves go to the leader ${nodeLabel(leader)}.`
        : 'No live leader: changes wait for the highest live id to take over.'}
    </p>
  );
}
