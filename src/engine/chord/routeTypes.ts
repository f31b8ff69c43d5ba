import type { Key, LookupPurpose, Pick, Routing } from './frames';

/** Modes that route through ring pointers (a cached lookup's miss runs the finger lookup). */
export type RingRouting = Exclude<Routing, 'modN' | 'leader'>;
import type { NodeId } from './ring';
import type { Verdict } from './verdict';

/** Longer runs of plain successor hops than this are recorded as one "walk" step. */
export const FOLD_AFTER = 32;
export interface RouteRequest {
  readonly keyId: number;
  /** The key as given, for narration and the overlay. */
  readonly key: Key;
  readonly from: NodeId;
  readonly routing: RingRouting;
  /** skip mode: the far pointer is this many nodes ahead */
  readonly skip: number;
  /** fix stale pointers found by timeouts */
  readonly repair: boolean;
  readonly purpose: LookupPurpose;
}

/** How the answering node justified its answer: what the checker compares with the truth. */
export interface Claim {
  /** The node whose tables gave the answer. */
  readonly by: NodeId;
  /**
   * own: id ∈ (predecessor, n]; successor: id ∈ (n, successors[index]]; alone: every other
   * node n knows is gone; ring: n's full membership table.
   */
  readonly rule: 'own' | 'successor' | 'alone' | 'ring';
  readonly index: number;
  /** rule own: the predecessor it compared with. */
  readonly predecessor: NodeId | null;
}

/**
 * Counting convention: the path lists every node that handled the query, origin first and
 * owner last, so hops = path.length - 1 includes the final hop to the owner.
 */
export interface RouteOutcome {
  /** null when the lookup failed ("cannot answer yet") */
  readonly owner: NodeId | null;
  readonly path: NodeId[];
  readonly timeouts: NodeId[];
  readonly claim: Claim | null;
  /** Checked against the live ring: is `owner` the true successor of the key? */
  readonly verdict: Verdict;
}

export interface Candidate extends Pick {
  /** true when the key lies in (n, candidate]: reaching it ends the lookup */
  readonly final: boolean;
  /** the whole successor list is gone: a live finger to forward through, never an owner */
  readonly fallback?: true;
}
