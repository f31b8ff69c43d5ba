import { answerSheet, type AnswerLine } from '../quiz';
import { PAXOS_QUIZ } from './quiz';
import { runPaxos } from './run';
import { findViolation, type SearchResult } from './search';
import type { Chosen, Message, PaxosScenario, ScheduleEntry } from './types';

/** The CLI's answer for one run. */
export interface PaxosOutput {
  readonly kind: 'paxos';
  /** every message sent, with what became of it (ids are what a schedule names) */
  readonly messages: readonly Message[];
  readonly chosen: readonly Chosen[];
  readonly safe: boolean;
  readonly agreement: boolean;
  /** learner id → the values it learned, in order */
  readonly learned: Readonly<Record<string, readonly string[]>>;
  /** the schedule that ran: feed it back to replay the run exactly */
  readonly schedule: readonly ScheduleEntry[];
  readonly warnings?: readonly string[];
  /** the scenario's questions with their answers and why (present only when it has some) */
  readonly questions?: readonly AnswerLine[];
}

/** The CLI's answer for "find": "violation": the search's result without its state count. */
export type PaxosSearchOutput = { readonly kind: 'paxos' } & Omit<SearchResult, 'states'>;

export function runPaxosScenario(s: PaxosScenario): PaxosOutput | PaxosSearchOutput {
  if (s.find === 'violation') {
    const { states: _states, ...result } = findViolation(s);
    return { kind: 'paxos', ...result };
  }
  const run = runPaxos(s);
  const learned: Record<string, string[]> = {};
  for (const l of run.final.learners) learned[l.id] = l.learned.map((x) => x.value);
  const warnings = warningsOf(s);
  return {
    kind: 'paxos',
    messages: run.final.messages,
    chosen: run.verdicts.chosen,
    safe: run.verdicts.safe,
    agreement: run.verdicts.agreement,
    learned,
    schedule: run.schedule,
    ...(warnings.length > 0 ? { warnings } : {}),
    ...answerSheet(s.questions, PAXOS_QUIZ, () => run, run.steps.length, 'Paxos'),
  };
}

/** Configurations outside what Paxos promises, said once in words. */
export function warningsOf(s: PaxosScenario): string[] {
  const out: string[] = [];
  if (2 * s.quorum <= s.acceptors) {
    out.push(
      `A quorum of ${s.quorum} out of ${s.acceptors} acceptors: two quorums need not overlap, so Paxos cannot be safe even without faults.`,
    );
  }
  const hacked = Object.values(s.faults).filter((f) => f.type === 'byzantine').length;
  if (hacked > 0 && 2 * s.quorum - s.acceptors <= hacked) {
    out.push(
      `Two quorums of ${s.quorum} out of ${s.acceptors} share ${2 * s.quorum - s.acceptors} acceptor(s), and ${hacked} are hacked: the overlap may have no honest acceptor.`,
    );
  }
  return out;
}
