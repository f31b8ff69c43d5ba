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

/** What a worker posts back; every reply names the request it answers. */
export type JobReply<R> =
  | { readonly id: number; readonly progress: number }
  /** a piece of a result too big for one message (see workers/graphStream/), in order */
  | { readonly id: number; readonly chunk: unknown }
  | { readonly id: number; readonly ok: true; readonly result: R; readonly ms: number }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: string;
      readonly scenarioError?: boolean;
    };

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
    const t0 = performance.now();
    let result: R;
    try {
      result = options.compute(request, (f) => handlers.progress?.(f));
    } catch (e) {
      if (id !== seq) return;
      const scenarioError = e instanceof Error && e.name === 'ScenarioError';
      handlers.fail(e instanceof Error ? e.message : String(e), scenarioError);
      return;
    }
    if (id === seq) handlers.done(result, performance.now() - t0);
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
        if (m.ok) handlers.done(m.result, m.ms);
        else handlers.fail(m.error, m.scenarioError === true);
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
