import { omMessageCount } from './counts';
import { opposite } from './majority';
import type { RunInput } from './network';
import { wantedValue } from './strategies';
import {
  ATTACK,
  COMMANDER,
  RETREAT,
  type ByzMessage,
  type DecisionNode,
  type Order,
} from './types';

export interface OmResult {
  readonly messages: ByzMessage[];
  readonly levelStart: number[];
  /** trees[i] for each lieutenant i; trees[0] = null */
  readonly trees: (DecisionNode | null)[];
  /** the root value of each lieutenant's tree; rule[0] = null */
  readonly rule: (Order | null)[];
}

/** the children of every leaf: one shared empty list instead of ~100,000 of them */
const LEAF: readonly DecisionNode[] = Object.freeze([]);

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
 *
 * Speed (OM(4) with 13 generals is 108,384 messages): the bookkeeping lives in typed arrays
 * indexed by message id. A holder's relays are consecutive and in ascending receiver order
 * (skipping the generals on its path), so a message's relay to a given lieutenant is found by
 * arithmetic, and each decision node is built once, deepest level first, without recursion.
 */
export function runOM(input: RunInput): OmResult {
  const { n, m, order, strategy, rng, net } = input;
  const total = omMessageCount(n, m);
  const messages: ByzMessage[] = new Array<ByzMessage>(total);
  // firstOut[x]: index of the first message relaying message x onward (-1: none)
  const firstOut = new Int32Array(total).fill(-1);
  const levelStart: number[] = [0];
  let count = 0;

  const emit = (
    from: number,
    to: number,
    held: Order,
    path: number[],
    level: number,
    parent: number,
  ): void => {
    const s = strategy[from] ?? null;
    let value = s === null ? held : wantedValue(s, held, to, rng);
    const msg: ByzMessage = {
      id: count,
      level,
      from,
      to,
      value,
      sent: value !== null,
      path,
      loyal: held,
      traitor: s !== null,
      parent,
    };
    if (net === undefined) {
      messages[count++] = msg;
      return;
    }
    // OM cannot tell a fake from the real message: the receiver hears only the fake
    const spoofer = s === null ? (net.spoofer[from] ?? -1) : -1;
    if (spoofer >= 0 && spoofer !== to) value = opposite(held);
    const late = value === null ? 0 : net.late(from, to, level);
    messages[count++] = {
      ...msg,
      value: late > 0 ? null : value,
      ...(spoofer >= 0 && spoofer !== to ? { spoofedBy: spoofer } : {}),
      ...(late > 0 ? { late } : {}),
    };
  };

  for (let r = 1; r < n; r++) emit(COMMANDER, r, order, [COMMANDER, r], 0, -1);
  levelStart.push(count);

  const onPath = new Uint8Array(n);
  for (let level = 1; level <= m; level++) {
    const start = levelStart[level - 1] ?? 0;
    const end = count;
    for (let x = start; x < end; x++) {
      const msg = messages[x]!;
      // the receiver holds what arrived, RETREAT if nothing did, and passes it on
      const held = msg.value ?? RETREAT;
      const path = msg.path;
      for (const g of path) onPath[g] = 1;
      if (path.length < n) firstOut[x] = count;
      for (let r = 1; r < n; r++) {
        if (onPath[r] === 1) continue;
        const next = path.slice();
        next.push(r);
        emit(msg.to, r, held, next, level, x);
      }
      for (const g of path) onPath[g] = 0;
    }
    levelStart.push(count);
  }

  /** the message holder y relays to lieutenant i (i not on y's path) */
  const relayOf = (y: number, i: number): number => {
    let skipped = 0;
    for (const g of messages[y]!.path) if (g !== COMMANDER && g < i) skipped++;
    return firstOut[y]! + (i - 1 - skipped);
  };

  // Node for message x (to lieutenant i along path p+[i]): the OM(r) sub-run commanded by
  // the sender; i's value in it is majority of what it got directly and, for each other
  // lieutenant j of that sub-run, what i decided in the OM(r−1) commanded by j (the message
  // p+[j, i]). Children are built before parents: deepest level first.
  const nodes: DecisionNode[] = new Array<DecisionNode>(total);
  for (let level = m; level >= 0; level--) {
    const a0 = levelStart[level] ?? 0;
    const b0 = levelStart[level + 1] ?? count;
    for (let x = a0; x < b0; x++) {
      const msg = messages[x]!;
      const i = msg.to;
      const own = msg.value ?? RETREAT;
      let children = LEAF;
      if (level < m) {
        const list: DecisionNode[] = [];
        // x's sub-run: the messages sent by the same holder as x
        const parent = msg.parent;
        const a = parent < 0 ? 0 : firstOut[parent]!;
        const b = parent < 0 ? (levelStart[1] ?? 0) : a + (n - messages[parent]!.path.length);
        for (let y = a; y < b; y++) {
          if (y === x || firstOut[y]! < 0) continue;
          list.push(nodes[relayOf(y, i)]!);
        }
        children = list;
      }
      let value = own;
      if (children.length > 0) {
        // majority (majority.ts) of own and the children's values, counted without an array
        let attack = own === ATTACK ? 1 : 0;
        for (const c of children) if (c.value === ATTACK) attack++;
        value = attack * 2 > children.length + 1 ? ATTACK : RETREAT;
      }
      nodes[x] = { path: msg.path, message: x, received: msg.value, children, value };
    }
  }

  const trees: (DecisionNode | null)[] = [null];
  const rule: (Order | null)[] = [null];
  for (let i = 1; i < n; i++) {
    const root = nodes[i - 1]!;
    trees.push(root);
    rule.push(root.value);
  }
  return { messages, levelStart, trees, rule };
}
