/**
 * Every kind of mark the ring draws. Each drawn element carries `data-mark="<Mark>"`, and the
 * legend lists exactly the marks on the stage, so each mark a student sees is explained.
 */
export const MARKS = {
  node: 'node',
  finger: 'finger (the selected node’s table)',
  successor: 'successor pointer',
  skip: 'skip pointer (k nodes ahead)',
  full: 'full view: knows every node',
  stale: 'stale pointer (names a gone or wrong node)',
  hop: 'lookup hop taken',
  'hop-now': 'hop in progress',
  query: 'the query',
  target: 'key being looked up',
  at: 'node running the step',
  owner: 'owner found',
  key: 'key (at its id)',
  'key-tie': 'key → the node storing it',
  replica: 'replica copy',
  handover: 'keys handed over',
  changed: 'pointer just changed',
  crashed: 'crashed: its keys are lost',
  left: 'left: handed its keys on',
  timeout: 'timeout (hop to a gone node)',
  lost: 'key lost',
  joining: 'node joining',
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
