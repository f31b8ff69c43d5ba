/**
 * The Chord scenario format (CLI input and share links): parsing with one-sentence errors,
 * and running it into a timeline of steps plus JSON-ready results.
 */
import { createRng } from '../prng';
import type { Step } from '../timeline';
import {
  checkKnownFields,
  enumField,
  fail,
  intField,
  isRecord,
  quote,
  ScenarioError,
} from '../scenario/errors';
import { buildRing } from './builder';
import { checkChordBudget } from './budget';
import { Draft, Recorder } from './draft';
import { ROUTINGS, type ChordFrame, type Key, type Routing } from './frames';
import { hashId } from './hash';
import {
  applyOp,
  keyIdOf,
  type ChordContext,
  type ChordOp,
  routeResult,
  type OpResult,
  type RouteResult,
} from './operations';
import { asNodeId, nodeName, ringSize, type NodeId } from './ring';
import { route } from './routing';

export const MAX_SCENARIO_NODES = 20_000;
export const MAX_SCENARIO_STEPS = 10_000;
export const MAX_SCENARIO_KEYS = 10_000;
export const MAX_ROUNDS = 1_000;
export const MAX_REPLICAS = 16;
/** Names are labels on a projected ring: longer ones cannot be read and cost render time. */
export const MAX_NAME_LENGTH = 64;
/** A stored value is shown in the node panel; a page of text is plenty. */
export const MAX_VALUE_LENGTH = 1_000;

/** A node or key name, capped so one pasted page cannot freeze the ring's labels. */
function checkName(name: string, where: string, what: string): string {
  if (name.length > MAX_NAME_LENGTH)
    fail(
      `${where}: the ${what} name ${quote(name)} is too long: names are at most ${MAX_NAME_LENGTH} characters.`,
    );
  return name;
}

export interface ChordScenario {
  readonly kind: 'chord';
  readonly version: 1;
  readonly seed: number;
  readonly bits: number;
  /** The initial ring's node ids (names hashed, a count drawn from the seed), ascending. */
  readonly nodes: readonly NodeId[];
  readonly replicas: number;
  readonly routing: Routing;
  readonly skip: number;
  readonly repair: boolean;
  /** Initial data: key name → value. */
  readonly keys: Readonly<Record<string, string>>;
  readonly steps: readonly ChordOp[];
  /** UI state (cursor, selection...), passed through untouched. */
  readonly view?: Record<string, unknown>;
}

export interface ChordOutput {
  kind: 'chord';
  results: OpResult[];
  ring: { nodes: number[]; keys: Record<string, Key[]> };
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
  'keys',
  'steps',
  'view',
] as const;

const OP_FIELDS: Record<ChordOp['op'], readonly string[]> = {
  lookup: ['op', 'from', 'key', 'routing', 'upTo'],
  get: ['op', 'from', 'key', 'routing', 'upTo'],
  put: ['op', 'from', 'key', 'value', 'routing', 'upTo'],
  join: ['op', 'id', 'via', 'upTo'],
  leave: ['op', 'id', 'upTo'],
  crash: ['op', 'id', 'upTo'],
  stabilize: ['op', 'rounds', 'upTo'],
  check: ['op', 'upTo'],
};
const OPS = Object.keys(OP_FIELDS) as ChordOp['op'][];

function checkValue(value: string, where: string, what: string): void {
  if (value.length > MAX_VALUE_LENGTH)
    fail(
      `${where}: ${what} is ${value.length.toLocaleString('en-US')} characters long; values are at most ${MAX_VALUE_LENGTH.toLocaleString('en-US')}.`,
    );
}

function circleText(bits: number): string {
  const size = ringSize(bits);
  return `the circle of 2^${bits} = ${size} ids (0..${size - 1})`;
}

/** A node reference: an id on the circle or a name (hashed). */
function nodeRef(obj: Record<string, unknown>, field: string, where: string, bits: number): NodeId {
  const v = obj[field];
  if (v === undefined) fail(`${where}: "${field}" is required.`);
  if (typeof v === 'string' && v.length > 0)
    return asNodeId(hashId(checkName(v, where, 'node'), bits));
  if (typeof v === 'number' && Number.isInteger(v)) {
    if (v < 0 || v >= ringSize(bits))
      fail(`${where}: "${field}" = ${v} is outside ${circleText(bits)}.`);
    return asNodeId(v);
  }
  fail(
    `${where}: "${field}" must be a node id (integer) or a node name (string), got ${quote(v)}.`,
  );
}

function keyRef(obj: Record<string, unknown>, where: string, bits: number): Key {
  const v = obj.key;
  if (v === undefined) fail(`${where}: "key" is required.`);
  if (typeof v === 'string' && v.length > 0) return checkName(v, where, 'key');
  if (typeof v === 'number' && Number.isInteger(v)) {
    if (v < 0 || v >= ringSize(bits)) fail(`${where}: key ${v} is outside ${circleText(bits)}.`);
    return v;
  }
  fail(`${where}: "key" must be a key id (integer) or a key name (string), got ${quote(v)}.`);
}

/** Parses one step's shape (node liveness is checked against a frame by validateOp). */
export function parseStep(raw: unknown, where: string, bits: number): ChordOp {
  if (!isRecord(raw)) fail(`${where} must be an object like {"op": "lookup", ...}.`);
  const op = enumField(raw, 'op', where, OPS);
  checkKnownFields(raw, OP_FIELDS[op], `${where} (${op})`);
  const w = `${where} (${op})`;
  const upTo = raw.upTo === undefined ? undefined : intField(raw, 'upTo', w, { min: 0, max: 1e9 });
  const extra = upTo === undefined ? {} : { upTo };
  const routing = (): { routing?: Routing } =>
    raw.routing === undefined ? {} : { routing: enumField(raw, 'routing', w, ROUTINGS) };
  switch (op) {
    case 'lookup':
    case 'get':
      return {
        op,
        from: nodeRef(raw, 'from', w, bits),
        key: keyRef(raw, w, bits),
        ...routing(),
        ...extra,
      };
    case 'put': {
      const value = raw.value;
      if (typeof value !== 'string') fail(`${w}: "value" must be a string, got ${quote(value)}.`);
      checkValue(value, w, '"value"');
      return {
        op,
        from: nodeRef(raw, 'from', w, bits),
        key: keyRef(raw, w, bits),
        value,
        ...routing(),
        ...extra,
      };
    }
    case 'join':
      return { op, id: nodeRef(raw, 'id', w, bits), via: nodeRef(raw, 'via', w, bits), ...extra };
    case 'leave':
    case 'crash':
      return { op, id: nodeRef(raw, 'id', w, bits), ...extra };
    case 'stabilize':
      return {
        op,
        rounds: intField(raw, 'rounds', w, { min: 1, max: MAX_ROUNDS, default: 1 }),
        ...extra,
      };
    case 'check':
      return { op, ...extra };
  }
}

/** Checks an op against the ring it will run on: the nodes it names must be (or not be) live. */
export function validateOp(frame: ChordFrame, op: ChordOp, where: string): void {
  const w = `${where} (${op.op})`;
  const mustLive = (id: NodeId, role: string): void => {
    if (!frame.nodes.has(id)) {
      const gone = frame.gone.get(id);
      fail(`${w}: ${role} ${nodeName(id)} is not a live node${gone ? ` (it has ${gone})` : ''}.`);
    }
  };
  switch (op.op) {
    case 'lookup':
    case 'get':
    case 'put':
      mustLive(op.from, '"from"');
      return;
    case 'join':
      if (frame.nodes.has(op.id)) fail(`${w}: ${nodeName(op.id)} is already in the ring.`);
      mustLive(op.via, '"via"');
      return;
    case 'leave':
    case 'crash':
      mustLive(op.id, '"id"');
      if (frame.ids.length <= 1)
        fail(`${w}: ${nodeName(op.id)} is the last node; the ring cannot be empty.`);
      return;
    default:
      return;
  }
}

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
  if (rawSteps.length > MAX_SCENARIO_STEPS) fail(`${where}: at most ${MAX_SCENARIO_STEPS} steps.`);
  const steps = rawSteps.map((s, i) => parseStep(s, `steps[${i}]`, bits));
  checkChordBudget({ nodes, bits, skip, routing, steps });
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
    keys,
    steps,
  };
  return view ? { ...out, view } : out;
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

export function contextOf(s: ChordScenario): ChordContext {
  return { bits: s.bits, replicas: s.replicas, routing: s.routing, skip: s.skip, repair: s.repair };
}

/** The initial ring, fully stabilized, with the initial keys placed. */
export function baseFrame(s: ChordScenario): ChordFrame {
  const keys = Object.entries(s.keys).map(([k, value]) => ({
    key: k,
    id: hashId(k, s.bits),
    value,
  }));
  return buildRing(s.nodes, s.bits, s.replicas, keys);
}

function groupOf(op: ChordOp): string {
  switch (op.op) {
    case 'lookup':
    case 'get':
    case 'put':
      return `${op.op} ${String(op.key)}`;
    case 'join':
    case 'leave':
    case 'crash':
      return `${op.op} N${op.id}`;
    default:
      return op.op;
  }
}

export interface AppliedOp {
  steps: Step<ChordFrame>[];
  result: OpResult;
  /** The resting frame after the op (overlay null): where the next op starts. */
  frame: ChordFrame;
}

/** Runs one validated op on a frame, honouring `upTo`. */
function runOp(frame: ChordFrame, op: ChordOp, ctx: ChordContext, opIndex?: number): AppliedOp {
  const start = frame.overlay === null ? frame : { ...frame, overlay: null };
  const d = new Draft(start);
  const rec = new Recorder(d, opIndex, groupOf(op));
  let result = applyOp(d, op, ctx, rec);
  let steps = rec.steps;
  let end = d.snapshot(null);
  if (op.upTo !== undefined && op.upTo < steps.length) {
    steps = steps.slice(0, op.upTo);
    const last = steps[steps.length - 1];
    end = last ? { ...last.state, overlay: null } : start;
    result = { ...result, partial: true };
  }
  return { steps, result, frame: end };
}

/**
 * Appends one user action to the end of a timeline (the UI forks, then appends).
 * Throws ScenarioError if the op names a node that is not live in `frame`.
 */
export function applyChordOp(
  frame: ChordFrame,
  op: ChordOp,
  ctx: ChordContext,
  opIndex?: number,
): AppliedOp {
  validateOp(frame, op, 'op');
  return runOp(frame, op, ctx, opIndex);
}

/** Parses and validates one action from the UI against the frame it will run on. */
export function parseChordOp(
  raw: unknown,
  frame: ChordFrame,
  ctx: Pick<ChordContext, 'bits'>,
): ChordOp {
  const op = parseStep(raw, 'op', ctx.bits);
  validateOp(frame, op, 'op');
  return op;
}

export function buildChordTimeline(s: ChordScenario): {
  base: ChordFrame;
  steps: Step<ChordFrame>[];
  results: OpResult[];
  /** the resting frame after the last op */
  final: ChordFrame;
} {
  const ctx = contextOf(s);
  const base = baseFrame(s);
  let current = base;
  const steps: Step<ChordFrame>[] = [];
  const results: OpResult[] = [];
  s.steps.forEach((op, i) => {
    validateOp(current, op, `steps[${i}]`);
    const r = runOp(current, op, ctx, i);
    for (const st of r.steps) steps.push(st);
    results.push(r.result);
    current = r.frame;
  });
  return { base, steps, results, final: current };
}

export function ringSummary(frame: ChordFrame): ChordOutput['ring'] {
  const keys: Record<string, Key[]> = {};
  for (const id of frame.ids) {
    const n = frame.nodes.get(id);
    if (n && n.keys.length > 0) keys[String(id)] = [...n.keys];
  }
  return { nodes: [...frame.ids], keys };
}

export function runChordScenario(s: ChordScenario): ChordOutput {
  const { results, final } = buildChordTimeline(s);
  return { kind: 'chord', results, ring: ringSummary(final) };
}

/**
 * The same lookup in all four routing modes, without changing `frame` (each runs on its own
 * throwaway copy, so one mode's repairs do not help another).
 */
export function compareRouting(
  frame: ChordFrame,
  key: Key,
  from: NodeId,
  ctx: Pick<ChordContext, 'skip' | 'repair'>,
): (Pick<RouteResult, 'owner' | 'path' | 'hops' | 'timeouts' | 'correct' | 'trueOwner'> & {
  routing: Routing;
})[] {
  if (!frame.nodes.has(from)) throw new ScenarioError(`${nodeName(from)} is not a live node.`);
  const keyId = keyIdOf(key, frame.bits);
  return ROUTINGS.map((routing) => {
    const r = route(
      new Draft(frame),
      { keyId, key, from, routing, skip: ctx.skip, repair: ctx.repair, purpose: 'lookup' },
      null,
    );
    const res = routeResult('lookup', r);
    return {
      routing,
      owner: res.owner,
      path: res.path,
      hops: res.hops,
      timeouts: res.timeouts,
      correct: res.correct,
      trueOwner: res.trueOwner,
    };
  });
}
