export * from './types';
export { parseQuestions, MAX_QUESTIONS } from './spec';
export {
  makeQuestions,
  quizKind,
  keepFitting,
  questionsAt,
  stepsFor,
  numberChoices,
  suggestQuestions,
  MAX_SUGGESTED,
  YES_NO,
} from './make';
export { answerLine, answerSheet, type AnswerLine } from './sheet';
