import { jsonObject, type JsonObject } from '../scenario/json';
import { checkKnownFields, enumField, fail, intField, isRecord, quote } from '../scenario/errors';
import { checkSpoofers, parseAssumptions, parseDelays, SPOOF_PATTERN } from './assumptions';
import { checkSize, MAX_GENERALS, MAX_M } from './counts';
import { parseQuestions, type AnswerLine } from '../quiz';
import { byzantineSheet } from './quiz';
import { runByzantine } from './run';
import {
  ALGORITHMS,
  ORDERS,
  PAPER_ASSUMPTIONS,
  STRATEGIES,
  type Algorithm,
  type BaseStrategy,
  type ByzantineScenario,
  type Order,
  type Outcome,
  type Strategy,
} from './types';

const WHERE = 'Byzantine scenario';
const FIELDS = [
  'kind',
  'version',
  'seed',
  'algorithm',
  'generals',
  'm',
  'order',
  'traitors',
  'questions',
  'assumptions',
  'delays',
  'view',
] as const;

/**
 * Reads the CLI / share-link JSON:
 *   { "kind": "byzantine", "version": 1, "seed": 1, "algorithm": "OM", "generals": 4, "m": 1,
 *     "order": "attack", "traitors": { "3": "opposite" } }
 * Defaults: seed 1, algorithm "OM", order "attack", traitors {}, the paper's assumptions (no
 * spoofing, synchronous) and no delays (assumptions.ts). An optional "view" object
 * (UI state) is passed through and ignored by the engine. Anything invalid throws a
 * ScenarioError whose message is one sentence naming the problem.
 */
export function parseByzantineScenario(raw: unknown): ByzantineScenario {
  if (!isRecord(raw)) fail(`${WHERE}: expected a JSON object, got ${describe(raw)}.`);
  checkKnownFields(raw, FIELDS, WHERE);
  if (raw.kind !== 'byzantine') {
    fail(`${WHERE}: "kind" must be "byzantine", got ${quote(raw.kind)}.`);
  }
  if (raw.version !== 1) {
    fail(`${WHERE}: unsupported "version" ${quote(raw.version)} (only version 1 exists).`);
  }
  const seed = intField(raw, 'seed', WHERE, { min: 0, max: 0xffffffff, default: 1 });
  const algorithm: Algorithm = enumField(raw, 'algorithm', WHERE, ALGORITHMS, 'OM');
  const generals = generalsOf(raw.generals);
  const m = roundsOf(raw.m);
  const order: Order = enumField(raw, 'order', WHERE, ORDERS, 'attack');
  const traitors = parseTraitors(raw.traitors, generals);
  const questions = parseQuestions(raw.questions, WHERE);
  const assumptions = parseAssumptions(raw.assumptions);
  // what ties the fields together: checkRelations checks the same on a typed scenario
  checkSpoofers(traitors, generals, assumptions);
  const delays = parseDelays(raw.delays, generals, m);
  const paper = assumptions.spoofing === false && assumptions.synchronous === true;
  let view: JsonObject | undefined;
  if (raw.view !== undefined) {
    view =
      jsonObject(raw.view) ??
      fail(`${WHERE}: "view" must be an object, got ${describe(raw.view)}.`);
  }
  const s: ByzantineScenario = {
    kind: 'byzantine',
    version: 1,
    seed,
    algorithm,
    generals,
    m,
    order,
    traitors,
    ...(questions ? { questions } : {}),
    ...(paper ? {} : { assumptions }),
    ...(delays.length === 0 ? {} : { delays }),
    ...(view === undefined ? {} : { view }),
  };
  checkSize(s);
  return s;
}

/**
 * n and m, the generals and the rounds of OM(m) and SM(m): the one check of each. The lab's
 * "Generals" and "Rounds (m)" fields hand their values straight to the scenario, so this
 * sentence is also what a user who typed a bad number reads (an empty field arrives as NaN:
 * "got no number").
 */
function countOf(v: unknown, field: string, what: string, min: number, max: number): number {
  if (v === undefined) fail(`${WHERE}: "${field}" is required.`);
  const it = `${WHERE}: the number of ${what} "${field}"`;
  if (typeof v !== 'number' || !Number.isInteger(v))
    fail(`${it} must be a whole number from ${min} to ${max}, got ${quote(v)}.`);
  if (v < min || v > max) fail(`${it} must be between ${min} and ${max}, got ${v}.`);
  return v;
}
export const generalsOf = (v: unknown): number =>
  countOf(v, 'generals', 'generals', 3, MAX_GENERALS);
export const roundsOf = (v: unknown): number => countOf(v, 'm', 'rounds', 0, MAX_M);

/**
 * What ties a typed scenario's fields together, checked as the parser checks it and in its
 * order: each spoofer's target, each late message's generals and round, the size. A typed edit
 * (the lab's controls) calls this instead of parsing the whole scenario again. Returns it with
 * its late messages sorted as the parser sorts them (omitted when none).
 */
export function checkRelations(s: ByzantineScenario): ByzantineScenario {
  checkSpoofers(s.traitors, s.generals, s.assumptions ?? PAPER_ASSUMPTIONS);
  const delays = parseDelays(s.delays, s.generals, s.m);
  const { delays: _was, ...rest } = s;
  const out = delays.length === 0 ? rest : { ...rest, delays };
  checkSize(out);
  return out;
}

function parseTraitors(v: unknown, n: number): Record<string, Strategy> {
  if (v === undefined) return {};
  if (!isRecord(v)) {
    fail(
      `${WHERE}: "traitors" must be an object mapping general ids to strategies, got ${describe(v)}.`,
    );
  }
  const ids: number[] = [];
  for (const key of Object.keys(v)) {
    const id = /^(0|[1-9][0-9]*)$/.test(key) ? Number(key) : NaN;
    if (!(id >= 0 && id < n)) {
      fail(`${WHERE}: traitor "${key}" is not a general (ids are 0..${n - 1}).`);
    }
    const strategy = v[key];
    const known =
      typeof strategy === 'string' &&
      (STRATEGIES.includes(strategy as BaseStrategy) || SPOOF_PATTERN.test(strategy));
    if (!known) {
      fail(
        `${WHERE}: traitor ${key} has unknown strategy ${quote(strategy)} (one of ${STRATEGIES.join(', ')}, or spoof:<id> with spoofing on).`,
      );
    }
    ids.push(id);
  }
  // normalized: ascending ids
  const out: Record<string, Strategy> = {};
  for (const id of ids.sort((a, b) => a - b)) out[String(id)] = v[String(id)] as Strategy;
  return out;
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'an array';
  return quote(v);
}

/** The CLI's output: the loyal lieutenants' decisions, verdicts and message counts. */
export interface ByzantineOutput {
  readonly kind: 'byzantine';
  /** messages actually sent */
  readonly messages: number;
  /** messagesPerRound[k]: messages sent at relay level k, k = 0..m */
  readonly messagesPerRound: readonly number[];
  /** loyal lieutenants only, keyed by id */
  readonly decisions: Readonly<Record<string, Order>>;
  readonly ic1: boolean;
  readonly ic2: boolean;
  readonly outcome: Outcome;
  /** present only when the configuration is outside the paper's guarantees */
  readonly warnings?: readonly string[];
  /** the scenario's questions with their answers and why (present only when it has some) */
  readonly questions?: readonly AnswerLine[];
}

export function runByzantineScenario(s: ByzantineScenario): ByzantineOutput {
  const run = runByzantine(s);
  const decisions: Record<string, Order> = {};
  run.decisions.forEach((d, i) => {
    if (d !== null) decisions[String(i)] = d;
  });
  return {
    kind: 'byzantine',
    messages: run.counts.total,
    messagesPerRound: run.counts.perLevel,
    decisions,
    ic1: run.verdict.ic1,
    ic2: run.verdict.ic2,
    outcome: run.verdict.outcome,
    ...(run.warnings.length > 0 ? { warnings: run.warnings } : {}),
    ...byzantineSheet(s, run),
  };
}
