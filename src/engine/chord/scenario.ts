import { createRng } from '../prng';
import { checkKnownFields, enumField, fail, intField, isRecord, quote } from '../scenario/errors';
import { checkChordBudget } from './budget';
import { ROUTINGS, type Key, type Routing } from './frames';
import { hashId } from './hash';
import type { ChordContext, ChordOp, OpResult } from './operations';
import { ringSize, type NodeId } from './ring';
import { MAX_SCENARIO_NODES, MAX_SCENARIO_STEPS, MAX_SCENARIO_KEYS, MAX_REPLICAS } from './limits';
import { checkRoutingFits } from './designs/setup';
import { parseQuestions, type AnswerLine, type QuestionSpec } from '../quiz';

export const MAX_CACHE_TTL = 1000;
import { checkName, checkValue, circleText, parseStep } from './steps';

/**
 * The Chord scenario format (CLI input and share links): parsing with one-sentence errors,
 * and running it into a timeline of steps plus JSON-ready results.
 */
export interface ChordScenario extends Omit<ChordContext, 'roundsBefore'> {
  readonly kind: 'chord';
  readonly version: 1;
  readonly seed: number;
  /** The initial ring's node ids (names hashed, a count drawn from the seed), ascending. */
  readonly nodes: readonly NodeId[];
  /** Initial data: key name → value. */
  readonly keys: Readonly<Record<string, string>>;
  readonly steps: readonly ChordOp[];
  /** Predict-then-reveal: where the player stops and asks (see engine/quiz). */
  readonly questions?: readonly QuestionSpec[];
  /** UI state (cursor, selection...), passed through untouched. */
  readonly view?: Record<string, unknown>;
}

export interface ChordOutput {
  kind: 'chord';
  results: OpResult[];
  ring: { nodes: number[]; keys: Record<string, Key[]> };
  /** the scenario's questions with their answers and why (present only when it has some) */
  questions?: AnswerLine[];
}

const TOP_FIELDS = [
  'kind',
  'version',
  'seed',
  'bits',
  'nodes',
  'replicas',
  'routing',
  'skip',
  'repair',
  'cacheTtl',
  'ownerCheck',
  'keys',
  'steps',
  'questions',
  'view',
] as const;
export function parseChordScenario(raw: unknown): ChordScenario {
  if (!isRecord(raw)) fail('A Chord scenario must be a JSON object.');
  if (raw.kind !== 'chord') fail(`"kind" must be "chord", got ${quote(raw.kind)}.`);
  checkKnownFields(raw, TOP_FIELDS, 'Chord scenario');
  if (raw.version !== 1) fail(`"version" must be 1, got ${quote(raw.version)}.`);
  const where = 'Chord scenario';
  const seed = intField(raw, 'seed', where, { min: 0, max: 2 ** 32 - 1, default: 1 });
  const bits = intField(raw, 'bits', where, { min: 3, max: 32, default: 6 });
  const replicas = intField(raw, 'replicas', where, { min: 1, max: MAX_REPLICAS, default: 1 });
  const routing = enumField(raw, 'routing', where, ROUTINGS, 'finger');
  const skip = intField(raw, 'skip', where, { min: 1, max: 1024, default: 4 });
  let repair = true;
  if (raw.repair !== undefined) {
    if (typeof raw.repair !== 'boolean') fail(`${where}: "repair" must be true or false.`);
    repair = raw.repair;
  }
  const cacheTtl = intField(raw, 'cacheTtl', where, { min: 1, max: MAX_CACHE_TTL, default: 3 });
  let ownerCheck = false;
  if (raw.ownerCheck !== undefined) {
    if (typeof raw.ownerCheck !== 'boolean') fail(`${where}: "ownerCheck" must be true or false.`);
    ownerCheck = raw.ownerCheck;
  }
  if (replicas > 1 && (routing === 'modN' || routing === 'leader'))
    fail(
      `${where}: "replicas" must be 1 with ${routing} routing (it places each key on one node).`,
    );

  const nodes = parseNodes(raw.nodes, bits, seed);

  // Built with Object.fromEntries (own properties), so a key named "__proto__" is a key like
  // any other instead of silently setting the object's prototype.
  let keys: Record<string, string> = {};
  if (raw.keys !== undefined) {
    if (!isRecord(raw.keys)) fail(`${where}: "keys" must be an object of key name → value.`);
    const entries = Object.entries(raw.keys);
    if (entries.length > MAX_SCENARIO_KEYS)
      fail(`${where}: at most ${MAX_SCENARIO_KEYS} initial keys.`);
    for (const [k, v] of entries) {
      if (k.length === 0) fail(`${where}: key names must not be empty.`);
      checkName(k, `${where}: "keys"`, 'key');
      if (typeof v !== 'string')
        fail(`${where}: the value of key ${quote(k)} must be a string, got ${quote(v)}.`);
      checkValue(v, where, `the value of key ${quote(k)}`);
    }
    keys = Object.fromEntries(entries) as Record<string, string>;
  }

  let view: Record<string, unknown> | undefined;
  if (raw.view !== undefined) {
    if (!isRecord(raw.view)) fail(`${where}: "view" must be an object.`);
    view = raw.view;
  }

  const rawSteps = raw.steps ?? [];
  if (!Array.isArray(rawSteps)) fail(`${where}: "steps" must be an array.`);
  checkStepCount(rawSteps.length);
  const steps = rawSteps.map((s, i) => stepOf(s, i, bits, routing));
  checkChordBudget({ nodes, bits, skip, routing, steps });
  const questions = parseQuestions(raw.questions, where);
  const out: ChordScenario = {
    kind: 'chord',
    version: 1,
    seed,
    bits,
    nodes,
    replicas,
    routing,
    skip,
    repair,
    cacheTtl,
    ownerCheck,
    keys,
    steps,
    ...(questions ? { questions } : {}),
  };
  return view ? { ...out, view } : out;
}

/** steps[i] of a scenario, checked against its routing */
function stepOf(raw: unknown, i: number, bits: number, routing: Routing): ChordOp {
  const op = parseStep(raw, `steps[${i}]`, bits);
  checkRoutingFits(routing, op, `steps[${i}] (${op.op})`);
  return op;
}

/**
 * The parsed scenario whose steps are `rawSteps`, without parsing the rest again: a step that
 * is the very object `rawBefore` held at its index is taken from `s.steps` as already checked.
 * `s` must be the parse of a scenario whose steps were `rawBefore`. This is what one UI action
 * costs on a 100,000-node ring (drawing the ring's ids from the seed again takes ~100 ms).
 * Equal to parseChordScenario of that scenario without its view.
 */
export function withSteps(
  s: ChordScenario,
  rawBefore: readonly unknown[],
  rawSteps: readonly unknown[],
  rawQuestions: unknown,
): ChordScenario {
  const where = 'Chord scenario';
  checkStepCount(rawSteps.length);
  const { bits, routing } = s;
  const steps = rawSteps.map((raw, i) =>
    raw === rawBefore[i] && i < s.steps.length ? s.steps[i]! : stepOf(raw, i, bits, routing),
  );
  checkChordBudget({ nodes: s.nodes, bits, skip: s.skip, routing, steps });
  const questions = parseQuestions(rawQuestions, where);
  const { view: _view, questions: _questions, steps: _steps, ...rest } = s;
  return { ...rest, steps, ...(questions ? { questions } : {}) };
}

/**
 * The parsed scenario with these steps, the ones it does not already have being ops the UI built
 * and checked (checkChordOp): nothing is parsed, only the scenario's limits are checked.
 * Without the view, as withSteps.
 */
export function withOps(s: ChordScenario, steps: readonly ChordOp[]): ChordScenario {
  checkStepCount(steps.length);
  checkChordBudget({ nodes: s.nodes, bits: s.bits, skip: s.skip, routing: s.routing, steps });
  const { view: _view, steps: _steps, ...rest } = s;
  return { ...rest, steps };
}

function checkStepCount(n: number): void {
  if (n > MAX_SCENARIO_STEPS) fail(`Chord scenario: at most ${MAX_SCENARIO_STEPS} steps.`);
}

function parseNodes(v: unknown, bits: number, seed: number): NodeId[] {
  const where = 'Chord scenario';
  const size = ringSize(bits);
  if (v === undefined) fail(`${where}: "nodes" is required (a list of ids or names, or a count).`);
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 1 || v > MAX_SCENARIO_NODES) {
      fail(
        `${where}: "nodes" as a count must be an integer from 1 to ${MAX_SCENARIO_NODES}, got ${v}.`,
      );
    }
    if (v > size) fail(`${where}: ${v} nodes do not fit on ${circleText(bits)}.`);
    const rng = createRng(seed);
    const set = new Set<number>();
    while (set.size < v) set.add(rng.uint32() % size);
    return [...set].sort((a, b) => a - b) as NodeId[];
  }
  if (!Array.isArray(v)) fail(`${where}: "nodes" must be a list of node ids or names, or a count.`);
  if (v.length === 0) fail(`${where}: "nodes" must list at least one node.`);
  if (v.length > MAX_SCENARIO_NODES) fail(`${where}: at most ${MAX_SCENARIO_NODES} nodes.`);
  const seen = new Map<number, unknown>();
  v.forEach((x: unknown, i) => {
    let id: number;
    if (typeof x === 'string' && x.length > 0) id = hashId(checkName(x, where, 'node'), bits);
    else if (typeof x === 'number' && Number.isInteger(x)) {
      if (x < 0 || x >= size)
        fail(`${where}: node id ${x} (nodes[${i}]) is outside ${circleText(bits)}.`);
      id = x;
    } else
      fail(
        `${where}: nodes[${i}] must be a node id (integer) or a name (string), got ${quote(x)}.`,
      );
    if (seen.has(id)) {
      const first = seen.get(id);
      fail(
        typeof x === 'string' || typeof first === 'string'
          ? `${where}: ${quote(first)} and ${quote(x)} both map to id ${id}; node ids must be distinct.`
          : `${where}: node id ${id} is listed twice; node ids must be distinct.`,
      );
    }
    seen.set(id, x);
  });
  return [...seen.keys()].sort((a, b) => a - b) as NodeId[];
}
export * from './limits';
export { parseStep, validateOp } from './steps';
export {
  contextOf,
  baseFrame,
  applyChordOp,
  parseChordOp,
  checkChordOp,
  buildChordTimeline,
  continueChordRun,
  ringSummary,
  runChordScenario,
  compareRouting,
} from './run';
export type { AppliedOp, ChordRun } from './run';
