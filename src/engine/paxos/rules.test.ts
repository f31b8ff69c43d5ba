import { describe, expect, it } from 'vitest';
import { receiveAccept, receivePrepare } from './acceptor';
import { liarClaim } from './faults';
import { paxos } from './fixtures';
import { receiveAccepted } from './learner';
import { highestReport, receivePromise, startBallot } from './proposer';
import { configOf, initialState } from './state';
import type { AcceptorState, Fault, Message, ProposerState } from './types';

const s = paxos({ acceptors: 3, quorum: 2 });
const cfg = configOf(s);
const init = initialState(s);
const P1 = init.proposers[0]!;
const P2 = init.proposers[1]!;
const A1 = init.acceptors[0]!;
const L1 = init.learners[0]!;

function msg(x: Partial<Message> & Pick<Message, 'type' | 'from' | 'to' | 'ballot'>): Message {
  return { id: 1, value: null, prior: 0, lie: false, sentAt: 1, status: 'flight', doneAt: 0, ...x };
}
const acceptor = (x: Partial<AcceptorState>, fault: Fault | null = null): AcceptorState => ({
  ...A1,
  fault,
  ...x,
});

describe('Phase 1(a): startBallot', () => {
  it('picks the proposer’s next ballot from its own set and sends prepare to every acceptor', () => {
    const r = startBallot(cfg, P1);
    expect(r.next).toMatchObject({ ballot: 10, attempts: 1, phase: 'prepare', promises: [] });
    expect(r.out.map((m) => [m.type, m.to, m.ballot])).toEqual([
      ['prepare', 'A1', 10],
      ['prepare', 'A2', 10],
      ['prepare', 'A3', 10],
    ]);
    expect(startBallot(cfg, P2).next.ballot).toBe(20);
    expect(startBallot(cfg, r.next).next.ballot).toBe(30);
    expect(startBallot(cfg, startBallot(cfg, P2).next).next.ballot).toBe(40);
  });
});

describe('Phase 1(b): receivePrepare', () => {
  it('promises a higher ballot and reports the highest proposal accepted', () => {
    const a = acceptor({ promised: 10, accepted: { ballot: 10, value: 'attack' } });
    const r = receivePrepare(cfg, a, msg({ type: 'prepare', from: 'P2', to: 'A1', ballot: 20 }));
    expect(r.next.promised).toBe(20);
    expect(r.out).toEqual([
      { type: 'promise', from: 'A1', to: 'P2', ballot: 20, value: 'attack', prior: 10, lie: false },
    ]);
  });
  it('promises with no report when nothing is accepted', () => {
    const r = receivePrepare(cfg, A1, msg({ type: 'prepare', from: 'P1', to: 'A1', ballot: 10 }));
    expect(r.out[0]).toMatchObject({ type: 'promise', prior: 0, value: null });
  });
  it('ignores a prepare not greater than one it responded to', () => {
    const a = acceptor({ promised: 20 });
    for (const b of [10, 20]) {
      const r = receivePrepare(cfg, a, msg({ type: 'prepare', from: 'P1', to: 'A1', ballot: b }));
      expect(r.out).toEqual([]);
      expect(r.next).toBe(a);
    }
  });
  it('forget: promises every prepare as if it had accepted nothing', () => {
    const a = acceptor(
      { promised: 30, accepted: { ballot: 10, value: 'attack' } },
      {
        type: 'byzantine',
        strategy: 'forget',
      },
    );
    const r = receivePrepare(cfg, a, msg({ type: 'prepare', from: 'P2', to: 'A1', ballot: 20 }));
    expect(r.out[0]).toMatchObject({
      type: 'promise',
      ballot: 20,
      prior: 0,
      value: null,
      lie: true,
    });
  });
  it('liar: claims another proposer’s value at the highest ballot below the prepare’s', () => {
    const a = acceptor(
      { promised: 10, accepted: { ballot: 10, value: 'attack' } },
      {
        type: 'byzantine',
        strategy: 'liar',
      },
    );
    const r = receivePrepare(cfg, a, msg({ type: 'prepare', from: 'P2', to: 'A1', ballot: 20 }));
    expect(r.out[0]).toMatchObject({
      type: 'promise',
      ballot: 20,
      prior: 19,
      value: 'retreat',
      lie: true,
    });
    expect(r.text).toMatch(/claims it accepted \(19, retreat\)/);
  });
  it('liar: with nothing accepted there is nothing to lie about', () => {
    const m = msg({ type: 'prepare', from: 'P2', to: 'A1', ballot: 20 });
    expect(liarClaim(cfg, acceptor({}, { type: 'byzantine', strategy: 'liar' }), m)).toBeNull();
  });
});

describe('Phase 2(a): receivePromise', () => {
  const preparing: ProposerState = startBallot(cfg, P2).next;
  const promise = (from: string, prior = 0, value: string | null = null, ballot = 20) =>
    msg({ type: 'promise', from, to: 'P2', ballot, prior, value });

  it('waits for a quorum of promises', () => {
    const r = receivePromise(cfg, preparing, promise('A1'));
    expect(r.out).toEqual([]);
    expect(r.next.promises).toHaveLength(1);
    expect(r.next.phase).toBe('prepare');
  });
  it('with no reports proposes its own value, to each acceptor that promised', () => {
    const one = receivePromise(cfg, preparing, promise('A3')).next;
    const r = receivePromise(cfg, one, promise('A1'));
    expect(r.next).toMatchObject({ phase: 'accept', proposal: 'retreat' });
    expect(r.out.map((m) => [m.type, m.to, m.ballot, m.value])).toEqual([
      ['accept', 'A3', 20, 'retreat'],
      ['accept', 'A1', 20, 'retreat'],
    ]);
  });
  it('adopts the value of the highest-numbered proposal reported', () => {
    const one = receivePromise(cfg, preparing, promise('A1', 10, 'attack')).next;
    const r = receivePromise(cfg, one, promise('A2'));
    expect(r.next.proposal).toBe('attack');
    expect(r.out.every((m) => m.value === 'attack')).toBe(true);
    expect(
      highestReport([
        { from: 'A1', prior: 10, value: 'attack' },
        { from: 'A2', prior: 19, value: 'retreat' },
        { from: 'A3', prior: 0, value: null },
      ]),
    ).toEqual({ from: 'A2', prior: 19, value: 'retreat' });
  });
  it('the narration says who in the quorum hid what it accepted, and which report is a lie', () => {
    const lie = (from: string, prior = 0, value: string | null = null) => ({
      ...promise(from, prior, value),
      lie: true,
    });
    const hid = receivePromise(cfg, receivePromise(cfg, preparing, lie('A1')).next, promise('A2'));
    expect(hid.text).toBe(
      'P2 has promises from a quorum (A1, A2): A1 hid what it accepted, and nobody else reports an accepted value, so it proposes its own, retreat. accept(20, retreat) to A1, A2.',
    );
    const one = receivePromise(cfg, preparing, lie('A1')).next;
    const forced = receivePromise(cfg, one, promise('A3', 10, 'attack'));
    expect(forced.text).toContain(
      'A1 hid what it accepted, but the highest report is (10, attack) from A3, so it must propose attack, not its own retreat.',
    );
    const liar = receivePromise(cfg, preparing, lie('A1', 19, 'attack')).next;
    expect(receivePromise(cfg, liar, promise('A2')).text).toContain(
      'the highest report is (19, attack) from A1, a lie, so it must propose attack, not its own retreat.',
    );
    const honest = receivePromise(cfg, preparing, promise('A1', 10, 'retreat')).next;
    expect(receivePromise(cfg, honest, promise('A2')).text).toContain(
      ': the highest report is (10, retreat) from A1, so it must propose retreat. accept',
    );
  });
  it('ignores promises for another ballot and promises after the quorum', () => {
    expect(receivePromise(cfg, preparing, promise('A1', 0, null, 10)).next).toBe(preparing);
    const done = receivePromise(
      cfg,
      receivePromise(cfg, preparing, promise('A1')).next,
      promise('A2'),
    ).next;
    const r = receivePromise(cfg, done, promise('A3'));
    expect(r.next).toBe(done);
    expect(r.out).toEqual([]);
  });
});

describe('Phase 2(b): receiveAccept', () => {
  const accept = (ballot: number, value: string) =>
    msg({ type: 'accept', from: 'P1', to: 'A1', ballot, value });
  it('accepts unless it promised a higher ballot, and tells every learner', () => {
    const r = receiveAccept(cfg, acceptor({ promised: 10 }), accept(10, 'attack'));
    expect(r.next.accepted).toEqual({ ballot: 10, value: 'attack' });
    expect(r.next.votes).toEqual([{ ballot: 10, value: 'attack' }]);
    expect(r.out.map((m) => [m.type, m.to, m.ballot, m.value])).toEqual([
      ['accepted', 'L1', 10, 'attack'],
      ['accepted', 'L2', 10, 'attack'],
    ]);
  });
  it('raises its promise to the accepted ballot (Paxos.tla Phase2b)', () => {
    expect(receiveAccept(cfg, acceptor({ promised: 0 }), accept(30, 'attack')).next.promised).toBe(
      30,
    );
  });
  it('rejects a lower ballot than it promised', () => {
    const a = acceptor({ promised: 20 });
    const r = receiveAccept(cfg, a, accept(10, 'attack'));
    expect(r.next).toBe(a);
    expect(r.out).toEqual([]);
  });
  it('a hacked acceptor accepts whatever it promised', () => {
    const a = acceptor({ promised: 20 }, { type: 'byzantine', strategy: 'forget' });
    const r = receiveAccept(cfg, a, accept(10, 'attack'));
    expect(r.next.votes).toEqual([{ ballot: 10, value: 'attack' }]);
    expect(r.out).toHaveLength(2);
  });
});

describe('Learning: receiveAccepted', () => {
  const accepted = (from: string, ballot: number, value: string) =>
    msg({ type: 'accepted', from, to: 'L1', ballot, value });
  it('learns once a quorum accepted the same proposal', () => {
    const one = receiveAccepted(cfg, L1, accepted('A1', 10, 'attack')).next;
    expect(one.learned).toEqual([]);
    const other = receiveAccepted(cfg, one, accepted('A2', 20, 'attack')).next;
    expect(other.learned).toEqual([]); // different ballots are different proposals
    const two = receiveAccepted(cfg, one, accepted('A2', 10, 'attack'));
    expect(two.next.learned).toEqual([{ ballot: 10, value: 'attack' }]);
    expect(two.text).toMatch(/L1 learns attack/);
  });
  it('a second value learned says safety broke', () => {
    let l = L1;
    for (const [a, b, v] of [
      ['A1', 10, 'attack'],
      ['A2', 10, 'attack'],
      ['A2', 20, 'retreat'],
    ] as const)
      l = receiveAccepted(cfg, l, accepted(a, b, v)).next;
    const r = receiveAccepted(cfg, l, accepted('A3', 20, 'retreat'));
    expect(r.next.learned.map((x) => x.value)).toEqual(['attack', 'retreat']);
    expect(r.text).toMatch(/two values chosen/);
  });
});
