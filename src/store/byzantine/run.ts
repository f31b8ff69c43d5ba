import {
  BYZANTINE_BASE,
  buildByzantineTimeline,
  omMessageCount,
  parseByzantineScenario,
  type ByzantineRun,
  type ByzantineScenario,
  type ByzFrame,
  type ByzTimeline,
  type LiteInfo,
} from '../../engine/byzantine';
import { fail, isRecord } from '../../engine/scenario/errors';
import { createTimeline, type Timeline } from '../../engine/timeline';
import type { StepBy } from '../../engine/byzantine';
import type { ScenarioJson } from '../lab';
import type { Json } from '../../engine/scenario/json';

/** What the UI animates at most: above this a run is refused with a clear message. */
export const MAX_UI_MESSAGES = 250_000;
/** Up to this many messages a run is built on the main thread (a few milliseconds). */
export const SYNC_MESSAGES = 4_000;

/** The lab's meaningful first look: OM(1), 4 generals, general 3 lies. */
export const DEFAULT_SCENARIO: ScenarioJson = { ...BYZANTINE_BASE, traitors: { '3': 'opposite' } };

// ---- the run behind a timeline --------------------------------------------------------------

/**
 * The lab's timeline carries the run its frames were built from (frames refer to its messages
 * by index), so the run lives in the store's state with the frames, and stepping, forking or
 * loading keeps the two together.
 */
export interface ByzantineTimeline extends Timeline<ByzFrame> {
  readonly run: ByzantineRun;
  /** the granularity actually used ('auto' resolved; oversized 'message' downgraded) */
  readonly granularity: StepBy;
  /** set when the run came back from the worker lightened (deep levels summed, trees cut) */
  readonly lite: LiteInfo | null;
}

function carried(t: Timeline<ByzFrame>): ByzantineTimeline {
  if (!('run' in t)) throw new Error('timeline without a run');
  return t as ByzantineTimeline;
}

/** The run a timeline was built from (every frame refers to it by message index). */
export const runOf = (t: Timeline<ByzFrame>): ByzantineRun => carried(t).run;

/** The granularity actually used ('auto' resolved; oversized 'message' downgraded). */
export const granularityOf = (t: Timeline<ByzFrame>): StepBy => carried(t).granularity;

/** Set when the run came back from the worker lightened (deep levels summed, trees cut). */
export const liteOf = (t: Timeline<ByzFrame>): LiteInfo | null => carried(t).lite;

export function toTimeline(b: ByzTimeline, lite: LiteInfo | null = null): ByzantineTimeline {
  return { ...createTimeline(b.base, b.steps), run: b.run, granularity: b.granularity, lite };
}

/** Upper bound of a run's message slots (SM never sends more than OM). */
export function estimateMessages(s: Pick<ByzantineScenario, 'generals' | 'm'>): number {
  return omMessageCount(s.generals, s.m);
}

/** The engine's parser plus the classroom cap on size. */
export function parseScenario(raw: unknown): ByzantineScenario {
  return fitsView(parseByzantineScenario(raw));
}

/**
 * A typed scenario as the JSON the lab saves and shares (parseScenario reads it back equal):
 * without its view, with the question points the lab's JSON kept (commit fits them to the run).
 */
export function scenarioJson(s: ByzantineScenario, questions?: Json): ScenarioJson {
  const { view: _view, questions: _questions, ...rest } = s;
  const json: ScenarioJson = { ...rest, traitors: { ...s.traitors } };
  if (questions !== undefined) json.questions = questions;
  return json;
}

/** The classroom cap on size: an OM run this view can animate. */
export function fitsView(s: ByzantineScenario): ByzantineScenario {
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
