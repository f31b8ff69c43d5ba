/**
 * Issue #10: Chord under faults. Each repro of the issue, run as the scenario the CLI runs:
 * no silent wrong answer, no key dropped on a graceful leave, a lone node that checks out,
 * a stranded node that rejoins. (Repro 5, the lazy repair, is in routing.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { buildChordTimeline, parseChordScenario, runChordScenario } from './scenario';
import type { LookupOverlay, ReadOverlay, StabilizeOverlay } from './frames';
import type { RouteResult } from './operations';
import { asKey } from './ring';

const scenario = (s: Record<string, unknown>) =>
  parseChordScenario({ kind: 'chord', version: 1, bits: 6, ...s });
const run = (s: Record<string, unknown>) => runChordScenario(scenario(s));

describe('issue #10 repro 1: a wrong owner is never reported as the answer', () => {
  const repro = {
    nodes: [10, 20, 25, 40],
    steps: [
      { op: 'put', from: 40, key: 22, value: 'x' },
      { op: 'crash', id: 20 },
      { op: 'lookup', from: 10, key: 15 },
      { op: 'get', from: 10, key: 22 },
    ],
  };

  it('N10 does not promote its finger N40 to successor: the lookup of 15 cannot answer yet', () => {
    const out = run(repro);
    const lookup = out.results[2] as RouteResult;
    expect(lookup.owner).not.toBe(40);
    expect(lookup).toMatchObject({ owner: null, correct: false, trueOwner: 25 });
    expect(lookup.reason).toContain('successor list is gone');
  });

  it('the get of 22 does not return null from N40 as if it were the answer: it is flagged, the value is on N25', () => {
    const out = run(repro);
    const get = out.results[3] as RouteResult;
    expect(get.correct).toBe(false);
    expect(get.trueOwner).toBe(25);
    expect(get.owner).not.toBe(40);
  });

  it('narrates the failure with its reason and marks the last step failed', () => {
    const { steps } = buildChordTimeline(scenario(repro));
    const last = steps.filter((s) => s.op === 2).at(-1)!;
    expect(last.type).toBe('lookup-failed');
    expect(last.text).toContain('N10 cannot answer yet');
    expect(last.text).toContain('the live successor of 15 is N25');
    const o = last.state.overlay as LookupOverlay;
    expect(o).toMatchObject({ failed: true, correct: false, trueOwner: 25 });
  });

  it('after stabilization the same lookup and get are right', () => {
    const out = run({
      ...repro,
      steps: [
        ...repro.steps,
        { op: 'stabilize', rounds: 8 },
        { op: 'lookup', from: 10, key: 15 },
        { op: 'get', from: 10, key: 22 },
        { op: 'check' },
      ],
    });
    expect(out.results[5]).toMatchObject({ owner: 25, correct: true, trueOwner: 25 });
    expect(out.results[6]).toMatchObject({ owner: 25, value: 'x', correct: true });
    expect(out.results[7]).toMatchObject({ ok: true });
  });

  it('a node that has not learned of a joined node answers wrong, and says so with the reason', () => {
    // N30 joins between N25 and N40 through N40; N25 has not run stabilize yet, so it still
    // thinks its successor is N40.
    const s = scenario({
      nodes: [10, 25, 40],
      steps: [
        { op: 'join', id: 30, via: 40 },
        { op: 'lookup', from: 25, key: 28 },
      ],
    });
    const { steps, results } = buildChordTimeline(s);
    expect(results[1]).toMatchObject({ owner: 40, correct: false, trueOwner: 30 });
    expect((results[1] as RouteResult).reason).toBe(
      'N25 thinks its successor is N40: it has not learned of N30 yet',
    );
    const last = steps.at(-1)!;
    expect(last.type).toBe('wrong-owner');
    expect(last.text).toMatch(
      /^Wrong answer: N40 is not the owner of 28; the live successor of 28 is N30\./,
    );
    expect((last.state.overlay as LookupOverlay).correct).toBe(false);
  });

  it('a get answered by the wrong node is flagged where the value really is', () => {
    const s = scenario({
      nodes: [10, 25, 40],
      steps: [
        { op: 'put', from: 10, key: 28, value: 'v' },
        { op: 'join', id: 30, via: 40 },
        { op: 'get', from: 25, key: 28 },
      ],
    });
    const { steps, results } = buildChordTimeline(s);
    // the join moved key 28 to N30; N25 still asks N40
    expect(results[2]).toMatchObject({ owner: 40, value: null, correct: false, trueOwner: 30 });
    const read = steps.at(-1)!;
    expect(read.text).toMatch(/^Wrong answer: N40 has no 28/);
    expect(read.state.overlay as ReadOverlay).toMatchObject({ correct: false, trueOwner: 30 });
  });
});

describe('issue #10 repro 2: a graceful leave hands every key on (§6.4)', () => {
  it('(a) with its whole successor list dead, the leaving node hands its keys to its closest live finger', () => {
    const out = run({
      nodes: [8, 14, 21, 40],
      steps: [
        { op: 'put', from: 8, key: 10, value: 'x' },
        { op: 'crash', id: 21 },
        { op: 'leave', id: 14 },
        { op: 'get', from: 8, key: 10 },
      ],
    });
    expect(out.results[2]).toEqual({
      op: 'leave',
      id: 14,
      moved: [10],
      lost: [],
      keysMoved: 1,
      messages: 2,
    });
    expect(out.results[3]).toMatchObject({ value: 'x', correct: true });
  });

  it('(a) narrates who got the keys and why', () => {
    const { steps } = buildChordTimeline(
      scenario({
        nodes: [8, 14, 21, 40],
        steps: [
          { op: 'put', from: 8, key: 10, value: 'x' },
          { op: 'crash', id: 21 },
          { op: 'leave', id: 14 },
        ],
      }),
    );
    const keys = steps.find((s) => s.type === 'leave-keys')!;
    expect(keys.text).toBe(
      'N14 leaves gracefully. Its whole successor list is gone (N21), so it hands what it holds to its closest live finger (finger[3]) N40: 10.',
    );
  });

  it('(b) replicas 2: the last surviving copy is handed on, and stabilization restores both copies', () => {
    const out = run({
      nodes: [10, 20, 30, 40],
      replicas: 2,
      steps: [
        { op: 'put', from: 10, key: 15, value: 'x' },
        { op: 'crash', id: 20 },
        { op: 'leave', id: 30 },
        { op: 'stabilize', rounds: 12 },
        { op: 'get', from: 10, key: 15 },
        { op: 'check' },
      ],
    });
    expect(out.results[2]).toEqual({
      op: 'leave',
      id: 30,
      moved: [15],
      lost: [],
      keysMoved: 1,
      messages: 2,
    });
    expect(out.results[4]).toMatchObject({ owner: 40, value: 'x', correct: true });
    expect(out.results[5]).toEqual({ op: 'check', ok: true, violations: [] });
    // the replica count is back to 2: owner N40 and a copy on N10
    const { final } = buildChordTimeline(
      scenario({
        nodes: [10, 20, 30, 40],
        replicas: 2,
        steps: [
          { op: 'put', from: 10, key: 15, value: 'x' },
          { op: 'crash', id: 20 },
          { op: 'leave', id: 30 },
          { op: 'stabilize', rounds: 12 },
        ],
      }),
    );
    const holders = final.ids.filter((id) => {
      const n = final.nodes.get(id)!;
      return n.keys.includes(asKey(15)) || n.replicas.some((c) => c.key === 15);
    });
    expect(holders).toEqual([10, 40]);
  });

  it('only a node that knows no live node at all drops keys, and the result names them lost', () => {
    // N20 joins through N10 and N30 has not heard of it; then everything N30 knows crashes.
    const s = scenario({
      nodes: [10, 30, 50],
      steps: [
        { op: 'put', from: 10, key: 25, value: 'x' },
        { op: 'join', id: 20, via: 10 },
        { op: 'crash', id: 10 },
        { op: 'crash', id: 50 },
        { op: 'leave', id: 30 },
      ],
    });
    const { steps, results } = buildChordTimeline(s);
    expect(results[4]).toEqual({
      op: 'leave',
      id: 30,
      moved: [],
      lost: [25],
      keysMoved: 0,
      messages: 0,
    });
    expect(steps.find((x) => x.type === 'leave-keys')!.text).toBe(
      'N30 leaves, but knows no live node to hand its keys to.',
    );
  });
});

describe('issue #10 repro 3: a one-node ring is consistent', () => {
  it('after its partner crashes, N10 becomes its own successor and predecessor and the check passes', () => {
    const out = run({
      nodes: [10, 20],
      steps: [{ op: 'crash', id: 20 }, { op: 'stabilize', rounds: 20 }, { op: 'check' }],
    });
    expect(out.results[2]).toEqual({ op: 'check', ok: true, violations: [] });
    const { final } = buildChordTimeline(
      scenario({
        nodes: [10, 20],
        steps: [
          { op: 'crash', id: 20 },
          { op: 'stabilize', rounds: 2 },
        ],
      }),
    );
    const n10 = final.nodes.get(final.ids[0]!)!;
    expect(n10.predecessor).toBe(10);
    expect(n10.successors).toEqual([10]);
  });
});

describe('issue #10 repro 4: a stranded node rejoins', () => {
  const repro = {
    nodes: [40, 50],
    steps: [
      { op: 'put', from: 50, key: 60, value: 'x' },
      { op: 'join', id: 2, via: 50 },
      { op: 'leave', id: 40 },
      { op: 'stabilize', rounds: 60 },
      { op: 'check' },
      { op: 'get', from: 50, key: 60 },
    ],
  };

  it('N2, whose successor left before N2 notified it, rejoins through N50 and the ring is one', () => {
    const out = run(repro);
    expect(out.results[4]).toEqual({ op: 'check', ok: true, violations: [] });
    expect(out.results[5]).toMatchObject({ owner: 2, value: 'x', correct: true });
    expect(out.ring.nodes).toEqual([2, 50]);
  });

  it('narrates the rejoin and marks it on the stabilize step', () => {
    const { steps } = buildChordTimeline(scenario(repro));
    const step = steps.find(
      (s) => s.state.overlay?.kind === 'stabilize' && s.state.overlay.rules.includes('rejoin'),
    )!;
    expect(step.text).toContain(
      'its whole successor list (N40) is gone, so it rejoins through the node it joined through N50',
    );
    expect((step.state.overlay as StabilizeOverlay).rejoin).toEqual({ via: 50, successor: 50 });
  });
});

describe('churn regressions (found by the fast-check churn property)', () => {
  it('a copy whose owner crashed survives a new node joining under the same id', () => {
    // N29 owns key 0, N30 holds its copy; N29 crashes and a new N29 joins: the copy names
    // "N29" as owner, but the new N29 never had it. It is the last copy: it must not be dropped.
    const out = run({
      nodes: [29, 30],
      replicas: 2,
      steps: [
        { op: 'put', from: 30, key: 0, value: 'x' },
        { op: 'crash', id: 29 },
        { op: 'join', id: 29, via: 30 },
        { op: 'stabilize', rounds: 10 },
        { op: 'get', from: 29, key: 0 },
        { op: 'check' },
      ],
    });
    expect(out.results[4]).toMatchObject({ value: 'x', correct: true });
    expect(out.results[5]).toEqual({ op: 'check', ok: true, violations: [] });
  });
  it('a node cut off from the ring is brought back by a finger that still names it', () => {
    // replicas 1: N68's successor N0 crashes and its other pointers are gone too, so it is
    // alone; N1, N2, N3 still have N68 as finger[6]. Their fixFingers lookups (which the ring
    // now answers without N68) must not erase the last way to it.
    const out = run({
      bits: 7,
      nodes: [0, 1, 2, 3, 4, 5, 37, 68],
      steps: [
        { op: 'crash', id: 37 },
        { op: 'crash', id: 0 },
        { op: 'leave', id: 4 },
        { op: 'stabilize', rounds: 40 },
        { op: 'check' },
      ],
    });
    expect(out.results[4]).toEqual({ op: 'check', ok: true, violations: [] });
  });
});
