import {
  BYZANTINE_BASE,
  buildByzantineTimeline,
  omMessageCount,
  parseByzantineScenario,
  type ByzantineRun,
  type ByzantineScenario,
  type ByzFrame,
  type ByzTimeline,
} from '../../engine/byzantine';
import { fail, isRecord } from '../../engine/scenario/errors';
import { createTimeline, type Timeline } from '../../engine/timeline';
import type { LiteInfo, StepBy } from '../../workers/byzantine.compute';
import type { ScenarioJson } from '../lab';

/** What the UI animates at most: above this a run is refused with a clear message. */
export const MAX_UI_MESSAGES = 250_000;
/** Up to this many messages a run is built on the main thread (a few milliseconds). */
export const SYNC_MESSAGES = 4_000;

/** The lab's meaningful first look: OM(1), 4 generals, general 3 lies. */
export const DEFAULT_SCENARIO: ScenarioJson = { ...BYZANTINE_BASE, traitors: { '3': 'opposite' } };

// ---- the run behind a timeline --------------------------------------------------------------

const runs = new WeakMap<
  ByzFrame,
  { run: ByzantineRun; granularity: StepBy; lite: LiteInfo | null }
>();

/** The run a timeline was built from (every frame refers to it by message index). */
export function runOf(t: Timeline<ByzFrame>): ByzantineRun {
  const r = runs.get(t.base);
  if (!r) throw new Error('timeline without a run');
  return r.run;
}

/** The granularity actually used ('auto' resolved; oversized 'message' downgraded). */
export function granularityOf(t: Timeline<ByzFrame>): StepBy {
  return runs.get(t.base)?.granularity ?? 'message';
}

/** Set when the run came back from the worker lightened (deep levels summed, trees cut). */
export function liteOf(t: Timeline<ByzFrame>): LiteInfo | null {
  return runs.get(t.base)?.lite ?? null;
}

export function toTimeline(b: ByzTimeline, lite: LiteInfo | null = null): Timeline<ByzFrame> {
  runs.set(b.base, { run: b.run, granularity: b.granularity, lite });
  return createTimeline(b.base, b.steps);
}

/** Upper bound of a run's message slots (SM never sends more than OM). */
export function estimateMessages(s: Pick<ByzantineScenario, 'generals' | 'm'>): number {
  return omMessageCount(s.generals, s.m);
}

/** The engine's parser plus the classroom cap on size. */
export function parseScenario(raw: unknown): ByzantineScenario {
  const s = parseByzantineScenario(raw);
  const count = estimateMessages(s);
  if (s.algorithm === 'OM' && count > MAX_UI_MESSAGES) {
    fail(
      `${s.algorithm}(${s.m}) with ${s.generals} generals sends ${count.toLocaleString('en-US')} messages, ` +
        `more than this view can show (${MAX_UI_MESSAGES.toLocaleString('en-US')}); lower m or the number of generals.`,
    );
  }
  return s;
}

export function stepByOf(view: unknown): StepBy | 'auto' {
  if (!isRecord(view)) return 'auto';
  return view.stepBy === 'message' || view.stepBy === 'round' ? view.stepBy : 'auto';
}

/** The synchronous build (links, autosave, small runs): big runs are stepped per round. */
export function buildTimeline(s: ByzantineScenario, stepBy: StepBy | 'auto'): Timeline<ByzFrame> {
  return toTimeline(buildByzantineTimeline(s, { granularity: stepBy }));
}
