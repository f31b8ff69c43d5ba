import { parseChordScenario, type Routing } from '../../engine/chord';
import { fail } from '../../engine/scenario/errors';
import { jsonArray, jsonObject } from '../../engine/scenario/json';
import { jump } from '../../engine/timeline';
import type { ScenarioJson } from '../lab';
import type { ChordActionResult, ChordCommitted } from './newRing';
import { buildTimeline } from './scenario';

export interface OptionsChange {
  skip?: number | string;
  repair?: boolean;
  /** the notes' other designs: "owner checks the range" */
  ownerCheck?: boolean;
  /** a design (modN / leader / cached) replays the same operations under it */
  routing?: Routing;
}

/** What turning each on/off option on, or off, does, said in the notice. */
const SWITCH_TEXT = {
  repair: ['lookups repair the stale fingers they find', 'lookups leave stale fingers alone'],
  ownerCheck: [
    'the node a put reaches checks the range and forwards it when not the owner',
    'the node a put reaches stores it without checking the range',
  ],
} as const;

/**
 * The same scenario under other options (skip distance, repair, owner check, a design): the
 * run is replayed with them and the cursor kept. Throws a ScenarioError naming the bad field.
 */
export function setOptions(state: ChordCommitted, change: OptionsChange): ChordActionResult {
  const { json, said } = optionsJson(state, change);
  const parsedNext = parseChordScenario(json);
  const next = jump(buildTimeline(parsedNext), state.timeline.cursor);
  if (state.timeline.steps.length > 0) said.push('the run was replayed with it');
  return {
    next: { scenario: json, parsed: parsedNext, timeline: next },
    notice: said.length ? `${said.join('; ')}.` : null,
  };
}

/** The scenario JSON with the change (not yet run: a big one is replayed in the worker). */
export function optionsJson(
  state: Pick<ChordCommitted, 'scenario'>,
  change: OptionsChange,
): { json: ScenarioJson; said: string[] } {
  const { scenario } = state;
  const json: ScenarioJson = { ...scenario };
  const said: string[] = [];
  if (change.skip !== undefined) {
    const k = Number(change.skip);
    if (!Number.isInteger(k) || k < 1 || k > 64)
      fail(`The skip distance k must be a whole number from 1 to 64, got "${change.skip}".`);
    json.skip = k;
    said.push(`skip pointers now reach ${k} node${k === 1 ? '' : 's'} ahead`);
  }
  for (const name of ['repair', 'ownerCheck'] as const) {
    const on = change[name];
    if (on === undefined) continue;
    json[name] = on;
    said.push(SWITCH_TEXT[name][on ? 0 : 1]);
  }
  if (change.routing !== undefined) {
    json.routing = change.routing;
    // Same keys, same membership changes: drop per-op routings the design cannot run.
    json.steps = jsonArray(json.steps).map((st) => {
      const op = jsonObject(st);
      if (op === null) return st;
      const { routing: _r, leaderCrash: _c, ...rest } = op;
      return change.routing === 'leader' && _c !== undefined ? { ...rest, leaderCrash: _c } : rest;
    });
    said.push(`${change.routing} routing`);
  }
  return { json, said };
}
