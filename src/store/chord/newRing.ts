import { parseChordScenario, type ChordScenario } from '../../engine/chord';
import { fail } from '../../engine/scenario/errors';
import { currentState } from '../../engine/timeline';
import type { ScenarioJson } from '../lab';
import { buildTimeline, type ChordTimeline } from './scenario';

/** The part of the DHT lab's state a scenario-level action reads. */
export interface ChordCommitted {
  scenario: ScenarioJson;
  parsed: ChordScenario;
  timeline: ChordTimeline;
}

/** What a pure action returns: the next committed state and the sentence to show. */
export interface ChordActionResult {
  next: ChordCommitted;
  notice: string | null;
}

export interface NewRingChange {
  bits?: number | string;
  replicas?: number;
  nodes?: number | string;
}

/**
 * A new scenario with other settings (bits, replicas, or a random ring of N nodes): today's
 * members that fit on the new circle are kept, the steps are cleared. Throws a ScenarioError
 * naming the bad field.
 */
export function newRing(state: ChordCommitted, change: NewRingChange): ChordActionResult {
  const { json, notes } = planNewRing(state, change);
  const parsedNext = parseChordScenario(json);
  const next = buildTimeline(parsedNext);
  const notice = newRingNotice(parsedNext, notes, state.timeline.steps.length);
  return { next: { scenario: json, parsed: parsedNext, timeline: next }, notice };
}

/** The new scenario JSON (not yet run: a big ring is built in the worker) and its notes. */
export function planNewRing(
  state: ChordCommitted,
  change: NewRingChange,
): { json: ScenarioJson; notes: string[] } {
  const { scenario, parsed, timeline } = state;
  const json: ScenarioJson = { ...scenario, steps: [] };
  const notes: string[] = [];
  let bits = parsed.bits;
  if (change.bits !== undefined) {
    bits = Number(change.bits);
    if (!Number.isInteger(bits) || bits < 3 || bits > 32)
      fail(`Bits (m) must be a whole number from 3 to 32, got "${change.bits}".`);
    json.bits = bits;
  }
  if (change.replicas !== undefined) {
    if (!Number.isInteger(change.replicas) || change.replicas < 1 || change.replicas > 5)
      fail('Replicas must be from 1 to 5.');
    json.replicas = change.replicas;
  }
  if (change.nodes !== undefined) {
    const n = Number(change.nodes);
    if (!Number.isInteger(n) || n < 16 || n > 100_000)
      fail(`A random ring has 16 to 100,000 nodes, got "${change.nodes}".`);
    // room for the nodes: at least 4 ids per node
    const need = Math.min(32, Math.ceil(Math.log2(n * 4)));
    if (bits < need) {
      bits = need;
      json.bits = bits;
      notes.push('m raised to fit');
    }
    json.nodes = n;
    json.seed = ((Number(scenario.seed) || 1) % 1_000_000) + 1;
  } else {
    // keep today's members (joins included) that fit on the new circle
    const frame = currentState(timeline);
    const size = 2 ** bits;
    const ids = frame.ids.filter((id) => id < size);
    const dropped = frame.ids.length - ids.length;
    if (ids.length === 0) {
      json.nodes = Math.min(8, size);
      notes.push('8 random nodes (none fitted)');
    } else {
      json.nodes =
        ids.length > 64 && typeof scenario.nodes === 'number' && dropped === 0
          ? scenario.nodes
          : ids;
      if (dropped > 0)
        notes.push(`${dropped} node${dropped === 1 ? '' : 's'} beyond id ${size - 1} dropped`);
    }
  }
  return { json, notes };
}

/** "New ring: 100000 nodes, m = 19, replicas 1 (3 steps cleared)." */
export function newRingNotice(
  parsedNext: ChordScenario,
  notes: readonly string[],
  stepsBefore: number,
): string {
  const all =
    stepsBefore > 0
      ? [...notes, `${stepsBefore} step${stepsBefore === 1 ? '' : 's'} cleared`]
      : notes;
  return (
    `New ring: ${parsedNext.nodes.length} nodes, m = ${parsedNext.bits}, replicas ${parsedNext.replicas}` +
    (all.length ? ` (${all.join('; ')}).` : '.')
  );
}
