import { parseExperiment } from '../../engine/chord';

/** An experiment the statistics panel runs: its JSON, as the engine's parseExperiment takes it. */
export type StatsRequest = Record<string, unknown>;

/** Validates experiment JSON; returns the sentence naming the problem when it is bad. */
export function parseExperimentSafe(raw: Record<string, unknown>): StatsRequest | string {
  try {
    parseExperiment(raw);
    return raw;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
