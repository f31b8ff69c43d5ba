/**
 * The one "newest job wins" runner every worker job runs on (heavy DHT builds, Statistics, big
 * Byzantine runs and searches, the bound explorer's cells, the Paxos violation search; a lab's
 * job state is in store/labJob.ts). The store owns it, so a job outlives the component that asked
 * for it (React StrictMode mounts effects twice in development; a view-owned worker was killed
 * by the first cleanup and Statistics never finished) and every view sees the same progress.
 *
 * Starting a job makes any running one pointless: its worker is terminated (it stops computing)
 * and a late reply from it is ignored by id. Without a Worker (tests, the CLI) jobs run inline.
 */

/** How a job ended: its result and how long it took, or why it failed. */
export type JobAnswer<R> =
  | { readonly id: number; readonly ok: true; readonly result: R; readonly ms: number }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: string;
      /** the error is a ScenarioError: its message is a sentence for the user, said as is */
      readonly scenarioError?: boolean;
    };

/** What a worker posts back; every reply names the request it answers. */
export type JobReply<R> =
  | { readonly id: number; readonly progress: number }
  /** a piece of a result too big for one message (see workers/graphStream/), in order */
  | { readonly id: number; readonly chunk: unknown }
  | JobAnswer<R>;

/** Computes job `id` (in a worker, or inline) and says how it ended; it never throws. */
export function answer<R>(id: number, compute: () => R): JobAnswer<R> {
  const t0 = performance.now();
  try {
    return { id, ok: true, result: compute(), ms: performance.now() - t0 };
  } catch (err) {
    return {
      id,
      ok: false,
      error: err instanceof Error ? err.message : String(err),
      scenarioError: err instanceof Error && err.name === 'ScenarioError',
    };
  }
}

/** Hands an answer to the job's handlers. */
function settle<R>(a: JobAnswer<R>, handlers: JobHandlers<R>): void {
  if (a.ok) handlers.done(a.result, a.ms);
  else handlers.fail(a.error, a.scenarioError === true);
}

/** The part of a Web Worker the runner uses (tests pass a fake). */
export interface JobWorker<Q, R> {
  postMessage(request: Q & { id: number }): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<JobReply<R>>) => void) | null;
  onerror?: ((e: ErrorEvent) => void) | null;
}

export interface JobHandlers<R> {
  /** 0..1, as often as the worker reports it */
  progress?(fraction: number): void;
  /** each piece of a streamed result, before done */
  chunk?(piece: unknown): void;
  done(result: R, ms: number): void;
  /** the job failed: a ScenarioError's sentence (scenarioError) or an unexpected error */
  fail(message: string, scenarioError: boolean): void;
}

export interface JobRunner<Q, R> {
  /** Starts a job (in the worker, or inline when `inline` or no worker exists); newest wins. */
  start(request: Q, handlers: JobHandlers<R>, inline?: boolean): void;
  /** Stops the running job, if any; its handlers are never called. */
  cancel(): void;
  /** true while a worker job is running */
  busy(): boolean;
}

export interface JobOptions<Q, R> {
  /** where the runner's worker comes from (none: compute inline) */
  worker: WorkerSlot<Q, R>;
  /** the same computation on this thread (no worker, or a job small enough not to need one) */
  compute: (request: Q, progress: (fraction: number) => void) => R;
}

export function createJobRunner<Q, R>(options: JobOptions<Q, R>): JobRunner<Q, R> {
  let seq = 0;
  let worker: JobWorker<Q, R> | null = null;
  /** the factory that made `worker` (a swapped one takes effect at the next job) */
  let madeBy: unknown = null;
  let running = false;

  const stop = (): void => {
    if (running && worker) {
      worker.terminate();
      worker = null;
    }
    running = false;
  };

  const runInline = (request: Q, handlers: JobHandlers<R>, id: number): void => {
    const a = answer(id, () => options.compute(request, (f) => handlers.progress?.(f)));
    if (id === seq) settle(a, handlers);
  };

  return {
    start(request, handlers, inline = false) {
      const id = ++seq;
      stop();
      if (worker && madeBy !== options.worker.current()) {
        worker.terminate(); // idle, but made by a factory a test has since swapped out
        worker = null;
      }
      if (!inline && !worker) {
        madeBy = options.worker.current();
        worker = options.worker.spawn();
      }
      if (inline || !worker) return runInline(request, handlers, id);
      const w = worker;
      w.onmessage = (e) => {
        const m = e.data;
        if (m.id !== seq || w !== worker) return;
        if ('progress' in m) return handlers.progress?.(m.progress);
        if ('chunk' in m) {
          try {
            handlers.chunk?.(m.chunk);
          } catch (err) {
            // a piece the page cannot take: the job ends here, with why
            seq++;
            stop();
            handlers.fail(err instanceof Error ? err.message : String(err), false);
          }
          return;
        }
        running = false;
        settle(m, handlers);
      };
      w.onerror = (e) => {
        if (w !== worker) return;
        running = false;
        worker = null;
        handlers.fail(e.message || 'the worker stopped', false);
      };
      running = true;
      w.postMessage({ ...request, id });
    },
    cancel() {
      seq++;
      stop();
    },
    busy: () => running,
  };
}

/** A worker factory tests swap: a fake, or null (or a factory returning null) to compute inline. */
export type WorkerFactory<Q, R> = (() => JobWorker<Q, R> | null) | null;

/** Where a runner's worker comes from: the app's worker, or what a test swapped in. */
export interface WorkerSlot<Q, R> {
  /** a new worker, or null to compute inline */
  spawn(): JobWorker<Q, R> | null;
  /** tests swap the worker; a runner's idle worker is replaced at its next job */
  swap(factory: WorkerFactory<Q, R>): void;
  /** the factory in use */
  current(): WorkerFactory<Q, R>;
}

/**
 * One worker script, as every runner that uses it sees it. Without Worker support, or when the
 * browser refuses to start one (a policy, an old browser), jobs are computed inline. `make` must
 * hold the literal `new Worker(new URL('…', import.meta.url), { type: 'module' })`: that is how
 * the bundler finds the worker's file, so each worker is named once, where its slot is made.
 */
export function workerSlot<Q, R>(make: () => Worker): WorkerSlot<Q, R> {
  let factory: WorkerFactory<Q, R> = () =>
    typeof Worker === 'undefined' ? null : (make() as JobWorker<Q, R>);
  return {
    spawn: () => {
      try {
        return factory?.() ?? null;
      } catch {
        return null; // Worker refused outright: compute on the page
      }
    },
    swap: (f) => {
      factory = f;
    },
    current: () => factory,
  };
}
