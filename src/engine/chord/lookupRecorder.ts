import type { Recorder } from './draft';
import type { LookupOverlay } from './frames';
import { nodeName, type NodeId } from './ring';
import { LINES } from './pseudocode';
import { FOLD_AFTER, type RouteRequest } from './routeTypes';

export type EmitLookup = (
  type: string,
  text: string,
  o: Partial<Omit<LookupOverlay, 'kind' | 'changed'>> & { at: NodeId; line: number },
) => void;

/**
 * The recorder of one lookup: `emit` records a step with the lookup's overlay (the path and
 * timeouts so far, read from the arrays route() grows); `holdHop` holds plain successor hops
 * back so a long run of them folds into one 'walk' step; `emit` flushes the held walk first,
 * `emitNow` does not. Does nothing when rec is null.
 */
export function lookupRecorder(
  rec: Recorder | null,
  req: RouteRequest,
  path: NodeId[],
  timeouts: NodeId[],
): {
  emit: EmitLookup;
  emitNow: EmitLookup;
  flushWalk: () => void;
  holdHop: (from: NodeId, to: NodeId, record: () => () => void) => void;
} {
  const L = LINES[req.routing];
  const k = req.keyId;
  const emitNow = (
    type: string,
    text: string,
    o: Partial<Omit<LookupOverlay, 'kind' | 'changed'>> & { at: NodeId; line: number },
  ): void => {
    if (!rec) return;
    rec.emit(type, text, {
      kind: 'lookup',
      purpose: req.purpose,
      routing: req.routing,
      key: req.key,
      keyId: k,
      origin: req.from,
      pick: null,
      token: null,
      path: [...path],
      timeouts: [...timeouts],
      owner: null,
      done: false,
      failed: false,
      correct: null,
      trueOwner: null,
      ...o,
    });
  };
  const emit: typeof emitNow = (type, text, o) => {
    flushWalk();
    emitNow(type, text, o);
  };
  // Plain successor hops (first choice, the live successor, not the owner) are held back:
  // a run of up to FOLD_AFTER of them is recorded hop by hop, a longer one as one step.
  let walk: { from: NodeId; to: NodeId; count: number; held: (() => void)[] } | null = null;
  const flushWalk = (): void => {
    const w = walk;
    if (!w) return;
    walk = null;
    if (w.count <= FOLD_AFTER) return w.held.forEach((f) => f());
    emitNow(
      'walk',
      `${nodeName(w.from)} → … → ${nodeName(w.to)}: the query passes through ` +
        `${w.count.toLocaleString('en-US')} nodes, each handing it to its successor, because none ` +
        `of them has a pointer closer to ${k}.`,
      {
        at: w.to,
        line: L.ahead,
        pick: { node: w.to, source: 'successor', index: 0 },
        path: [...path],
        walk: { from: w.from, to: w.to, count: w.count },
      },
    );
  };
  const holdHop = (from: NodeId, to: NodeId, record: () => () => void): void => {
    const w = (walk ??= { from, to, count: 0, held: [] });
    w.to = to;
    w.count++;
    if (w.count <= FOLD_AFTER) w.held.push(record());
    else w.held = [];
  };
  return { emit, emitNow, flushWalk, holdHop };
}
