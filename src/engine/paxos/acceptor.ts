import { liarClaim } from './faults';
import type { AcceptorState, Config, Message } from './types';
import type { Outgoing, RuleResult } from './rule';

/**
 * Phase 1(b), Paxos Made Simple §2.2: "If an acceptor receives a prepare request with number n
 * greater than that of any prepare request to which it has already responded, then it responds
 * to the request with a promise not to accept any more proposals numbered less than n and with
 * the highest-numbered proposal (if any) that it has accepted."
 * A hacked acceptor promises every prepare: `forget` reports nothing, `liar` makes a report up.
 */
export function receivePrepare(
  cfg: Config,
  a: AcceptorState,
  m: Message,
): RuleResult<AcceptorState> {
  const strategy = a.fault?.type === 'byzantine' ? a.fault.strategy : null;
  const next: AcceptorState = { ...a, promised: Math.max(a.promised, m.ballot) };
  const reply = (prior: number, value: string | null, lie: boolean): Outgoing => ({
    type: 'promise',
    from: a.id,
    to: m.from,
    ballot: m.ballot,
    value,
    prior,
    lie,
  });
  const real = a.accepted ? `(${a.accepted.ballot}, ${a.accepted.value})` : 'nothing';
  if (strategy === 'forget') {
    return {
      next,
      out: [reply(0, null, a.accepted !== null)],
      text: `${a.id} is hacked (forget): it promises ballot ${m.ballot} to ${m.from} as if it had accepted nothing${a.accepted ? ` — it really accepted ${real}` : ''}.`,
    };
  }
  if (strategy === 'liar') {
    const claim = liarClaim(cfg, a, m);
    if (claim) {
      return {
        next,
        out: [reply(claim.ballot, claim.value, true)],
        text: `${a.id} is hacked (liar): it promises ballot ${m.ballot} to ${m.from} and claims it accepted (${claim.ballot}, ${claim.value}) — it really accepted ${real}, and nobody can check.`,
      };
    }
    return {
      next,
      out: [reply(0, null, a.accepted !== null)],
      text: `${a.id} is hacked (liar): it promises ballot ${m.ballot} to ${m.from} and reports nothing${a.accepted ? ' — there is no other value to claim' : ': it has accepted nothing to lie about yet'}.`,
    };
  }
  if (m.ballot <= a.promised) {
    return {
      next: a,
      out: [],
      text: `${a.id} ignores prepare(${m.ballot}) from ${m.from}: it has already promised ballot ${a.promised}.`,
    };
  }
  return {
    next,
    out: [reply(a.accepted?.ballot ?? 0, a.accepted?.value ?? null, false)],
    text: a.accepted
      ? `${a.id} promises ballot ${m.ballot} to ${m.from} and reports it accepted ${real}.`
      : `${a.id} promises ballot ${m.ballot} to ${m.from}: it has accepted nothing yet.`,
  };
}

/**
 * Phase 2(b): "If an acceptor receives an accept request for a proposal numbered n, it accepts
 * the proposal unless it has already responded to a prepare request having a number greater
 * than n." Accepting also raises the promise to n (Lamport's Paxos.tla, Phase2b: maxBal := b),
 * and the acceptor tells every learner (§2.3). A hacked acceptor accepts whatever it promised.
 */
export function receiveAccept(
  cfg: Config,
  a: AcceptorState,
  m: Message,
): RuleResult<AcceptorState> {
  const hacked = a.fault?.type === 'byzantine';
  const value = m.value ?? '';
  if (!hacked && m.ballot < a.promised) {
    return {
      next: a,
      out: [],
      text: `${a.id} rejects accept(${m.ballot}, ${value}) from ${m.from}: it promised ballot ${a.promised}.`,
    };
  }
  const proposal = { ballot: m.ballot, value };
  const next: AcceptorState = {
    ...a,
    promised: Math.max(a.promised, m.ballot),
    accepted: proposal,
    votes: [...a.votes, proposal],
  };
  const out: Outgoing[] = cfg.learnerIds.map((to) => ({
    type: 'accepted',
    from: a.id,
    to,
    ballot: m.ballot,
    value,
    prior: 0,
    lie: false,
  }));
  const broke = hacked && m.ballot < a.promised;
  return {
    next,
    out,
    text: broke
      ? `${a.id} is hacked: it accepts (${m.ballot}, ${value}) although it promised ballot ${a.promised}, and tells the learners.`
      : `${a.id} accepts (${m.ballot}, ${value}) and tells the learners.`,
  };
}
