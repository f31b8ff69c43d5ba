import {
  PAPER_ASSUMPTIONS,
  SPOOF_PATTERN,
  STRATEGIES,
  type Assumptions,
  type BaseStrategy,
  type Strategy,
} from '../../engine/byzantine';
import { fail, isRecord } from '../../engine/scenario/errors';
import type { ScenarioJson } from '../lab';

export function traitorsOf(json: ScenarioJson): Record<string, Strategy> {
  return isRecord(json.traitors) ? { ...(json.traitors as Record<string, Strategy>) } : {};
}

export function intOrFail(v: number, what: string, min: number, max: number): number {
  if (!Number.isFinite(v) || !Number.isInteger(v)) fail(`${what} must be a whole number.`);
  if (v < min || v > max) fail(`${what} must be between ${min} and ${max}, got ${v}.`);
  return v;
}

/** The late messages synchrony-off starts with: two of the commander's, one round late. */
export const DEFAULT_DELAYS = [
  { from: 0, to: 1, round: 0, by: 1 },
  { from: 0, to: 2, round: 0, by: 1 },
];

/**
 * Switches one of the paper's assumptions on or off in a scenario's JSON; returns the notice
 * that explains what else changed, or null.
 * - Spoofing off: every `spoof:<id>` traitor goes back to `opposite` (it cannot spoof any more).
 * - Synchrony off with no delays yet: two of the commander's messages arrive a round late, so
 *   the run shows at once what a timeout does (the scenario's "delays" can say otherwise).
 */
export function editAssumption(
  json: ScenarioJson,
  key: keyof Assumptions,
  on: boolean,
): string | null {
  const now: Assumptions = {
    ...PAPER_ASSUMPTIONS,
    ...(isRecord(json.assumptions) ? (json.assumptions as Partial<Assumptions>) : {}),
    [key]: on,
  };
  if (
    now.spoofing === PAPER_ASSUMPTIONS.spoofing &&
    now.synchronous === PAPER_ASSUMPTIONS.synchronous
  )
    delete json.assumptions;
  else json.assumptions = now;
  if (key === 'spoofing' && !on) {
    const traitors = traitorsOf(json);
    const spoofers = Object.keys(traitors).filter((id) => traitors[id]!.startsWith('spoof:'));
    for (const id of spoofers) traitors[id] = 'opposite';
    json.traitors = traitors;
    if (spoofers.length > 0)
      return `Spoofing is off: ${spoofers.map((id) => (id === '0' ? 'the commander' : `lieutenant ${id}`)).join(' and ')} now ${spoofers.length === 1 ? 'lies' : 'lie'} with "opposite" instead.`;
  }
  if (key === 'synchronous' && !on && !(Array.isArray(json.delays) && json.delays.length > 0)) {
    const n = Number(json.generals);
    json.delays = DEFAULT_DELAYS.filter((d) => d.to < n);
    return "The network is asynchronous: the commander's messages to lieutenants 1 and 2 now arrive a round late, after the timeout, so they count as missing.";
  }
  return null;
}

/** n is checked once, by the engine's parser (its sentence names the generals and the range). */
export function editGenerals(json: ScenarioJson, n: number): void {
  json.generals = n;
  const traitors = traitorsOf(json);
  for (const id of Object.keys(traitors)) if (Number(id) >= n) delete traitors[id];
  json.traitors = traitors;
}

export function editTraitor(json: ScenarioJson, general: number, traitor: boolean): void {
  const n = Number(json.generals);
  intOrFail(general, 'The general', 0, n - 1);
  const traitors = traitorsOf(json);
  // the classic traitor commander tells different lieutenants different things
  if (traitor) traitors[String(general)] ??= general === 0 ? 'split' : 'opposite';
  else delete traitors[String(general)];
  json.traitors = traitors;
}

export function editStrategy(json: ScenarioJson, general: number, strategy: Strategy): void {
  if (!STRATEGIES.includes(strategy as BaseStrategy) && !SPOOF_PATTERN.test(strategy)) {
    fail(`Unknown strategy "${String(strategy)}" (one of ${STRATEGIES.join(', ')}).`);
  }
  const traitors = traitorsOf(json);
  if (traitors[String(general)] === undefined) {
    fail(`General ${general} is loyal: make it a traitor before choosing how it lies.`);
  }
  traitors[String(general)] = strategy;
  json.traitors = traitors;
}

const general = (g: number): string => (g === 0 ? 'the commander' : `lieutenant ${g}`);

/**
 * Delays one message by a round (the "delay this message" action on the space-time diagram),
 * or puts it back on time. Delays only exist in an asynchronous network, so delaying turns
 * synchrony off (without the default late messages synchrony-off would add). Returns the notice.
 */
export function editDelay(
  json: ScenarioJson,
  m: { from: number; to: number; round: number },
): string {
  const delays = (Array.isArray(json.delays) ? [...json.delays] : []) as ScenarioJson[];
  const i = delays.findIndex((d) => d.from === m.from && d.to === m.to && d.round === m.round);
  const what = `${general(m.from)}'s message to lieutenant ${m.to} in round ${m.round}`;
  const cap = what.charAt(0).toUpperCase() + what.slice(1);
  if (i >= 0) {
    delays.splice(i, 1);
    if (delays.length > 0) json.delays = delays;
    else delete json.delays;
    return `${cap} arrives on time again.`;
  }
  json.delays = [...delays, { ...m, by: 1 }];
  const was = isRecord(json.assumptions) ? (json.assumptions as Partial<Assumptions>) : {};
  json.assumptions = { ...PAPER_ASSUMPTIONS, ...was, synchronous: false };
  return `${cap} now arrives a round late, after the timeout: it counts as missing, as a silent traitor's would.`;
}
