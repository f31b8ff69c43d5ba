import { fail } from '../scenario/errors';
import { receiveAccept, receivePrepare } from './acceptor';
import { receiveAccepted } from './learner';
import { receivePromise, startBallot } from './proposer';
import type { Outgoing, RuleResult } from './rule';
import { isCrashed, roleOf, send } from './state';
import {
  inFlight,
  messageLabel,
  type Config,
  type Message,
  type MsgStatus,
  type PaxosScenario,
  type PaxosState,
  type ScheduleEntry,
} from './types';

/** What one schedule entry did: the state after it and one sentence of narration. */
export interface Applied {
  readonly state: PaxosState;
  readonly type: 'propose' | 'deliver' | 'drop' | 'delay' | 'crash' | 'lost';
  readonly text: string;
  /** the message the entry is about, if any */
  readonly message: number | null;
}

const where = (step: number) => `Paxos schedule step ${step}`;

/** "prepare(10) P1→A2" */
export function describe(m: Message): string {
  return `${messageLabel(m)} ${m.from}→${m.to}`;
}

/**
 * Applies one schedule entry. Bad entries (a message nobody sent, one already delivered, a
 * process that does not exist or has crashed) throw a ScenarioError naming the step.
 */
export function applyEntry(cfg: Config, s: PaxosState, e: ScheduleEntry): Applied {
  const step = s.step + 1;
  if ('propose' in e) {
    const i = s.proposers.findIndex((p) => p.id === e.propose);
    const p = s.proposers[i];
    if (!p) fail(`${where(step)}: "${e.propose}" is not a proposer.`);
    if (p.crashed) fail(`${where(step)}: ${p.id} has crashed and cannot propose.`);
    const r = startBallot(cfg, p);
    return {
      state: {
        ...s,
        step,
        proposers: replace(s.proposers, i, r.next),
        messages: send(s.messages, r.out, step),
      },
      type: 'propose',
      text: r.text,
      message: null,
    };
  }
  if ('crash' in e) {
    const role = roleOf(s, e.crash);
    if (role !== 'proposer' && role !== 'acceptor') {
      fail(`${where(step)}: "${e.crash}" is not a proposer or an acceptor, so it cannot crash.`);
    }
    if (isCrashed(s, e.crash)) fail(`${where(step)}: ${e.crash} has already crashed.`);
    return {
      state: crash({ ...s, step }, e.crash),
      type: 'crash',
      text: crashText(role, e.crash),
      message: null,
    };
  }
  const id = 'deliver' in e ? e.deliver : 'drop' in e ? e.drop : e.delay;
  const m = s.messages[id - 1];
  if (!Number.isInteger(id) || !m) {
    fail(
      `${where(step)} names message ${id}, which nobody has sent` +
        (s.messages.length > 0
          ? ` (messages so far: 1–${s.messages.length}).`
          : ' (no message sent yet).'),
    );
  }
  if (!inFlight(m)) {
    fail(`${where(step)}: message ${id} (${describe(m)}) was already ${m.status}.`);
  }
  if ('drop' in e) {
    return {
      state: { ...s, step, messages: mark(s.messages, m, 'dropped', step) },
      type: 'drop',
      text: `${describe(m)} is lost on the way.`,
      message: id,
    };
  }
  if ('delay' in e) {
    return {
      state: { ...s, step, messages: mark(s.messages, m, 'delayed', 0) },
      type: 'delay',
      text: `${describe(m)} is delayed: later messages may overtake it.`,
      message: id,
    };
  }
  const delivered = { ...s, step, messages: mark(s.messages, m, 'delivered', step) };
  if (isCrashed(s, m.to)) {
    return {
      state: { ...s, step, messages: mark(s.messages, m, 'lost', step) },
      type: 'lost',
      text: `${describe(m)} reaches ${m.to}, which has crashed: nothing happens.`,
      message: id,
    };
  }
  return { ...deliver(cfg, delivered, m, step), type: 'deliver', message: id };
}

function deliver(
  cfg: Config,
  s: PaxosState,
  m: Message,
  step: number,
): { state: PaxosState; text: string } {
  const apply = <T>(
    list: readonly T[],
    idOf: (x: T) => string,
    rule: (cfg: Config, x: T, m: Message) => RuleResult<T>,
  ): { list: T[]; out: readonly Outgoing[]; text: string } => {
    const i = list.findIndex((x) => idOf(x) === m.to);
    const r = rule(cfg, list[i]!, m);
    return { list: replace(list, i, r.next), out: r.out, text: r.text };
  };
  switch (m.type) {
    case 'prepare':
    case 'accept': {
      const r = apply(
        s.acceptors,
        (a) => a.id,
        m.type === 'prepare' ? receivePrepare : receiveAccept,
      );
      return {
        state: { ...s, acceptors: r.list, messages: send(s.messages, r.out, step) },
        text: r.text,
      };
    }
    case 'promise': {
      const r = apply(s.proposers, (p) => p.id, receivePromise);
      return {
        state: { ...s, proposers: r.list, messages: send(s.messages, r.out, step) },
        text: r.text,
      };
    }
    case 'accepted': {
      const r = apply(s.learners, (l) => l.id, receiveAccepted);
      return { state: { ...s, learners: r.list }, text: r.text };
    }
  }
}

/** Acceptors whose crash fault fires now: {"type": "crash", "at": k} fires after k entries. */
export function crashesDue(sc: PaxosScenario, s: PaxosState): string[] {
  return Object.entries(sc.faults)
    .filter(([id, f]) => f.type === 'crash' && f.at === s.step && !isCrashed(s, id))
    .map(([id]) => id);
}

/** A crash: the process stops; messages already sent stay in flight, ones to it are lost. */
export function crash(s: PaxosState, id: string): PaxosState {
  return {
    ...s,
    proposers: s.proposers.map((p) => (p.id === id ? { ...p, crashed: true } : p)),
    acceptors: s.acceptors.map((a) => (a.id === id ? { ...a, crashed: true } : a)),
  };
}

export function crashText(role: 'proposer' | 'acceptor', id: string): string {
  return role === 'acceptor'
    ? `${id} crashes: it answers nothing from now on (but never lies).`
    : `${id} crashes: it stops proposing.`;
}

function mark(
  messages: readonly Message[],
  m: Message,
  status: MsgStatus,
  doneAt: number,
): Message[] {
  const next = messages.slice();
  next[m.id - 1] = { ...m, status, doneAt };
  return next;
}

function replace<T>(list: readonly T[], i: number, x: T): T[] {
  const next = list.slice();
  next[i] = x;
  return next;
}
