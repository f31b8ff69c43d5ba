import { createRng } from '../prng';
import { fail } from '../scenario/errors';
import { assumptionWarnings } from './assumptionWarnings';
import { checkBounds } from './bounds';
import { networkOf } from './network';
import { runOM } from './om';
import { checkSize } from './counts';
import { runSM } from './sm';
import {
  COMMANDER,
  PAPER_ASSUMPTIONS,
  type ByzantineRun,
  type ByzantineScenario,
  type Order,
  type Strategy,
} from './types';
import { judge } from './verdicts';

/**
 * One complete run of OM(m) or SM(m) for a parsed scenario: every message slot, each
 * lieutenant's decision tree (OM) or set V (SM), decisions, verdicts, counts and warnings.
 * Deterministic: the same scenario always gives the same run.
 */
export function runByzantine(s: ByzantineScenario): ByzantineRun {
  const n = s.generals;
  const m = s.m;
  if (!Number.isInteger(n) || n < 3)
    fail(`Byzantine scenario: need at least 3 generals, got ${n}.`);
  if (!Number.isInteger(m) || m < 0) fail(`Byzantine scenario: m must be 0 or more, got ${m}.`);
  checkSize(s);
  const strategy: (Strategy | null)[] = Array.from({ length: n }, () => null);
  for (const [key, st] of Object.entries(s.traitors)) {
    const id = Number(key);
    if (!(Number.isInteger(id) && id >= 0 && id < n)) {
      fail(`Byzantine scenario: traitor "${key}" is not a general (ids are 0..${n - 1}).`);
    }
    strategy[id] = st;
  }
  const traitor = strategy.map((st) => st !== null);
  const rng = createRng(s.seed);
  const assumptions = s.assumptions ?? PAPER_ASSUMPTIONS;
  const paper = assumptions.spoofing === false && assumptions.synchronous === true;
  const net = paper ? undefined : networkOf(s.algorithm, strategy, assumptions, s.delays ?? []);
  const input = { n, m, order: s.order, strategy, rng, net };

  const om = s.algorithm === 'OM' ? runOM(input) : null;
  const sm = s.algorithm === 'SM' ? runSM(input) : null;
  const res = om ?? sm!;
  const messages = res.messages;
  const levelStart = res.levelStart;
  const trees = om ? om.trees : Array.from({ length: n }, () => null);
  const V = sm ? sm.V : Array.from({ length: n }, () => null);
  const rule = res.rule;
  const decisions: (Order | null)[] = rule.map((d, i) => (traitor[i] ? null : d));

  const perLevel: number[] = [];
  const suppressedPerLevel: number[] = [];
  for (let k = 0; k <= m; k++) {
    let sent = 0;
    let silent = 0;
    const end = levelStart[k + 1] ?? messages.length;
    for (let x = levelStart[k] ?? end; x < end; x++) {
      if (messages[x]!.sent) sent++;
      else silent++;
    }
    perLevel.push(sent);
    suppressedPerLevel.push(silent);
  }
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const bounds = checkBounds(s.algorithm, n, m, traitor.filter(Boolean).length);
  const broken = assumptionWarnings(s, messages);

  return {
    scenario: s,
    algorithm: s.algorithm,
    n,
    m,
    traitor,
    strategy,
    assumptions,
    messages,
    levelStart,
    trees,
    V,
    rule,
    decisions,
    verdict: judge(decisions, !traitor[COMMANDER], s.order),
    counts: {
      total: sum(perLevel),
      perLevel,
      suppressed: sum(suppressedPerLevel),
      suppressedPerLevel,
    },
    warnings: [...bounds.warnings, ...broken.warnings],
    notes: [...bounds.notes, ...broken.notes],
  };
}
