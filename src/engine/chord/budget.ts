/**
 * The size of a Chord run, estimated before it starts, against a stated budget. Without it a
 * link or a CLI file can ask for 20,000 nodes × 1,000 stabilization rounds (minutes of work) or
 * for 100,000 per-node pictures of a ring (gigabytes), and the tab or the CLI dies mid-run.
 *
 * Three measures, each an upper-bound estimate from the scenario alone:
 *   node-rounds  Σ nodes × rounds over the stabilize steps (about 10 µs each)
 *   records      Σ pictures × nodes: every recorded step that changes pointers copies the ring
 *                (about 30 bytes per node record)
 *   hops         Σ the longest walk each lookup may take (N for successor routing)
 */
import { ScenarioError } from '../scenario/errors';
import type { ChordOp } from './operations';
import { PER_NODE_STEP_LIMIT } from './stabilize';

export const CHORD_BUDGET = {
  /** about 20 s in a worker: 2,000 nodes × 1,000 rounds, or 20,000 nodes × 100 rounds */
  nodeRounds: 2_000_000,
  /** about 250 MB of pictures */
  records: 8_000_000,
  /** successor walks fold into one step, so a hop costs microseconds */
  hops: 50_000_000,
} as const;

export interface ChordCost {
  nodeRounds: number;
  records: number;
  hops: number;
  /** the biggest ring the run reaches */
  maxNodes: number;
}

interface CostInput {
  readonly nodes: readonly unknown[];
  readonly bits: number;
  readonly skip: number;
  readonly routing: string;
  readonly steps: readonly ChordOp[];
}

function hopBound(routing: string, n: number, bits: number, skip: number): number {
  switch (routing) {
    case 'successor':
      return n;
    case 'skip':
      return Math.ceil(n / skip) + skip;
    case 'full':
      return 2;
    default:
      return 2 * bits;
  }
}

export function chordCost(s: CostInput): ChordCost {
  let n = s.nodes.length;
  let maxNodes = n;
  const cost = { nodeRounds: 0, records: n, hops: 0 };
  for (const op of s.steps) {
    switch (op.op) {
      case 'lookup':
      case 'get':
      case 'put':
        cost.hops += hopBound(op.routing ?? s.routing, n, s.bits, s.skip);
        cost.records += n;
        break;
      case 'join':
        n++;
        maxNodes = Math.max(maxNodes, n);
        cost.hops += 2 * s.bits;
        cost.records += 4 * n;
        break;
      case 'leave':
      case 'crash':
        n = Math.max(1, n - 1);
        cost.records += 2 * n;
        break;
      case 'stabilize': {
        cost.nodeRounds += n * op.rounds;
        const pictures = n > PER_NODE_STEP_LIMIT ? op.rounds : op.rounds * n;
        cost.records += pictures * n;
        break;
      }
      case 'check':
        cost.records += n;
        break;
    }
  }
  return { ...cost, maxNodes };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Throws a ScenarioError naming the numbers when the run is over its budget. */
export function checkChordBudget(s: CostInput): ChordCost {
  const c = chordCost(s);
  if (c.nodeRounds > CHORD_BUDGET.nodeRounds) {
    const worst = s.steps.reduce(
      (m, op) => (op.op === 'stabilize' ? Math.max(m, op.rounds) : m),
      0,
    );
    throw new ScenarioError(
      `This run is too big: its stabilization adds up to ${fmt(c.nodeRounds)} node-rounds ` +
        `(${fmt(c.maxNodes)} nodes, up to ${fmt(worst)} rounds in one step); the budget is ` +
        `${fmt(CHORD_BUDGET.nodeRounds)} (for example 2,000 nodes × 1,000 rounds). Use fewer rounds or nodes.`,
    );
  }
  if (c.records > CHORD_BUDGET.records) {
    throw new ScenarioError(
      `This run is too big: its steps would keep about ${fmt(c.records)} node pictures ` +
        `(rings of up to ${fmt(c.maxNodes)} nodes, one picture per step that changes them); the budget is ` +
        `${fmt(CHORD_BUDGET.records)}. Use fewer stabilization rounds or fewer steps.`,
    );
  }
  if (c.hops > CHORD_BUDGET.hops) {
    throw new ScenarioError(
      `This run is too big: its lookups may walk up to ${fmt(c.hops)} hops in all ` +
        `(rings of up to ${fmt(c.maxNodes)} nodes); the budget is ${fmt(CHORD_BUDGET.hops)}. ` +
        `Use finger routing or fewer lookups.`,
    );
  }
  return c;
}
