import type { RuleResult } from './rule';
import type { Config, LearnerState, Message } from './types';

/**
 * Learning a chosen value, Paxos Made Simple §2.3: each acceptor, whenever it accepts a
 * proposal, tells every learner; a learner learns v once a quorum of acceptors has told it they
 * accepted the same proposal (b, v). A learner that learns a second value has watched safety
 * break.
 */
export function receiveAccepted(
  cfg: Config,
  l: LearnerState,
  m: Message,
): RuleResult<LearnerState> {
  const value = m.value ?? '';
  const heard = [...l.heard, { from: m.from, ballot: m.ballot, value }];
  const voters = new Set(
    heard.filter((h) => h.ballot === m.ballot && h.value === value).map((h) => h.from),
  );
  const count = voters.size;
  if (count === cfg.quorum && l.learned.some((x) => x.value === value)) {
    return {
      next: { ...l, heard },
      out: [],
      text: `${l.id} hears that a quorum accepted ${value} again, at ballot ${m.ballot}: the same value, nothing new to learn.`,
    };
  }
  if (count === cfg.quorum) {
    const learned = [...l.learned, { ballot: m.ballot, value }];
    const before = l.learned.find((x) => x.value !== value);
    return {
      next: { ...l, heard, learned },
      out: [],
      text: before
        ? `${l.id} learns ${value} at ballot ${m.ballot} — but it had already learned ${before.value}: two values chosen.`
        : `${l.id} learns ${value}: a quorum (${[...voters].join(', ')}) accepted (${m.ballot}, ${value}).`,
    };
  }
  return {
    next: { ...l, heard },
    out: [],
    text: `${l.id} hears that ${m.from} accepted (${m.ballot}, ${value}): ${Math.min(count, cfg.quorum)} of ${cfg.quorum} for that proposal.`,
  };
}
