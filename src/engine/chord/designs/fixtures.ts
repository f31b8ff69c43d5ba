/** Shared by the design tests: the paper's ring with the lessons' fruit, under any routing. */
import { FRUIT, PAPER_RING, PAPER_SCENARIO } from '../defaults';
import { parseChordScenario, runChordScenario, buildChordTimeline } from '../scenario';

export const PAPER = [...PAPER_RING];
export { FRUIT };

export const scenario = (x: Record<string, unknown>) =>
  parseChordScenario({ ...PAPER_SCENARIO, ...x });

export const run = (x: Record<string, unknown>) => runChordScenario(scenario(x));
export const timeline = (x: Record<string, unknown>) => buildChordTimeline(scenario(x));
