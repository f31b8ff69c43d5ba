import { jsonObject, type JsonObject } from '../scenario/json';
import { checkKnownFields, enumField, fail, intField, isRecord } from '../scenario/errors';
import { parseQuestions } from '../quiz';
import {
  acceptorId,
  STRATEGIES,
  type Fault,
  type PaxosScenario,
  type ProposerSpec,
  type ScheduleEntry,
  type Strategy,
} from './types';

const WHERE = 'Paxos scenario';
const FIELDS = [
  'kind',
  'version',
  'seed',
  'acceptors',
  'quorum',
  'learners',
  'proposers',
  'faults',
  'schedule',
  'loss',
  'find',
  'questions',
  'view',
] as const;
export const MAX_ACCEPTORS = 7;
export const MAX_PROPOSERS = 3;
export const MAX_LEARNERS = 3;
export const MAX_SCHEDULE = 400;
const ENTRY_KEYS = ['propose', 'deliver', 'drop', 'delay', 'crash'] as const;

/**
 * Reads the CLI / share-link JSON:
 *   { "kind": "paxos", "version": 1, "seed": 1, "acceptors": 3, "quorum": 2,
 *     "proposers": [{"id": "P1", "value": "attack"}, {"id": "P2", "value": "retreat"}],
 *     "faults": {"A2": {"type": "byzantine", "strategy": "forget"}}, "schedule": [...] }
 * Defaults: seed 1, quorum a majority, two learners, no faults, no loss, no schedule (the seeded
 * scheduler chooses one). Anything invalid throws a ScenarioError with one sentence.
 */
export function parsePaxosScenario(raw: unknown): PaxosScenario {
  if (!isRecord(raw)) fail(`${WHERE}: expected a JSON object.`);
  checkKnownFields(raw, FIELDS, WHERE);
  if (raw.kind !== 'paxos') {
    fail(`${WHERE}: "kind" must be "paxos", got ${JSON.stringify(raw.kind) ?? 'nothing'}.`);
  }
  if (raw.version !== 1) {
    fail(
      `${WHERE}: unsupported "version" ${JSON.stringify(raw.version) ?? '(missing)'} (only version 1 exists).`,
    );
  }
  const seed = intField(raw, 'seed', WHERE, { min: 0, max: 0xffffffff, default: 1 });
  const acceptors = intField(raw, 'acceptors', WHERE, { min: 1, max: MAX_ACCEPTORS });
  const quorum = raw.quorum;
  if (typeof quorum === 'number' && Number.isInteger(quorum) && quorum > acceptors) {
    fail(`${WHERE}: a quorum of ${quorum} is larger than the ${acceptors} acceptors.`);
  }
  const q = intField(raw, 'quorum', WHERE, {
    min: 1,
    max: acceptors,
    default: Math.floor(acceptors / 2) + 1,
  });
  const learners = intField(raw, 'learners', WHERE, { min: 1, max: MAX_LEARNERS, default: 2 });
  const proposers = parseProposers(raw.proposers);
  const faults = parseFaults(raw.faults, acceptors);
  let loss = 0;
  if (raw.loss !== undefined) {
    if (typeof raw.loss !== 'number' || !(raw.loss >= 0 && raw.loss <= 0.9)) {
      fail(`${WHERE}: "loss" must be a number from 0 to 0.9, got ${JSON.stringify(raw.loss)}.`);
    }
    loss = raw.loss;
  }
  const find =
    raw.find === undefined ? undefined : enumField(raw, 'find', WHERE, ['violation'] as const);
  const questions = parseQuestions(raw.questions, WHERE);
  let view: JsonObject | undefined;
  if (raw.view !== undefined) {
    view = jsonObject(raw.view) ?? fail(`${WHERE}: "view" must be an object.`);
  }
  return {
    kind: 'paxos',
    version: 1,
    seed,
    acceptors,
    quorum: q,
    learners,
    proposers,
    faults,
    loss,
    ...(raw.schedule === undefined ? {} : { schedule: parseSchedule(raw.schedule) }),
    ...(find ? { find } : {}),
    ...(questions ? { questions } : {}),
    ...(view ? { view } : {}),
  };
}

function parseProposers(v: unknown): ProposerSpec[] {
  if (v === undefined) {
    return [
      { id: 'P1', value: 'attack' },
      { id: 'P2', value: 'retreat' },
    ];
  }
  if (!Array.isArray(v) || v.length < 1 || v.length > MAX_PROPOSERS) {
    fail(`${WHERE}: "proposers" must be a list of 1 to ${MAX_PROPOSERS} proposers.`);
  }
  const seen = new Set<string>();
  return v.map((p, i) => {
    if (!isRecord(p))
      fail(`${WHERE}: proposer ${i + 1} must be an object like {"id": "P1", "value": "attack"}.`);
    checkKnownFields(p, ['id', 'value'], `${WHERE}, proposer ${i + 1}`);
    const { id, value } = p;
    if (typeof id !== 'string' || !/^P[1-9][0-9]?$/.test(id)) {
      fail(`${WHERE}: proposer ${i + 1} needs an "id" like "P1", got ${JSON.stringify(id)}.`);
    }
    if (seen.has(id)) fail(`${WHERE}: proposer ${id} is listed twice.`);
    seen.add(id);
    if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,12}$/.test(value)) {
      fail(
        `${WHERE}: proposer ${id} needs a "value" of 1 to 12 letters or digits, got ${JSON.stringify(value)}.`,
      );
    }
    return { id, value };
  });
}

function parseFaults(v: unknown, n: number): Record<string, Fault> {
  if (v === undefined) return {};
  if (!isRecord(v)) fail(`${WHERE}: "faults" must map acceptor ids ("A1") to faults.`);
  const out: Record<string, Fault> = {};
  const ids = Object.keys(v).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  for (const id of ids) {
    const k = /^A[1-9][0-9]?$/.test(id) ? Number(id.slice(1)) : NaN;
    if (!(k >= 1 && k <= n)) {
      fail(
        `${WHERE}: fault for "${id}", which is not an acceptor (they are ${acceptorId(0)}–${acceptorId(n - 1)}).`,
      );
    }
    const f = v[id];
    if (!isRecord(f)) fail(`${WHERE}: the fault of ${id} must be an object.`);
    if (f.type === 'crash') {
      checkKnownFields(f, ['type', 'at'], `${WHERE}, fault of ${id}`);
      const at = intField(f, 'at', `${WHERE}, fault of ${id}`, {
        min: 0,
        max: MAX_SCHEDULE,
        default: 0,
      });
      out[id] = { type: 'crash', at };
    } else if (f.type === 'byzantine') {
      checkKnownFields(f, ['type', 'strategy'], `${WHERE}, fault of ${id}`);
      if (typeof f.strategy !== 'string' || !STRATEGIES.includes(f.strategy as Strategy)) {
        fail(
          `${WHERE}: ${id} has unknown strategy ${JSON.stringify(f.strategy)} (one of ${STRATEGIES.join(', ')}).`,
        );
      }
      out[id] = { type: 'byzantine', strategy: f.strategy as Strategy };
    } else {
      fail(
        `${WHERE}: the fault of ${id} has unknown type ${JSON.stringify(f.type)} (crash or byzantine).`,
      );
    }
  }
  return out;
}

/** Checks each entry's shape; whether it makes sense (a message that exists) is checked when run. */
export function parseSchedule(v: unknown): ScheduleEntry[] {
  if (!Array.isArray(v)) fail(`${WHERE}: "schedule" must be a list of steps.`);
  if (v.length > MAX_SCHEDULE)
    fail(`${WHERE}: "schedule" has ${v.length} steps (at most ${MAX_SCHEDULE}).`);
  return v.map((e, i) => {
    const at = `${WHERE}: schedule step ${i + 1}`;
    const keys = isRecord(e) ? Object.keys(e) : [];
    const key = keys[0] as (typeof ENTRY_KEYS)[number] | undefined;
    if (!isRecord(e) || keys.length !== 1 || !key || !ENTRY_KEYS.includes(key)) {
      fail(
        `${at} must be one of {"propose": "P1"}, {"deliver": 3}, {"drop": 3}, {"delay": 3}, {"crash": "A2"}.`,
      );
    }
    const x = e[key];
    if (key === 'propose' || key === 'crash') {
      if (typeof x !== 'string')
        fail(`${at}: "${key}" must name a process, got ${JSON.stringify(x)}.`);
      return key === 'propose' ? { propose: x } : { crash: x };
    }
    if (typeof x !== 'number' || !Number.isInteger(x) || x < 1) {
      fail(`${at}: "${key}" must be a message number (1, 2, …), got ${JSON.stringify(x)}.`);
    }
    return key === 'deliver' ? { deliver: x } : key === 'drop' ? { drop: x } : { delay: x };
  });
}
