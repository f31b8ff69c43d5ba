/**
 * The Byzantine lab's store: the shared player (createLabStore) plus the lab's own actions.
 * Every control is a typed edit of the typed scenario (byzantine/edits.ts), checked as it is
 * applied (bad input → report(), state kept); the run is rebuilt (a config change starts a new
 * run at cursor 0) and committed with the scenario's JSON, written for saving and sharing.
 *
 * Small runs are built synchronously. Big ones (n = 13, m = 4 sends 108,384 messages) are built
 * in a Web Worker: the old picture stays, `computing` says what is being computed, and only the
 * newest request is committed (an older one still running is terminated).
 */
import {
  MAX_MESSAGE_STEPS,
  type ByzantineScenario,
  type ByzFrame,
  FIG1,
  FIG2,
} from '../engine/byzantine';
import type { StepBy } from '../engine/byzantine';
import { createLabStore, pendingOf, type ScenarioJson } from './lab';
import type { Timeline } from '../engine/timeline';
import {
  DEFAULT_SCENARIO,
  toTimeline,
  estimateMessages,
  parseScenario,
  fitsView,
  scenarioJson,
  stepByOf,
  buildTimeline,
  runOf,
} from './byzantine/run';
import { labQuiz } from './quiz';
import { BYZANTINE_QUIZ, suggestByzantineQuestions } from '../engine/byzantine/quiz';
import { buildTask, byzantineHeavy, byzantineTask, computeLabel } from './byzantine/compute';
import type { ByzantineExtra, ByzantineView } from './byzantine/types';
import { boolean, oneOf, wholeNumber } from './view';
import { applyEdit, type ByzantineEdit } from './byzantine/edits';

export type { StepBy };

export const byzantineStore = createLabStore<
  ByzantineScenario,
  ByzFrame,
  ByzantineExtra,
  ByzantineView
>(
  {
    lab: 'byzantine',
    kind: 'byzantine',
    parse: parseScenario,
    // links and autosave load synchronously: 'auto' steps big runs per round (cheap frames)
    build: (s) => buildTimeline(s, stepByOf(s.view)),
    heavy: byzantineHeavy,
    defaultScenario: () => ({ ...DEFAULT_SCENARIO }),
    viewChecks: (parsed) => ({
      selected: wholeNumber(parsed.generals - 1),
      stage: oneOf(['ring', 'tree', 'lesson']),
      stepBy: oneOf(['auto', 'message', 'round']),
      diagram: boolean,
    }),
    quiz: labQuiz(
      'Byzantine generals',
      BYZANTINE_QUIZ,
      (t) => ({ run: runOf(t), steps: t.steps }),
      suggestByzantineQuestions,
    ),
  },
  (set, get) => {
    const stepBy = (): StepBy | 'auto' => get().view.stepBy ?? 'auto';
    /** the run this store is computing off the page: its JSON and typed scenario */
    let building: { json: ScenarioJson; parsed: ByzantineScenario } | null = null;
    /**
     * The scenario the controls show, typed and as JSON: the run being computed, if any (a
     * change builds on it), else the run shown. A link still loading in the worker is read
     * here, once; the lab's own runs are already typed.
     */
    const current = (): { json: ScenarioJson; parsed: ByzantineScenario } => {
      const pending = pendingOf(get());
      const { json, parsed } =
        pending === null
          ? { json: get().scenario, parsed: get().parsed }
          : building?.json === pending
            ? building
            : { json: pending, parsed: parseScenario(pending) };
      const { view: _view, ...typed } = parsed;
      return { json, parsed: typed };
    };

    /** Rebuilds the run for a new scenario JSON; the cursor starts at 0. */
    const rebuild = (json: ScenarioJson, parsed: ByzantineScenario, after?: () => void): void => {
      const show = (timeline: Timeline<ByzFrame>) => {
        get().commit(json, parsed, timeline);
        set({ search: null });
        fixSelection();
        after?.();
      };
      const label = computeLabel(parsed);
      if (label === null) {
        try {
          show(buildTimeline(parsed, stepBy()));
        } catch (e) {
          get().report(e);
        }
        return;
      }
      set({ error: null });
      building = { json, parsed };
      get().runJob({ label, shown: 'status', scenario: json }, buildTask(parsed, stepBy()), (r) => {
        // an error reported while the worker computed (a later bad input) stays on screen
        const error = get().error;
        show(r.timeline);
        if (error) set({ error });
      });
    };

    /** Applies one typed edit to the scenario the controls show; its notice, if any, is said. */
    const change = (edit: ByzantineEdit): void => {
      // a new run plays: the "Three generals" explainer is about another one
      if (get().view.stage === 'lesson') get().setView({ stage: undefined });
      try {
        const { json, parsed } = current();
        const { scenario, notice } = applyEdit(parsed, edit);
        rebuild(scenarioJson(fitsView(scenario), json.questions), scenario);
        if (notice) get().notify(notice);
      } catch (e) {
        get().report(e);
      }
    };

    const fixSelection = (): void => {
      const sel = get().view.selected;
      if (typeof sel === 'number' && sel >= get().parsed.generals)
        get().setView({ selected: null });
    };

    return {
      search: null,

      // n and m are checked once, by the engine (its sentences name the field and the range)
      setGenerals: (n) => change({ edit: 'generals', n }),
      setM: (m) => change({ edit: 'm', m }),
      setOrder: (order) => change({ edit: 'order', order }),
      setAlgorithm: (algorithm) => change({ edit: 'algorithm', algorithm }),
      setTraitor: (general, traitor) => change({ edit: 'traitor', general, traitor }),
      toggleTraitor: (general) => {
        const traitors = current().parsed.traitors;
        get().setTraitor(general, traitors[String(general)] === undefined);
      },
      setStrategy: (general, strategy) => change({ edit: 'strategy', general, strategy }),
      setStepBy: (g) => {
        get().setView({ stepBy: g });
        try {
          const { json, parsed } = current();
          const count = estimateMessages(parsed);
          // the engine steps an oversized run by round anyway: say so rather than do nothing
          if (g === 'message' && count > MAX_MESSAGE_STEPS)
            get().notify(
              `${parsed.algorithm}(${parsed.m}) with ${parsed.generals} generals sends ` +
                `${count.toLocaleString('en-US')} messages: too many to step one by one ` +
                `(at most ${MAX_MESSAGE_STEPS.toLocaleString('en-US')}), so it steps by round.`,
            );
          rebuild(json, parsed);
        } catch (e) {
          get().report(e);
        }
      },
      select: (general) => get().setView({ selected: general }),
      setStage: (stage) => get().setView({ stage: stage === 'ring' ? undefined : stage }),
      loadFigure: (figure) => {
        const s = figure === 1 ? FIG1 : FIG2;
        get().setView({ stage: undefined, selected: 1 });
        rebuild(scenarioJson(s), s);
      },
      setAssumption: (key, on) => change({ edit: 'assumption', key, on }),
      loadScenario: (scenario) => {
        get().setView({ stage: undefined });
        try {
          rebuild(scenarioJson(fitsView(scenario)), scenario);
        } catch (e) {
          get().report(e);
        }
      },
      delayMessage: (message) => change({ edit: 'delay', message }),
      findCounterexample: (traitors) => {
        let parsed: ByzantineScenario;
        try {
          parsed = current().parsed;
        } catch (e) {
          get().report(e);
          return;
        }
        const label = `Searching for a counterexample to ${parsed.algorithm}(${parsed.m}) with ${parsed.generals} generals${traitors === undefined ? '' : ` and up to ${traitors} traitors`}…`;
        const req = { type: 'search', scenario: parsed, stepBy: stepBy(), traitors } as const;
        set({ error: null });
        get().runJob({ label, shown: 'status', scenario: null }, byzantineTask(req), (r) => {
          if (r.type !== 'search') return;
          const { result } = r;
          if (result.found && r.timeline) {
            const s = r.timeline.run.scenario;
            const json: ScenarioJson = { ...s, traitors: { ...s.traitors } };
            delete json.view;
            get().commit(json, s, toTimeline(r.timeline));
            get().setView({ stage: undefined });
            const text = `Counterexample found: ${result.text.replace(/^Counterexample:\s*/, '')}`;
            set({ search: { found: true, text } });
            get().notify(text);
          } else {
            set({ search: { found: false, text: result.text } });
            get().notify(result.text);
          }
        });
      },
    };
  },
);
export {
  MAX_UI_MESSAGES,
  SYNC_MESSAGES,
  DEFAULT_SCENARIO,
  runOf,
  granularityOf,
  liteOf,
  toTimeline,
  estimateMessages,
  parseScenario,
  buildTimeline,
} from './byzantine/run';
export { byzantineWorker } from './byzantine/worker';
export type { WorkerLike } from './byzantine/worker';
export type { StageMode, SearchReport, ByzantineExtra, ByzantineView } from './byzantine/types';
