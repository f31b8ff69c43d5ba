import { beforeEach, describe, expect, it } from 'vitest';
import { currentState } from '../engine/timeline';
import { LESSONS } from './lessons';
import { entriesBefore, paxosStore as store, runOf, paxosWorker, type SearchWorker } from './paxos';
import { computingOf } from './lab';
import { findViolation } from '../engine/paxos';

const lesson = (id: string) => LESSONS.find((l) => l.id === id)!.scenario;
const frame = () => currentState(store.getState().timeline);

describe('Paxos store', () => {
  beforeEach(() => {
    paxosWorker.swap(null);
    store.getState().load(lesson('paxos-forget'));
  });

  it('loads a lesson with its schedule and steps through it exactly, back included', () => {
    const s = store.getState();
    s.jump(14);
    expect(frame().verdicts.safe).toBe(false);
    const at14 = frame();
    s.forward();
    s.back();
    expect(frame()).toBe(at14);
  });

  it('making A2 honest replays the same schedule: A2 now refuses the older ballot, and it is safe', () => {
    const s = store.getState();
    s.jump(5);
    s.setFault('A2', null);
    const st = store.getState();
    expect(st.error).toBeNull();
    expect(st.timeline.cursor).toBe(5);
    expect(st.parsed.faults).toEqual({});
    const run = runOf(st.timeline);
    expect(run.verdicts.safe).toBe(true);
    expect(new Set(run.verdicts.chosen.map((c) => c.value)).size).toBe(1);
    expect(run.final.messages.filter((m) => m.type === 'accept' && m.to === 'A2')).toHaveLength(2);
    expect(run.final.acceptors[1]!.votes).toHaveLength(1); // the honest A2 accepts one of the two
  });

  it('dropping a message at the cursor keeps the past and replans the rest', () => {
    const s = store.getState();
    s.jump(3); // P1 and P2 proposed, A1 got prepare(10)
    const before = store
      .getState()
      .timeline.steps.slice(0, 3)
      .map((x) => x.text);
    const inflight = frame().state.messages.find((m) => m.status === 'flight' && m.to === 'A2')!;
    s.drop(inflight.id);
    const st = store.getState();
    expect(st.timeline.steps.slice(0, 3).map((x) => x.text)).toEqual(before);
    expect(st.timeline.cursor).toBe(4);
    expect(currentState(st.timeline).step?.type).toBe('drop');
    expect(entriesBefore(st.timeline)).toBe(4);
    expect(st.scenario.schedule).toContainEqual({ drop: inflight.id });
  });

  it('crashing an acceptor now adds a crash step at the cursor; twice is refused with a message', () => {
    const s = store.getState();
    s.jump(2);
    s.crashNow('A3');
    expect(frame().step?.type).toBe('crash');
    expect(frame().state.acceptors[2]!.crashed).toBe(true);
    store.getState().crashNow('A3');
    expect(store.getState().error).toMatch(/A3 has already crashed/);
  });

  it('bad toolbar input is reported and the run is kept', () => {
    const before = store.getState().timeline;
    store.getState().setQuorum(5);
    expect(store.getState().error).toMatch(
      /quorum must be a whole number from 1 to the 3 acceptors/,
    );
    expect(store.getState().timeline).toBe(before);
  });

  it('Find a violation (inline here) loads the shortest violating schedule', () => {
    store.getState().load({ ...lesson('paxos-forget'), schedule: undefined });
    store.getState().findViolation();
    const st = store.getState();
    expect(st.search?.found).toBe(true);
    expect((st.scenario.schedule as unknown[]).length).toBe(14);
    expect(runOf(st.timeline).verdicts.safe).toBe(false);
  });

  it('the search in the worker is the lab job: a change made meanwhile wins, its late answer is dropped', () => {
    const posted: Parameters<SearchWorker['postMessage']>[0][] = [];
    let worker: SearchWorker | null = null;
    paxosWorker.swap(() => {
      worker = { onmessage: null, postMessage: (r) => posted.push(r), terminate: () => {} };
      return worker;
    });
    store.getState().load({ ...lesson('paxos-forget'), schedule: undefined });
    store.getState().findViolation();
    expect(computingOf(store.getState())).toMatch(/^Searching every schedule/);
    store.getState().newRun();
    expect(computingOf(store.getState())).toBeNull();
    const after = store.getState().timeline;
    const req = posted[0]!;
    worker!.onmessage?.({
      data: { id: req.id, ok: true, result: findViolation(req.scenario), ms: 1 },
    } as MessageEvent);
    expect(store.getState().timeline).toBe(after);
    expect(store.getState().search).toBeNull();
  });
});
