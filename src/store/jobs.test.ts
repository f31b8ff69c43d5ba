import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../engine/scenario/errors';
import { answer, createJobRunner, workerSlot, type JobReply, type JobWorker } from './jobs';

type Req = { n: number };

/** A fake worker: records what was posted and whether it was terminated. */
function fakeWorkers() {
  const made: (JobWorker<Req, number> & { posted: (Req & { id: number })[]; dead: boolean })[] = [];
  const spawn = () => {
    const w = {
      posted: [] as (Req & { id: number })[],
      dead: false,
      onmessage: null as ((e: MessageEvent<JobReply<number>>) => void) | null,
      postMessage(r: Req & { id: number }) {
        w.posted.push(r);
      },
      terminate() {
        w.dead = true;
      },
    };
    made.push(w);
    return w;
  };
  const reply = (w: (typeof made)[number], m: JobReply<number>) =>
    w.onmessage?.({ data: m } as MessageEvent<JobReply<number>>);
  return { made, spawn, slot: slotOf(spawn), reply };
}

/** A slot whose worker is `spawn`'s (the app's would be a real Worker; tests have none). */
function slotOf(spawn: (() => JobWorker<Req, number> | null) | null) {
  const slot = workerSlot<Req, number>(() => {
    throw new Error('no Worker in unit tests');
  });
  slot.swap(spawn);
  return slot;
}

describe('createJobRunner: newest job wins', () => {
  it('delivers progress then the result of the job it ran', () => {
    const f = fakeWorkers();
    const jobs = createJobRunner<Req, number>({ worker: f.slot, compute: (r) => r.n * 2 });
    const seen: string[] = [];
    jobs.start(
      { n: 1 },
      {
        progress: (p) => seen.push(`p${p}`),
        done: (r) => seen.push(`done ${r}`),
        fail: (m) => seen.push(`fail ${m}`),
      },
    );
    expect(jobs.busy()).toBe(true);
    const w = f.made[0]!;
    const id = w.posted[0]!.id;
    f.reply(w, { id, progress: 0.5 });
    f.reply(w, { id, ok: true, result: 42, ms: 3 });
    expect(seen).toEqual(['p0.5', 'done 42']);
    expect(jobs.busy()).toBe(false);
  });

  it('a second job terminates the running one, whose late reply is ignored', () => {
    const f = fakeWorkers();
    const jobs = createJobRunner<Req, number>({ worker: f.slot, compute: (r) => r.n });
    const done: number[] = [];
    const h = { done: (r: number) => done.push(r), fail: () => done.push(-1) };
    jobs.start({ n: 1 }, h);
    const first = f.made[0]!;
    jobs.start({ n: 2 }, h);
    expect(first.dead).toBe(true);
    const second = f.made[1]!;
    f.reply(first, { id: first.posted[0]!.id, ok: true, result: 1, ms: 1 });
    f.reply(second, { id: second.posted[0]!.id, ok: true, result: 2, ms: 1 });
    expect(done).toEqual([2]);
  });

  it('an idle worker is reused; cancel stops the job and its reply is dropped', () => {
    const f = fakeWorkers();
    const jobs = createJobRunner<Req, number>({ worker: f.slot, compute: (r) => r.n });
    const done: number[] = [];
    const h = { done: (r: number) => done.push(r), fail: () => done.push(-1) };
    jobs.start({ n: 1 }, h);
    const w = f.made[0]!;
    f.reply(w, { id: w.posted[0]!.id, ok: true, result: 1, ms: 1 });
    jobs.start({ n: 2 }, h);
    expect(f.made).toHaveLength(1);
    jobs.cancel();
    expect(w.dead).toBe(true);
    f.reply(w, { id: w.posted[1]!.id, ok: true, result: 2, ms: 1 });
    expect(done).toEqual([1]);
  });

  it('a swapped worker takes effect at the next job; the idle one is terminated', () => {
    const f = fakeWorkers();
    const g = fakeWorkers();
    const jobs = createJobRunner<Req, number>({ worker: f.slot, compute: (r) => -r.n });
    const done: number[] = [];
    const h = { done: (r: number) => done.push(r), fail: () => done.push(0) };
    jobs.start({ n: 1 }, h);
    const w = f.made[0]!;
    f.reply(w, { id: w.posted[0]!.id, ok: true, result: 1, ms: 1 });
    f.slot.swap(() => g.spawn());
    jobs.start({ n: 2 }, h);
    expect(w.dead).toBe(true);
    expect(w.posted).toHaveLength(1);
    const v = g.made[0]!;
    f.reply(v, { id: v.posted[0]!.id, ok: true, result: 2, ms: 1 });
    f.slot.swap(null);
    jobs.start({ n: 3 }, h);
    expect(v.dead).toBe(true);
    expect(done).toEqual([1, 2, -3]);
  });

  it('a worker the browser refuses (the factory throws) means computing inline', () => {
    const slot = slotOf(() => {
      throw new Error('blocked by policy');
    });
    const jobs = createJobRunner<Req, number>({ worker: slot, compute: (r) => r.n * 10 });
    const done: number[] = [];
    jobs.start({ n: 4 }, { done: (r) => done.push(r), fail: () => done.push(-1) });
    expect(done).toEqual([40]);
    expect(jobs.busy()).toBe(false);
  });

  it('without a worker (or asked to) it computes inline; errors reach fail', () => {
    const jobs = createJobRunner<Req, number>({
      worker: slotOf(null),
      compute: (r) => {
        if (r.n < 0) throw new Error('negative');
        return r.n + 1;
      },
    });
    const out: string[] = [];
    const h = { done: (r: number) => out.push(`done ${r}`), fail: (m: string) => out.push(m) };
    jobs.start({ n: 1 }, h);
    jobs.start({ n: -1 }, h, true);
    expect(out).toEqual(['done 2', 'negative']);
  });
});

describe('answer: how a job ended, in a worker or inline', () => {
  it('gives the result, or the error with whether it is a sentence for the user', () => {
    expect(answer(7, () => 42)).toMatchObject({ id: 7, ok: true, result: 42 });
    expect(
      answer(8, () => {
        throw new ScenarioError('"m" must be at least 0');
      }),
    ).toEqual({ id: 8, ok: false, error: '"m" must be at least 0', scenarioError: true });
    expect(
      answer(9, () => {
        throw new RangeError('Invalid array length');
      }),
    ).toEqual({ id: 9, ok: false, error: 'Invalid array length', scenarioError: false });
    expect(
      answer(10, () => {
        throw 'plain';
      }),
    ).toEqual({ id: 10, ok: false, error: 'plain', scenarioError: false });
  });
});
