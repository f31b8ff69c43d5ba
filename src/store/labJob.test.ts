import { describe, expect, it } from 'vitest';
import { computingOf, jobControl, pendingOf, type JobTask, type LabJob } from './labJob';
import type { JobHandlers } from './jobs';

/** a lab's job state with a fake task whose handlers the test calls */
function lab() {
  const state = { job: null as LabJob | null, errors: [] as string[] };
  const get = () => ({ job: state.job, report: (e: unknown) => state.errors.push(String(e)) });
  const { runJob, endJob } = jobControl(get, (p) => (state.job = p.job));
  const tasks: { h: JobHandlers<number>; cancelled: boolean }[] = [];
  const task = (): JobTask<number> => {
    const t = { h: null as unknown as JobHandlers<number>, cancelled: false };
    return {
      start: (h) => {
        t.h = h;
        tasks.push(t);
      },
      cancel: () => (t.cancelled = true),
    };
  };
  return { state, runJob, endJob, tasks, task };
}

describe('a lab job (one at a time, the newest wins)', () => {
  it('shows its state, reports progress by the percent, and hands over its result', () => {
    const l = lab();
    const got: number[] = [];
    const scenario = { kind: 'byzantine', m: 4 };
    l.runJob({ label: 'Computing…', shown: 'status', scenario }, l.task(), (r) => got.push(r));
    expect(computingOf(l.state)).toBe('Computing…');
    expect(pendingOf(l.state)).toBe(scenario);
    l.tasks[0]!.h.progress?.(0.504);
    expect(l.state.job?.progress).toBe(0.504);
    l.tasks[0]!.h.done(7, 1);
    expect(got).toEqual([7]);
    expect(l.state.job).toBeNull();
  });

  it('a newer job ends the running one: it is cancelled, told why, and its late answer dropped', () => {
    const l = lab();
    const got: number[] = [];
    const why: string[] = [];
    const first = { label: 'Building a ring of 9 nodes…', shown: 'bar' as const, scenario: {} };
    l.runJob(
      first,
      l.task(),
      (r) => got.push(r),
      (w) => why.push(w),
    );
    l.runJob({ ...first, label: 'second…' }, l.task(), (r) => got.push(r));
    expect(l.tasks[0]!.cancelled).toBe(true);
    expect(why).toEqual(['a change was made before it finished loading']);
    l.tasks[0]!.h.done(1, 1);
    expect(got).toEqual([]);
    expect(l.state.job?.label).toBe('second…');
    // a bar job is not the stage's "Computing …" line
    expect(computingOf(l.state)).toBeNull();
    l.tasks[1]!.h.done(2, 1);
    expect(got).toEqual([2]);
  });

  it('a failure says what stopped, in each lab’s words; a ScenarioError as it is', () => {
    const l = lab();
    l.runJob(
      { label: 'Building a ring of 300 nodes…', shown: 'bar', scenario: {} },
      l.task(),
      () => {},
    );
    l.tasks[0]!.h.fail('out of memory', false);
    const status = {
      label: 'Computing OM(4) with 13 generals: 108,384 messages…',
      shown: 'status' as const,
      scenario: null,
    };
    l.runJob(status, l.task(), () => {});
    l.tasks[1]!.h.fail('the worker stopped.', false);
    l.runJob(status, l.task(), () => {});
    l.tasks[2]!.h.fail('Byzantine scenario: too big.', true);
    expect(l.state.errors).toEqual([
      'Building a ring of 300 nodes stopped: out of memory',
      'Computing OM(4) with 13 generals stopped: the worker stopped. The picture shown is unchanged; change a control to try again.',
      'Byzantine scenario: too big.',
    ]);
    expect(l.state.job).toBeNull();
  });

  it('endJob cancels the running job and tells its starter why', () => {
    const l = lab();
    const why: string[] = [];
    l.runJob(
      { label: 'x…', shown: 'bar', scenario: {} },
      l.task(),
      () => {},
      (w) => why.push(w),
    );
    l.endJob('loading it was cancelled');
    expect(l.tasks[0]!.cancelled).toBe(true);
    expect(why).toEqual(['loading it was cancelled']);
    expect(l.state.job).toBeNull();
    l.tasks[0]!.h.fail('late', false);
    expect(l.state.errors).toEqual([]);
  });
});
