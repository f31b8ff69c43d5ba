import type { Rng } from '../prng';
import { majority } from './majority';
import { wantedValue } from './strategies';
import {
  COMMANDER,
  RETREAT,
  type ByzMessage,
  type DecisionNode,
  type Order,
  type Strategy,
} from './types';

export interface OmInput {
  readonly n: number;
  readonly m: number;
  readonly order: Order;
  /** strategy[i] for traitors, null for loyal generals */
  readonly strategy: readonly (Strategy | null)[];
  readonly rng: Rng;
}

export interface OmResult {
  readonly messages: ByzMessage[];
  readonly levelStart: number[];
  /** trees[i] for each lieutenant i; trees[0] = null */
  readonly trees: (DecisionNode | null)[];
  /** the root value of each lieutenant's tree; rule[0] = null */
  readonly rule: (Order | null)[];
}

/**
 * OM(m) (§3), unrolled into synchronous rounds:
 *
 *   OM(0): the commander sends its value to every lieutenant; each lieutenant uses the value
 *          it receives, or RETREAT if it receives none.
 *   OM(m): the commander sends its value to every lieutenant; each lieutenant i acts as the
 *          commander of OM(m−1), sending the value v_i it received (RETREAT if none) to the
 *          n−2 other lieutenants; then i decides majority(v_1, …, v_{n−1}) where, for j ≠ i,
 *          v_j is what i decided in the OM(m−1) commanded by j.
 *
 * Every message of every nested sub-run is named by its path (commander → relays → receiver),
 * so the whole recursion is the set of paths of distinct generals starting at 0 of length
 * ≤ m+2. Relay level k = all paths with k relays; they are generated level by level (the order
 * of rounds in a synchronous system), and the recursion is then evaluated bottom-up on the
 * stored messages to build each lieutenant's decision tree.
 */
export function runOM(input: OmInput): OmResult {
  const { n, m, order, strategy, rng } = input;
  const messages: ByzMessage[] = [];
  // firstOut[x]: index of the first message relaying message x onward (-1: none). A holder's
  // relays are consecutive and in ascending receiver order, which makes the lookups cheap.
  const firstOut: number[] = [];
  const levelStart: number[] = [0];

  const emit = (
    from: number,
    to: number,
    held: Order,
    path: number[],
    level: number,
    parent: number,
  ): void => {
    const s = strategy[from] ?? null;
    const value = s === null ? held : wantedValue(s, held, to, rng);
    messages.push({
      id: messages.length,
      level,
      from,
      to,
      value,
      sent: value !== null,
      path,
      loyal: held,
      traitor: s !== null,
      parent,
    });
    firstOut.push(-1);
  };

  for (let r = 1; r < n; r++) emit(COMMANDER, r, order, [COMMANDER, r], 0, -1);
  levelStart.push(messages.length);

  for (let level = 1; level <= m; level++) {
    const start = levelStart[level - 1] ?? 0;
    const end = messages.length;
    for (let x = start; x < end; x++) {
      const msg = messages[x]!;
      // the receiver holds what arrived, RETREAT if nothing did, and passes it on
      const held = msg.value ?? RETREAT;
      const path = msg.path;
      let first = -1;
      for (let r = 1; r < n; r++) {
        if (path.includes(r)) continue;
        if (first < 0) first = messages.length;
        emit(msg.to, r, held, [...path, r], level, x);
      }
      firstOut[x] = first;
    }
    levelStart.push(messages.length);
  }

  /** the message holder x relays to `to`, or -1 */
  const relayOf = (x: number, to: number): number => {
    const first = firstOut[x] ?? -1;
    if (first < 0) return -1;
    for (let y = first; y < messages.length; y++) {
      const msg = messages[y]!;
      if (msg.parent !== x) return -1;
      if (msg.to === to) return y;
    }
    return -1;
  };

  /** the messages sent by the same holder as message x (x included): x's "sub-run" */
  const siblingRange = (x: number): [number, number] => {
    const parent = messages[x]!.parent;
    if (parent < 0) return [0, levelStart[1] ?? 0];
    const first = firstOut[parent]!;
    let end = first;
    while (end < messages.length && messages[end]!.parent === parent) end++;
    return [first, end];
  };

  // Node for message x (to lieutenant i along path p+[i]): the OM(r) sub-run commanded by
  // the sender; i's value in it is majority of what it got directly and, for each other
  // lieutenant j of that sub-run, what i decided in the OM(r−1) commanded by j (the message
  // p+[j, i]).
  const node = (x: number): DecisionNode => {
    const msg = messages[x]!;
    const i = msg.to;
    const own = msg.value ?? RETREAT;
    const children: DecisionNode[] = [];
    if (msg.level < m) {
      const [a, b] = siblingRange(x);
      for (let y = a; y < b; y++) {
        if (y === x) continue;
        const relay = relayOf(y, i);
        if (relay >= 0) children.push(node(relay));
      }
    }
    const value = children.length === 0 ? own : majority([own, ...children.map((c) => c.value)]);
    return { path: msg.path, message: x, received: msg.value, children, value };
  };

  const trees: (DecisionNode | null)[] = [null];
  const rule: (Order | null)[] = [null];
  for (let i = 1; i < n; i++) {
    const root = node(i - 1);
    trees.push(root);
    rule.push(root.value);
  }
  return { messages, levelStart, trees, rule };
}
