import {
  compareRouting,
  contextOf,
  type ChordFrame,
  type ChordScenario,
  type Key,
  type NodeId,
  type Routing,
} from '../../engine/chord';

export interface CompareRow {
  routing: Routing;
  owner: number | null;
  path: number[];
  hops: number;
  /** network messages (hops plus timed-out attempts) */
  messages: number;
  timeouts: number;
  failed: boolean;
}
/** The routing comparison's rows: derived from the frame, never trusted from a link. */
export function compareRows(
  frame: ChordFrame,
  key: Key,
  from: NodeId,
  parsed: ChordScenario,
): CompareRow[] {
  return compareRouting(frame, key, from, contextOf(parsed)).map((r) => ({
    routing: r.routing,
    owner: r.owner,
    path: r.path,
    hops: r.hops,
    messages: r.messages,
    timeouts: r.timeouts.length,
    failed: r.owner === null,
  }));
}
