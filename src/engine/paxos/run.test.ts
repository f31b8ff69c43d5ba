import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../scenario/errors';
import { forget, paxos } from './fixtures';
import { runPaxos } from './run';
import { parsePaxosScenario } from './scenario';
import { runPaxosScenario, type PaxosOutput } from './output';

// P1 gets attack chosen by A1, A2; then P2's ballot 20 is promised by A2 (hacked) and A3.
// Ids: 1–3 prepare(10), 4–5 promises, 6–7 accepts, 8–11 accepted to L1/L2,
// 12–14 prepare(20), 15–16 promises, 17–18 accepts, 19–22 accepted.
const FORGET_ATTACK = [
  { propose: 'P1' },
  { deliver: 1 },
  { deliver: 2 },
  { deliver: 4 },
  { deliver: 5 },
  { deliver: 6 },
  { deliver: 7 },
  { propose: 'P2' },
  { deliver: 13 },
  { deliver: 14 },
  { deliver: 15 },
  { deliver: 16 },
  { deliver: 17 },
  { deliver: 18 },
];

describe('runPaxos', () => {
  it('one hacked acceptor (forget) with majority quorums of 3: two values chosen, overlap A2', () => {
    const run = runPaxos(paxos({ faults: { A2: forget }, schedule: FORGET_ATTACK }));
    expect(run.verdicts.chosen).toEqual([
      { value: 'attack', ballot: 10, quorum: ['A1', 'A2'] },
      { value: 'retreat', ballot: 20, quorum: ['A2', 'A3'] },
    ]);
    expect(run.verdicts.safe).toBe(false);
    expect(run.steps.map((s) => s.entry)).toEqual(FORGET_ATTACK.map((_, k) => k));
  });

  it('the same schedule with A2 honest: A2 reports (10, attack) and P2 must propose attack', () => {
    const run = runPaxos(paxos({ schedule: FORGET_ATTACK.slice(0, 12) }));
    const p2 = run.final.proposers[1]!;
    expect(p2.proposal).toBe('attack');
    expect(run.verdicts.safe).toBe(true);
  });

  it('learners count accepted messages; agreement fails when they learn different values', () => {
    // deliver attack's accepted to L1 only, retreat's to L2 only
    const schedule = [
      ...FORGET_ATTACK,
      { deliver: 8 },
      { deliver: 10 },
      { deliver: 20 },
      { deliver: 22 },
    ];
    const run = runPaxos(paxos({ faults: { A2: forget }, schedule }));
    const learned = run.final.learners.map((l) => l.learned.map((x) => x.value));
    expect(learned).toEqual([['attack'], ['retreat']]);
    expect(run.verdicts.agreement).toBe(false);
  });

  it('the same schedule always gives the same run; no schedule: the seed chooses one', () => {
    const a = runPaxos(paxos({ seed: 5, loss: 0.2 }));
    const b = runPaxos(paxos({ seed: 5, loss: 0.2 }));
    expect(a.schedule).toEqual(b.schedule);
    expect(a.schedule.length).toBeGreaterThan(5);
    const replay = runPaxos(paxos({ seed: 99, loss: 0.2, schedule: a.schedule }));
    expect(replay.final).toEqual(a.final);
    expect(runPaxos(paxos({ seed: 6, loss: 0.2 })).schedule).not.toEqual(a.schedule);
  });

  it('the seeded scheduler drops, delays and lets a second proposer duel', () => {
    const kinds = new Set<string>();
    let duel = false;
    for (let seed = 1; seed <= 20; seed++) {
      const run = runPaxos(paxos({ seed, loss: 0.15 }));
      run.schedule.forEach((e) => kinds.add(Object.keys(e)[0]!));
      duel ||= run.final.proposers.every((p) => p.attempts > 0);
    }
    expect([...kinds].sort()).toEqual(['delay', 'deliver', 'drop', 'propose']);
    expect(duel).toBe(true);
  });

  it('a crash fault fires at its step: messages to the crashed acceptor are lost', () => {
    const run = runPaxos(
      paxos({ faults: { A1: { type: 'crash', at: 1 } }, schedule: FORGET_ATTACK.slice(0, 2) }),
    );
    expect(run.steps.map((s) => s.type)).toEqual(['propose', 'crash', 'lost']);
    expect(run.final.messages[0]!.status).toBe('lost');
  });

  it('a prefix then the seeded scheduler: the app’s fork', () => {
    const s = paxos({ schedule: FORGET_ATTACK });
    const run = runPaxos(s, { prefix: [{ propose: 'P1' }, { drop: 1 }] });
    expect(run.schedule.slice(0, 2)).toEqual([{ propose: 'P1' }, { drop: 1 }]);
    expect(run.schedule.length).toBeGreaterThan(2);
    expect(run.final.messages[0]!.status).toBe('dropped');
  });

  it.each([
    [[{ deliver: 1 }], /step 1 names message 1, which nobody has sent/],
    [
      [{ propose: 'P1' }, { deliver: 9 }],
      /step 2 names message 9, which nobody has sent \(messages so far: 1–3\)/,
    ],
    [[{ propose: 'P1' }, { deliver: 1 }, { drop: 1 }], /message 1 .* was already delivered/],
    [[{ propose: 'P7' }], /"P7" is not a proposer/],
    [[{ crash: 'L1' }], /cannot crash/],
    [[{ crash: 'A1' }, { crash: 'A1' }], /already crashed/],
    [[{ crash: 'P1' }, { propose: 'P1' }], /P1 has crashed/],
  ])('bad schedule %j throws one sentence', (schedule, pattern) => {
    expect(() => runPaxos(paxos({ schedule }))).toThrow(ScenarioError);
    expect(() => runPaxos(paxos({ schedule }))).toThrow(pattern);
  });
});

describe('parsePaxosScenario and the CLI output', () => {
  it('fills defaults and keeps the contract’s fields', () => {
    const s = parsePaxosScenario({ kind: 'paxos', version: 1, acceptors: 5 });
    expect(s).toMatchObject({ seed: 1, quorum: 3, learners: 2, loss: 0, faults: {} });
    expect(s.proposers.map((p) => p.value)).toEqual(['attack', 'retreat']);
  });
  it.each([
    [{ acceptors: 3, quorum: 4 }, /quorum of 4 is larger than the 3 acceptors/],
    [{ faults: { A2: { type: 'byzantine', strategy: 'sneaky' } } }, /unknown strategy "sneaky"/],
    [{ faults: { A9: { type: 'crash', at: 1 } } }, /"A9", which is not an acceptor/],
    [{ faults: { A1: { type: 'flaky' } } }, /unknown type "flaky"/],
    [{ schedule: [{ deliver: 'x' }] }, /must be a message number/],
    [{ schedule: [{ teleport: 1 }] }, /schedule step 1 must be one of/],
    [
      {
        proposers: [
          { id: 'P1', value: 'a' },
          { id: 'P1', value: 'b' },
        ],
      },
      /listed twice/,
    ],
    [{ find: 'liveness' }, /"find" must be one of violation/],
    [{ loss: 2 }, /"loss" must be a number from 0 to 0.9/],
  ])('rejects %j', (extra, pattern) => {
    expect(() => paxos(extra)).toThrow(pattern);
  });
  it('prints messages, chosen, safe, agreement, learned and the schedule', () => {
    const out = runPaxosScenario(
      paxos({ faults: { A2: forget }, schedule: FORGET_ATTACK }),
    ) as PaxosOutput;
    expect(out.safe).toBe(false);
    expect(out.chosen.map((c) => c.value)).toEqual(['attack', 'retreat']);
    expect(out.schedule).toEqual(FORGET_ATTACK);
    expect(out.messages).toHaveLength(22);
    expect(out.messages[0]).toMatchObject({
      id: 1,
      type: 'prepare',
      from: 'P1',
      to: 'A1',
      status: 'delivered',
    });
    expect(out.warnings?.[0]).toMatch(/share 1 acceptor\(s\), and 1 are hacked/);
  });
});
