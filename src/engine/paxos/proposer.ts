import type { Outgoing, RuleResult } from './rule';
import {
  ballotOf,
  type Config,
  type Message,
  type PromiseReport,
  type ProposerState,
} from './types';

/**
 * Phase 1(a), Paxos Made Simple §2.2: "A proposer selects a proposal number n and sends a prepare
 * request with number n to a majority of acceptors." Here it sends to every acceptor, so any
 * quorum can answer; a new ballot abandons the previous one.
 */
export function startBallot(cfg: Config, p: ProposerState): RuleResult<ProposerState> {
  const ballot = ballotOf(p.index, p.attempts, cfg.proposers.length);
  const out: Outgoing[] = cfg.acceptorIds.map((to) => ({
    type: 'prepare',
    from: p.id,
    to,
    ballot,
    value: null,
    prior: 0,
    lie: false,
  }));
  return {
    next: {
      ...p,
      attempts: p.attempts + 1,
      ballot,
      phase: 'prepare',
      promises: [],
      proposal: null,
    },
    out,
    text:
      p.attempts === 0
        ? `${p.id} wants ${p.value}: it starts ballot ${ballot} and sends prepare(${ballot}) to every acceptor.`
        : `${p.id} gives up ballot ${p.ballot} and starts ballot ${ballot}: prepare(${ballot}) to every acceptor.`,
  };
}

/**
 * Phase 2(a): "If the proposer receives a response to its prepare requests (numbered n) from a
 * majority of acceptors, then it sends an accept request to each of those acceptors for a
 * proposal numbered n with a value v, where v is the value of the highest-numbered proposal
 * among the responses, or is any value if the responses reported no proposals."
 * "Majority" is the scenario's quorum; "any value" is the proposer's own.
 */
export function receivePromise(
  cfg: Config,
  p: ProposerState,
  m: Message,
): RuleResult<ProposerState> {
  if (p.phase !== 'prepare' || m.ballot !== p.ballot) {
    const why =
      m.ballot !== p.ballot
        ? `it has moved on to ballot ${p.ballot}`
        : 'it already has promises from a quorum';
    return {
      next: p,
      out: [],
      text: `${p.id} ignores ${m.from}'s promise for ballot ${m.ballot}: ${why}.`,
    };
  }
  const promises = [...p.promises, { from: m.from, prior: m.prior, value: m.value, lie: m.lie }];
  if (promises.length < cfg.quorum) {
    return {
      next: { ...p, promises },
      out: [],
      text: `${p.id} has ${promises.length} of ${cfg.quorum} promises for ballot ${p.ballot}.`,
    };
  }
  const top = highestReport(promises);
  const value = top ? top.value : p.value;
  const out: Outgoing[] = promises.map((r) => ({
    type: 'accept',
    from: p.id,
    to: r.from,
    ballot: p.ballot,
    value,
    prior: 0,
    lie: false,
  }));
  const to = promises.map((r) => r.from).join(', ');
  const why = proposalWhy(p, promises, top, value);
  return {
    next: { ...p, promises, phase: 'accept', proposal: value },
    out,
    text: `${p.id} has promises from a quorum (${to}): ${why}. accept(${p.ballot}, ${value}) to ${to}.`,
  };
}

/**
 * Why the proposer proposes `value`, as the narrator tells it: it also sees what the proposer
 * cannot, who in the quorum hid what it accepted (forget) and whether the top report is a lie.
 */
function proposalWhy(
  p: ProposerState,
  promises: readonly PromiseReport[],
  top: { from: string; prior: number; value: string } | null,
  value: string,
): string {
  const hid = promises.filter((r) => r.lie && r.prior === 0).map((r) => r.from);
  const hidden =
    hid.length === 0
      ? ''
      : `${hid.join(' and ')} hid what ${hid.length > 1 ? 'they' : 'it'} accepted, `;
  if (!top) {
    return `${hidden}${hidden ? 'and nobody else' : 'nobody'} reports an accepted value, so it proposes its own, ${value}`;
  }
  const lie = promises.some((r) => r.from === top.from && r.lie) ? ', a lie' : '';
  const own = value === p.value ? '' : `, not its own ${p.value}`;
  return `${hidden}${hidden ? 'but ' : ''}the highest report is (${top.prior}, ${top.value}) from ${top.from}${lie}, so it must propose ${value}${own}`;
}

/** The report with the highest ballot (the first one on a tie), or null if none reports one. */
export function highestReport(
  reports: readonly { from: string; prior: number; value: string | null }[],
): { from: string; prior: number; value: string } | null {
  let top: { from: string; prior: number; value: string } | null = null;
  for (const r of reports) {
    if (r.prior > 0 && r.value !== null && (top === null || r.prior > top.prior)) {
      top = { from: r.from, prior: r.prior, value: r.value };
    }
  }
  return top;
}
