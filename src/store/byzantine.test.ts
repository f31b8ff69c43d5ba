import { describe, expect, it, beforeEach } from 'vitest';
import { currentState } from '../engine/timeline';
import {
  byzantineStore as store,
  DEFAULT_SCENARIO,
  granularityOf,
  runOf,
  byzantineWorker,
  type WorkerLike,
} from './byzantine';
import { computeRequest, liteTimeline, type ByzRequest, type ByzResult } from '../engine/byzantine';
import type { JobReply } from './jobs';
import { computingOf, pendingOf } from './lab';

/** what the lab posts to its worker (builds and searches, numbered by the runner), and its reply */
type Posted = ByzRequest & { id: number };
type Reply = JobReply<ByzResult>;

const reset = () => {
  byzantineWorker.swap(null);
  store.getState().load({ ...DEFAULT_SCENARIO });
  store.setState({ error: null, notice: null, search: null, job: null });
  store.getState().setView({ selected: null, stage: undefined, stepBy: undefined });
};

describe('byzantine store', () => {
  beforeEach(reset);

  it('starts with the meaningful first look: OM(1), 4 generals, general 3 lies', () => {
    const s = store.getState();
    expect(s.scenario).toMatchObject({ generals: 4, m: 1, order: 'attack', algorithm: 'OM' });
    expect(s.scenario.traitors).toEqual({ '3': 'opposite' });
    const run = runOf(s.timeline);
    expect(run.messages).toHaveLength(9);
    // 9 messages, 2 loyal decisions, 1 verdict
    expect(s.timeline.steps).toHaveLength(12);
    s.jump(12);
    const end = currentState(store.getState().timeline);
    expect(end.decisions[1]).toBe('attack');
    expect(end.decisions[2]).toBe('attack');
    expect(end.verdict).toMatchObject({ ic1: true, ic2: true, outcome: 'victory' });
  });

  it('a config change starts a new run at cursor 0', () => {
    store.getState().jump(5);
    store.getState().setGenerals(7);
    const s = store.getState();
    expect(s.scenario.generals).toBe(7);
    expect(s.timeline.cursor).toBe(0);
    expect(runOf(s.timeline).n).toBe(7);
  });

  it('the "Three generals" explainer closes when the scenario changes beneath it', () => {
    store.getState().setStage('lesson');
    expect(store.getState().view.stage).toBe('lesson');
    store.getState().setGenerals(7);
    expect(store.getState().view.stage).toBeUndefined();
    // a figure opened from the explainer closes it too, as before
    store.getState().setStage('lesson');
    store.getState().loadFigure(1);
    expect(store.getState().view.stage).toBeUndefined();
  });

  it('stepping 13 generals, m = 4 by message is refused with the reason', () => {
    store.getState().setGenerals(13);
    store.getState().setM(4);
    store.getState().setStepBy('message');
    const s = store.getState();
    expect(granularityOf(s.timeline)).toBe('round');
    expect(s.notice).toMatch(/OM\(4\) with 13 generals sends 108,384 messages: too many to step/);
    // a run small enough is stepped by message without a word
    store.getState().notify(null);
    store.getState().setM(1);
    store.getState().setStepBy('message');
    expect(granularityOf(store.getState().timeline)).toBe('message');
    expect(store.getState().notice).toBeNull();
    // two OM(4) builds with 13 generals: give a busy machine room (this is no speed test)
  }, 30_000);

  it('bad input is reported and the state kept', () => {
    const before = store.getState().timeline;
    store.getState().setGenerals(2);
    expect(store.getState().error).toMatch(/between 3 and 40/);
    expect(store.getState().timeline).toBe(before);
    // an empty "Generals" field: one check (the engine's), the same kind of sentence as m's
    store.getState().setGenerals(Number.NaN);
    expect(store.getState().error).toBe(
      'Byzantine scenario: the number of generals "generals" must be a whole number from 3 to 40, got no number.',
    );
    expect(store.getState().timeline).toBe(before);
    store.getState().setM(-1);
    expect(store.getState().error).toMatch(/between 0/);
    // an empty "Rounds (m)" field: one check (the engine's), one sentence naming m and its range
    store.getState().setM(Number.NaN);
    expect(store.getState().error).toBe(
      'Byzantine scenario: the number of rounds "m" must be a whole number from 0 to 39, got no number.',
    );
    store.getState().setM(2.5);
    expect(store.getState().error).toMatch(/"m" must be a whole number from 0 to 39, got 2\.5\./);
    store.getState().setStrategy(1, 'split');
    expect(store.getState().error).toMatch(/loyal/);
    expect(store.getState().timeline).toBe(before);
  });

  it('refuses runs too big to show, naming the count', () => {
    store.getState().setGenerals(16);
    store.getState().setM(4); // 395,775 messages
    expect(store.getState().error).toMatch(/messages, more than this view can show/);
    expect(store.getState().scenario.m).toBe(1);
  });

  it('shrinking the army drops traitors that no longer exist', () => {
    store.getState().setGenerals(3);
    expect(store.getState().scenario.traitors).toEqual({});
  });

  it('toggles traitors (commander defaults to split) and sets strategies', () => {
    const s = store.getState();
    s.toggleTraitor(0);
    expect(store.getState().scenario.traitors).toEqual({ '0': 'split', '3': 'opposite' });
    store.getState().setStrategy(3, 'silent');
    expect(store.getState().scenario.traitors).toEqual({ '0': 'split', '3': 'silent' });
    store.getState().toggleTraitor(3);
    expect(store.getState().scenario.traitors).toEqual({ '0': 'split' });
  });

  it('order, algorithm and step-by rebuild the run', () => {
    store.getState().setOrder('retreat');
    expect(runOf(store.getState().timeline).scenario.order).toBe('retreat');
    store.getState().setAlgorithm('SM');
    expect(runOf(store.getState().timeline).algorithm).toBe('SM');
    store.getState().setStepBy('round');
    expect(granularityOf(store.getState().timeline)).toBe('round');
    expect(store.getState().view.stepBy).toBe('round');
    // shared links carry step-by in the view and load with it
    const snap = store.getState().snapshot();
    reset();
    store.getState().load(snap);
    expect(granularityOf(store.getState().timeline)).toBe('round');
  });

  it('finds a counterexample for 3 generals and loads it', () => {
    store.getState().setGenerals(3);
    store.getState().findCounterexample();
    const s = store.getState();
    expect(s.search?.found).toBe(true);
    expect(s.notice).toMatch(/^Counterexample found: /);
    const run = runOf(s.timeline);
    expect(run.verdict.ic1 && run.verdict.ic2).toBe(false);
    expect(s.scenario.generals).toBe(3);
  });

  it('says none exists for 4 generals and one traitor', () => {
    store.getState().findCounterexample();
    const s = store.getState();
    expect(s.search?.found).toBe(false);
    expect(s.notice).toMatch(/No counterexample/);
    expect(s.scenario.traitors).toEqual({ '3': 'opposite' });
  });

  it('loads the paper figures for stepping', () => {
    store.getState().loadFigure(2);
    expect(store.getState().scenario.traitors).toEqual({ '0': 'split' });
    expect(store.getState().scenario.generals).toBe(3);
  });

  it('big runs go to the worker, keep the old picture, and commit only the newest answer', () => {
    const posted: Posted[] = [];
    const workers: WorkerLike[] = [];
    byzantineWorker.swap(() => {
      const w: WorkerLike = {
        onmessage: null,
        postMessage: (req) => posted.push(req as Posted), // the lab posts no cells
        terminate: () => undefined,
      };
      workers.push(w);
      return w;
    });
    store.getState().setGenerals(13); // 144 messages: built at once
    const before = store.getState().timeline;
    store.getState().setM(4);
    store.getState().setOrder('retreat');
    expect(store.getState().timeline).toBe(before);
    expect(computingOf(store.getState())).toMatch(/108,384 messages/);
    // the second request builds on the pending first one (13 generals, m = 4)
    const last = posted[posted.length - 1]!;
    expect(last.scenario).toMatchObject({ generals: 13, m: 4, order: 'retreat' });
    const reply = (req: Posted): Reply => {
      const r = computeRequest(req);
      if (r.type !== 'build') throw new Error('expected build');
      const { lite, ...timeline } = liteTimeline(r.timeline);
      return { id: req.id, ok: true, result: { type: 'build', timeline, lite }, ms: 1 };
    };
    // an older answer is ignored
    const w = workers[workers.length - 1]!;
    w.onmessage?.({ data: reply(posted[0]!) } as MessageEvent<Reply>);
    expect(store.getState().timeline).toBe(before);
    w.onmessage?.({ data: reply(last) } as MessageEvent<Reply>);
    const s = store.getState();
    expect(computingOf(s)).toBeNull();
    expect(s.scenario).toMatchObject({ generals: 13, m: 4, order: 'retreat' });
    expect(granularityOf(s.timeline)).toBe('round');
    const run = runOf(s.timeline);
    expect(run.counts.total).toBe(108_384 - run.counts.suppressed);
  });
  it('a link to a big run is built in the worker: the page keeps the old picture until it lands', () => {
    const posted: Posted[] = [];
    let worker: WorkerLike | null = null;
    byzantineWorker.swap(() => {
      worker = {
        onmessage: null,
        postMessage: (req) => posted.push(req as Posted), // the lab posts no cells
        terminate: () => {},
      };
      return worker;
    });
    const before = store.getState().timeline;
    const link = {
      ...DEFAULT_SCENARIO,
      generals: 13,
      m: 4,
      traitors: { '5': 'opposite' },
      view: { cursor: 3, selected: 7, stepBy: 'round' },
    };
    expect(store.getState().load(link, 'link')).toBe(true);
    // nothing was built here: the old run stays, the controls show what is coming
    expect(store.getState().timeline).toBe(before);
    expect(computingOf(store.getState())).toMatch(/OM\(4\) with 13 generals: 108,384 messages/);
    expect(pendingOf(store.getState())).toMatchObject({ generals: 13, m: 4 });
    expect(pendingOf(store.getState())).not.toHaveProperty('view');
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ type: 'build', stepBy: 'round' });
    const r = computeRequest(posted[0]!);
    if (r.type !== 'build') throw new Error('expected build');
    const { lite, ...timeline } = liteTimeline(r.timeline);
    worker!.onmessage?.({
      data: { id: posted[0]!.id, ok: true, result: { type: 'build', timeline, lite }, ms: 5 },
    } as MessageEvent<Reply>);
    const s = store.getState();
    expect(computingOf(s)).toBeNull();
    expect(pendingOf(s)).toBeNull();
    expect(s.scenario).toMatchObject({ generals: 13, m: 4, traitors: { '5': 'opposite' } });
    // the link's cursor and view are restored, as a synchronous load does
    expect(s.timeline.cursor).toBe(3);
    expect(s.view).toMatchObject({ selected: 7, stepBy: 'round' });
    expect(runOf(s.timeline).counts.total).toBe(108_384 - runOf(s.timeline).counts.suppressed);
  });

  it('a link to a small run is still built at once', () => {
    byzantineWorker.swap(() => {
      throw new Error('no worker for small runs');
    });
    expect(store.getState().load({ ...DEFAULT_SCENARIO, m: 2, generals: 7 }, 'link')).toBe(true);
    expect(computingOf(store.getState())).toBeNull();
    expect(store.getState().scenario).toMatchObject({ generals: 7, m: 2 });
  });
});
