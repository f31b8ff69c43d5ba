import type { Draft } from './draft';
import { isolate } from '../text';
import type { ChordNode, Key } from './frames';
import { nodeName } from './ring';
import type { RouteRequest, Candidate } from './routeTypes';
import { skipPointer } from './candidates';

/** "apple (id 9)" or "54". */
export function keyLabel(key: Key, keyId: number): string {
  return typeof key === 'number' ? `${key}` : `${isolate(`"${key}"`)} (id ${keyId})`;
}
export function hopText(
  d: Draft,
  n: ChordNode,
  c: Candidate,
  first: boolean,
  req: RouteRequest,
): string {
  const at = n.id;
  const k = req.keyId;
  const me = nodeName(at);
  const succ = n.successors[0]!;
  const ptr =
    c.source === 'finger'
      ? `finger[${c.index}] = ${nodeName(c.node)}`
      : c.source === 'skip'
        ? `the pointer ${c.index} nodes ahead, ${nodeName(c.node)}`
        : c.source === 'ring'
          ? nodeName(c.node)
          : c.index === 0
            ? `the successor ${nodeName(c.node)}`
            : `successor-list entry ${c.index} = ${nodeName(c.node)}`;
  if (c.fallback) {
    return `${me}: its whole successor list is gone, so it cannot tell who owns ${k}. It forwards the query through its nearest live finger, ${ptr}, without taking it as its successor.`;
  }
  if (c.source === 'ring') {
    return `${me} knows every node: the first node clockwise from ${k} is ${nodeName(c.node)}, one hop away.`;
  }
  if (c.final) {
    return `${me}: ${k} is in (${at}, ${c.node}], so ${ptr} owns it.`;
  }
  if (!first) return `${me}: the next-best pointer toward ${k} is ${ptr}.`;
  const notMine = `${me}: ${k} is not in (${at}, ${succ}]`;
  if (req.routing === 'finger' || req.routing === 'cached') {
    return c.source === 'finger'
      ? `${notMine}; the closest preceding finger is ${ptr}.`
      : `${notMine}; the closest preceding pointer is ${ptr}.`;
  }
  if (req.routing === 'skip') {
    if (c.source === 'skip') return `${notMine}; ${ptr} does not pass ${k}: jump there.`;
    const sp = skipPointer(d, at, req.skip);
    const why =
      sp === null
        ? `the ring is too small for a pointer ${req.skip} nodes ahead`
        : `the pointer ${req.skip} nodes ahead, ${nodeName(sp)}, would pass ${k}`;
    return `${notMine}; ${why}, so it goes to ${ptr}.`;
  }
  return `${notMine}; it passes the query to ${ptr}.`;
}
