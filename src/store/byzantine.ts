/**
 * The Byzantine lab's store: the shared player (createLabStore) plus the lab's own actions.
 * Every action validates first (bad input → report(), state kept), builds the new scenario
 * JSON, rebuilds the run (a config change starts a new run at cursor 0) and commits.
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
  stepByOf,
  buildTimeline,
  runOf,
} from './byzantine/run';
import { labQuiz } from './quiz';
import { BYZANTINE_QUIZ, suggestByzantineQuestions } from '../engine/byzantine/quiz';
import { buildTask, byzantineHeavy, byzantineTask, computeLabel } from './byzantine/compute';
import type { ByzantineExtra, ByzantineView } from './byzantine/types';
import { boolean, oneOf, wholeNumber } from './view';
import {
  editAssumption,
  editDelay,
  editGenerals,
  editStrategy,
  editTraitor,
  traitorsOf,
} from './byzantine/edits';

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
    // the controls show the run being computed, if any: a change builds on it
    const current = (): ScenarioJson => ({ ...(pendingOf(get()) ?? get().scenario) });

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
      get().runJob({ label, shown: 'status', scenario: json }, buildTask(parsed, stepBy()), (r) => {
        // an error reported while the worker computed (a later bad input) stays on screen
        const error = get().error;
        show(r.timeline);
        if (error) set({ error });
      });
    };

    const change = (edit: (json: ScenarioJson) => void): void => {
      // a new run plays: the "Three generals" explainer is about another one
      if (get().view.stage === 'lesson') get().setView({ stage: undefined });
      try {
        const json = current();
        edit(json);
        const parsed = parseScenario(json);
        rebuild(json, parsed);
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

      setGenerals: (n) => change((json) => editGenerals(json, n)),
      // m is checked once, by the engine's parser (its sentence names the rounds and the range)
      setM: (m) =>
        change((json) => {
          json.m = m;
        }),
      setOrder: (order) =>
        change((json) => {
          json.order = order;
        }),
      setAlgorithm: (algorithm) =>
        change((json) => {
          json.algorithm = algorithm;
        }),
      setTraitor: (general, traitor) => change((json) => editTraitor(json, general, traitor)),
      toggleTraitor: (general) => {
        const traitors = traitorsOf(current());
        get().setTraitor(general, traitors[String(general)] === undefined);
      },
      setStrategy: (general, strategy) => change((json) => editStrategy(json, general, strategy)),
      setStepBy: (g) => {
        get().setView({ stepBy: g });
        try {
          const json = current();
          const parsed = parseScenario(json);
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
        const json: ScenarioJson = { ...s, traitors: { ...s.traitors } };
        get().setView({ stage: undefined, selected: 1 });
        rebuild(json, parseScenario(json));
      },
      setAssumption: (key, on) => {
        let notice: string | null = null;
        change((json) => {
          notice = editAssumption(json, key, on);
        });
        if (notice) get().notify(notice);
      },
      loadScenario: (scenario) => {
        const json: ScenarioJson = { ...scenario };
        get().setView({ stage: undefined });
        try {
          rebuild(json, parseScenario(json));
        } catch (e) {
          get().report(e);
        }
      },
      delayMessage: (m) => {
        let notice = '';
        change((json) => (notice = editDelay(json, m)));
        if (notice) get().notify(notice);
      },
      findCounterexample: (traitors) => {
        let parsed: ByzantineScenario;
        try {
          parsed = parseScenario(current());
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
