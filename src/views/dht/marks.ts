/**
 * Every kind of mark the ring draws. Each drawn element carries `data-mark="<Mark>"`, and the
 * legend lists exactly the marks on the stage, so each mark a student sees is explained.
 */
export const MARKS = {
  node: 'node',
  finger: 'finger',
  successor: 'successor',
  skip: 'skip pointer',
  full: 'knows every node',
  stale: 'stale pointer',
  hop: 'hop taken',
  'hop-now': 'hop in progress',
  query: 'the query',
  target: 'looked-up key',
  at: 'node acting now',
  stabilizing: 'node stabilizing',
  owner: 'owner found',
  key: 'key',
  'key-tie': 'key → its node',
  replica: 'replica copy',
  'copy-sent': 'copy sent',
  handover: 'keys handed over',
  changed: 'pointer changed',
  crashed: 'crashed: keys lost',
  left: 'left: keys handed on',
  timeout: 'timeout',
  lost: 'key lost',
  joining: 'joining',
  'wrong-answer': 'wrong answer',
  'true-owner': 'true owner',
  'value-at': 'holds the value',
  'rejoin-via': 'asked to rejoin',
  // the notes' other designs (#12)
  'key-chip': 'key',
  'moved-key': 'key changed node',
  told: 'hears the new N',
  leader: 'leader',
  push: 'view pushed',
  'push-missed': 'push never sent',
  'old-view': 'holds an old view',
  'to-leader': 'reports to leader',
  stray: 'misplaced value',
  'cache-entry': 'cache entry, TTL',
  'cache-stale': 'stale cache entry',
  'cache-expired': 'TTL ran out',
} as const;

export type Mark = keyof typeof MARKS;

export const isMark = (s: string): s is Mark => Object.prototype.hasOwnProperty.call(MARKS, s);

/** The marks present under an element (the ring's SVG), in the legend's order. */
export function marksIn(root: ParentNode | null, extra: Iterable<Mark> = []): Mark[] {
  const found = new Set<Mark>(extra);
  root?.querySelectorAll('[data-mark]').forEach((el) => {
    const m = el.getAttribute('data-mark') ?? '';
    if (isMark(m)) found.add(m);
  });
  return (Object.keys(MARKS) as Mark[]).filter((m) => found.has(m));
}
