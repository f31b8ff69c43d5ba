/**
 * A lighter run for the trip from the worker back to the main thread: above LITE_ABOVE message
 * slots the deep levels are summed per pair and the decision trees cut at LITE_TREE_DEPTH.
 * Pure: the worker only calls it.
 */
import type { ByzTimeline } from './frames';
import type { ByzantineRun, ByzMessage, DecisionNode } from './types';

/** Above this many message slots, the worker sends a lite run (see liteTimeline). */
export const LITE_ABOVE = 20_000;
/** Tree levels kept in a lite run (root = 0): 1 + 11 + 110 + 990 nodes per lieutenant at n = 13. */
export const LITE_TREE_DEPTH = 3;

/** The messages of one relay level from one general to another, summed. */
export interface PairCount extends Pick<ByzMessage, 'from' | 'to'> {
  readonly count: number;
  readonly attack: number;
  readonly retreat: number;
  readonly silent: number;
}

/** What a lite run carries instead of its deeper messages and tree nodes. */
export interface LiteInfo {
  /** run.messages holds only the first `kept` slots (whole levels); the rest were dropped */
  readonly kept: number;
  /** per relay level, the messages summed per (sender, receiver) */
  readonly pairsPerLevel: readonly (readonly PairCount[])[];
  /** tree nodes deeper than this were dropped; `hidden` on a node says how many */
  readonly treeDepth: number;
}

/** Messages in [start, end) summed per (sender, receiver): the thick arrows of a big round. */
export function pairCounts(
  messages: ByzantineRun['messages'],
  n: number,
  start: number,
  end: number,
): PairCount[] {
  const a = new Int32Array(n * n);
  const r = new Int32Array(n * n);
  const s = new Int32Array(n * n);
  for (let x = start; x < end; x++) {
    const msg = messages[x]!;
    const k = msg.from * n + msg.to;
    if (msg.value === 'attack') a[k]!++;
    else if (msg.value === 'retreat') r[k]!++;
    else s[k]!++;
  }
  const out: PairCount[] = [];
  for (let k = 0; k < n * n; k++) {
    const count = a[k]! + r[k]! + s[k]!;
    if (count > 0) {
      out.push({
        from: Math.floor(k / n),
        to: k % n,
        count,
        attack: a[k]!,
        retreat: r[k]!,
        silent: s[k]!,
      });
    }
  }
  return out;
}

type Pruned = DecisionNode & { hidden?: number };

function countNodes(node: DecisionNode): number {
  let c = 1;
  for (const ch of node.children) c += countNodes(ch);
  return c;
}

function prune(node: DecisionNode, depth: number): Pruned {
  if (depth === 0 && node.children.length > 0) {
    return { ...node, children: [], hidden: countNodes(node) - 1 };
  }
  return { ...node, children: node.children.map((c) => prune(c, depth - 1)) };
}

/**
 * Structured-cloning a 108,384-message run back to the page costs ~150 ms of main-thread
 * time; the page needs only the first levels' messages (tokens), per-level sums (thick
 * arrows) and the top of each decision tree. Frames refer to messages by index, so dropping
 * whole trailing levels keeps every index that remains valid.
 */
export function liteTimeline(t: ByzTimeline): ByzTimeline & { lite: LiteInfo | null } {
  const { run } = t;
  if (run.messages.length <= LITE_ABOVE) return { ...t, lite: null };
  let level = 0;
  while (level <= run.m && (run.levelStart[level + 1] ?? Infinity) <= 2_000) level++;
  const kept = run.levelStart[level] ?? 0;
  const pairsPerLevel: PairCount[][] = [];
  for (let k = 0; k <= run.m; k++) {
    const a = run.levelStart[k] ?? run.messages.length;
    const b = run.levelStart[k + 1] ?? run.messages.length;
    pairsPerLevel.push(pairCounts(run.messages, run.n, a, b));
  }
  const lite: LiteInfo = { kept, pairsPerLevel, treeDepth: LITE_TREE_DEPTH };
  const trees = run.trees.map((tr) => (tr ? prune(tr, LITE_TREE_DEPTH) : null));
  return { ...t, run: { ...run, messages: run.messages.slice(0, kept), trees }, lite };
}
