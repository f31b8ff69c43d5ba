import { checkBounds } from './bounds';
import { runByzantine } from './run';
import {
  COMMANDER,
  ORDERS,
  STRATEGIES,
  type ByzantineRun,
  type ByzantineScenario,
  type Order,
  type Strategy,
} from './types';

/** The search is exhaustive, so it is capped to classroom sizes. */
export const MAX_SEARCH_GENERALS = 7;
/** Default number of runs the search may try. */
export const DEFAULT_SEARCH_BUDGET = 5_000;
/** `random` traitors are tried with the scenario's seed and the next ones. */
export const RANDOM_SEEDS_TRIED = 3;

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
    };

/**
 * Looks for a run of the scenario's algorithm, generals and m that breaks IC1 or IC2.
 *
 * Search space, tried in this order (the first failure is reported):
 * - traitor sets of size 1, 2, …, t, where t = the number of traitors the scenario configures,
 *   or m when it configures none (the largest number the paper claims to tolerate); sets in
 *   lexicographic order of ids, the commander included;
 * - every assignment of the six strategies to those traitors;
 * - both orders, the scenario's first;
 * - when some traitor plays `random`, the seeds seed, seed+1, …, seed+RANDOM_SEEDS_TRIED−1
 *   (otherwise the seed does not matter and only the scenario's seed is run).
 * Capped at MAX_SEARCH_GENERALS generals and `budget` runs; beyond either the answer is
 * "not found" with exhaustive = false.
 */
export function findCounterexample(
  s: ByzantineScenario,
  budget: number = DEFAULT_SEARCH_BUDGET,
): CounterexampleResult {
  const n = s.generals;
  const name = `${s.algorithm}(${s.m}) with ${n} generals`;
  if (n > MAX_SEARCH_GENERALS) {
    return {
      found: false,
      searched: 0,
      exhaustive: false,
      text: `Not searched: the counterexample search is capped at ${MAX_SEARCH_GENERALS} generals.`,
    };
  }
  const configured = Object.keys(s.traitors).length;
  const t = Math.min(n, configured > 0 ? configured : s.m);
  const orders: Order[] = [s.order, ...ORDERS.filter((o) => o !== s.order)];
  let searched = 0;

  for (let size = 1; size <= t; size++) {
    for (const ids of combinations(n, size)) {
      for (const strategies of assignments(size)) {
        const seeds = strategies.includes('random')
          ? Array.from({ length: RANDOM_SEEDS_TRIED }, (_, k) => (s.seed + k) >>> 0)
          : [s.seed];
        for (const order of orders) {
          for (const seed of seeds) {
            if (searched >= budget) {
              return {
                found: false,
                searched,
                exhaustive: false,
                text: `No counterexample for ${name} in the first ${searched.toLocaleString('en-US')} runs (search budget spent).`,
              };
            }
            const traitors: Record<string, Strategy> = {};
            ids.forEach((id, k) => (traitors[String(id)] = strategies[k]!));
            const scenario: ByzantineScenario = {
              kind: 'byzantine',
              version: 1,
              seed,
              algorithm: s.algorithm,
              generals: n,
              m: s.m,
              order,
              traitors,
            };
            const run = runByzantine(scenario);
            searched++;
            if (!run.verdict.ic1 || !run.verdict.ic2) {
              return {
                found: true,
                scenario,
                run,
                searched,
                text: describeFound(name, scenario, run),
              };
            }
          }
        }
      }
    }
  }

  const theorem = checkBounds(s.algorithm, n, s.m, t).guaranteed
    ? ` as the paper's Theorem ${s.algorithm === 'OM' ? 1 : 2} promises`
    : '';
  return {
    found: false,
    searched,
    exhaustive: true,
    text:
      t === 0
        ? `No counterexample for ${name}: with no traitors to try, every loyal run satisfies IC1 and IC2.`
        : `No counterexample for ${name}: all ${searched.toLocaleString('en-US')} runs with up to ${t} ` +
          `${t === 1 ? 'traitor' : 'traitors'} (every placement, strategy and order) satisfy IC1 and IC2${theorem}.`,
  };
}

function describeFound(name: string, s: ByzantineScenario, run: ByzantineRun): string {
  const who = Object.entries(s.traitors)
    .map(
      ([id, st]) =>
        `${Number(id) === COMMANDER ? 'the commander' : `lieutenant ${id}`} plays ${st}`,
    )
    .join(' and ');
  const broken =
    !run.verdict.ic1 && !run.verdict.ic2 ? 'IC1 and IC2' : run.verdict.ic1 ? 'IC2' : 'IC1';
  const seed = Object.values(s.traitors).includes('random') ? ` (seed ${s.seed})` : '';
  return `Counterexample: ${name} breaks ${broken} when ${who}${seed} and the order is ${s.order}. ${run.verdict.text}`;
}

/** k-subsets of 0..n-1 in lexicographic order */
function* combinations(n: number, k: number): Generator<number[]> {
  const pick: number[] = Array.from({ length: k }, (_, i) => i);
  while (true) {
    yield pick.slice();
    let i = k - 1;
    while (i >= 0 && pick[i] === n - k + i) i--;
    if (i < 0) return;
    pick[i]!++;
    for (let j = i + 1; j < k; j++) pick[j] = pick[j - 1]! + 1;
  }
}

/** every length-k tuple of strategies, odometer order */
function* assignments(k: number): Generator<Strategy[]> {
  const digits: number[] = Array.from({ length: k }, () => 0);
  while (true) {
    yield digits.map((d) => STRATEGIES[d]!);
    let i = k - 1;
    while (i >= 0 && digits[i] === STRATEGIES.length - 1) digits[i--] = 0;
    if (i < 0) return;
    digits[i]!++;
  }
}
