import { describe, expect, it } from 'vitest';
import { forget, liar, paxos } from './fixtures';
import { runPaxos } from './run';
import { findViolation } from './search';

// An exhaustive search: seconds on a quiet machine, far more on a busy one. Not a speed target.
const SLOW = 300_000;

describe('findViolation: the shortest schedule that chooses two values', () => {
  it('3 acceptors, quorum 2, one `forget` acceptor: found, and the two quorums overlap in it', () => {
    const s = paxos({ acceptors: 3, quorum: 2, faults: { A2: forget } });
    const r = findViolation(s);
    expect(r.found).toBe(true);
    expect(r.schedule).toHaveLength(14);
    expect(new Set(r.chosen.map((c) => c.value))).toEqual(new Set(['attack', 'retreat']));
    const [q1, q2] = r.chosen.map((c) => c.quorum);
    expect(q1!.filter((a) => q2!.includes(a))).toEqual(['A2']);
    // the schedule replays on the scenario itself (with its learners) to the same verdict
    const run = runPaxos({ ...s, schedule: r.schedule });
    expect(run.verdicts.safe).toBe(false);
    expect(run.verdicts.chosen).toEqual(r.chosen);
  });

  it(
    '4 acceptors, quorum 3, one `liar` acceptor: found — bigger quorums do not stop a liar',
    () => {
      const s = paxos({ acceptors: 4, quorum: 3, faults: { A4: liar } });
      const r = findViolation(s);
      expect(r.found).toBe(true);
      expect(r.schedule).toHaveLength(20);
      const [q1, q2] = r.chosen.map((c) => c.quorum);
      expect(q1!.filter((a) => q2!.includes(a))).toHaveLength(2); // an honest acceptor in the overlap
      const run = runPaxos({ ...s, schedule: r.schedule });
      expect(run.verdicts.safe).toBe(false);
      const lie = run.final.messages.find((m) => m.lie && m.prior > 0);
      expect(lie).toMatchObject({ from: 'A4', type: 'promise', prior: 19 });
    },
    SLOW,
  );

  it('3 acceptors, quorum 2, crashes and drops only: none within the bound', () => {
    const s = paxos({ acceptors: 3, quorum: 2, faults: { A3: { type: 'crash', at: 4 } } });
    const r = findViolation(s);
    expect(r).toMatchObject({ found: false, exhaustive: true, schedule: [], safe: true });
    expect(r.explored).toBeGreaterThan(1000);
  });

  it(
    '4 acceptors, quorum 3, one `forget` acceptor: none within the bound',
    () => {
      const r = findViolation(paxos({ acceptors: 4, quorum: 3, faults: { A2: forget } }));
      expect(r).toMatchObject({ found: false, exhaustive: true });
      expect(r.explored).toBeGreaterThan(10_000);
    },
    SLOW,
  );

  it(
    '3 acceptors, quorum 2, crashes only, two ballots each: still none',
    () => {
      const r = findViolation(paxos({ acceptors: 3, quorum: 2 }), { ballots: 2 });
      expect(r).toMatchObject({ found: false, exhaustive: true });
    },
    SLOW,
  );

  it('says when it stopped early, and refuses what is outside its bound', () => {
    const r = findViolation(paxos({ acceptors: 3, quorum: 2 }), { maxStates: 50 });
    expect(r).toMatchObject({ found: false, exhaustive: false });
    expect(r.text).toMatch(/stopped before trying everything/);
    expect(() => findViolation(paxos({ acceptors: 6, quorum: 4 }))).toThrow(/at most 5 acceptors/);
    expect(() => findViolation(paxos({ proposers: [{ id: 'P1', value: 'x' }] }))).toThrow(
      /two proposers/,
    );
  });
});
