import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonArray } from '../engine/scenario/json';
import {
  chordStore,
  defaultChordScenario,
  importExperiment,
  parseKey,
  parseNode,
  parseRef,
  stepsUpToCursor,
  type ChordActions,
} from './chord';
import {
  asKey,
  asNodeId,
  checkRing,
  hashId,
  parseChordScenario,
  type ChordOp,
} from '../engine/chord';
import { isolate } from '../engine/text';
import { currentState, stateAt } from '../engine/timeline';
import { buildTimeline } from './chord';

const s = () => chordStore.getState();

/** The scenario a share link carries, rebuilt from scratch: must show the same frames. */
function expectReplayEquivalent() {
  const snap = JSON.parse(JSON.stringify(s().snapshot())) as Record<string, unknown>;
  const view = snap.view as { cursor: number };
  const rebuilt = buildTimeline(parseChordScenario(snap));
  const live = s().timeline;
  expect(rebuilt.steps.length).toBe(live.steps.length);
  expect(view.cursor).toBe(live.cursor);
  for (let k = 0; k <= live.steps.length; k++) {
    expect(stateAt(rebuilt, k)).toEqual(stateAt(live, k));
    if (k > 0) expect(rebuilt.steps[k - 1]!.text).toBe(live.steps[k - 1]!.text);
  }
}

beforeEach(() => {
  expect(s().load(defaultChordScenario())).toBe(true);
  s().dismissError();
});

describe('chord store', () => {
  it('opens on the paper ring with the Fig. 3b lookup queued and N8 selected', () => {
    const f = currentState(s().timeline);
    expect(f.ids).toEqual([1, 8, 14, 21, 32, 38, 42, 48, 51, 56]);
    expect(s().view.selected).toBe(8);
    const last = s().timeline.steps.at(-1)!.state.overlay;
    expect(last?.kind).toBe('lookup');
    if (last?.kind === 'lookup') expect(last.path).toEqual([8, 42, 51, 56]);
    expect(s().timeline.cursor).toBe(0);
  });

  it('appends an action at the end and shows its first step at once', () => {
    s().jump(s().timeline.steps.length);
    const before = s().timeline.steps.length;
    expect(s().addNodeAt(asNodeId(30))).toBe(true);
    expect(s().timeline.cursor).toBe(before + 1);
    // the joining node shows at once (the join's first step), then joins the ring
    const o = currentState(s().timeline).overlay;
    expect(o?.kind === 'join' && o.node).toBe(30);
    expect(s().timeline.steps.at(-1)!.state.ids).toContain(30);
    expect(jsonArray(s().scenario.steps).length).toBe(2);
    expect(s().view.selected).toBe(30);
    expectReplayEquivalent();
  });

  it('forks mid-lookup: the rest of the lookup is dropped and the op gets upTo', () => {
    s().jump(2); // lookup start + first hop
    s().crash(asNodeId(42));
    const steps = s().scenario.steps as Record<string, unknown>[];
    expect(steps).toHaveLength(2);
    expect(steps[0]).toMatchObject({ op: 'lookup', upTo: 2 });
    expect(steps[1]).toEqual({ op: 'crash', id: 42 });
    expect(s().timeline.cursor).toBe(3);
    expect(s().timeline.steps[2]!.op).toBe(1);
    expect(currentState(s().timeline).nodes.has(42 as never)).toBe(false);
    expectReplayEquivalent();
    // forking again inside the forked history keeps working
    s().jump(1);
    s().stabilize();
    expect((s().scenario.steps as Record<string, unknown>[])[0]).toMatchObject({ upTo: 1 });
    expectReplayEquivalent();
  });

  it('at cursor 0 an action replaces the whole queued run', () => {
    expect(s().addNode(s().readNode('alice')!)).toBe(true);
    expect(s().scenario.steps).toEqual([{ op: 'join', id: 40, via: 8 }]);
    expect(s().notice).toMatch(/alice.*40/);
    expectReplayEquivalent();
  });

  it('reports bad input and keeps the state', () => {
    const before = s().timeline;
    expect(s().addNodeAt(asNodeId(42))).toBe(false);
    expect(s().error).toMatch(/N42 is already in the ring/);
    expect(s().readNode('')).toBeNull();
    expect(s().error).toMatch(/Type a node id/);
    expect(s().readNode('64')).toBeNull();
    expect(s().error).toMatch(/Id 64 is outside the circle of 2\^6 = 64 ids/);
    expect(s().addNode(s().readNode('42')!)).toBe(false);
    expect(s().error).toMatch(/N42 is already in the ring/);
    s().lookup(parseKey('99'), 'finger', asNodeId(8));
    expect(s().error).toMatch(/outside/);
    s().lookup(parseKey('54'), 'finger', asNodeId(9));
    expect(s().error).toBeNull(); // an unknown From falls back to the selected node
    s().load(defaultChordScenario());
    const scenario = s().scenario;
    s().put(parseKey('k'), '  ', asNodeId(8));
    expect(s().error).toMatch(/Value/);
    s().leave(asNodeId(3));
    expect(s().error).toMatch(/not a live node/);
    expect(s().readNode('1.5')).toBeNull();
    expect(s().error).toMatch(/whole numbers/);
    expect(s().timeline).toStrictEqual(before);
    expect(s().scenario).toBe(scenario);
  });

  it('crash, then stabilize rounds until the checker is green', () => {
    s().jump(s().timeline.steps.length);
    s().crash(asNodeId(14));
    s().jump(s().timeline.steps.length);
    expect(checkRing(currentState(s().timeline)).ok).toBe(false);
    let rounds = 0;
    while (!checkRing(currentState(s().timeline)).ok && rounds < 12) {
      s().stabilize();
      s().jump(s().timeline.steps.length);
      rounds++;
    }
    expect(checkRing(currentState(s().timeline)).ok).toBe(true);
    expectReplayEquivalent();
  });

  it('each click of Stabilize numbers its round on: Round 1, Round 2, Round 3', () => {
    s().jump(s().timeline.steps.length);
    s().crash(asNodeId(14));
    for (const round of [1, 2, 3]) {
      s().jump(s().timeline.steps.length);
      s().stabilize();
      const steps = s().timeline.steps;
      const last = steps.at(-1)!;
      expect(last.text).toMatch(new RegExp(`^Round ${round}[,:]`));
      expect(last.state.overlay).toMatchObject({ kind: 'stabilize', round });
    }
    // the same numbers when the saved scenario is replayed from scratch
    expectReplayEquivalent();
  });

  it('put, get and compare routing', () => {
    s().put(parseKey('song'), 'la', asNodeId(8));
    s().jump(s().timeline.steps.length);
    s().get(parseKey('song'), asNodeId(1));
    s().jump(s().timeline.steps.length);
    const f = currentState(s().timeline);
    expect(f.data.get(parseKey('song'))?.value).toBe('la');
    s().compare(parseKey('54'), asNodeId(8));
    const cmp = s().view.compare as { rows: { routing: string; hops: number }[] };
    expect(cmp.rows.map((r) => r.routing)).toEqual([
      'successor',
      'skip',
      'finger',
      'full',
      'modN',
      'leader',
      'cached',
    ]);
    expect(cmp.rows.find((r) => r.routing === 'finger')!.hops).toBe(3);
    expect(cmp.rows.find((r) => r.routing === 'successor')!.hops).toBeGreaterThan(3);
    expectReplayEquivalent();
  });

  it('compare with a key off the circle: the engine says so, the rows shown stay', () => {
    s().compare(parseKey('54'), asNodeId(8));
    const shown = s().view.compare;
    s().compare(parseKey('99'), asNodeId(8));
    expect(s().error).toBe('Id 99 is outside the circle of 2^6 = 64 ids (0..63).');
    expect(s().view.compare).toBe(shown);
  });

  it('new rings: replicas, bits, random N (bits raised to fit), with a notice', () => {
    s().newRing({ replicas: 3 });
    expect(s().parsed.replicas).toBe(3);
    expect(s().timeline.steps).toHaveLength(0);
    expect(s().notice).toMatch(/5 steps cleared/);
    s().newRing({ nodes: 1000 });
    expect(currentState(s().timeline).ids).toHaveLength(1000);
    expect(s().parsed.bits).toBeGreaterThanOrEqual(12);
    s().newRing({ bits: '2' });
    expect(s().error).toMatch(/Bits/);
    s().newRing({ nodes: '5' });
    expect(s().error).toMatch(/16 to 100,000/);
    s().load(defaultChordScenario());
    s().newRing({ bits: 4 });
    expect(currentState(s().timeline).ids).toEqual([1, 8, 14]);
    expect(s().notice).toMatch(/dropped/);
  });

  it('importExperiment only takes experiments', () => {
    expect(importExperiment({ kind: 'chord' })).toBe(false);
    const exp = {
      kind: 'experiment',
      version: 1,
      name: 'pathLength',
      sizes: [16, 64],
      lookups: 100,
    };
    expect(importExperiment(exp)).toBe(true);
    expect(s().view.stats).toBe(true);
    expect(s().view.experiment).toEqual(exp);
    expect(importExperiment({ kind: 'experiment', version: 1, name: 'nope' })).toBe(true);
    expect(s().error).toMatch(/name/);
  });

  it('parses refs', () => {
    expect(parseRef(' 42 ', 'key')).toBe(42);
    expect(parseRef('apple', 'key')).toBe('apple');
    expect(() => parseRef(' ', 'key')).toThrow(/Type a key/);
  });

  it('the Key box is read once, into a Key; the key actions take only a Key', () => {
    expect(s().readKey(' 54 ')).toBe(54);
    expect(s().readKey('apple')).toBe('apple');
    expect(s().error).toBeNull();
    const before = s().timeline;
    expect(s().readKey('  ')).toBeNull();
    expect(s().error).toMatch(/Type a key first/);
    expect(s().readKey('-3')).toBeNull();
    expect(s().error).toMatch(/Key -3 is not an id on the circle/);
    expect(s().timeline).toBe(before);
    // tsc proves the brand: a bare number or the box's raw text is not a Key
    const typed = (a: ChordActions) => {
      // @ts-expect-error a key id (number) is not a parsed Key
      a.lookup(54, 'finger', null);
      // @ts-expect-error the box's text must go through readKey first
      a.put('song', 'la', null);
      // @ts-expect-error nor for get or compare
      a.get(54, null);
      // @ts-expect-error the text "54" is not a Key either
      a.compare('54', null);
      const op: ChordOp = { op: 'lookup', from: asNodeId(8), key: asKey(54) };
      // @ts-expect-error an engine op's key is a Key too
      const bad: ChordOp = { op: 'lookup', from: asNodeId(8), key: 54 };
      return [op, bad];
    };
    expect(typed).toBeTypeOf('function');
  });

  it('the Node id box is read once, into a NodeRef; adding takes only a parsed node', () => {
    expect(s().readNode(' 30 ')).toEqual({ id: 30, name: null });
    // a name is hashed on this ring's circle (2^6 ids) and kept for the notice
    expect(s().readNode(' alice ')).toEqual({ id: 40, name: 'alice' });
    expect(parseNode('alice', 6)).toEqual({ id: 40, name: 'alice' });
    expect(parseNode('alice', 10).id).toBe(hashId('alice', 10));
    expect(s().error).toBeNull();
    const before = s().timeline;
    expect(s().readNode('-1')).toBeNull();
    expect(s().error).toMatch(/Node id -1 is not an id on the circle/);
    expect(s().timeline).toBe(before);
    // a typed id joins without the "hashes to" notice; a typed name says what it hashed to
    s().jump(s().timeline.steps.length);
    expect(s().addNode(s().readNode('30')!)).toBe(true);
    expect(s().notice).toBeNull();
    expect(s().view.selected).toBe(30);
    expect(s().addNode(s().readNode('alice')!)).toBe(true);
    expect(s().notice).toBe(`${isolate('"alice"')} hashes to id 40: N40 joins.`);
    expectReplayEquivalent();
    // tsc proves it: the box's text or a bare number is not a node for any node action
    const typed = (a: ChordActions) => {
      // @ts-expect-error the box's text must go through readNode first
      a.addNode('alice');
      // @ts-expect-error a typed id is not a NodeRef either
      a.addNode(30);
      // @ts-expect-error a click gives a NodeId, not a bare number
      a.addNodeAt(30);
      // @ts-expect-error crash takes a node of the ring
      a.crash(14);
      // @ts-expect-error nor does leave take text
      a.leave('14');
      // @ts-expect-error nor select
      a.select(8);
      // @ts-expect-error a lookup's From is a NodeId
      a.lookup(asKey(54), 'finger', 8);
      a.addNode({ id: asNodeId(30), name: null });
      return a.addNodeAt(asNodeId(30));
    };
    expect(typed).toBeTypeOf('function');
  });

  it('stepsUpToCursor keeps whole ops and cuts the one in progress', () => {
    const t = s().timeline;
    expect(stepsUpToCursor(jsonArray(s().scenario.steps), { ...t, cursor: 0 })).toEqual([]);
    expect(
      stepsUpToCursor(jsonArray(s().scenario.steps), { ...t, cursor: t.steps.length }),
    ).toEqual(s().scenario.steps);
  });

  it('any sequence of actions at any cursor replays identically from its JSON', () => {
    const action = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), id: fc.integer({ min: 0, max: 63 }) }),
      fc.record({ kind: fc.constant('crash' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('leave' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('stabilize' as const) }),
      fc.record({
        kind: fc.constant('lookup' as const),
        key: fc.integer({ min: 0, max: 63 }),
        pick: fc.nat(),
        routing: fc.constantFrom('successor', 'skip', 'finger', 'full' as const),
      }),
      fc.record({
        kind: fc.constant('put' as const),
        key: fc.string({ minLength: 1, maxLength: 4 }),
        pick: fc.nat(),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(action, fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 6 }),
        (plan) => {
          s().load(defaultChordScenario());
          for (const [a, where] of plan) {
            s().jump(Math.round(where * s().timeline.steps.length));
            const f = currentState(s().timeline);
            const node = f.ids[('pick' in a ? a.pick : 0) % f.ids.length]!;
            switch (a.kind) {
              case 'add':
                s().addNodeAt(asNodeId(a.id));
                break;
              case 'crash':
                s().crash(node);
                break;
              case 'leave':
                s().leave(node);
                break;
              case 'stabilize':
                s().stabilize();
                break;
              case 'lookup':
                s().lookup(parseKey(String(a.key)), a.routing, node);
                break;
              case 'put':
                s().put(parseKey(`k${a.key}`), 'v', node);
                break;
            }
          }
          expectReplayEquivalent();
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('lookup options', () => {
  const crashThenTwoLookups = {
    kind: 'chord',
    version: 1,
    bits: 6,
    nodes: [1, 8, 14, 21, 32, 38, 42, 48, 51, 56],
    steps: [
      { op: 'crash', id: 42 },
      { op: 'lookup', from: 8, key: 54, routing: 'finger' },
      { op: 'lookup', from: 8, key: 54, routing: 'finger' },
    ],
  };
  const timeoutsPerOp = () =>
    [1, 2].map(
      (op) => s().timeline.steps.filter((st) => st.op === op && st.type === 'timeout').length,
    );

  it('finger repair on: the second lookup no longer times out; off: it times out again', () => {
    expect(s().load(crashThenTwoLookups)).toBe(true);
    s().jump(5);
    const [first, second] = timeoutsPerOp();
    expect(first).toBeGreaterThan(0);
    expect(second).toBe(0);

    s().setOptions({ repair: false });
    expect(s().scenario.repair).toBe(false);
    expect(s().timeline.cursor).toBe(5);
    const [firstOff, secondOff] = timeoutsPerOp();
    expect(firstOff).toBe(first);
    expect(secondOff).toBeGreaterThan(0);
    expect(s().notice).toMatch(/leave stale fingers alone/);
    expectReplayEquivalent();
  });

  it('the skip distance k changes skip routing; a bad k is reported and nothing changes', () => {
    s().load({
      ...crashThenTwoLookups,
      steps: [{ op: 'lookup', from: 8, key: 54, routing: 'skip' }],
    });
    const hops = () => {
      const o = s().timeline.steps.at(-1)!.state.overlay;
      if (o?.kind !== 'lookup') throw new Error('the run should end on a lookup step');
      return o.path.length - 1;
    };
    s().setOptions({ skip: 1 });
    const withOne = hops();
    s().setOptions({ skip: 4 });
    expect(hops()).toBeLessThan(withOne);
    const before = s().timeline;
    s().setOptions({ skip: '0' });
    expect(s().error).toMatch(/skip distance k must be a whole number from 1 to 64/);
    expect(s().timeline).toBe(before);
  });
});
