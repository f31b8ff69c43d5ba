/**
 * Every answer checked against the truth. A lookup's owner is right when it is the live
 * ring's successor of the key; a get is right when it returns the value the ring really
 * holds. A wrong answer gets its reason, told from the tables of the node that gave it.
 */
import type { Draft } from './draft';
import type { Key } from './frames';
import { nodeName, type NodeId } from './ring';
import type { Claim } from './routeTypes';

export interface Verdict {
  readonly correct: boolean;
  /** lookup: the live successor of the key; get: the node where the value really is */
  readonly trueOwner: NodeId;
  /** why the answer is wrong or missing (null when correct) */
  readonly reason: string | null;
}

/** Why `claim` named `owner` when the true successor is `truth`. */
function wrongReason(claim: Claim, owner: NodeId, truth: NodeId): string {
  const by = nodeName(claim.by);
  const learn = `it has not learned of ${nodeName(truth)} yet`;
  switch (claim.rule) {
    case 'own':
      return `${by} thinks its predecessor is ${nodeName(claim.predecessor)}: ${learn}`;
    case 'successor':
      return claim.index === 0
        ? `${by} thinks its successor is ${nodeName(owner)}: ${learn}`
        : `${by}'s successor list names ${nodeName(owner)} as the next live node: ${learn}`;
    case 'alone':
      return `${by} knows no other live node: ${learn}`;
    case 'ring':
      return `${by}'s membership table is out of date: ${learn}`;
  }
}

/** Judges a routed answer (null owner: the lookup could not answer, `failure` says why). */
export function judgeOwner(
  d: Draft,
  keyId: number,
  owner: NodeId | null,
  claim: Claim | null,
  failure = 'the lookup could not answer',
  truth = d.successorOf(keyId),
): Verdict {
  if (owner === null || claim === null)
    return { correct: false, trueOwner: truth, reason: failure };
  if (owner === truth) return { correct: true, trueOwner: truth, reason: null };
  return { correct: false, trueOwner: truth, reason: wrongReason(claim, owner, truth) };
}

/** Does live node `id` hold the key (owned or a copy)? */
export function holds(d: Draft, id: NodeId, key: Key): boolean {
  const n = d.node(id);
  return !!n && (n.keys.includes(key) || n.replicas.some((c) => c.key === key));
}

/** Where the key's value really is: its true owner if that holds it, else its holder. */
export function valueHolder(d: Draft, key: Key, keyId: number): NodeId | null {
  const truth = d.successorOf(keyId);
  if (d.entry(key) === undefined) return null;
  if (holds(d, truth, key)) return truth;
  let copy: NodeId | null = null;
  for (const id of d.ids) {
    const n = d.live(id);
    if (n.keys.includes(key)) return id;
    if (copy === null && n.replicas.some((c) => c.key === key)) copy = id;
  }
  return copy;
}

/**
 * Judges a get: right when it returns what the ring holds for the key (null for a key
 * nobody holds) from a node that really holds it.
 */
export function judgeRead(
  d: Draft,
  key: Key,
  keyId: number,
  lookup: Verdict,
  owner: NodeId | null,
  value: string | null,
): Verdict {
  const holder = valueHolder(d, key, keyId);
  const real = holder === null ? null : (d.entry(key)?.value ?? null);
  if (owner === null) {
    return { correct: false, trueOwner: holder ?? lookup.trueOwner, reason: lookup.reason };
  }
  if (holder === null) {
    return value === null && lookup.correct
      ? { correct: true, trueOwner: lookup.trueOwner, reason: null }
      : { ...lookup, correct: false };
  }
  if (value === real && holds(d, owner, key)) {
    return { correct: true, trueOwner: owner, reason: null };
  }
  const reason = !lookup.correct
    ? `${lookup.reason}; the value is on ${nodeName(holder)}`
    : `${nodeName(owner)} is the right node, but the value is still on ${nodeName(holder)} (stabilization moves it)`;
  return { correct: false, trueOwner: holder, reason };
}
