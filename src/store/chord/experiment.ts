import { parseExperiment } from '../../engine/chord';
import type { JsonObject } from '../../engine/scenario/json';

/** An experiment the statistics panel runs: its JSON, as the engine's parseExperiment takes it. */
export type StatsRequest = JsonObject;

/** Validates experiment JSON; returns the sentence naming the problem when it is bad. */
export function parseExperimentSafe(raw: JsonObject): StatsRequest | string {
  try {
    parseExperiment(raw);
    return raw;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
