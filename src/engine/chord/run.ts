import type { Step } from '../timeline';
import { ScenarioError } from '../scenario/errors';
import { buildRing } from './builder';
import { Draft, Recorder } from './draft';
import { CHORD_ROUTINGS, type ChordFrame, type Key, type Routing } from './frames';
import { compareDesigns } from './designs/compare';
import { checkRoutingFits, initDesign } from './designs/setup';
import { hashId } from './hash';
import {
  applyOp,
  keyIdOf,
  type ChordContext,
  type ChordOp,
  routeResult,
  type OpResult,
} from './operations';
import { asKey, nodeName, type NodeId } from './ring';
import { route } from './routing';
import type { ChordScenario, ChordOutput } from './scenario';
import { checkOp, parseStep, validateOp } from './steps';
import { PER_NODE_STEP_LIMIT } from './stabilize';
import { CHORD_QUIZ } from './quiz';
import { answerSheet } from '../quiz';

export function contextOf(s: ChordScenario): ChordContext {
  return {
    bits: s.bits,
    replicas: s.replicas,
    routing: s.routing,
    skip: s.skip,
    repair: s.repair,
    cacheTtl: s.cacheTtl,
    ownerCheck: s.ownerCheck,
  };
}

/** The initial ring, fully stabilized, with the initial keys placed. */
export function baseFrame(s: ChordScenario): ChordFrame {
  const keys = Object.entries(s.keys).map(([k, value]) => ({
    key: asKey(k),
    id: hashId(k, s.bits),
    value,
  }));
  return initDesign(buildRing(s.nodes, s.bits, s.replicas, keys), s.routing);
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

/** Runs one validated op on a frame, honouring `upTo`; `onStep` hears each recorded step. */
function runOp(
  frame: ChordFrame,
  op: ChordOp,
  ctx: ChordContext,
  opIndex?: number,
  onStep?: () => void,
): AppliedOp {
  const start = frame.overlay === null ? frame : { ...frame, overlay: null };
  const d = new Draft(start);
  const rec = new Recorder(d, opIndex, groupOf(op));
  rec.onStep = onStep;
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
  ctx: Pick<ChordContext, 'bits' | 'routing'>,
): ChordOp {
  return fits(parseStep(raw, 'op', ctx.bits), frame, ctx);
}

/**
 * Checks one action built by the UI (typed already: nothing is parsed) against the frame it will
 * run on; the same checks and sentences as parseChordOp. Returns the op.
 */
export function checkChordOp<O extends ChordOp>(
  op: O,
  frame: ChordFrame,
  ctx: Pick<ChordContext, 'bits' | 'routing'>,
): O {
  checkOp(op, 'op', ctx.bits);
  return fits(op, frame, ctx);
}

/** the op suits the scenario's routing and names live nodes */
function fits<O extends ChordOp>(
  op: O,
  frame: ChordFrame,
  ctx: Pick<ChordContext, 'bits' | 'routing'>,
): O {
  checkRoutingFits(ctx.routing, op, `op (${op.op})`);
  validateOp(frame, op, 'op');
  return op;
}

/**
 * Rough share of a run's work per op (a stabilize round costs about as much per node as
 * building the ring), for a progress bar; `steps` is how many steps the op should record.
 */
function workOf(op: ChordOp, n: number): { work: number; steps: number } {
  if (op.op !== 'stabilize') return { work: n / 20, steps: 1 };
  return { work: n * op.rounds, steps: n > PER_NODE_STEP_LIMIT ? op.rounds : op.rounds * n };
}

/** The whole run of a scenario; `progress` (0..1) is told as ops and rounds complete. */
export function buildChordTimeline(
  s: ChordScenario,
  progress?: (fraction: number) => void,
): ChordRun & {
  base: ChordFrame;
  /** the resting frame after the last op */
  final: ChordFrame;
} {
  const base = baseFrame(s);
  const run = continueChordRun(s, base, 0, progress, s.nodes.length / 2);
  return { base, ...run, final: run.ends.at(-1) ?? base };
}

/** The ops of a run from some op on: their steps, results, and resting frames. */
export interface ChordRun {
  steps: Step<ChordFrame>[];
  results: OpResult[];
  /** the resting frame (overlay null) after each op run: where the next op starts */
  ends: ChordFrame[];
}

/**
 * Runs a scenario's ops from op `first` on, starting at `frame`: the resting frame after op
 * first − 1 (or the base frame). Exactly what buildChordTimeline records for those ops, so a
 * worker that kept a run can extend it by one action instead of rebuilding it. `done` is
 * work already counted as done for the progress bar (building the ring).
 */
export function continueChordRun(
  s: ChordScenario,
  frame: ChordFrame,
  first: number,
  progress?: (fraction: number) => void,
  done = 0,
): ChordRun {
  const ctx = contextOf(s);
  let current = frame;
  const steps: Step<ChordFrame>[] = [];
  const results: OpResult[] = [];
  const ends: ChordFrame[] = [];
  let rounds = 0;
  for (const op of s.steps.slice(0, first)) if (op.op === 'stabilize') rounds += op.rounds;
  const n0 = frame.ids.length;
  const ops = s.steps.slice(first);
  const works = ops.map((op) => workOf(op, n0));
  const total = done + works.reduce((sum, w) => sum + w.work, 0);
  progress?.(total > 0 ? done / total : 0);
  ops.forEach((op, j) => {
    const i = first + j;
    validateOp(current, op, `steps[${i}]`);
    const { work, steps: expected } = works[j]!;
    let seen = 0;
    const onStep = progress
      ? () => progress((done + (work * Math.min(++seen, expected)) / expected) / total)
      : undefined;
    const r = runOp(current, op, { ...ctx, roundsBefore: rounds }, i, onStep);
    done += work;
    if (op.op === 'stabilize') rounds += op.rounds;
    for (const st of r.steps) steps.push(st);
    results.push(r.result);
    ends.push(r.frame);
    current = r.frame;
  });
  return { steps, results, ends };
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
  const { base, steps, results, final } = buildChordTimeline(s);
  const sheet = answerSheet(
    s.questions,
    CHORD_QUIZ,
    () => ({ base, steps }),
    steps.length,
    'DHT ring',
  );
  return { kind: 'chord', results, ring: ringSummary(final), ...sheet };
}

export interface CompareResult {
  routing: Routing;
  owner: number | null;
  path: number[];
  hops: number;
  timeouts: number[];
  messages: number;
  /** the owner is the one the mode's own rule names (mod N: nodes[hash mod N]) */
  correct: boolean;
  trueOwner: number;
}

/**
 * The same lookup in every routing mode, the notes' other designs included, without changing
 * `frame` (each runs on its own throwaway copy, so one mode's repairs do not help another).
 */
export function compareRouting(
  frame: ChordFrame,
  key: Key,
  from: NodeId,
  ctx: Pick<ChordContext, 'skip' | 'repair' | 'cacheTtl'>,
): CompareResult[] {
  if (!frame.nodes.has(from)) throw new ScenarioError(`${nodeName(from)} is not a live node.`);
  const keyId = keyIdOf(key, frame.bits);
  const chord = CHORD_ROUTINGS.map((routing): CompareResult => {
    const r = route(
      new Draft(frame),
      { keyId, key, from, routing, skip: ctx.skip, repair: ctx.repair, purpose: 'lookup' },
      null,
    );
    const { owner, path, hops, timeouts, messages, correct, trueOwner } = routeResult('lookup', r);
    return { routing, owner, path, hops, timeouts, messages, correct, trueOwner };
  });
  return [...chord, ...compareDesigns(frame, key, keyId, from, ctx)];
}
