import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LabId } from './labId';
import { ScenarioError, isRecord } from '../engine/scenario/errors';
import type { JsonObject } from '../engine/scenario/json';
import { viewNotice, type BaseView } from './view';
import { jobControl } from './labJob';
import { keepAnswers, nextQuestion, quizActions, specsOf } from './quiz';
import { atEnd, back, forward, jump, restart, type Timeline } from '../engine/timeline';
import type { LabConfig, LabState, LabStore, ScenarioJson } from './labState';
import type { HeavyPlan } from './labJob';
import { prepare, prepareBuilt, stripView } from './prepare';

export type { ScenarioJson, LabConfig, LabState, LabStore } from './labState';
export type { HeavyBuilder, HeavyPlan, JobTask, LabJob } from './labJob';
export { computingOf, pendingOf } from './labJob';

type Set<Sc, S, X, V extends BaseView> = StoreApi<LabState<Sc, S, V> & X>['setState'];
type Get<Sc, S, X, V extends BaseView> = StoreApi<LabState<Sc, S, V> & X>['getState'];

export function messageOf(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error instanceof ScenarioError) return error.message;
  if (error instanceof Error) return `Something went wrong: ${error.message}`;
  return `Something went wrong: ${String(error)}`;
}

/**
 * One store per lab, created by a factory (React Flow's createStore pattern). The player
 * actions are shared; `extra` adds the lab's own actions, which call the engine and then
 * `commit`.
 */
export function createLabStore<Sc, S, X extends object, V extends BaseView>(
  config: LabConfig<Sc, S, V>,
  extra: (set: Set<Sc, S, X, V>, get: Get<Sc, S, X, V>) => X = () => ({}) as X,
): LabStore<Sc, S, X, V> {
  const { problems: _none, ...initial } = prepare(config, config.defaultScenario());

  return createStore<LabState<Sc, S, V> & X>()((set, get) => {
    // set() over a generic intersection cannot be checked by TS; patches are typed here instead.
    const patch = (p: Partial<LabState<Sc, S, V>>) => set(p as Partial<LabState<Sc, S, V> & X>);
    const move = (f: (t: Timeline<S>) => Timeline<S>) =>
      patch({ timeline: f(get().timeline), dismissed: null });
    const quiz = quizActions(config.quiz, { get, patch });
    /** the player is at an unanswered question: it does not move on past it */
    const asking = () => nextQuestion(get()) !== null;
    const { runJob, endJob } = jobControl(get, patch);
    /** a heavy build as the lab's job; the controls show `json` (without its view) meanwhile */
    const runPlan = (
      plan: HeavyPlan<Sc, S>,
      json: ScenarioJson,
      then: (r: { parsed: Sc; timeline: Timeline<S> }) => void,
      failed?: (why: string) => void,
    ) => {
      const job = { label: plan.label, shown: plan.shown, scenario: stripView(json) };
      runJob(job, plan.task, then, failed);
    };
    const base: LabState<Sc, S, V> = {
      lab: config.lab,
      kind: config.kind,
      ...initial,
      answers: {},
      dismissed: null,
      ...quiz,
      playing: false,
      speed: 1,
      error: null,
      notice: null,
      job: null,

      // A manual step takes over from play, in either direction (play advances with tick).
      // At a question, "forward" (→, PageDown: a presenter remote) reveals it unanswered.
      forward: () => {
        patch({ playing: false });
        if (asking()) quiz.advanceQuiz();
        else move(forward);
      },
      back: () => {
        patch({ playing: false });
        move(back);
      },
      jump: (k) => move((t) => jump(t, k)),
      restart: () => {
        patch({ playing: false });
        move(restart);
      },
      end: () => {
        patch({ playing: false });
        move((t) => jump(t, t.steps.length));
      },
      play: () => {
        if (asking()) return quiz.advanceQuiz();
        const t = get().timeline;
        // Play at the end replays from the start, as a video player does.
        if (atEnd(t)) patch({ timeline: restart(t) });
        patch({ playing: get().timeline.steps.length > 0 });
      },
      pause: () => patch({ playing: false }),
      togglePlay: () => (get().playing ? get().pause() : get().play()),
      tick: () => {
        const t = get().timeline;
        if (atEnd(t) || asking()) patch({ playing: false });
        else patch({ timeline: forward(t), playing: !atEnd(forward(t)), dismissed: null });
      },
      setSpeed: (speed) => patch({ speed: Math.min(8, Math.max(0.25, speed)) }),
      load: (raw, source = 'scenario', settled) => {
        try {
          if (isRecord(raw) && raw.kind !== undefined && raw.kind !== config.kind) {
            throw new ScenarioError(
              `This ${source} is a "${String(raw.kind)}" scenario; the ${labName(config.lab)} lab takes "${config.kind}".`,
            );
          }
          const json = raw as ScenarioJson;
          // a saved copy still building is replaced: whoever started it hears why
          endJob(`a ${source} was opened before it finished loading`);
          const show = (parsed: Sc, built: Timeline<S>): boolean => {
            try {
              const { problems, ...prepared } = prepareBuilt(config, json, parsed, built);
              patch({ ...prepared, answers: {}, dismissed: null, playing: false, error: null });
              get().notify(viewNotice(source, problems));
              settled?.(true, null);
              return true;
            } catch (e) {
              // a question that does not fit the run, found once it is built (maybe later)
              get().report(e);
              settled?.(false, messageOf(e));
              return false;
            }
          };
          let parsedOnce: Sc | undefined; // a lab that plans from the parsed run parses it once
          const parse = () => (parsedOnce ??= config.parse(raw));
          const plan = config.heavy?.plan(json, parse) ?? null;
          if (plan !== null) {
            let failedNow = false; // built inline (no worker) and failed: say so at once
            runPlan(
              plan,
              json,
              (r) => void show(r.parsed, r.timeline),
              (why) => {
                failedNow = true;
                settled?.(false, why);
              },
            );
            return !failedNow;
          }
          endJob('a change was made before it finished loading');
          const parsed = parse();
          return show(parsed, config.build(parsed));
        } catch (e) {
          get().report(e);
          settled?.(false, messageOf(e));
          return false;
        }
      },
      build: (raw, then, from) => {
        let parsedOnce: Sc | undefined;
        const parse = () => (parsedOnce ??= config.parse(raw));
        const shown = from === undefined ? undefined : { from, timeline: get().timeline };
        const plan = config.heavy?.plan(raw, parse, shown) ?? null;
        if (plan !== null) {
          runPlan(plan, raw, (r) => then(r.parsed, r.timeline));
          return false;
        }
        const parsed = parse();
        then(parsed, config.build(parsed));
        return true;
      },
      runJob,
      cancelJob: () => {
        if (!get().job) return;
        endJob('loading it was cancelled');
        get().notify('Cancelled: what is shown has not changed.');
      },
      reset: () => {
        endJob('a change was made before it finished loading');
        const { problems: _none, ...fresh } = prepare(config, config.defaultScenario());
        patch({ ...fresh, answers: {}, dismissed: null, playing: false, error: null });
      },
      commit: (scenario, parsed, timeline) => {
        // an action on the state shown wins over a run still being built
        endJob('a change was made before it finished loading');
        // the user changed the run: questions that no longer fit it are dropped
        const json = stripView(scenario);
        const fit = config.quiz?.fit(specsOf(json), timeline) ?? { kept: [], questions: [] };
        if (fit.kept.length > 0) json.questions = fit.kept;
        else delete json.questions;
        const { questions, answers } = get();
        patch({
          scenario: json,
          parsed,
          timeline,
          questions: fit.questions,
          answers: keepAnswers(answers, questions, fit.questions),
          dismissed: null,
          error: null,
        });
      },
      setView: (changes) => patch({ view: { ...get().view, ...changes } }),
      report: (error) => patch({ error: messageOf(error), playing: false }),
      dismissError: () => patch({ error: null }),
      notify: (notice) => patch({ notice }),
      snapshot: () => {
        const { scenario, view, timeline } = get();
        // a view holds only JSON values (its fields are typed by V, checked on load); a generic V
        // cannot be shown to be a JSON object, so this is the one cast from view to JSON
        return { ...scenario, view: { ...view, cursor: timeline.cursor } as unknown as JsonObject };
      },
    };
    return { ...base, ...extra(set, get) };
  });
}

/** A lab's name: its tab, and the lab in messages. */
export function labName(lab: LabId): string {
  return lab === 'dht' ? 'DHT ring' : lab === 'paxos' ? 'Paxos' : 'Byzantine generals';
}
