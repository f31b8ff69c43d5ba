/**
 * The same lookup under the notes' other designs, each on a throwaway copy of the frame:
 * where would mod N send it, what does a leader-kept view cost, does the cache answer.
 */
import { Draft } from '../draft';
import type { CompareResult } from '../run';
import type { ChordFrame, DesignRouting, Key } from '../frames';
import type { NodeId } from '../ring';
import { initLeader } from './leader';
import { designRoute, trueOwnerOf } from './ops';

/** A comparison row of a design: Chord's row (run.ts CompareResult) with the design's name. */
export type DesignCompareRow = Omit<CompareResult, 'routing'> & { routing: DesignRouting };

export function compareDesigns(
  frame: ChordFrame,
  key: Key,
  keyId: number,
  from: NodeId,
  opt: { skip: number; repair: boolean; cacheTtl: number },
): DesignCompareRow[] {
  const run = (routing: DesignRouting): DesignCompareRow => {
    const d = new Draft(frame);
    if (routing === 'leader' && !d.design?.views.size) initLeader(d);
    const r = designRoute(d, routing, { from, key, keyId, purpose: 'lookup' }, opt, null);
    const trueOwner = trueOwnerOf(d, routing, keyId);
    return {
      routing,
      correct: r.owner === trueOwner,
      trueOwner,
      owner: r.owner,
      path: [...r.path],
      hops: r.path.length - 1,
      timeouts: [...r.timeouts],
      messages: r.messages,
    };
  };
  return (['modN', 'leader', 'cached'] as const).map(run);
}
