import type { ChordFrame, NodeId } from '../../../engine/chord';

/** The newest view version any live node holds (leader design), or 0 without views. */
export function newestView(frame: ChordFrame): number {
  let v = 0;
  for (const [id, view] of frame.design?.views ?? [])
    if (frame.nodes.has(id)) v = Math.max(v, view.version);
  return v;
}

/** Live nodes holding an older view than the newest: a lookup from them may go wrong. */
export function oldViews(frame: ChordFrame): NodeId[] {
  const newest = newestView(frame);
  const out: NodeId[] = [];
  for (const [id, view] of frame.design?.views ?? [])
    if (frame.nodes.has(id) && view.version < newest) out.push(id);
  return out.sort((a, b) => a - b);
}
