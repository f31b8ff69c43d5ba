/**
 * Chord runs too heavy for the page (a link with 2,000 nodes × 1,000 rounds takes seconds; a
 * random ring of 100,000 nodes most of a second) are built in a worker, with progress and
 * Cancel: the state shown stays, and stays usable, until the new run arrives.
 *
 * Whether a run is heavy is estimated from its JSON alone, before anything is parsed, with the
 * budget's cost model (engine/chord/budget.ts) turned into milliseconds.
 */
import {
  chordCost,
  parseChordScenario,
  type CheckResult,
  type ChordScenario,
} from '../../engine/chord';
import type { ChordOp } from '../../engine/chord/operations';
import { isRecord } from '../../engine/scenario/errors';
import { createTimeline, stateAt } from '../../engine/timeline';
import { rememberCheck } from './checks';
import { GraphDecoder } from '../../workers/graphStream/decoder';
import type { GraphPiece } from '../../workers/graphStream/piece';
import {
  createJobRunner,
  workerSlot,
  type JobHandlers,
  type JobReply,
  type JobWorker,
} from '../jobs';
import type { HeavyBuilder } from '../lab';
import { buildTimeline, type ChordTimeline } from './scenario';
import type { ChordFrame } from '../../engine/chord';
import type { Step } from '../../engine/timeline';

/** a run estimated over this is built in the worker */
export const HEAVY_MS = 100;

export interface BuildRequest {
  scenario: unknown;
  /** an action on the run shown: the index of its op (the worker may extend its kept run) */
  from?: number;
  /** the session of the pieces the page holds (see workers/chord.compute.ts) */
  session?: number;
}
/** the worker streams the timeline in pieces and answers with timeline null */
export interface BuildResult {
  parsed: ChordScenario;
  timeline: ChordTimeline | null;
  /** the checker's verdicts on big frames (index 0 = base, k = after step k) */
  checks?: [number, CheckResult][];
  /** the pieces were only the steps of the ops from `from` on, to go after the run shown */
  extended?: boolean;
}
/** a piece of a streamed run, and the encoder session it belongs to */
export type SessionPiece = GraphPiece & { session: number };
export type BuildReply = JobReply<BuildResult>;
export type ChordWorker = JobWorker<BuildRequest, BuildResult>;

/** The DHT lab's build worker (tests swap it: a fake, or null to build inline). */
export const chordWorker = workerSlot<BuildRequest, BuildResult>(
  () => new Worker(new URL('../../workers/chord.worker.ts', import.meta.url), { type: 'module' }),
);

const num = (v: unknown, fallback: number) =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;

/**
 * Milliseconds a run of this JSON may take (with `from`: only its steps from that index on, as
 * when an action is added to a run already shown) on a laptop (an upper-end guess: stabilizing costs
 * about 10 µs per node and round, building a ring about 7 µs per node). 0 for JSON that is not
 * a Chord scenario (parsing it fails at once, on the page).
 */
export function estimateMs(raw: unknown, from?: number): number {
  if (!isRecord(raw)) return 0;
  const n =
    typeof raw.nodes === 'number' ? raw.nodes : Array.isArray(raw.nodes) ? raw.nodes.length : 0;
  const nodes = new Array<unknown>(Math.max(0, Math.min(10_000_000, Math.floor(num(n, 0)))));
  const steps = (Array.isArray(raw.steps) ? raw.steps : []).slice(from ?? 0).filter(isRecord);
  const cost = chordCost({
    nodes,
    bits: num(raw.bits, 32),
    skip: Math.max(1, num(raw.skip, 1)),
    routing: typeof raw.routing === 'string' ? raw.routing : 'finger',
    steps: steps.map(
      (st) =>
        ({
          op: st.op,
          rounds: Math.max(0, num(st.rounds, 1)),
          routing: typeof st.routing === 'string' ? st.routing : undefined,
        }) as ChordOp,
    ),
  });
  const ring = from === undefined ? cost.maxNodes * 0.007 : 0;
  return ring + cost.nodeRounds * 0.01 + cost.records * 0.0005 + cost.hops * 0.0002;
}

/** What the progress bar says while a heavy run builds. */
export function heavyLabel(raw: unknown, from?: number): string | null {
  if (estimateMs(raw, from) <= HEAVY_MS || !isRecord(raw)) return null;
  const n =
    typeof raw.nodes === 'number' ? raw.nodes : Array.isArray(raw.nodes) ? raw.nodes.length : 0;
  const steps = (Array.isArray(raw.steps) ? raw.steps : []).slice(from ?? 0).filter(isRecord);
  const rounds = steps.reduce((r, st) => r + (st.op === 'stabilize' ? num(st.rounds, 1) : 0), 0);
  // (toLocaleString's first call loads the locale data: a long task of its own)
  const fmt = (v: number) => String(Math.round(v)).replace(/\B(?=(\d{3})+$)/g, ',');
  if (from !== undefined && rounds > 0)
    return `Stabilizing ${fmt(n)} nodes${rounds > 1 ? ` × ${fmt(rounds)} rounds` : ''}…`;
  return (
    `Building a ring of ${fmt(n)} nodes` +
    (rounds > 0 ? `, ${fmt(rounds)} stabilization round${rounds === 1 ? '' : 's'}` : '') +
    (steps.length > 1 ? ` (${fmt(steps.length)} steps)` : '') +
    '…'
  );
}

/** The DHT lab's heavy builder: one runner, newest job wins, shown as the job bar. */
export function chordHeavy(): HeavyBuilder<ChordScenario, ChordFrame> {
  const jobs = createJobRunner<BuildRequest, BuildResult>({
    worker: chordWorker,
    compute: (req, progress) => {
      const parsed = parseChordScenario(req.scenario);
      return { parsed, timeline: buildTimeline(parsed, progress) };
    },
  });
  /** the pieces received from the worker's encoder so far: later runs refer to their objects */
  let stream: { session: number; decoder: GraphDecoder } | null = null;
  const start = (
    raw: unknown,
    h: JobHandlers<{ parsed: ChordScenario; timeline: ChordTimeline }>,
    shown?: { from: number; timeline: ChordTimeline },
  ): void => {
    stream?.decoder.roots.splice(0);
    jobs.start(
      { scenario: raw, from: shown?.from, session: shown ? stream?.session : undefined },
      {
        progress: h.progress,
        chunk: (piece) => {
          const p = piece as SessionPiece;
          if (stream?.session !== p.session)
            stream = { session: p.session, decoder: new GraphDecoder() };
          try {
            stream.decoder.add(p);
          } catch (e) {
            stream = null; // the worker ends here, and its session with it
            throw e;
          }
        },
        done: (r, ms) => {
          const roots = stream?.decoder.roots.splice(0) ?? [];
          let timeline: ChordTimeline;
          if (r.timeline) timeline = r.timeline;
          else if (r.extended && shown) {
            const t = shown.timeline;
            const kept = t.steps.slice(0, t.cursor);
            timeline = createTimeline(t.base, [...kept, ...(roots as Step<ChordFrame>[])]);
          } else {
            const [base, ...steps] = roots as [ChordFrame, ...Step<ChordFrame>[]];
            timeline = createTimeline(base, steps);
          }
          for (const [k, verdict] of r.checks ?? [])
            rememberCheck(stateAt(timeline, k), r.parsed.routing, verdict);
          h.done({ parsed: r.parsed, timeline }, ms);
        },
        fail: h.fail,
      },
    );
  };
  return {
    // estimated from the JSON alone: a heavy run is not even parsed on the page
    plan: (raw, _parse, shown) => {
      const label = heavyLabel(raw, shown?.from);
      if (label === null) return null;
      return {
        label,
        shown: 'bar',
        task: { start: (h) => start(raw, h, shown), cancel: () => jobs.cancel() },
      };
    },
  };
}
