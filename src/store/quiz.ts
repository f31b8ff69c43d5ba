/**
 * Predict-then-reveal in the shared player. The scenario's "questions" say where to stop; the
 * lab's quiz (its kinds, from the engine) makes each question from the run; the store keeps
 * the answers given, by step. What the player shows is a function of (cursor, answers), so
 * stepping back and forth shows exactly what it showed before.
 */
import {
  keepFitting,
  makeQuestions,
  parseQuestions,
  questionsAt,
  type Question,
  type QuestionSpec,
  type QuizKind,
} from '../engine/quiz';
import { fail } from '../engine/scenario/errors';
import { jump, type Timeline } from '../engine/timeline';
import type { ScenarioJson } from './lab';
import type { BaseView } from './view';

/** What a lab tells the player about its questions. */
export interface LabQuiz<S> {
  /** the questions of a run; a bad one throws a ScenarioError naming it */
  make(specs: readonly QuestionSpec[], t: Timeline<S>): Question[];
  /** the questions that still fit a changed run (the others are dropped) */
  fit(
    specs: readonly QuestionSpec[],
    t: Timeline<S>,
  ): { kept: QuestionSpec[]; questions: Question[] };
  /** every question that can be asked at step `at` ("Ask here") */
  at(t: Timeline<S>, at: number): Question[];
  /** default question points for a run with none */
  suggest(t: Timeline<S>): QuestionSpec[];
}

export function labQuiz<S, C>(
  lab: string,
  kinds: readonly QuizKind<C>[],
  context: (t: Timeline<S>) => C,
  suggest: (c: C) => QuestionSpec[],
): LabQuiz<S> {
  return {
    make: (specs, t) => makeQuestions(specs, kinds, context(t), t.steps.length, lab),
    fit: (specs, t) => keepFitting(specs, kinds, context(t), t.steps.length),
    at: (t, at) => (at > t.steps.length ? [] : questionsAt(kinds, context(t), at)),
    suggest: (t) => suggest(context(t)),
  };
}

/** Step → the choice given there, or null when it was revealed without an answer. */
export type Answers = Readonly<Record<number, string | null>>;

/** The question points of a scenario JSON the lab's parser has already accepted. */
export const specsOf = (json: ScenarioJson): QuestionSpec[] =>
  parseQuestions(json.questions, 'Scenario') ?? [];

interface Player {
  timeline: Timeline<unknown>;
  view: BaseView;
  questions: readonly Question[];
  answers: Answers;
  /** the step whose answer was put away to ask the next question right after it */
  dismissed: number | null;
}

export const predictOn = (s: Pick<Player, 'view'>): boolean => s.view.predict === true;

/** The unanswered question before the next step: the player does not move on past it. */
export function nextQuestion(s: Player): Question | null {
  if (!predictOn(s)) return null;
  const at = s.timeline.cursor + 1;
  const q = s.questions.find((x) => x.at === at);
  return q && !(at in s.answers) ? q : null;
}

/**
 * The question the player is asking. When the step shown has just revealed an answer, that
 * answer is shown first; the next "forward" puts it away and asks.
 */
export function pendingQuestion(s: Player): Question | null {
  return revealedQuestion(s) ? null : nextQuestion(s);
}

/** The question the current step has just revealed, with the answer that was given. */
export function revealedQuestion(s: Player): { question: Question; given: string | null } | null {
  if (!predictOn(s)) return null;
  const at = s.timeline.cursor;
  const q = s.questions.find((x) => x.at === at);
  return q && at in s.answers && s.dismissed !== at ? { question: q, given: s.answers[at]! } : null;
}

export interface Score {
  right: number;
  /** questions answered (revealed without an answer do not count) */
  answered: number;
  total: number;
}

export function scoreOf(questions: readonly Question[], answers: Answers): Score {
  let right = 0;
  let answered = 0;
  for (const q of questions) {
    const given = answers[q.at];
    if (given === undefined || given === null) continue;
    answered++;
    if (given === q.answer) right++;
  }
  return { right, answered, total: questions.length };
}

/** Answers that still mean the same after the questions were remade (same question, same answer). */
export function keepAnswers(
  answers: Answers,
  before: readonly Question[],
  after: readonly Question[],
): Answers {
  const kept: Record<number, string | null> = {};
  for (const [k, given] of Object.entries(answers)) {
    const at = Number(k);
    const a = before.find((q) => q.at === at);
    const b = after.find((q) => q.at === at);
    if (a && b && a.prompt === b.prompt && a.answer === b.answer) kept[at] = given;
  }
  return kept;
}

interface QuizHost<S> {
  get(): Player & {
    timeline: Timeline<S>;
    scenario: ScenarioJson;
    setView(patch: Partial<BaseView>): void;
    notify(message: string | null): void;
    report(error: unknown): void;
  };
  patch(p: {
    dismissed?: number | null;
    answers?: Answers;
    questions?: readonly Question[];
    timeline?: Timeline<S>;
    scenario?: ScenarioJson;
    playing?: boolean;
  }): void;
}

/** The player's quiz actions, shared by every lab that has a quiz. */
export function quizActions<S>(quiz: LabQuiz<S> | undefined, { get, patch }: QuizHost<S>) {
  const settle = (at: number, given: string | null) => {
    const s = get();
    patch({
      answers: { ...s.answers, [at]: given },
      timeline: jump(s.timeline, at),
      playing: false,
      dismissed: null,
    });
  };
  const setQuestions = (specs: QuestionSpec[]) => {
    const s = get();
    if (!quiz) return;
    const questions = quiz.make(specs, s.timeline);
    const scenario = { ...s.scenario };
    if (specs.length > 0) scenario.questions = [...specs].sort((a, b) => a.at - b.at);
    else delete scenario.questions;
    patch({ scenario, questions, answers: keepAnswers(s.answers, s.questions, questions) });
  };
  return {
    setPredict: (on: boolean) => {
      try {
        const s = get();
        if (on && quiz) {
          // the scenario's own questions (a lesson's hand-picked ones), else default points
          let specs = specsOf(s.scenario);
          if (specs.length === 0) {
            specs = quiz.suggest(s.timeline);
            setQuestions(specs);
          }
          const at = [...specs].sort((a, b) => a.at - b.at).map((q) => q.at);
          get().notify(
            at.length === 0
              ? 'Predict is on, but no step of this run has a question yet: run a lookup or step to a send, then use "Ask here".'
              : `Predict is on: the player stops before step${at.length === 1 ? '' : 's'} ${at.join(', ')} and asks.`,
          );
        }
        get().setView({ predict: on });
      } catch (e) {
        get().report(e);
      }
    },
    answer: (choice: string) => {
      const q = pendingQuestion(get());
      if (q) settle(q.at, choice);
    },
    reveal: () => {
      const q = pendingQuestion(get());
      if (q) settle(q.at, null);
    },
    /** forward at a question: put the answer shown away and ask, or reveal the one asked */
    advanceQuiz: () => {
      const s = get();
      if (revealedQuestion(s)) patch({ dismissed: s.timeline.cursor, playing: false });
      else {
        const q = nextQuestion(s);
        if (q) settle(q.at, null);
      }
    },
    askHere: (kind?: string) => {
      try {
        const s = get();
        if (!quiz) fail('This lab has no questions.');
        const at = s.timeline.cursor + 1;
        if (at > s.timeline.steps.length)
          fail(
            'This is the last step: step back to where the class should predict what comes next.',
          );
        const fits = quiz.at(s.timeline, at);
        const q = fits.find((x) => x.kind === kind) ?? (kind === undefined ? fits[0] : undefined);
        if (!q)
          fail(
            fits.length === 0
              ? `No question fits step ${at} (${s.timeline.steps[at - 1]!.type}): step to a hop, a send or a decision and try again.`
              : `Step ${at} cannot ask "${kind}"; it can ask ${fits.map((x) => `"${x.kind}"`).join(', ')}.`,
          );
        const specs = specsOf(s.scenario).filter((x) => x.at !== at);
        setQuestions([...specs, { at, kind: q.kind }]);
        const answers = { ...get().answers };
        delete answers[at];
        patch({ answers });
        get().setView({ predict: true });
        get().notify(`Question added before step ${at}: ${q.prompt}`);
      } catch (e) {
        get().report(e);
      }
    },
    /** the questions "Ask here" can add before the next step */
    questionsHere: (): Question[] => {
      const s = get();
      return quiz ? quiz.at(s.timeline, s.timeline.cursor + 1) : [];
    },
    removeQuestion: (at: number) => {
      try {
        setQuestions(specsOf(get().scenario).filter((x) => x.at !== at));
      } catch (e) {
        get().report(e);
      }
    },
    resetScore: () => {
      const s = get();
      patch({ answers: {}, timeline: jump(s.timeline, 0), playing: false, dismissed: null });
    },
  };
}

export type QuizActions = ReturnType<typeof quizActions>;
