import type { AcceptorState, Chosen, LearnerState, PaxosState } from './types';

/**
 * The values chosen so far: a proposal (b, v) is chosen once a quorum of acceptors has accepted
 * it (Paxos Made Simple §2.1). Counted from what the acceptors really did, hacked ones included:
 * this is the ground truth, whatever any learner has heard. Sorted by ballot.
 */
export function chosenOf(acceptors: readonly AcceptorState[], quorum: number): Chosen[] {
  const by = new Map<string, { value: string; ballot: number; who: Set<string> }>();
  for (const a of acceptors) {
    for (const v of a.votes) {
      const key = `${v.ballot}\u0000${v.value}`;
      let e = by.get(key);
      if (!e) by.set(key, (e = { value: v.value, ballot: v.ballot, who: new Set() }));
      e.who.add(a.id);
    }
  }
  const out: Chosen[] = [];
  for (const e of by.values()) {
    if (e.who.size >= quorum) {
      out.push({ value: e.value, ballot: e.ballot, quorum: [...e.who].sort(byId) });
    }
  }
  return out.sort((x, y) => x.ballot - y.ballot || (x.value < y.value ? -1 : 1));
}

/** Safety: at most one value is ever chosen. */
export function isSafe(chosen: readonly Chosen[]): boolean {
  return new Set(chosen.map((c) => c.value)).size <= 1;
}

/** Agreement: no two learners learn different values (nor one learner two). */
export function isAgreement(learners: readonly LearnerState[]): boolean {
  return new Set(learners.flatMap((l) => l.learned.map((x) => x.value))).size <= 1;
}

export interface Verdicts {
  readonly chosen: readonly Chosen[];
  readonly safe: boolean;
  readonly agreement: boolean;
}

export function verdictsOf(s: PaxosState, quorum: number): Verdicts {
  const chosen = chosenOf(s.acceptors, quorum);
  return { chosen, safe: isSafe(chosen), agreement: isAgreement(s.learners) };
}

/** "A2" < "A10": ids compare by their number. */
export function byId(a: string, b: string): number {
  const na = Number(a.slice(1));
  const nb = Number(b.slice(1));
  return na !== nb ? na - nb : a < b ? -1 : a > b ? 1 : 0;
}
