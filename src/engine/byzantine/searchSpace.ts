import {
  COMMANDER,
  ORDERS,
  PAPER_ASSUMPTIONS,
  STRATEGIES,
  type ByzantineScenario,
  type Order,
  type Strategy,
} from './types';

/** `random` traitors are tried with the scenario's seed and the next ones. */
export const RANDOM_SEEDS_TRIED = 3;

export interface SpaceOptions {
  /** fewest traitors tried (1 by default; 0 also tries the run without traitors) */
  readonly minTraitors: number;
  /** most traitors tried; may exceed m (the "too many traitors" runs) */
  readonly maxTraitors: number;
  /** largest traitor sets first (they break more runs; the bound explorer wants an answer fast) */
  readonly mostFirst: boolean;
}

/**
 * Every run the counterexample search tries, in order (see findCounterexample):
 * - on an asynchronous network, first the runs without traitors in which the commander's
 *   messages to 1, 2, … lieutenants (lexicographic sets) arrive one round late;
 * - then traitor sets of each size, in lexicographic order of ids, the commander included;
 * - every assignment of strategies to them: the six of STRATEGIES, plus `spoof:<g>` for every
 *   loyal general g when spoofing is allowed;
 *   (most-first: per size, the assignments where all traitors play alike come before the rest);
 * - both orders, the scenario's first;
 * - seeds seed, seed+1, … (RANDOM_SEEDS_TRIED of them) when some traitor plays `random`.
 */
export function* searchSpace(
  s: ByzantineScenario,
  o: SpaceOptions,
): Generator<{ scenario: ByzantineScenario; traitors: number }> {
  const n = s.generals;
  const assumptions = s.assumptions ?? PAPER_ASSUMPTIONS;
  const orders: Order[] = [s.order, ...ORDERS.filter((x) => x !== s.order)];
  const make = (
    traitors: Record<string, Strategy>,
    order: Order,
    seed: number,
    late: readonly number[] = [],
  ): ByzantineScenario => ({
    kind: 'byzantine',
    version: 1,
    seed,
    algorithm: s.algorithm,
    generals: n,
    m: s.m,
    order,
    traitors,
    ...(s.assumptions ? { assumptions: s.assumptions } : {}),
    ...(late.length > 0
      ? { delays: late.map((to) => ({ from: COMMANDER, to, round: 0, by: 1 })) }
      : {}),
  });

  if (!assumptions.synchronous) {
    for (let k = 1; k < n; k++) {
      for (const set of combinations(n - 1, k)) {
        const late = set.map((x) => x + 1);
        for (const order of orders) yield { scenario: make({}, order, s.seed, late), traitors: 0 };
      }
    }
  }
  const sizes: number[] = [];
  for (let k = o.minTraitors; k <= o.maxTraitors; k++) sizes.push(k);
  if (o.mostFirst) sizes.reverse();
  // most-first also tries, per size, the runs where every traitor plays the same strategy
  // before the mixed ones: the classic attacks (all lie the opposite way, all split) come early
  const passes: readonly ('all' | 'uniform' | 'mixed')[] = o.mostFirst
    ? ['uniform', 'mixed']
    : ['all'];
  for (const size of sizes) {
    for (const pass of passes)
      for (const ids of combinations(n, size)) {
        const menu = strategiesFor(ids, n, assumptions.spoofing);
        for (const strategies of assignments(size, menu)) {
          const uniform = strategies.every((x) => x === strategies[0]);
          if ((pass === 'uniform' && !uniform) || (pass === 'mixed' && uniform)) continue;
          const seeds = strategies.includes('random')
            ? Array.from({ length: RANDOM_SEEDS_TRIED }, (_, k) => (s.seed + k) >>> 0)
            : [s.seed];
          const traitors: Record<string, Strategy> = {};
          ids.forEach((id, k) => (traitors[String(id)] = strategies[k]!));
          for (const order of orders) {
            for (const seed of seeds)
              yield { scenario: make(traitors, order, seed), traitors: size };
          }
        }
      }
  }
}

/** How many runs searchSpace yields, without running them. */
export function searchSpaceSize(s: ByzantineScenario, o: SpaceOptions): number {
  const n = s.generals;
  const assumptions = s.assumptions ?? PAPER_ASSUMPTIONS;
  let total = 0;
  if (!assumptions.synchronous) total += 2 * (2 ** (n - 1) - 1);
  for (let k = Math.max(0, o.minTraitors); k <= Math.min(n, o.maxTraitors); k++) {
    const S = STRATEGIES.length + (assumptions.spoofing ? n - k : 0);
    // assignments without `random` run once per order, those with it once per seed and order
    const all = S ** k;
    const withoutRandom = (S - 1) ** k;
    total += binomial(n, k) * 2 * (withoutRandom + (all - withoutRandom) * RANDOM_SEEDS_TRIED);
  }
  return total;
}

function strategiesFor(ids: readonly number[], n: number, spoofing: boolean): Strategy[] {
  if (!spoofing) return [...STRATEGIES];
  const loyal: Strategy[] = [];
  for (let g = 0; g < n; g++) if (!ids.includes(g)) loyal.push(`spoof:${g}`);
  return [...STRATEGIES, ...loyal];
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return Math.round(r);
}

/** k-subsets of 0..n-1 in lexicographic order (one empty set for k = 0) */
export function* combinations(n: number, k: number): Generator<number[]> {
  if (k > n) return;
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

/** every length-k tuple over `menu`, odometer order */
function* assignments(k: number, menu: readonly Strategy[]): Generator<Strategy[]> {
  const digits: number[] = Array.from({ length: k }, () => 0);
  while (true) {
    yield digits.map((d) => menu[d]!);
    let i = k - 1;
    while (i >= 0 && digits[i] === menu.length - 1) digits[i--] = 0;
    if (i < 0) return;
    digits[i]!++;
  }
}
