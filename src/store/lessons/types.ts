import type { LabId } from '../labId';
import type { ScenarioJson } from '../lab';

/**
 * Ready-made scenarios, one per idea in the lecture notes, so each is a click away.
 * They are ordinary scenarios (validated by the engines like any link), listed in the order
 * a lecture would take them.
 */
export interface Lesson {
  id: string;
  lab: LabId;
  title: string;
  /** what to point at once it is loaded */
  hint: string;
  scenario: ScenarioJson;
}

/** A lesson as a lab's list writes it: its Predict questions by step, what its scenario changes. */
export interface LessonRow {
  readonly id: string;
  readonly title: string;
  readonly hint: string;
  /** step → the kind of question asked there: { 4: 'messages', 8: 'relay' } */
  readonly ask?: Readonly<Record<number, string>>;
  readonly scenario: ScenarioJson;
}

/** A lab's lessons from its rows: each scenario is `base` with the row's questions and changes. */
export function lessonsOf(
  lab: LabId,
  base: (changes: ScenarioJson) => ScenarioJson,
  rows: readonly LessonRow[],
): Lesson[] {
  return rows.map(({ id, title, hint, ask, scenario }) => ({
    id,
    lab,
    title,
    hint,
    scenario: base(ask ? { questions: questionsOf(ask), ...scenario } : scenario),
  }));
}

/** { 4: 'messages' } → [{ at: 4, kind: 'messages' }], by step (integer keys come in order). */
const questionsOf = (ask: Readonly<Record<number, string>>): ScenarioJson[] =>
  Object.entries(ask).map(([at, kind]) => ({ at: Number(at), kind }));
