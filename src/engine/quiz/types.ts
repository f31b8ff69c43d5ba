/**
 * Predict-then-reveal: the player stops before a step and asks what it will show. A question
 * is made from the engine's own run, so its answer is exact; a scenario only names where to
 * ask and what: "questions": [{"at": 5, "kind": "next-hop"}].
 *
 * `at` is the step that reveals the answer (the narration's and the scrubber's step number):
 * the player asks while it shows step at − 1 and moves on to step at once answered.
 */
export type QuestionSpec = {
  readonly at: number;
  readonly kind: string;
};

export interface Choice {
  /** what an answer records: a node id ("42"), a general ("3"), a value ("attack"), a count */
  readonly id: string;
  readonly label: string;
}

export interface Question {
  readonly at: number;
  readonly kind: string;
  /** the question, one sentence */
  readonly prompt: string;
  /**
   * 'stage': answered by clicking on the stage (a node, a general); `choices` then lists the
   * clickable ones (a keyboard user can pick from them too). 'list': answered from `choices`.
   */
  readonly input: 'stage' | 'list';
  readonly choices: readonly Choice[];
  /** the id of the right choice */
  readonly answer: string;
  /** why it is the answer: the rule that decided, in the engine's words */
  readonly why: string;
}

/** What a kind's `ask` gives: the question without its step and kind (quizKind adds them). */
export type Asked = Omit<Question, 'at' | 'kind'>;

/** One kind of question a lab asks: its name in a scenario and how to make it at a step. */
export interface QuizKind<C> {
  readonly kind: string;
  /** a short name for the "Ask here" menu */
  readonly label: string;
  /** where it can be asked, for error messages: "a hop of a lookup" */
  readonly where: string;
  /** the question at step `at`, or null when the step is not one this kind asks about */
  make(ctx: C, at: number): Question | null;
}
