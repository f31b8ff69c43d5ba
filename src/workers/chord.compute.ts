/**
 * The heavy Chord build, as the worker runs it (tests run it through a fake worker): parse,
 * build with progress, then stream the timeline in pieces (workers/graphStream/) and answer.
 *   in:  { id, scenario, from?, session? }      (raw scenario JSON, validated here)
 *   out: { id, progress } …                     (0..1, at most every 50 ms)
 *        { id, chunk } …                        (the timeline's pieces, each with its session)
 *        { id, ok: true, result: { parsed, timeline: null, checks, extended }, ms }
 *      | { id, ok: false, error, scenarioError }
 *
 * The server keeps the last run it built (see KeptRun). An action on a big ring (Stabilize on
 * 100,000 nodes) asks with `from` (the index of its op) and the session of the pieces the page
 * holds: when the run kept here is the same scenario up to some op, only the ops after that are
 * run again, from the frame kept after it, and only the action's own steps are sent, as
 * references to the objects the page already has ("extended"). Anything else is a full build,
 * in a new session.
 */
import {
  baseFrame,
  checkFrame,
  continueChordRun,
  parseChordScenario,
  withSteps,
  type CheckResult,
  type ChordFrame,
  type ChordScenario,
} from '../engine/chord';
import { isRecord } from '../engine/scenario/errors';
import type { Step } from '../engine/timeline';
import { framesToCheck } from '../store/chord/checks';
import { GraphEncoder } from './graphStream/encoder';
import type { GraphPiece } from './graphStream/piece';
import type { BuildReply, BuildRequest, BuildResult } from '../store/chord/heavy';
import { answer } from '../store/jobs';

/** building is most of the work; sending the pictures the rest */
const BUILD_SHARE = 0.8;
/** items per piece: a few milliseconds of decoding on the page */
export const PIECE = 10_000;

/** The run this worker built last, and the encoder that sent it (its ids are the page's). */
interface KeptRun {
  readonly session: number;
  readonly enc: GraphEncoder;
  /** the scenario without its steps, questions and view, as JSON */
  readonly head: string;
  /** each raw step as JSON */
  readonly raw: readonly string[];
  readonly parsed: ChordScenario;
  readonly base: ChordFrame;
  readonly steps: readonly Step<ChordFrame>[];
  /** starts[i]: the index of op i's first step (starts[ops] = steps.length) */
  readonly starts: readonly number[];
  /** the resting frame after each op */
  readonly ends: readonly ChordFrame[];
}

const headOf = (s: Record<string, unknown>): string => {
  const { steps: _s, questions: _q, view: _v, ...rest } = s;
  return JSON.stringify(rest);
};

function startsOf(steps: readonly Step<ChordFrame>[], ops: number): number[] {
  const starts: number[] = [];
  let p = 0;
  for (let i = 0; i <= ops; i++) {
    while (p < steps.length && (steps[p]!.op ?? 0) < i) p++;
    starts.push(p);
  }
  return starts;
}

/** One build server per worker: it keeps the last run between requests. */
export function createBuildServer(): (
  req: BuildRequest & { id: number },
  post: (m: BuildReply, transfer?: Transferable[]) => void,
  piece?: number,
  every?: number,
) => void {
  let kept: KeptRun | null = null;
  let sink: (chunk: GraphPiece) => void = () => {};
  const verdicts = new WeakMap<ChordFrame, CheckResult>();

  /** the kept run carried on to `scenario`, or null when it is not the same run up to `from` */
  const extend = (
    k: KeptRun,
    scenario: unknown,
    from: number,
    progress: (f: number) => void,
  ): Omit<KeptRun, 'session' | 'enc'> | null => {
    if (!isRecord(scenario) || !Array.isArray(scenario.steps)) return null;
    const head = headOf(scenario);
    if (head !== k.head) return null;
    const rawSteps = scenario.steps as unknown[];
    const raw = rawSteps.map((st) => JSON.stringify(st));
    let same = 0;
    while (same < Math.min(from, k.raw.length) && raw[same] === k.raw[same]) same++;
    const parsed = withSteps(k.parsed, rawSteps.slice(0, same), rawSteps, scenario.questions);
    const run = continueChordRun(parsed, same === 0 ? k.base : k.ends[same - 1]!, same, progress);
    const steps = [...k.steps.slice(0, k.starts[same]), ...run.steps];
    const ends = [...k.ends.slice(0, same), ...run.ends];
    return { head, raw, parsed, base: k.base, steps, starts: startsOf(steps, ends.length), ends };
  };

  return ({ id, scenario, from, session }, post, piece = PIECE, every = 50) => {
    let last = -Infinity;
    let encoding = false;
    const tell = (p: number) => {
      const now = performance.now();
      if (now - last >= every) {
        last = now;
        post({ id, progress: p });
      }
    };
    const reply = answer(id, (): BuildResult => {
      const building = (f: number) => tell(f * BUILD_SHARE);
      const carried =
        kept !== null && from !== undefined && session === kept.session
          ? extend(kept, scenario, from, building)
          : null;
      let run: KeptRun;
      if (carried !== null && kept !== null)
        run = { ...carried, session: kept.session, enc: kept.enc };
      else {
        const parsed = parseChordScenario(scenario);
        const base = baseFrame(parsed);
        const r = continueChordRun(parsed, base, 0, building, parsed.nodes.length / 2);
        const rawSteps = isRecord(scenario) && Array.isArray(scenario.steps) ? scenario.steps : [];
        run = {
          session: Math.floor(Math.random() * 2 ** 31) + 1,
          enc: new GraphEncoder(piece, (chunk) => sink(chunk)),
          head: headOf(scenario as Record<string, unknown>),
          raw: rawSteps.map((st) => JSON.stringify(st)),
          parsed,
          base,
          steps: r.steps,
          starts: startsOf(r.steps, r.ends.length),
          ends: r.ends,
        };
      }
      const all: object[] =
        carried !== null ? run.steps.slice(run.starts[from!]) : [run.base, ...run.steps];
      let sent = 0;
      sink = (chunk) => {
        post({ id, chunk: { ...chunk, session: run.session } }, [
          chunk.tags.buffer,
          chunk.nums.buffer,
        ]);
        tell(BUILD_SHARE + ((1 - BUILD_SHARE) * sent) / all.length);
      };
      encoding = true;
      for (const value of all) {
        run.enc.push(value);
        sent++;
      }
      run.enc.flush();
      encoding = false;
      // kept from here on: the page holds its objects, as the encoder's ids
      kept = run;
      // big rings: the checker's verdicts on the first and last pictures, computed here once
      const frameAt = (k: number) => (k === 0 ? run.base : run.steps[k - 1]!.state);
      const checks = framesToCheck(run.steps.length, run.base.ids.length).map(
        (k): [number, CheckResult] => {
          const f = frameAt(k);
          let v = verdicts.get(f);
          if (v === undefined) verdicts.set(f, (v = checkFrame(f, run.parsed.routing)));
          return [k, v];
        },
      );
      return { parsed: run.parsed, timeline: null, checks, extended: carried !== null };
    });
    // an encoder that stopped mid-way no longer knows what the page has
    if (!reply.ok && encoding) kept = null;
    post(reply);
  };
}
