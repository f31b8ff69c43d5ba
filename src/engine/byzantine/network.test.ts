import { describe, expect, it } from 'vitest';
import { findCounterexample } from './counterexample';
import { byzScenario } from './fixtures';
import { narrateMessage } from './narration';
import { runByzantine } from './run';
import { parseByzantineScenario } from './scenario';
import type { ByzantineScenario } from './types';

const spoofing = { spoofing: true, synchronous: true } as const;
const async = { spoofing: false, synchronous: false } as const;
const s = (over: Partial<ByzantineScenario>): ByzantineScenario => byzScenario(over);
/** the loyal lieutenants' decisions, keyed by id */
const decided = (sc: ByzantineScenario): Record<number, string | null> =>
  Object.fromEntries(
    runByzantine(sc)
      .decisions.map((d, i) => [i, d] as const)
      .filter(([, d]) => d !== null),
  );

describe('spoofing (A2 broken)', () => {
  const spoof = s({ assumptions: spoofing, traitors: { '3': 'spoof:0' } });

  it("OM(1), n = 4 > 3m: one traitor faking the commander's messages breaks IC2", () => {
    const run = runByzantine(spoof);
    // the commander's messages to lieutenants 1 and 2 are fakes saying retreat; to 3 it is real
    const round0 = run.messages.slice(0, 3);
    expect(round0.map((x) => [x.to, x.value, x.spoofedBy])).toEqual([
      [1, 'retreat', 3],
      [2, 'retreat', 3],
      [3, 'attack', undefined],
    ]);
    expect(decided(spoof)).toEqual({ 1: 'retreat', 2: 'retreat' });
    expect(run.verdict).toMatchObject({ ic1: true, ic2: false });
    expect(run.warnings.join(' ')).toMatch(/A2 fails/);
    expect(narrateMessage(run, round0[0]!)).toBe(
      "Traitor lieutenant 3 fakes the commander's message to lieutenant 1 (path 0→1): lieutenant 1 hears 'retreat' instead of 'attack' and cannot tell it is not from the commander.",
    );
  });

  it('SM(1): the fakes carry no valid signature of the commander, so they are discarded', () => {
    const sm = { ...spoof, algorithm: 'SM' as const };
    const run = runByzantine(sm);
    const round0 = run.messages.slice(0, 3);
    expect(round0.map((x) => [x.value, x.spoofedBy])).toEqual([
      ['attack', 3],
      ['attack', 3],
      ['attack', undefined],
    ]);
    expect(run.verdict).toMatchObject({ ic1: true, ic2: true });
    expect(run.notes.join(' ')).toMatch(/every fake was discarded/);
    expect(narrateMessage(run, round0[1]!)).toMatch(/discards it and keeps 'attack'/);
  });

  it('spoofing a lieutenant fakes its relays in every round, never to the spoofer itself', () => {
    const run = runByzantine(
      s({ generals: 5, m: 2, assumptions: spoofing, traitors: { '4': 'spoof:1' } }),
    );
    const fromOne = run.messages.filter((x) => x.from === 1);
    expect(fromOne.length).toBeGreaterThan(0);
    for (const x of fromOne) expect(x.spoofedBy).toBe(x.to === 4 ? undefined : 4);
    expect(run.messages.filter((x) => x.from !== 1).every((x) => x.spoofedBy === undefined)).toBe(
      true,
    );
  });

  it('the search finds the n = 4, m = 1 counterexample under OM, and none under SM', () => {
    const om = findCounterexample(s({ assumptions: spoofing }));
    expect(om.found).toBe(true);
    if (om.found) {
      expect(Object.values(om.scenario.traitors)[0]).toMatch(/^spoof:/);
      const reloaded = parseByzantineScenario(JSON.parse(JSON.stringify(om.scenario)));
      expect(runByzantine(reloaded).verdict.ic2).toBe(false);
    }
    const sm = findCounterexample(s({ algorithm: 'SM', assumptions: spoofing }));
    // 4 placements × (6 + 3 spoof targets; random with 3 seeds) × 2 orders
    expect(sm).toMatchObject({ found: false, exhaustive: true, searched: 4 * (8 + 3) * 2 });
  });
});

describe('asynchrony (A3 broken)', () => {
  const late = [
    { from: 0, to: 1, round: 0, by: 1 },
    { from: 0, to: 2, round: 0, by: 1 },
  ];

  it('no traitor at all: two late commander messages make IC2 fail under OM(1)', () => {
    const sc = s({ assumptions: async, delays: late });
    const run = runByzantine(sc);
    expect(run.traitor.every((x) => !x)).toBe(true);
    expect(run.messages.slice(0, 3).map((x) => [x.value, x.sent, x.late])).toEqual([
      [null, true, 1],
      [null, true, 1],
      ['attack', true, undefined],
    ]);
    expect(decided(sc)).toEqual({ 1: 'retreat', 2: 'retreat', 3: 'retreat' });
    expect(run.verdict).toMatchObject({ ic1: true, ic2: false });
    expect(run.warnings.join(' ')).toMatch(/A3 fails/);
    expect(narrateMessage(run, run.messages[0]!)).toMatch(
      /arrives 1 round after the round's timeout.*counts it as missing/,
    );
  });

  it('one late message is tolerated like one faulty general, as OM(1) promises', () => {
    const run = runByzantine(s({ assumptions: async, delays: late.slice(0, 1) }));
    expect(run.verdict).toMatchObject({ ic1: true, ic2: true });
  });

  it('on a synchronous network the same delays change nothing', () => {
    const run = runByzantine(s({ delays: late }));
    expect(run.verdict).toMatchObject({ ic1: true, ic2: true });
    expect(run.messages.every((x) => x.late === undefined)).toBe(true);
    expect(run.notes.join(' ')).toMatch(/synchronous: each round waits/);
  });

  it('SM(1) survives two late commander messages (the relays carry the order) but not three', () => {
    const sm = s({ algorithm: 'SM', assumptions: async, delays: late });
    expect(runByzantine(sm).verdict.ic2).toBe(true);
    const all = [...late, { from: 0, to: 3, round: 0, by: 2 }];
    expect(runByzantine({ ...sm, delays: all }).verdict).toMatchObject({ ic1: true, ic2: false });
  });

  it('the search finds a run with no traitor that breaks IC2', () => {
    const r = findCounterexample(s({ assumptions: async }));
    expect(r.found).toBe(true);
    if (!r.found) return;
    expect(r.scenario.traitors).toEqual({});
    expect(r.scenario.delays).toEqual(late);
    expect(r.text).toMatch(
      /no general is a traitor but the commander's messages to lieutenants 1, 2 arrive after the round's timeout/,
    );
  });
});

describe('the search beyond m traitors', () => {
  it('finds the "too many traitors" run the default search cannot', () => {
    const within = findCounterexample(s({}));
    expect(within).toMatchObject({ found: false, exhaustive: true });
    const beyond = findCounterexample(s({}), undefined, { traitors: 2 });
    expect(beyond.found).toBe(true);
    if (beyond.found) expect(Object.keys(beyond.scenario.traitors)).toHaveLength(2);
  });

  it('says how far it got when the budget runs out', () => {
    const r = findCounterexample(s({ generals: 7, m: 2 }), 200);
    expect(r).toMatchObject({ found: false, exhaustive: false, completeUpTo: 1, space: 2548 });
    expect(r.text).toMatch(/first 200 of 2,548 runs/);
  });
});
