import type { Outgoing } from './rule';
import {
  acceptorId,
  learnerId,
  type Config,
  type Message,
  type PaxosScenario,
  type PaxosState,
} from './types';

export function configOf(s: PaxosScenario): Config {
  return {
    quorum: s.quorum,
    proposers: s.proposers,
    acceptorIds: Array.from({ length: s.acceptors }, (_, i) => acceptorId(i)),
    learnerIds: Array.from({ length: s.learners }, (_, i) => learnerId(i)),
  };
}

/** Before anything happens: every proposer idle, every acceptor empty, nothing in flight. */
export function initialState(s: PaxosScenario): PaxosState {
  const cfg = configOf(s);
  return {
    step: 0,
    proposers: s.proposers.map((p, index) => ({
      id: p.id,
      index,
      value: p.value,
      attempts: 0,
      ballot: 0,
      phase: 'idle',
      promises: [],
      proposal: null,
      crashed: false,
    })),
    acceptors: cfg.acceptorIds.map((id) => {
      const f = s.faults[id];
      return {
        id,
        fault: f ?? null,
        promised: 0,
        accepted: null,
        votes: [],
        crashed: false,
      };
    }),
    learners: cfg.learnerIds.map((id) => ({ id, heard: [], learned: [] })),
    messages: [],
  };
}

/** Appends sent messages with the next ids. */
export function send(
  messages: readonly Message[],
  out: readonly Outgoing[],
  step: number,
): Message[] {
  const next = messages.slice();
  for (const o of out) {
    next.push({ id: next.length + 1, ...o, sentAt: step, status: 'flight', doneAt: 0 });
  }
  return next;
}

/** The process with this id, of any role, and its role. */
export function roleOf(s: PaxosState, id: string): 'proposer' | 'acceptor' | 'learner' | null {
  if (s.proposers.some((p) => p.id === id)) return 'proposer';
  if (s.acceptors.some((a) => a.id === id)) return 'acceptor';
  if (s.learners.some((l) => l.id === id)) return 'learner';
  return null;
}

export function isCrashed(s: PaxosState, id: string): boolean {
  return (
    s.proposers.find((p) => p.id === id)?.crashed ??
    s.acceptors.find((a) => a.id === id)?.crashed ??
    false
  );
}
