import type { JsonObject } from '../scenario/json';
import type { QuestionSpec } from '../quiz';

/**
 * Shared vocabulary of the Byzantine Generals engine (Lamport, Shostak & Pease, "The Byzantine
 * Generals Problem", ACM TOPLAS 4(3), 1982). General 0 is always the commander; generals
 * 1..n-1 are the lieutenants.
 */

/** The commander's order. The paper's "attack" / "retreat"; RETREAT is the default value. */
export type Order = 'attack' | 'retreat';
export const ATTACK: Order = 'attack';
export const RETREAT: Order = 'retreat';
export const ORDERS: readonly Order[] = [ATTACK, RETREAT];

/** OM(m): oral messages (§3). SM(m): signed messages (§4). */
export type Algorithm = 'OM' | 'SM';
export const ALGORITHMS: readonly Algorithm[] = ['OM', 'SM'];

/** How a traitor lies in its own messages; each one is defined exactly in strategies.ts. */
export type BaseStrategy = 'opposite' | 'split' | 'silent' | 'random' | 'attack' | 'retreat';
/**
 * `spoof:<id>` (only with assumptions.spoofing): lies like `opposite` in its own messages and
 * also replaces every message loyal general <id> sends to the other lieutenants by a fake
 * carrying the opposite value (see network.ts).
 */
export type SpoofStrategy = `spoof:${number}`;
export type Strategy = BaseStrategy | SpoofStrategy;
export const STRATEGIES: readonly BaseStrategy[] = [
  'opposite',
  'split',
  'silent',
  'random',
  'attack',
  'retreat',
];

/**
 * The paper's assumptions about the messengers (§2: A1 every message sent is delivered
 * correctly, A2 the receiver knows who sent it, A3 the absence of a message can be detected),
 * each of which the lecturer can switch off:
 * - spoofing: a traitor may send a message in a loyal general's name (A2 fails);
 * - synchronous: false means messages may arrive after their round's timeout (A3 fails).
 */
export type Assumptions = {
  readonly spoofing: boolean;
  readonly synchronous: boolean;
};
export const PAPER_ASSUMPTIONS: Assumptions = { spoofing: false, synchronous: true };

/** Messages from `from` to `to` sent in relay round `round` arrive `by` rounds late. */
export type Delay = {
  readonly from: number;
  readonly to: number;
  readonly round: number;
  readonly by: number;
};

/** The index of the commander: the paper numbers the lieutenants 1..n-1. */
export const COMMANDER = 0;

/** How narration names general g: "the commander" or "lieutenant g". */
export const generalName = (g: number): string =>
  g === COMMANDER ? 'the commander' : `lieutenant ${g}`;

/**
 * A parsed, normalized scenario (every default filled in). It is also the share-link / CLI
 * format, so it stays plain JSON: traitors are keyed by the general's id as a string.
 */
export type ByzantineScenario = {
  readonly kind: 'byzantine';
  readonly version: 1;
  readonly seed: number;
  readonly algorithm: Algorithm;
  /** n, including the commander */
  readonly generals: number;
  /** the number of relay rounds of OM(m) / SM(m), independent of the number of traitors */
  readonly m: number;
  /** what the commander orders (a traitor commander's strategy decides what it really sends) */
  readonly order: Order;
  /** general id → strategy; every general not listed is loyal */
  readonly traitors: Readonly<Record<string, Strategy>>;
  /** Predict-then-reveal: where the player stops and asks (see engine/quiz). */
  readonly questions?: readonly QuestionSpec[];
  /** omitted when the paper's (no spoofing, synchronous) */
  readonly assumptions?: Assumptions;
  /** late messages; they only matter when the network is not synchronous. Omitted when empty. */
  readonly delays?: readonly Delay[];
  /** UI state (cursor, selection, ...): passed through untouched, ignored by the engine */
  readonly view?: JsonObject;
};

/**
 * One message slot. A run lists every message a general would send if it followed the
 * algorithm, in round order (all of relay level 0, then level 1, ...); a message a traitor
 * withholds stays in the list with `sent: false` so that views can show the silence.
 */
export interface ByzMessage {
  /** index in run.messages */
  readonly id: number;
  /** relay level = round: 0 for the commander's messages, k after k relays */
  readonly level: number;
  readonly from: number;
  readonly to: number;
  /** what arrived; null when nothing was sent (the receiver then uses RETREAT) */
  readonly value: Order | null;
  readonly sent: boolean;
  /**
   * OM: the route, e.g. [0, 2, 3] = commander → 2 → 3 (the paper's sub-run indexing).
   * SM: the signature chain followed by the receiver, e.g. [0, 2, 3] is v:0:2 sent to 3.
   * Always ends with `to`.
   */
  readonly path: readonly number[];
  /** what a loyal general in the sender's place would have sent (the value it holds) */
  readonly loyal: Order;
  /** the sender is a traitor */
  readonly traitor: boolean;
  /**
   * The message whose content the sender is passing on: in OM the one that delivered `loyal`
   * to `from`; in SM the one whose chain a loyal sender would extend. -1 for the commander.
   */
  readonly parent: number;
  /**
   * Spoofing: traitor `spoofedBy` sent a fake in the (loyal) sender's name. OM: the receiver
   * cannot tell, so `value` is the fake. SM: the fake lacks the sender's signature and is
   * discarded, so `value` is the real order. Absent when nobody spoofed this message.
   */
  readonly spoofedBy?: number;
  /**
   * Asynchrony: the message arrived this many rounds after its round's timeout, so it counts
   * as missing (`value` is null although `sent` is true). Absent when on time.
   */
  readonly late?: number;
}

/**
 * One node of a lieutenant's OM decision tree (the paper's recursion unrolled): the value that
 * lieutenant received along `path`, and the sub-runs OM(m-1) commanded by each other
 * lieutenant below it. Feed it to d3.hierarchy(root) (children is the default accessor).
 */
export interface DecisionNode {
  /** route of the message, ending at the deciding lieutenant, e.g. [0, 2, 1] */
  readonly path: readonly number[];
  /** index into run.messages */
  readonly message: number;
  /** what arrived along `path`; null if a traitor stayed silent (counted as RETREAT) */
  readonly received: Order | null;
  /** one child per sub-run OM(m-1) commanded by a lieutenant outside the path */
  readonly children: readonly DecisionNode[];
  /**
   * The rolled-up value: `received ?? RETREAT` at a leaf, otherwise
   * majority(received ?? RETREAT, ...children values) — the paper's
   * majority(v_1, ..., v_{n-1}) where v_i is what the lieutenant got directly.
   */
  readonly value: Order;
}

export type Outcome = 'victory' | 'retreat' | 'defeat';

export interface Verdict {
  /** IC1: all loyal lieutenants obey the same order */
  readonly ic1: boolean;
  /** IC2: if the commander is loyal, every loyal lieutenant obeys the order it sends */
  readonly ic2: boolean;
  readonly outcome: Outcome;
  /** one or two sentences for the narration panel */
  readonly text: string;
}

export interface MessageCounts {
  /** messages actually sent (withheld ones not counted) */
  readonly total: number;
  /** perLevel[k]: messages sent at relay level k, for k = 0..m */
  readonly perLevel: readonly number[];
  /** messages traitors withheld */
  readonly suppressed: number;
  readonly suppressedPerLevel: readonly number[];
}

/** The full result of one run; see runByzantine in run.ts. */
export interface ByzantineRun {
  readonly scenario: ByzantineScenario;
  readonly algorithm: Algorithm;
  readonly n: number;
  readonly m: number;
  /** traitor[i] is true when general i is a traitor */
  readonly traitor: readonly boolean[];
  /** strategy[i] for traitors, null for loyal generals */
  readonly strategy: readonly (Strategy | null)[];
  /** the assumptions the run was made under (PAPER_ASSUMPTIONS when the scenario omits them) */
  readonly assumptions: Assumptions;
  /** every message slot, sorted by level; see ByzMessage */
  readonly messages: readonly ByzMessage[];
  /**
   * levelStart[k] = index of the first message of level k, for k = 0..m+1
   * (levelStart[m + 1] = messages.length), so level k is messages[levelStart[k], levelStart[k+1]).
   */
  readonly levelStart: readonly number[];
  /** OM: trees[i] is lieutenant i's decision tree (null for the commander); SM: all null */
  readonly trees: readonly (DecisionNode | null)[];
  /**
   * SM: V[i] is lieutenant i's set V in the order values were added (null for the commander);
   * OM: all null. Traitors get the V a loyal general would have built from what they received.
   */
  readonly V: readonly (readonly Order[] | null)[];
  /** decision[i] for every lieutenant by the algorithm's rule (traitors: what the rule gives) */
  readonly rule: readonly (Order | null)[];
  /** decisions of the loyal lieutenants only (null for the commander and traitors) */
  readonly decisions: readonly (Order | null)[];
  readonly verdict: Verdict;
  readonly counts: MessageCounts;
  /** configurations outside the paper's guarantees (see bounds.ts) */
  readonly warnings: readonly string[];
  /** facts worth knowing that do not void a guarantee (e.g. m ≥ n-1) */
  readonly notes: readonly string[];
}
