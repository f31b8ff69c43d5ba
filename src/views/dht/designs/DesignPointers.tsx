import type { ChordFrame, NodeId } from '../../../engine/chord';
import { chordPath, maxBulge, nodeAngle } from '../geometry';
import { nodeRadius, type RingGeom } from '../ringConstants';
import { FullView } from '../FullView';

/** Whether a view lists every live node (a node that misses a joiner does not know every node). */
function knowsAll(frame: ChordFrame, ids: readonly NodeId[]): boolean {
  const known = new Set<number>(ids);
  return frame.ids.every((id) => known.has(id));
}

/**
 * What the leader design reads at the selected node, on the ring: the node sends every join
 * and leave to the leader (an arrow to the crown) and routes by its view, so while that view
 * lists every live node it knows every node (the full-view circle). (Cached: the node's fingers
 * are PointerLayer's; every node's cache entries, with their TTLs, are CacheLayer's.)
 */
export function DesignPointers({
  frame,
  geom,
  selected,
}: {
  frame: ChordFrame;
  geom: RingGeom;
  selected: NodeId | null;
}) {
  const d = frame.design;
  if (selected === null || !d || !frame.nodes.has(selected)) return null;
  const angle = (id: number) => nodeAngle(id, geom.bits);
  const inset = nodeRadius(frame.ids.length) + 3;
  const bulge = maxBulge(geom);
  const chord = (to: number) => chordPath(angle(selected), angle(to), geom, inset, bulge);
  const view = d.views.get(selected);
  const leader = d.leader !== null && frame.nodes.has(d.leader) ? d.leader : null;
  return (
    <g className="design-pointers">
      {view && knowsAll(frame, view.ids) ? <FullView geom={geom} inset={inset} /> : null}
      {leader !== null && leader !== selected ? (
        <path
          className="to-leader"
          data-mark="to-leader"
          d={chord(leader)}
          markerEnd="url(#arrow-to-leader)"
        />
      ) : null}
    </g>
  );
}
