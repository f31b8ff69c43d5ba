/**
 * The Paxos lab's store: the shared player (createLabStore) plus the lab's own actions. A run is
 * its schedule: acting in the middle of one (crash an acceptor, drop a message, hack one) replans
 * the rest of the schedule around the action (engine/paxos/replan.ts) and keeps the history
 * before the cursor exactly as it was. The violation search runs in a Web Worker.
 */
import {
  PAXOS_BASE,
  acceptorId,
  findViolation,
  parsePaxosScenario,
  replan,
  runPaxos,
  verdictsOf,
  MAX_ACCEPTORS,
  type Fault,
  type PaxosRun,
  type PaxosScenario,
  type PaxosState,
  type PaxosStep,
  type ScheduleEntry,
  type SearchResult,
  type Verdicts,
} from '../engine/paxos';
import { fail } from '../engine/scenario/errors';
import { createTimeline, jump, type Timeline } from '../engine/timeline';
import { createLabStore, type ScenarioJson } from './lab';
import { createJobRunner, workerSlot, type JobWorker } from './jobs';
import { oneOf, type BaseView } from './view';
import { labQuiz } from './quiz';
import { PAXOS_QUIZ, suggestPaxosQuestions } from '../engine/paxos/quiz';

/** One picture: the whole state after a step, its verdicts, and the step that made it. */
export interface PaxosFrame {
  readonly state: PaxosState;
  readonly verdicts: Verdicts;
  readonly step: PaxosStep | null;
}

/** The lab's first look: three acceptors, two proposers, a lossy network, nobody hacked. */
export const DEFAULT_SCENARIO: ScenarioJson = { ...PAXOS_BASE, seed: 2, faults: {}, loss: 0.1 };

/** The lab's timeline carries the run it shows, so the two live together in the store. */
export interface PaxosTimeline extends Timeline<PaxosFrame> {
  readonly run: PaxosRun;
}

/** The run a timeline shows (every frame's state comes from it). */
export function runOf(t: Timeline<PaxosFrame>): PaxosRun {
  if (!('run' in t)) throw new Error('timeline without a run');
  return (t as PaxosTimeline).run;
}

export function toTimeline(run: PaxosRun): PaxosTimeline {
  const q = run.scenario.quorum;
  const base: PaxosFrame = { state: run.base, verdicts: verdictsOf(run.base, q), step: null };
  let ballot = 0;
  const steps = run.steps.map((st) => {
    ballot = Math.max(ballot, ...st.state.proposers.map((p) => p.ballot));
    return {
      type: st.type,
      text: st.text,
      state: { state: st.state, verdicts: st.verdicts, step: st },
      op: st.entry,
      group: ballot > 0 ? `ballot ${ballot}` : undefined,
    };
  });
  return { ...createTimeline(base, steps), run };
}

export function buildTimeline(s: PaxosScenario): Timeline<PaxosFrame> {
  return toTimeline(runPaxos(s));
}

/** Schedule entries the first `cursor` steps applied (crash faults are not entries). */
export function entriesBefore(t: Timeline<PaxosFrame>, cursor = t.cursor): number {
  let n = 0;
  for (let k = 0; k < cursor; k++) if ((t.steps[k]?.op ?? -1) >= 0) n++;
  return n;
}

export interface PaxosSearchReport {
  readonly found: boolean;
  readonly text: string;
  readonly explored: number;
}

/** The Paxos lab's view: the selected acceptor and the open panel. */
export interface PaxosView extends BaseView {
  /** an acceptor id (A1, A2, …) */
  selected?: string | null;
  panel?: 'bound' | null;
}

export interface PaxosExtra {
  search: PaxosSearchReport | null;
  setAcceptors(n: number): void;
  setQuorum(q: number): void;
  setLoss(loss: number): void;
  /** a fresh schedule from the next seed */
  newRun(): void;
  /** honest (null) or a Byzantine strategy: the schedule is replayed on the changed acceptor */
  setFault(acceptor: string, fault: Fault | null): void;
  /** crashes the acceptor at the cursor: the rest of the run is replanned without it */
  crashNow(acceptor: string): void;
  /** drops an in-flight message at the cursor */
  drop(message: number): void;
  select(acceptor: string | null): void;
  findViolation(): void;
}

/** What the search worker is asked (workers/paxos.worker.ts runs the engine's findViolation). */
export interface PaxosSearchRequest {
  readonly scenario: PaxosScenario;
}

/** The search worker as the job runner sees it (tests pass a fake). */
export type SearchWorker = JobWorker<PaxosSearchRequest, SearchResult>;

/** The violation search's worker (tests swap it: a fake, or null to search inline). */
export const paxosWorker = workerSlot<PaxosSearchRequest, SearchResult>(
  () => new Worker(new URL('../workers/paxos.worker.ts', import.meta.url), { type: 'module' }),
);

/** The violation search: the lab's job, on the one runner (inline without a worker). */
const searches = createJobRunner<PaxosSearchRequest, SearchResult>({
  worker: paxosWorker,
  compute: (req) => findViolation(req.scenario),
});

const toJson = (s: PaxosScenario): ScenarioJson => {
  const json: ScenarioJson = { ...s };
  delete json.view;
  delete json.find;
  return json;
};

export const paxosStore = createLabStore<PaxosScenario, PaxosFrame, PaxosExtra, PaxosView>(
  {
    lab: 'paxos',
    kind: 'paxos',
    parse: parsePaxosScenario,
    build: buildTimeline,
    defaultScenario: () => ({ ...DEFAULT_SCENARIO }),
    viewChecks: (parsed) => ({
      selected: oneOf(Array.from({ length: parsed.acceptors }, (_, i) => acceptorId(i))),
      panel: oneOf(['bound']),
    }),
    quiz: labQuiz('Paxos', PAXOS_QUIZ, runOf, suggestPaxosQuestions),
  },
  (set, get) => {
    /** Validates, runs and commits a new scenario; the cursor goes to `cursor`. */
    const commit = (
      json: ScenarioJson,
      cursor: number | ((t: Timeline<PaxosFrame>) => number) = 0,
    ) => {
      const parsed = parsePaxosScenario(json);
      const t = buildTimeline(parsed);
      const at = typeof cursor === 'number' ? cursor : cursor(t);
      get().commit(toJson(parsed), parsed, jump(t, at));
      set({ search: null });
    };
    const guard = (f: () => void) => {
      try {
        f();
      } catch (e) {
        get().report(e);
      }
    };
    const fresh = (edit: (json: ScenarioJson) => void) =>
      guard(() => {
        const json: ScenarioJson = { ...get().scenario };
        delete json.schedule;
        edit(json);
        commit(json);
      });
    /** The current run with a changed scenario and/or an action at the cursor. */
    const fork = (next: PaxosScenario, insert: ScheduleEntry | null): void => {
      const t = get().timeline;
      const run = runOf(t);
      const at = entriesBefore(t);
      const plan = replan(run, next, insert ? at : run.schedule.length, insert);
      const json = { ...toJson(next), schedule: plan.schedule };
      commit(json, (nt) => {
        if (!insert) return Math.min(t.cursor, nt.steps.length);
        const k = nt.steps.findIndex((s) => s.op === at);
        return k < 0 ? t.cursor : k + 1;
      });
      if (plan.skipped > 0) {
        get().notify(
          `${plan.skipped} later step${plan.skipped === 1 ? '' : 's'} of the old schedule no longer apply and were left out.`,
        );
      }
    };

    return {
      search: null,
      setAcceptors: (n) =>
        fresh((json) => {
          if (!Number.isInteger(n) || n < 1 || n > MAX_ACCEPTORS) {
            fail(`The number of acceptors must be a whole number from 1 to ${MAX_ACCEPTORS}.`);
          }
          json.acceptors = n;
          json.quorum = Math.floor(n / 2) + 1;
          const faults: Record<string, Fault> = {};
          for (const [id, f] of Object.entries(get().parsed.faults)) {
            if (Number(id.slice(1)) <= n) faults[id] = f;
          }
          json.faults = faults;
        }),
      setQuorum: (q) =>
        fresh((json) => {
          const n = get().parsed.acceptors;
          if (!Number.isInteger(q) || q < 1 || q > n) {
            fail(`The quorum must be a whole number from 1 to the ${n} acceptors.`);
          }
          json.quorum = q;
        }),
      setLoss: (loss) =>
        fresh((json) => {
          json.loss = loss;
        }),
      newRun: () =>
        fresh((json) => {
          json.seed = ((get().parsed.seed + 1) >>> 0) % 0xffffffff;
        }),
      setFault: (acceptor, fault) =>
        guard(() => {
          const s = get().parsed;
          const faults = { ...s.faults };
          if (fault) faults[acceptor] = fault;
          else delete faults[acceptor];
          fork(parsePaxosScenario({ ...toJson(s), faults }), null);
        }),
      crashNow: (acceptor) =>
        guard(() => {
          const st =
            get().timeline.cursor === 0
              ? get().timeline.base
              : get().timeline.steps[get().timeline.cursor - 1]!.state;
          if (st.state.acceptors.find((a) => a.id === acceptor)?.crashed) {
            fail(`${acceptor} has already crashed.`);
          }
          fork(get().parsed, { crash: acceptor });
        }),
      drop: (message) => guard(() => fork(get().parsed, { drop: message })),
      select: (acceptor) => get().setView({ selected: acceptor ?? undefined }),
      findViolation: () => {
        const s = get().parsed;
        set({ error: null });
        get().runJob<SearchResult>(
          {
            label: 'Searching every schedule for one that chooses two values…',
            shown: 'status',
            scenario: null,
          },
          { start: (h) => searches.start({ scenario: s }, h), cancel: () => searches.cancel() },
          (r) => {
            const report = { found: r.found, text: r.text, explored: r.explored };
            if (r.found) {
              guard(() => commit({ ...toJson(s), schedule: r.schedule }));
              get().notify(r.text);
            }
            set({ search: report });
          },
        );
      },
    };
  },
);
