/** Shared by the design tests: the paper's ring with the lessons' fruit, under any routing. */
import { parseChordScenario, runChordScenario, buildChordTimeline } from '../scenario';

export const PAPER = [1, 8, 14, 21, 32, 38, 42, 48, 51, 56];
export const FRUIT = {
  apple: 'red',
  banana: 'yellow',
  cherry: 'dark red',
  date: 'brown',
  grape: 'green',
  kiwi: 'fuzzy',
  lemon: 'sour',
  lime: 'green',
  melon: 'sweet',
  pear: 'pale green',
};

export const scenario = (x: Record<string, unknown>) =>
  parseChordScenario({
    kind: 'chord',
    version: 1,
    seed: 1,
    bits: 6,
    nodes: PAPER,
    keys: FRUIT,
    ...x,
  });

export const run = (x: Record<string, unknown>) => runChordScenario(scenario(x));
export const timeline = (x: Record<string, unknown>) => buildChordTimeline(scenario(x));
