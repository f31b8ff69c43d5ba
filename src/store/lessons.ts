import { BYZANTINE_LESSONS } from './lessons/byzantine';
import { DHT_LESSONS } from './lessons/dht';
import { PAXOS_LESSONS } from './lessons/paxos';
import type { ScenarioJson } from './lab';
import type { Lesson } from './lessons/types';

export type { Lesson } from './lessons/types';
export { PAXOS_FORGET_SCHEDULE, PAXOS_LIAR_SCHEDULE } from './lessons/paxos';

/** Every lesson, in the order a lecture would take them: DHT, then Byzantine, then Paxos. */
export const LESSONS: readonly Lesson[] = [...DHT_LESSONS, ...BYZANTINE_LESSONS, ...PAXOS_LESSONS];

/** How many Predict questions a lesson carries. */
export const questionCount = (l: Lesson): number =>
  Array.isArray(l.scenario.questions) ? l.scenario.questions.length : 0;

/**
 * A lesson as it opens: with its hand-picked questions, asked only when Predict is on (the
 * lecturer's choice, kept from the lab as it was), so picking a lesson never starts a quiz
 * the lecturer did not ask for, and one that was on carries on with the lesson's questions.
 */
export function lessonScenario(l: Lesson, predict: boolean): ScenarioJson {
  if (questionCount(l) === 0) return l.scenario;
  const view = typeof l.scenario.view === 'object' && l.scenario.view ? l.scenario.view : {};
  return { ...l.scenario, view: { ...view, predict } };
}

/** What a lesson says as it opens: its hint, and how to ask its questions. */
export function lessonNotice(l: Lesson, predict: boolean): string {
  const n = questionCount(l);
  if (n === 0) return l.hint;
  return predict
    ? `${l.hint} Predict asks ${n} question${n === 1 ? '' : 's'} on the way.`
    : `${l.hint} Turn on Predict to ask the class ${n} question${n === 1 ? '' : 's'}.`;
}
