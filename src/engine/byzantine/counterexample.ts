import { checkBounds } from './bounds';
import { runByzantine } from './run';
import { searchSpace, searchSpaceSize } from './searchSpace';
import { generalName, PAPER_ASSUMPTIONS, type ByzantineRun, type ByzantineScenario } from './types';

/** The search is exhaustive, so it is capped to classroom sizes. */
export const MAX_SEARCH_GENERALS = 10;
/** Default number of runs the search may try. */
export const DEFAULT_SEARCH_BUDGET = 5_000;
export { RANDOM_SEEDS_TRIED } from './searchSpace';

export type CounterexampleResult =
  | {
      readonly found: true;
      /** a complete scenario, loadable as is */
      readonly scenario: ByzantineScenario;
      readonly run: ByzantineRun;
      /** runs tried, this one included */
      readonly searched: number;
      readonly text: string;
    }
  | {
      readonly found: false;
      readonly searched: number;
      /** true when the whole search space was tried (false: too many generals or over budget) */
      readonly exhaustive: boolean;
      readonly text: string;
      /** runs in the whole search space (0 when not searched at all) */
      readonly space?: number;
      /** every run with at most this many traitors was tried (-1: not even those with none) */
      readonly completeUpTo?: number;
    };

export interface SearchOptions {
  /**
   * Most traitors tried: by default the number the scenario configures, or m when it
   * configures none (the largest number the paper claims to tolerate). It may exceed m: that
   * is how the search finds the "too many traitors" runs.
   */
  readonly traitors?: number;
  /** Fewest traitors tried: 1 by default; 0 also runs the loyal runs. */
  readonly minTraitors?: number;
  /** Largest traitor sets first (the bound explorer): same space, quicker to a failure. */
  readonly mostFirst?: boolean;
}

/**
 * Looks for a run of the scenario's algorithm, generals, m and assumptions that breaks IC1 or
 * IC2, trying the runs of searchSpace.ts in order (the first failure is reported): traitor
 * sets and strategy assignments (spoofing ones when spoofing is allowed), both orders, a few
 * seeds for `random`, and on an asynchronous network late commander messages without traitors.
 * Capped at MAX_SEARCH_GENERALS generals and `budget` runs; beyond either the answer is
 * "not found" with exhaustive = false, saying how far it got.
 */
export function findCounterexample(
  s: ByzantineScenario,
  budget: number = DEFAULT_SEARCH_BUDGET,
  options: SearchOptions = {},
): CounterexampleResult {
  const n = s.generals;
  const name = `${s.algorithm}(${s.m}) with ${n} generals`;
  if (n > MAX_SEARCH_GENERALS) {
    return {
      found: false,
      searched: 0,
      exhaustive: false,
      text: `Not searched: the counterexample search is capped at ${MAX_SEARCH_GENERALS} generals.`,
      space: 0,
      completeUpTo: -1,
    };
  }
  const configured = Object.keys(s.traitors).length;
  const t = Math.min(n, options.traitors ?? (configured > 0 ? configured : s.m));
  const space = {
    minTraitors: options.minTraitors ?? 1,
    maxTraitors: t,
    mostFirst: options.mostFirst ?? false,
  };
  const size = searchSpaceSize(s, space);
  let searched = 0;
  // the sizes fully tried so far (fewest-first order only: most-first completes nothing early)
  let completeUpTo = space.minTraitors - 1;
  let current = -1;

  for (const { scenario, traitors } of searchSpace(s, space)) {
    if (searched >= budget) {
      return {
        found: false,
        searched,
        exhaustive: false,
        text:
          `No counterexample for ${name} in the first ${searched.toLocaleString('en-US')} of ` +
          `${size.toLocaleString('en-US')} runs (search budget spent).`,
        space: size,
        completeUpTo: space.mostFirst ? -1 : completeUpTo,
      };
    }
    if (traitors !== current) {
      if (current >= 0 && !space.mostFirst) completeUpTo = current;
      current = traitors;
    }
    const run = runByzantine(scenario);
    searched++;
    if (!run.verdict.ic1 || !run.verdict.ic2) {
      return { found: true, scenario, run, searched, text: describeFound(name, scenario, run) };
    }
  }

  const assumptions = s.assumptions ?? PAPER_ASSUMPTIONS;
  const paper = !assumptions.spoofing && assumptions.synchronous;
  const theorem =
    paper && checkBounds(s.algorithm, n, s.m, t).guaranteed
      ? ` as the paper's Theorem ${s.algorithm === 'OM' ? 1 : 2} promises`
      : '';
  return {
    found: false,
    searched,
    exhaustive: true,
    space: size,
    completeUpTo: t,
    text:
      t === 0 && searched === 0
        ? `No counterexample for ${name}: with no traitors to try, every loyal run satisfies IC1 and IC2.`
        : `No counterexample for ${name}: all ${searched.toLocaleString('en-US')} runs with up to ${t} ` +
          `${t === 1 ? 'traitor' : 'traitors'} (every placement, strategy and order) satisfy IC1 and IC2${theorem}.`,
  };
}

function describeFound(name: string, s: ByzantineScenario, run: ByzantineRun): string {
  const who = Object.entries(s.traitors)
    .map(([id, st]) => `${generalName(Number(id))} plays ${st}`)
    .join(' and ');
  const late = (s.delays ?? []).map((d) => d.to);
  const cause =
    who !== ''
      ? who
      : `no general is a traitor but the commander's ${late.length === 1 ? 'message' : 'messages'} to ` +
        `${late.length === 1 ? 'lieutenant' : 'lieutenants'} ${late.join(', ')} ${late.length === 1 ? 'arrives' : 'arrive'} after the round's timeout`;
  const broken =
    !run.verdict.ic1 && !run.verdict.ic2 ? 'IC1 and IC2' : run.verdict.ic1 ? 'IC2' : 'IC1';
  const seed = Object.values(s.traitors).includes('random') ? ` (seed ${s.seed})` : '';
  return `Counterexample: ${name} breaks ${broken} when ${cause}${seed} and the order is ${s.order}. ${run.verdict.text}`;
}
