import { describe, expect, it } from 'vitest';
import { findViolation, parsePaxosScenario, runPaxos } from '../engine/paxos';
import { LESSONS, PAXOS_FORGET_SCHEDULE } from './lessons';

const scenario = (id: string) => parsePaxosScenario(LESSONS.find((l) => l.id === id)!.scenario);

describe('Paxos lessons show what their titles say', () => {
  it('Crashes can’t break Paxos: drops, a crash, two proposers, a value chosen, safe', () => {
    const run = runPaxos(scenario('paxos-crashes'));
    expect(run.schedule.some((e) => 'drop' in e)).toBe(true);
    expect(run.steps.some((s) => s.type === 'crash')).toBe(true);
    expect(run.final.proposers.every((p) => p.attempts > 0)).toBe(true);
    expect(run.verdicts.chosen.length).toBeGreaterThan(0);
    expect(run.steps.every((s) => s.verdicts.safe)).toBe(true);
  });
  it('One hacked acceptor: the schedule the search finds, then the learners hear both values', () => {
    const s = scenario('paxos-forget');
    expect(findViolation({ ...s, schedule: undefined }).schedule).toEqual(PAXOS_FORGET_SCHEDULE);
    const run = runPaxos(s);
    expect(run.verdicts).toMatchObject({ safe: false, agreement: false });
  });
  it('Quorums that overlap in an honest node: the same attack is safe with 4 and quorum 3', () => {
    const run = runPaxos(scenario('paxos-overlap'));
    expect(run.verdicts.safe).toBe(true);
    expect(run.final.proposers[1]!.proposal).toBe('attack');
    expect(run.verdicts.chosen.map((c) => c.ballot)).toEqual([10, 20]);
  });
  it('A liar beats any quorum: two values chosen with 4 acceptors and quorum 3', () => {
    const run = runPaxos(scenario('paxos-liar'));
    expect(run.verdicts).toMatchObject({ safe: false, agreement: false });
    expect(run.final.messages.some((m) => m.lie && m.from === 'A4' && m.prior === 19)).toBe(true);
  });
  it('Same bound as the generals: n = 3f + 1 with a forgetful acceptor stays safe', () => {
    const s = scenario('paxos-bound');
    expect(s.view).toEqual({ panel: 'bound' });
    const run = runPaxos(s);
    expect(run.steps.every((x) => x.verdicts.safe)).toBe(true);
    // it ends on its point: P1, trying again after retreat is chosen, gets a quorum with the
    // forgetful A2 in it, and the honest A3 in both quorums makes it propose retreat
    const [chosen] = run.verdicts.chosen;
    expect(run.verdicts.chosen).toHaveLength(1);
    const p1 = run.final.proposers[0]!;
    expect(p1).toMatchObject({ id: 'P1', value: 'attack', phase: 'accept', proposal: 'retreat' });
    expect(run.steps.at(-2)!.state.proposers[0]!.phase).toBe('prepare');
    const quorum = p1.promises.map((r) => r.from);
    expect(p1.promises.find((r) => r.from === 'A2')).toMatchObject({ lie: true, prior: 0 });
    expect(quorum.filter((a) => chosen!.quorum.includes(a)).sort()).toEqual(['A2', 'A3']);
    expect(run.steps.at(-1)!.text).toContain(
      'A2 hid what it accepted, but the highest report is (20, retreat) from A3, so it must propose retreat, not its own attack',
    );
  });
});
