import { fail, isRecord, quote } from './scenario/errors';
import { parseChordScenario, runChordScenario, parseExperiment, runExperiment } from './chord';
import {
  parseBoundsExperiment,
  parseByzantineScenario,
  runBoundsExperiment,
  runByzantineScenario,
} from './byzantine';
import { parsePaxosScenario, runPaxosScenario } from './paxos';

export const SCENARIO_KINDS = ['chord', 'byzantine', 'paxos', 'experiment'] as const;

/**
 * Runs any scenario headless, exactly as the app's engines do: the CLI's whole job.
 * Validation errors are ScenarioErrors with one sentence naming the problem.
 */
export function runScenario(raw: unknown): unknown {
  if (!isRecord(raw)) fail('A scenario must be a JSON object.');
  switch (raw.kind) {
    case 'chord':
      return runChordScenario(parseChordScenario(raw));
    case 'byzantine':
      return runByzantineScenario(parseByzantineScenario(raw));
    case 'paxos':
      return runPaxosScenario(parsePaxosScenario(raw));
    case 'experiment':
      // the one Byzantine experiment: the bound explorer's grid
      if (raw.name === 'bounds') return runBoundsExperiment(parseBoundsExperiment(raw));
      return runExperiment(parseExperiment(raw));
    default:
      return fail(`"kind" must be one of ${SCENARIO_KINDS.join(', ')}, got ${quote(raw.kind)}.`);
  }
}
