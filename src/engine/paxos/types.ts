import type { JsonObject } from '../scenario/json';
import type { QuestionSpec } from '../quiz';
/**
 * Shared vocabulary of the Paxos engine: single-decree Paxos as in Lamport, "Paxos Made Simple"
 * (ACM SIGACT News 32(4), 2001), §2. Proposers P…, acceptors A1..An, learners L1..Lk.
 * Everything is plain data: a run is a list of states, one after each schedule entry.
 */

export type MsgType = 'prepare' | 'promise' | 'accept' | 'accepted';
export const MSG_TYPES: readonly MsgType[] = ['prepare', 'promise', 'accept', 'accepted'];

/** How a hacked acceptor misbehaves (see faults.ts for the exact rules). */
export type Strategy = 'forget' | 'liar';
export const STRATEGIES: readonly Strategy[] = ['forget', 'liar'];

export type Fault =
  | { readonly type: 'crash'; readonly at: number }
  | { readonly type: 'byzantine'; readonly strategy: Strategy };

/** One entry of a schedule: what happens next, in order. */
export type ScheduleEntry =
  | { readonly propose: string }
  | { readonly deliver: number }
  | { readonly drop: number }
  | { readonly delay: number }
  | { readonly crash: string };

export type ProposerSpec = {
  readonly id: string;
  readonly value: string;
};

/** A parsed, normalized scenario: also the share-link / CLI format, so it stays plain JSON. */
export type PaxosScenario = {
  readonly kind: 'paxos';
  readonly version: 1;
  readonly seed: number;
  readonly acceptors: number;
  readonly quorum: number;
  readonly learners: number;
  readonly proposers: readonly ProposerSpec[];
  /** acceptor id ("A2") → fault; acceptors not listed are honest */
  readonly faults: Readonly<Record<string, Fault>>;
  /** the run, entry by entry; absent: the seeded scheduler chooses one */
  readonly schedule?: readonly ScheduleEntry[];
  /** seeded scheduler only: the chance that it drops a message instead of delivering it */
  readonly loss: number;
  /** "violation": the CLI runs the bounded search instead of one schedule */
  readonly find?: 'violation';
  /** Predict-then-reveal: where the player stops and asks (see engine/quiz). */
  readonly questions?: readonly QuestionSpec[];
  /** UI state, passed through untouched and ignored by the engine */
  readonly view?: JsonObject;
};

export type MsgStatus = 'flight' | 'delayed' | 'delivered' | 'dropped' | 'lost';

export interface Message {
  /** 1, 2, 3, … in the order messages are sent: what a schedule names */
  readonly id: number;
  readonly type: MsgType;
  readonly from: string;
  readonly to: string;
  /** the ballot of the prepare / promise / accept / accepted */
  readonly ballot: number;
  /** accept / accepted: the proposed value; promise: the value it reports accepted (or null) */
  readonly value: string | null;
  /** promise only: the ballot of the proposal it reports accepted, 0 for none */
  readonly prior: number;
  /** promise only: a hacked acceptor's report that is not what it really accepted */
  readonly lie: boolean;
  /** the schedule step (1-based) that sent it; 0 for none */
  readonly sentAt: number;
  readonly status: MsgStatus;
  /** the step that delivered, dropped or lost it; 0 while in flight */
  readonly doneAt: number;
}

export interface Proposal {
  readonly ballot: number;
  readonly value: string;
}

export interface PromiseReport {
  readonly from: string;
  readonly prior: number;
  readonly value: string | null;
  /** a hacked acceptor's report, not what it really accepted (the narration says so) */
  readonly lie: boolean;
}

export interface ProposerState {
  readonly id: string;
  /** index among the proposers: its ballots are 10·(k·P + index + 1) */
  readonly index: number;
  /** its own value, proposed when no acceptor reports an accepted one */
  readonly value: string;
  /** ballots started so far */
  readonly attempts: number;
  /** the current ballot, 0 before the first */
  readonly ballot: number;
  /** idle: no ballot yet; prepare: waiting for promises; accept: accept requests sent */
  readonly phase: 'idle' | 'prepare' | 'accept';
  /** promises received for the current ballot, in arrival order */
  readonly promises: readonly PromiseReport[];
  /** the value sent in accept requests for the current ballot */
  readonly proposal: string | null;
  readonly crashed: boolean;
}

export interface AcceptorState {
  readonly id: string;
  readonly fault: Fault | null;
  /** the highest prepare it has responded to (Paxos Made Simple's promise), 0 for none */
  readonly promised: number;
  /** the highest-numbered proposal it has accepted */
  readonly accepted: Proposal | null;
  /** every proposal it has accepted, in order (a hacked acceptor may accept lower ones later) */
  readonly votes: readonly Proposal[];
  readonly crashed: boolean;
}

export interface LearnerState {
  readonly id: string;
  /** accepted(b, v) messages heard, in arrival order */
  readonly heard: readonly (Proposal & { readonly from: string })[];
  /** values learned, in order; more than one means the learner saw safety break */
  readonly learned: readonly Proposal[];
}

/** The whole picture after some steps. */
export interface PaxosState {
  /** schedule entries applied so far */
  readonly step: number;
  readonly proposers: readonly ProposerState[];
  readonly acceptors: readonly AcceptorState[];
  readonly learners: readonly LearnerState[];
  /** every message sent so far; messages[k] has id k + 1 */
  readonly messages: readonly Message[];
}

/** A value accepted by a quorum of acceptors at one ballot. */
export interface Chosen extends Proposal {
  /** every acceptor that accepted (ballot, value), sorted */
  readonly quorum: readonly string[];
}

/**
 * The static facts every rule needs: the scenario's quorum and proposers (each with its own
 * value, in order; the liar claims another one of these) and everyone's ids.
 */
export interface Config extends Pick<PaxosScenario, 'quorum' | 'proposers'> {
  readonly acceptorIds: readonly string[];
  readonly learnerIds: readonly string[];
}

export const acceptorId = (i: number): string => `A${i + 1}`;
export const learnerId = (i: number): string => `L${i + 1}`;

/**
 * Proposer `index`'s k-th ballot (k = 0, 1, …). Paxos Made Simple only asks that proposers draw
 * ballots from disjoint sets; multiples of ten leave room below each ballot for the number a
 * liar claims (prepare 20 → "I accepted at 19"), so the lie is always the highest report.
 */
export function ballotOf(index: number, attempt: number, proposerCount: number): number {
  return 10 * (attempt * proposerCount + index + 1);
}

/** "prepare(10)", "promise(20, 10:attack)", "accept(10, attack)", "accepted(10, attack)". */
export function messageLabel(m: Pick<Message, 'type' | 'ballot' | 'value' | 'prior'>): string {
  switch (m.type) {
    case 'prepare':
      return `prepare(${m.ballot})`;
    case 'promise':
      return m.prior > 0
        ? `promise(${m.ballot}, ${m.prior}:${m.value})`
        : `promise(${m.ballot}, –)`;
    case 'accept':
      return `accept(${m.ballot}, ${m.value})`;
    case 'accepted':
      return `accepted(${m.ballot}, ${m.value})`;
  }
}

export const inFlight = (m: Message): boolean => m.status === 'flight' || m.status === 'delayed';

/** The same message in another run: same type, sender, receiver and ballot, still in flight. */
export function twinOf(messages: readonly Message[], m: Message): Message | undefined {
  return messages.find(
    (x) =>
      x.type === m.type &&
      x.from === m.from &&
      x.to === m.to &&
      x.ballot === m.ballot &&
      inFlight(x),
  );
}
