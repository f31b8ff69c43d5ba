import type { Message } from './types';

/** A message a rule sends; the run gives it its id and send step. */
export type Outgoing = Pick<Message, 'type' | 'from' | 'to' | 'ballot' | 'value' | 'prior' | 'lie'>;

/** What one protocol rule does to one process: its next state, what it sends, one sentence. */
export interface RuleResult<S> {
  readonly next: S;
  readonly out: readonly Outgoing[];
  readonly text: string;
}
