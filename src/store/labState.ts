/**
 * The lab contract's state side: what every lab's store holds and offers (createLabStore in
 * lab.ts makes one), and what a lab configures.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { LabId } from './labId';
import type { JsonObject } from '../engine/scenario/json';
import type { BaseView, ViewChecks } from './view';
import type { HeavyBuilder, JobActions, LabJob } from './labJob';
import type { Question } from '../engine/quiz';
import type { Answers, LabQuiz, QuizActions } from './quiz';
import type { Timeline } from '../engine/timeline';

/** A lab's scenario as JSON: exactly what is shared, exported and autosaved. */
export type ScenarioJson = JsonObject;

export interface LabConfig<Sc, S, V extends BaseView = BaseView> {
  lab: LabId;
  /** the scenario "kind" this lab accepts */
  kind: string;
  /** validates raw JSON; throws ScenarioError with a sentence naming the problem */
  parse(raw: unknown): Sc;
  /** runs the engine: the whole timeline of the scenario, cursor at 0 */
  build(scenario: Sc): Timeline<S>;
  /** the lab's meaningful first look */
  defaultScenario(): ScenarioJson;
  /** checks for the view fields the lab reads, given the loaded run (see view.ts) */
  viewChecks(parsed: Sc, timeline: Timeline<S>): ViewChecks<V>;
  /** builds runs too heavy for the page in a worker (store/chord/heavy.ts, byzantine/compute.ts) */
  heavy?: HeavyBuilder<Sc, S>;
  /** the questions Predict asks in this lab (store/quiz.ts) */
  quiz?: LabQuiz<S>;
}

export interface LabState<Sc, S, V extends BaseView = BaseView> extends QuizActions, JobActions {
  readonly lab: LabId;
  /** the scenario "kind" this lab accepts (its config's) */
  readonly kind: string;
  /** the validated scenario JSON (without view state) */
  scenario: ScenarioJson;
  /** the parsed scenario, as the engine sees it */
  parsed: Sc;
  timeline: Timeline<S>;
  /** the scenario's questions, made from its run (Predict asks them; see store/quiz.ts) */
  questions: readonly Question[];
  /** the answers given, by step */
  answers: Answers;
  /** the step whose answer was put away to ask the next question (store/quiz.ts) */
  dismissed: number | null;
  /** shareable UI state of the lab (selection, open panels); the cursor is added on export */
  view: V;
  playing: boolean;
  speed: number;
  /** the last bad input, shown in role="alert" until dismissed or replaced */
  error: string | null;
  /** a short confirmation ("Link copied") */
  notice: string | null;
  /** the work being done off the page (a heavy run, a search), or null */
  job: LabJob | null;

  forward(): void;
  back(): void;
  jump(k: number): void;
  restart(): void;
  /** jump to the last step (the End key) */
  end(): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  /** advance during play; stops playing at the end */
  tick(): void;
  setSpeed(speed: number): void;
  /**
   * Validates and loads a scenario; on bad input reports it and keeps the current state. A
   * heavy one is built in the worker (true = started): `settled` hears how it ended.
   */
  load(raw: unknown, source?: string, settled?: (ok: boolean, why: string | null) => void): boolean;
  /**
   * Builds a scenario JSON in the worker when the lab says it is heavy (from its step `from`
   * on), else here; `then` gets the run. False when it was heavy (then runs later, or never).
   */
  build(
    raw: ScenarioJson,
    then: (parsed: Sc, timeline: Timeline<S>) => void,
    from?: number,
  ): boolean;
  /** stops the job (the heavy run being built): the state shown stays */
  cancelJob(): void;
  /** back to the lab's default scenario (the way out of a state that crashed a view) */
  reset(): void;
  /** lab actions commit an already-valid scenario and its timeline */
  commit(scenario: ScenarioJson, parsed: Sc, timeline: Timeline<S>): void;
  setView(patch: Partial<V>): void;
  report(error: unknown): void;
  dismissError(): void;
  notify(message: string | null): void;
  /** the scenario JSON with the view state and cursor: what a link or an export carries */
  snapshot(): ScenarioJson;
}

export type LabStore<Sc, S, X = object, V extends BaseView = BaseView> = StoreApi<
  LabState<Sc, S, V> & X
>;
