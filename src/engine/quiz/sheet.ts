import { makeQuestions } from './make';
import type { Question, QuestionSpec, QuizKind } from './types';

/** One line of a run's answer sheet (the CLI's "questions"): what is asked, the answer and why. */
export interface AnswerLine {
  readonly at: number;
  readonly kind: string;
  readonly question: string;
  /** the right choice's label ("N42", "Retreat", "6") */
  readonly answer: string;
  /** the right choice's id, as the app records it ("42", "retreat", "6") */
  readonly answerId: string;
  /** 'stage': answered by clicking a node or general in the app; 'list': from `choices` */
  readonly input: 'stage' | 'list';
  /** the choices offered, by label (empty when answered by a click on the stage) */
  readonly choices: readonly string[];
  readonly why: string;
}

export function answerLine(q: Question): AnswerLine {
  return {
    at: q.at,
    kind: q.kind,
    question: q.prompt,
    answer: q.choices.find((c) => c.id === q.answer)?.label ?? q.answer,
    answerId: q.answer,
    input: q.input,
    choices: q.input === 'list' ? q.choices.map((c) => c.label) : [],
    why: q.why,
  };
}

/**
 * The answer sheet of a run's questions, made exactly as the app makes them; a question that
 * does not fit the run throws the same ScenarioError the app shows.
 */
export function answerSheet<C>(
  specs: readonly QuestionSpec[] | undefined,
  kinds: readonly QuizKind<C>[],
  ctx: () => C,
  total: number,
  lab: string,
): { questions?: AnswerLine[] } {
  if (!specs || specs.length === 0) return {};
  return { questions: makeQuestions(specs, kinds, ctx(), total, lab).map(answerLine) };
}
