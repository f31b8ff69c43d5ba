import type { Routing } from './frames';
import type { RingRouting } from './routeTypes';
import { CACHE_CODE, CACHE_HEADER, LEADER_CODE, MODN_CODE } from './designs/pseudocode';

const CHORD_CODE = {
  successor: [
    'n.find_successor(id):',
    '  if id ∈ (predecessor, n]: return n',
    '  if id ∈ (n, successor]: return successor',
    '  return successor.find_successor(id)',
    '  on timeout: back at n, try the next successor-list entry',
    '  whole successor list gone: forward to the nearest live finger, claim nothing',
    '  no live pointer: "cannot answer yet" (stabilization repairs the ring)',
  ],
  skip: [
    'n.find_successor(id):',
    '  if id ∈ (predecessor, n]: return n',
    '  if id ∈ (n, successor]: return successor',
    '  if skip ∈ (n, id): return skip.find_successor(id)   // k nodes ahead',
    '  return successor.find_successor(id)',
    '  on timeout: back at n, try the next pointer',
    '  whole successor list gone: forward to the nearest live finger, claim nothing',
    '  no live pointer: "cannot answer yet" (stabilization repairs the ring)',
  ],
  finger: [
    'n.find_successor(id):',
    '  if id ∈ (predecessor, n]: return n',
    '  if id ∈ (n, successor]: return successor',
    '  n′ = closest_preceding_finger(id)',
    '  return n′.find_successor(id)',
    'n.closest_preceding_finger(id):',
    '  for i = m − 1 downto 0:',
    '    if finger[i] ∈ (n, id): return finger[i]',
    '  return n',
    'on timeout: back at n, try the next-best finger or successor-list entry',
    'whole successor list gone: forward to the nearest live finger, claim nothing',
    'no live pointer: "cannot answer yet" (stabilization repairs the ring)',
  ],
  full: [
    'n.find_successor(id):',
    '  if id ∈ (predecessor, n]: return n',
    '  owner = first node clockwise from id in n’s full table',
    '  return owner',
    '// the catch: every join and leave must reach every node, and agreeing on one view is slow',
  ],
};

/** Pseudo-code shown beside the ring, per routing mode; steps name the executing line. */
export const PSEUDOCODE: Record<Routing, readonly string[]> = {
  ...CHORD_CODE,
  modN: MODN_CODE,
  leader: LEADER_CODE,
  cached: [...CACHE_CODE, ...CHORD_CODE.finger],
};
/**
 * With a successor list (replicas > 1) finger routing also forwards to list entries: the
 * journal version of Chord (Stoica et al., ToN 2003), whose closest_preceding_node scans
 * fingers ∪ successor list. Same line numbers as PSEUDOCODE.finger, so LINES holds for both.
 */
const JOURNAL_FINGER: readonly string[] = PSEUDOCODE.finger.map((line, i) =>
  i === 3
    ? '  n′ = closest_preceding_node(id)'
    : i === 5
      ? 'n.closest_preceding_node(id):   // fingers ∪ successor list'
      : i === 6
        ? '  for u in fingers ∪ successor list, farthest first:'
        : i === 7
          ? '    if u ∈ (n, id): return u'
          : line,
);

/** The pseudo-code the engine runs for this mode and successor-list length. */
export function pseudocodeFor(routing: Routing, replicas: number): readonly string[] {
  return routing === 'finger' && replicas > 1 ? JOURNAL_FINGER : PSEUDOCODE[routing];
}

interface Lines {
  start: number;
  own: number;
  final: number;
  /** a pointer that precedes the key (forward the query) */
  ahead: number;
  /** the skip pointer (skip mode) */
  skip: number;
  timeout: number;
  /** the whole successor list is gone: forward to the nearest live finger (finger mode) */
  fallback: number;
  fail: number;
}

const FINGER_LINES: Lines = {
  start: 0,
  own: 1,
  final: 2,
  ahead: 7,
  skip: 7,
  timeout: 9,
  fallback: 10,
  fail: 11,
};

/** Which PSEUDOCODE line each kind of step executes (cached: the finger lines, shifted). */
export const LINES: Record<RingRouting, Lines> = {
  successor: { start: 0, own: 1, final: 2, ahead: 3, skip: 3, timeout: 4, fallback: 5, fail: 6 },
  skip: { start: 0, own: 1, final: 2, ahead: 4, skip: 3, timeout: 5, fallback: 6, fail: 7 },
  finger: FINGER_LINES,
  full: { start: 0, own: 1, final: 2, ahead: 2, skip: 2, timeout: 3, fallback: 3, fail: 3 },
  cached: Object.fromEntries(
    Object.entries(FINGER_LINES).map(([k, v]) => [k, v + CACHE_HEADER]),
  ) as unknown as Lines,
};
