import { checkKnownFields, enumField, fail, intField, isRecord, quote } from '../scenario/errors';
import { ROUTINGS, type ChordFrame, type Key, type Routing } from './frames';
import { hashId } from './hash';
import type { ChordOp } from './operations';
import { asKey, asNodeId, nodeName, ringSize, type NodeId } from './ring';
import { MAX_ROUNDS, MAX_NAME_LENGTH, MAX_VALUE_LENGTH } from './limits';

/** A node or key name, capped so one pasted page cannot freeze the ring's labels. */
export function checkName(name: string, where: string, what: string): string {
  if (name.length > MAX_NAME_LENGTH)
    fail(
      `${where}: the ${what} name ${quote(name)} is too long: names are at most ${MAX_NAME_LENGTH} characters.`,
    );
  return name;
}
const OP_FIELDS: Record<ChordOp['op'], readonly string[]> = {
  lookup: ['op', 'from', 'key', 'routing', 'upTo'],
  get: ['op', 'from', 'key', 'routing', 'upTo'],
  put: ['op', 'from', 'key', 'value', 'routing', 'upTo'],
  join: ['op', 'id', 'via', 'leaderCrash', 'upTo'],
  leave: ['op', 'id', 'leaderCrash', 'upTo'],
  crash: ['op', 'id', 'leaderCrash', 'upTo'],
  stabilize: ['op', 'rounds', 'upTo'],
  check: ['op', 'upTo'],
};
const OPS = Object.keys(OP_FIELDS) as ChordOp['op'][];

export function checkValue(value: string, where: string, what: string): void {
  if (value.length > MAX_VALUE_LENGTH)
    fail(
      `${where}: ${what} is ${value.length.toLocaleString('en-US')} characters long; values are at most ${MAX_VALUE_LENGTH.toLocaleString('en-US')}.`,
    );
}

export function circleText(bits: number): string {
  const size = ringSize(bits);
  return `the circle of 2^${bits} = ${size} ids (0..${size - 1})`;
}

/** A node reference: an id on the circle or a name (hashed). */
function nodeRef(obj: Record<string, unknown>, field: string, where: string, bits: number): NodeId {
  const v = obj[field];
  if (v === undefined) fail(`${where}: "${field}" is required.`);
  if (typeof v === 'string' && v.length > 0)
    return asNodeId(hashId(checkName(v, where, 'node'), bits));
  if (typeof v === 'number' && Number.isInteger(v)) return checkNodeId(v, field, where, bits);
  fail(
    `${where}: "${field}" must be a node id (integer) or a node name (string), got ${quote(v)}.`,
  );
}

/** A node id must lie on the circle. */
function checkNodeId(v: number, field: string, where: string, bits: number): NodeId {
  if (!Number.isInteger(v) || v < 0 || v >= ringSize(bits))
    fail(`${where}: "${field}" = ${v} is outside ${circleText(bits)}.`);
  return asNodeId(v);
}

/** A key is a name (at most MAX_NAME_LENGTH characters) or an id on the circle. */
function checkKey(v: string | number, where: string, bits: number): Key {
  if (typeof v === 'string') {
    if (v === '')
      fail(`${where}: "key" must be a key id (integer) or a key name (string), got "".`);
    return asKey(checkName(v, where, 'key'));
  }
  if (!Number.isInteger(v) || v < 0 || v >= ringSize(bits))
    fail(`${where}: key ${v} is outside ${circleText(bits)}.`);
  return asKey(v);
}

function keyRef(obj: Record<string, unknown>, where: string, bits: number): Key {
  const v = obj.key;
  if (v === undefined) fail(`${where}: "key" is required.`);
  if ((typeof v === 'string' && v.length > 0) || (typeof v === 'number' && Number.isInteger(v)))
    return checkKey(v, where, bits);
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
  const crashAt =
    raw.leaderCrash === undefined
      ? {}
      : { leaderCrash: intField(raw, 'leaderCrash', w, { min: op === 'join' ? 1 : 0, max: 1e6 }) };
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
      return {
        op,
        id: nodeRef(raw, 'id', w, bits),
        via: nodeRef(raw, 'via', w, bits),
        ...crashAt,
        ...extra,
      };
    case 'leave':
    case 'crash':
      return { op, id: nodeRef(raw, 'id', w, bits), ...crashAt, ...extra };
    case 'stabilize':
      return { op, rounds: roundsOf(raw, w), ...extra };
    case 'check':
      return { op, ...extra };
  }
}

const roundsOf = (raw: Record<string, unknown>, where: string): number =>
  intField(raw, 'rounds', where, { min: 1, max: MAX_ROUNDS, default: 1 });

/**
 * Checks the values of an op built in code (the UI's actions), as parseStep checks those of a
 * step read from JSON: keys and ids on the circle, names and values not too long, rounds in range.
 * Nothing is parsed: the op's types are already right.
 */
export function checkOp(op: ChordOp, where: string, bits: number): void {
  const w = `${where} (${op.op})`;
  switch (op.op) {
    case 'put':
    case 'lookup':
    case 'get':
      // in parseStep's order, so the first fault found is the same
      if (op.op === 'put') checkValue(op.value, w, '"value"');
      checkNodeId(op.from, 'from', w, bits);
      checkKey(op.key, w, bits);
      return;
    case 'join':
    case 'leave':
    case 'crash':
      checkNodeId(op.id, 'id', w, bits);
      if (op.op === 'join') checkNodeId(op.via, 'via', w, bits);
      return;
    case 'stabilize':
      roundsOf(op, w);
      return;
    default:
      return;
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
