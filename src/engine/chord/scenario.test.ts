import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../scenario/errors';
import {
  applyChordOp,
  buildChordTimeline,
  contextOf,
  parseChordOp,
  parseChordScenario,
  runChordScenario,
} from './scenario';
import { hashId } from './hash';
import type { ChordFrame, StabilizeOverlay } from './frames';
import type { NodeId } from './ring';

const EXAMPLE = {
  kind: 'chord',
  version: 1,
  seed: 1,
  bits: 6,
  nodes: [1, 8, 14, 21, 32, 38, 42, 48, 51, 56],
  replicas: 1,
  routing: 'finger',
  skip: 4,
  keys: { apple: 'red' },
  steps: [
    { op: 'lookup', from: 8, key: 54, routing: 'finger' },
    { op: 'put', from: 8, key: 'apple', value: 'red' },
    { op: 'get', from: 1, key: 'apple' },
    { op: 'join', id: 30, via: 8 },
    { op: 'leave', id: 42 },
    { op: 'crash', id: 51 },
    { op: 'stabilize', rounds: 3 },
    { op: 'check' },
  ],
};

const scenario = (over: Record<string, unknown> = {}) => ({ ...EXAMPLE, ...over });
const parse = (over: Record<string, unknown> = {}) => parseChordScenario(scenario(over));
const run = (over: Record<string, unknown> = {}) => runChordScenario(parse(over));

describe('runChordScenario', () => {
  it('runs the contract example', () => {
    const out = run();
    expect(out.kind).toBe('chord');
    expect(out.results).toHaveLength(8);
    expect(out.results[0]).toEqual({
      op: 'lookup',
      owner: 56,
      path: [8, 42, 51, 56],
      hops: 3,
      timeouts: [],
      messages: 3,
      correct: true,
      trueOwner: 56,
    });
    const apple = hashId('apple', 6);
    const appleOwner = [1, 8, 14, 21, 32, 38, 42, 48, 51, 56].find((n) => n >= apple) ?? 1;
    expect(out.results[1]).toMatchObject({ op: 'put', owner: appleOwner });
    expect(out.results[2]).toMatchObject({ op: 'get', owner: appleOwner, value: 'red' });
    // join: ask N8 (1) + find_successor (2 hops) + 3 init_finger_table lookups (1 + hops each)
    expect(out.results[3]).toEqual({ op: 'join', id: 30, moved: [], keysMoved: 0, messages: 14 });
    // leave: no keys to hand over, two neighbours told
    expect(out.results[4]).toEqual({
      op: 'leave',
      id: 42,
      moved: [],
      lost: [],
      keysMoved: 0,
      messages: 2,
    });
    expect(out.results[5]).toEqual({ op: 'crash', id: 51, lost: [], messages: 0 });
    expect(out.results[6]).toMatchObject({ op: 'stabilize', rounds: 3 });
    expect(out.results[7]).toMatchObject({ op: 'check' });
    expect(out.ring.nodes).toEqual([1, 8, 14, 21, 30, 32, 38, 48, 56]);
    expect(out.ring.keys).toEqual({ [String(appleOwner)]: ['apple'] });
    // JSON-ready
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  it('reports hops = path.length − 1 and keeps crashed nodes out of the path', () => {
    const out = run({
      steps: [
        { op: 'crash', id: 42 },
        { op: 'lookup', from: 8, key: 54 },
      ],
    });
    expect(out.results[1]).toMatchObject({ owner: 56, timeouts: [42] });
    const r = out.results[1] as { path: number[]; hops: number };
    expect(r.hops).toBe(r.path.length - 1);
    expect(r.path).not.toContain(42);
  });

  it('converges: enough stabilization makes the ring consistent and the check pass', () => {
    const out = run({
      steps: [...EXAMPLE.steps.slice(3, 6), { op: 'stabilize', rounds: 8 }, { op: 'check' }],
    });
    expect(out.results[3]).toEqual({ op: 'stabilize', rounds: 8, consistent: true });
    expect(out.results[4]).toEqual({ op: 'check', ok: true, violations: [] });
  });

  it('accepts node names (hashed) and a node count drawn from the seed', () => {
    const named = run({
      nodes: ['alice', 'bob', 'carol'],
      steps: [{ op: 'lookup', from: 'alice', key: 'x' }],
    });
    expect(named.ring.nodes).toEqual(
      ['alice', 'bob', 'carol'].map((n) => hashId(n, 6)).sort((a, b) => a - b),
    );
    const many = parse({ bits: 20, nodes: 500, steps: [] });
    expect(many.nodes).toHaveLength(500);
    expect(new Set(many.nodes).size).toBe(500);
    expect(parse({ bits: 20, nodes: 500, steps: [] }).nodes).toEqual(many.nodes);
    expect(parse({ bits: 20, nodes: 500, seed: 2, steps: [] }).nodes).not.toEqual(many.nodes);
  });

  it('keys in output are as given: names and numbers', () => {
    const out = run({
      keys: {},
      steps: [
        { op: 'put', from: 8, key: 10, value: 'ten' },
        { op: 'put', from: 8, key: 'pear', value: 'green' },
        { op: 'get', from: 8, key: 10 },
        { op: 'get', from: 8, key: 'missing' },
      ],
    });
    expect(out.ring.keys['14']).toContain(10);
    expect(out.results[2]).toMatchObject({ value: 'ten' });
    expect(out.results[3]).toMatchObject({ op: 'get', value: null });
  });

  it('defaults: seed 1, replicas 1, finger routing, skip 4, repair on', () => {
    const s = parseChordScenario({ kind: 'chord', version: 1, bits: 6, nodes: [1, 2] });
    expect(s).toMatchObject({
      seed: 1,
      replicas: 1,
      routing: 'finger',
      skip: 4,
      repair: true,
      steps: [],
    });
  });

  it('passes the view object through', () => {
    const view = { cursor: 3, selected: 8 };
    expect(parse({ view }).view).toEqual(view);
  });
});

describe('buildChordTimeline', () => {
  it('tags every step with its op index and starts from the stabilized base', () => {
    const s = parse();
    const t = buildChordTimeline(s);
    expect(t.base.overlay).toBeNull();
    expect(t.base.ids).toEqual(s.nodes);
    expect(t.base.nodes.get(1 as NodeId)!.keys).toEqual(hashId('apple', 6) <= 1 ? ['apple'] : []);
    const ops = t.steps.map((st) => st.op);
    expect(ops).toEqual([...ops].sort((a, b) => a! - b!));
    expect(new Set(ops)).toEqual(new Set([0, 1, 2, 3, 4, 5, 6, 7]));
    expect(t.results).toHaveLength(8);
    const stab = t.steps.filter((st) => st.op === 6);
    expect(stab).toHaveLength(3 * 9); // 3 rounds × 9 live nodes
    expect(stab[0]!.group).toBe('Round 1');
    expect((stab[0]!.state.overlay as StabilizeOverlay).kind).toBe('stabilize');
  });

  it('never mutates a frame a step already holds (the player steps back exactly)', () => {
    const t = buildChordTimeline(parse());
    const dump = (f: ChordFrame) =>
      JSON.stringify({
        ids: f.ids,
        nodes: [...f.nodes.values()],
        gone: [...f.gone],
        data: [...f.data],
        overlay: f.overlay,
      });
    const before = [t.base, ...t.steps.map((s) => s.state)].map(dump);
    // run more ops on top of the final frame
    let f = t.final;
    const ctx = contextOf(parse());
    for (const op of [
      { op: 'join', id: 60, via: 8 },
      { op: 'crash', id: 14 },
      { op: 'stabilize', rounds: 4 },
    ]) {
      f = applyChordOp(f, parseChordOp(op, f, ctx), ctx).frame;
    }
    const after = [t.base, ...t.steps.map((s) => s.state)].map(dump);
    expect(after).toEqual(before);
  });

  it('aggregates stabilization into one step per round on rings over 256 nodes', () => {
    const t = buildChordTimeline(
      parse({ bits: 16, nodes: 300, keys: {}, steps: [{ op: 'stabilize', rounds: 2 }] }),
    );
    expect(t.steps).toHaveLength(2);
    expect((t.steps[0]!.state.overlay as StabilizeOverlay).node).toBeNull();
    expect(t.results[0]).toEqual({ op: 'stabilize', rounds: 2, consistent: true });
  });

  it('upTo k: the op stops after its k-th step and its result is partial', () => {
    const full = buildChordTimeline(parse({ steps: [{ op: 'join', id: 30, via: 8 }] }));
    const k = 2;
    const part = buildChordTimeline(
      parse({ steps: [{ op: 'join', id: 30, via: 8, upTo: k }, { op: 'check' }] }),
    );
    expect(part.steps.filter((s) => s.op === 0)).toHaveLength(k);
    expect(part.results[0]).toMatchObject({ op: 'join', partial: true });
    // the node is not in the ring yet: the lookup was still running
    expect(part.final.nodes.has(30 as NodeId)).toBe(false);
    expect(full.final.nodes.has(30 as NodeId)).toBe(true);

    const zero = buildChordTimeline(parse({ steps: [{ op: 'crash', id: 42, upTo: 0 }] }));
    expect(zero.steps).toHaveLength(0);
    expect(zero.final.nodes.has(42 as NodeId)).toBe(true);
    expect(zero.results[0]).toMatchObject({ op: 'crash', partial: true });
  });

  it('upTo past the end is the whole op, not partial', () => {
    const t = buildChordTimeline(parse({ steps: [{ op: 'lookup', from: 8, key: 54, upTo: 99 }] }));
    expect(t.results[0]).not.toHaveProperty('partial');
  });
});

describe('applyChordOp / parseChordOp', () => {
  const s = parse({ steps: [] });
  const ctx = contextOf(s);
  const base = buildChordTimeline(s).base;

  it('appends one action to a frame', () => {
    const op = parseChordOp({ op: 'lookup', from: 8, key: 54 }, base, ctx);
    const r = applyChordOp(base, op, ctx, 5);
    expect(r.result).toMatchObject({ path: [8, 42, 51, 56] });
    expect(r.steps.every((st) => st.op === 5)).toBe(true);
    expect(r.frame.overlay).toBeNull();
  });

  it('reports a node that is not alive', () => {
    expect(() => parseChordOp({ op: 'lookup', from: 99 % 64, key: 1 }, base, ctx)).toThrow(
      /N35 is not a live node/,
    );
    const afterCrash = applyChordOp(
      base,
      parseChordOp({ op: 'crash', id: 42 }, base, ctx),
      ctx,
    ).frame;
    expect(() => parseChordOp({ op: 'leave', id: 42 }, afterCrash, ctx)).toThrow(/has crashed/);
  });
});

describe('validation errors (ScenarioError, one sentence)', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['node id outside the circle', { nodes: [1, 64] }, /outside the circle of 2\^6 = 64 ids/],
    ['negative node id', { nodes: [-1, 3] }, /outside the circle/],
    ['duplicate ids', { nodes: [1, 8, 8] }, /listed twice/],
    [
      'two names hashing to the same id',
      { bits: 3, nodes: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] },
      /both map to id/,
    ],
    ['bits too small', { bits: 2 }, /"bits" must be between 3 and 32/],
    ['bits too large', { bits: 33 }, /"bits" must be between 3 and 32/],
    ['unknown op', { steps: [{ op: 'teleport' }] }, /"op" must be one of/],
    ['unknown field', { colour: 'red' }, /unknown field "colour"/],
    ['unknown step field', { steps: [{ op: 'check', foo: 1 }] }, /unknown field "foo"/],
    ['wrong version', { version: 2 }, /"version" must be 1/],
    ['wrong kind', { kind: 'raft' }, /"kind" must be "chord"/],
    ['bad routing', { routing: 'teleport' }, /"routing" must be one of/],
    ['replicas 0', { replicas: 0 }, /"replicas" must be between/],
    ['empty nodes', { nodes: [] }, /at least one node/],
    ['too many nodes', { nodes: 100_001, bits: 20 }, /from 1 to 100000/],
    ['more nodes than ids', { nodes: 65 }, /do not fit/],
    ['key off the circle', { steps: [{ op: 'lookup', from: 8, key: 64 }] }, /key 64 is outside/],
    [
      'put without value',
      { steps: [{ op: 'put', from: 8, key: 'k' }] },
      /"value" must be a string/,
    ],
    ['bad upTo', { steps: [{ op: 'check', upTo: -1 }] }, /"upTo" must be between/],
    ['bad key value', { keys: { a: 5 } }, /must be a string/],
    ['bad view', { view: 3 }, /"view" must be an object/],
  ];
  it.each(cases)('%s', (_name, over, msg) => {
    expect(() => parse(over)).toThrow(ScenarioError);
    expect(() => parse(over)).toThrow(msg);
  });

  const runtime: [string, unknown[], RegExp][] = [
    [
      'lookup from a dead node',
      [
        { op: 'crash', id: 8 },
        { op: 'lookup', from: 8, key: 1 },
      ],
      /steps\[1\] \(lookup\): "from" N8 is not a live node \(it has crashed\)/,
    ],
    [
      'put from an unknown node',
      [{ op: 'put', from: 9, key: 1, value: 'x' }],
      /N9 is not a live node/,
    ],
    [
      'get from a departed node',
      [
        { op: 'leave', id: 8 },
        { op: 'get', from: 8, key: 1 },
      ],
      /it has left/,
    ],
    [
      'leave of a dead node',
      [
        { op: 'crash', id: 42 },
        { op: 'leave', id: 42 },
      ],
      /N42 is not a live node/,
    ],
    ['crash of an unknown node', [{ op: 'crash', id: 43 }], /N43 is not a live node/],
    [
      'join via a dead node',
      [
        { op: 'crash', id: 8 },
        { op: 'join', id: 30, via: 8 },
      ],
      /"via" N8 is not a live node/,
    ],
    [
      'join of an id already present',
      [{ op: 'join', id: 42, via: 8 }],
      /N42 is already in the ring/,
    ],
  ];
  it.each(runtime)('%s', (_name, steps, msg) => {
    const s = parse({ steps });
    expect(() => runChordScenario(s)).toThrow(ScenarioError);
    expect(() => runChordScenario(s)).toThrow(msg);
  });

  it('refuses to empty the ring', () => {
    const s = parse({ nodes: [5], steps: [{ op: 'crash', id: 5 }] });
    expect(() => runChordScenario(s)).toThrow(/last node/);
  });
});
