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
