/**
 * Every kind of mark the Paxos pictures draw without words, as the space-time legend names them
 * (in its order): the diagram's message lines, lost and crashed marks and chosen lines, and the
 * stage's dots (an accepted message waiting on its way to a learner, too tight for a pill's
 * words). Drawn dots and legend entries carry `data-mark="<mark>"`.
 */
export const PAXOS_MARKS = [
  'prepare',
  'promise',
  'accept',
  'accepted',
  'accepted, waiting',
  'lie',
  'in flight',
  'lost',
  'crashed',
  'chosen',
] as const;

export type PaxosMark = (typeof PAXOS_MARKS)[number];

/** The stage's dot: a waiting accepted message. */
export const DOT_MARK: PaxosMark = 'accepted, waiting';
