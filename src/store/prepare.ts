/** A loaded scenario made ready to show: validated, run, at its saved cursor, its view checked. */
import { checkView, type BaseView } from './view';
import { specsOf } from './quiz';
import { jump, type Timeline } from '../engine/timeline';
import type { LabConfig, LabState, ScenarioJson } from './labState';

type Prepared<Sc, S, V extends BaseView> = Pick<
  LabState<Sc, S, V>,
  'scenario' | 'parsed' | 'timeline' | 'view' | 'questions'
> & {
  /** one sentence per view field dropped */
  problems: string[];
};

/** Validates raw JSON and runs it: the scenario, its timeline at the saved cursor, its view. */
export function prepare<Sc, S, V extends BaseView>(
  config: LabConfig<Sc, S, V>,
  raw: unknown,
): Prepared<Sc, S, V> {
  const parsed = config.parse(raw);
  return prepareBuilt(config, raw as ScenarioJson, parsed, config.build(parsed));
}

/** The loaded run at the saved cursor, with its view checked. */
export function prepareBuilt<Sc, S, V extends BaseView>(
  config: LabConfig<Sc, S, V>,
  json: ScenarioJson,
  parsed: Sc,
  built: Timeline<S>,
): Prepared<Sc, S, V> {
  const questions = config.quiz?.make(specsOf(json), built) ?? [];
  const cursor = checkView<BaseView>(json.view, {}).view.cursor ?? 0;
  const timeline = jump(built, cursor);
  const { view, problems } = checkView(json.view, config.viewChecks(parsed, timeline));
  delete view.cursor;
  // a scenario with questions replays as a quiz unless its view turns Predict off
  if (view.predict === undefined && questions.length > 0) view.predict = true;
  return { scenario: stripView(json), parsed, timeline, questions, view, problems };
}

export function stripView(raw: ScenarioJson): ScenarioJson {
  const copy = { ...raw };
  delete copy.view;
  return copy;
}
