import {
  PAPER_ASSUMPTIONS,
  SPOOF_PATTERN,
  STRATEGIES,
  checkRelations,
  generalName,
  generalsOf,
  roundsOf,
  type Algorithm,
  type Assumptions,
  type BaseStrategy,
  type ByzantineScenario,
  type Delay,
  type Order,
  type Strategy,
} from '../../engine/byzantine';
import { fail } from '../../engine/scenario/errors';

/** One change the lab's controls make to the run's scenario, as data. */
export type ByzantineEdit =
  | { readonly edit: 'generals'; readonly n: number }
  | { readonly edit: 'm'; readonly m: number }
  | { readonly edit: 'order'; readonly order: Order }
  | { readonly edit: 'algorithm'; readonly algorithm: Algorithm }
  | { readonly edit: 'traitor'; readonly general: number; readonly traitor: boolean }
  | { readonly edit: 'strategy'; readonly general: number; readonly strategy: Strategy }
  | { readonly edit: 'assumption'; readonly key: keyof Assumptions; readonly on: boolean }
  | { readonly edit: 'delay'; readonly message: MessageRef };

/** A message of the run: who sends it to whom in which relay round. */
export interface MessageRef {
  readonly from: number;
  readonly to: number;
  readonly round: number;
}

/** The edited scenario, and the notice that explains what else changed (or null). */
export interface Edited {
  readonly scenario: ByzantineScenario;
  readonly notice: string | null;
}

export function intOrFail(v: number, what: string, min: number, max: number): number {
  if (!Number.isFinite(v) || !Number.isInteger(v)) fail(`${what} must be a whole number.`);
  if (v < min || v > max) fail(`${what} must be between ${min} and ${max}, got ${v}.`);
  return v;
}

/** The late messages synchrony-off starts with: two of the commander's, one round late. */
export const DEFAULT_DELAYS: readonly Delay[] = [
  { from: 0, to: 1, round: 0, by: 1 },
  { from: 0, to: 2, round: 0, by: 1 },
];

/**
 * Applies one edit to a typed scenario. What the edit sets is checked by the engine's own check
 * of that field (n and m: the parser's sentences), and what it can break between fields (a
 * spoofer's target, a late message's generals and round, the size) by the engine's
 * checkRelations, in the parser's order: the result and the first error are what parsing the
 * edited JSON gave (edits.test.ts shows it for random edit sequences). Throws ScenarioError.
 */
export function applyEdit(s: ByzantineScenario, e: ByzantineEdit): Edited {
  const { scenario, notice } = edited(s, e);
  return { scenario: checkRelations(scenario), notice };
}

const plain = (scenario: ByzantineScenario, notice: string | null = null): Edited => ({
  scenario,
  notice,
});

function edited(s: ByzantineScenario, e: ByzantineEdit): Edited {
  switch (e.edit) {
    case 'generals': {
      const n = generalsOf(e.n);
      const traitors = { ...s.traitors };
      for (const id of Object.keys(traitors)) if (Number(id) >= n) delete traitors[id];
      return plain({ ...s, generals: n, traitors });
    }
    case 'm':
      return plain({ ...s, m: roundsOf(e.m) });
    case 'order':
      return plain({ ...s, order: e.order });
    case 'algorithm':
      return plain({ ...s, algorithm: e.algorithm });
    case 'traitor':
      return plain(withTraitor(s, e.general, e.traitor));
    case 'strategy':
      return plain(withStrategy(s, e.general, e.strategy));
    case 'assumption':
      return withAssumption(s, e.key, e.on);
    case 'delay':
      return withDelay(s, e.message);
  }
}

function withTraitor(s: ByzantineScenario, general: number, traitor: boolean): ByzantineScenario {
  intOrFail(general, 'The general', 0, s.generals - 1);
  const traitors = { ...s.traitors };
  // the classic traitor commander tells different lieutenants different things
  if (traitor) traitors[String(general)] ??= general === 0 ? 'split' : 'opposite';
  else delete traitors[String(general)];
  return { ...s, traitors };
}

function withStrategy(
  s: ByzantineScenario,
  general: number,
  strategy: Strategy,
): ByzantineScenario {
  if (!STRATEGIES.includes(strategy as BaseStrategy) && !SPOOF_PATTERN.test(strategy)) {
    fail(`Unknown strategy "${String(strategy)}" (one of ${STRATEGIES.join(', ')}).`);
  }
  if (s.traitors[String(general)] === undefined) {
    fail(`General ${general} is loyal: make it a traitor before choosing how it lies.`);
  }
  return { ...s, traitors: { ...s.traitors, [String(general)]: strategy } };
}

/** The scenario under these assumptions: the field is omitted when they are the paper's. */
function assuming(s: ByzantineScenario, now: Assumptions): ByzantineScenario {
  const { assumptions: _was, ...rest } = s;
  const paper =
    now.spoofing === PAPER_ASSUMPTIONS.spoofing &&
    now.synchronous === PAPER_ASSUMPTIONS.synchronous;
  return paper ? rest : { ...rest, assumptions: now };
}

/** The scenario with these late messages (checkRelations checks and sorts them). */
function delayed(s: ByzantineScenario, delays: readonly Delay[]): ByzantineScenario {
  const { delays: _was, ...rest } = s;
  return delays.length === 0 ? rest : { ...rest, delays };
}

/**
 * Switches one of the paper's assumptions on or off; the notice explains what else changed.
 * - Spoofing off: every `spoof:<id>` traitor goes back to `opposite` (it cannot spoof any more).
 * - Synchrony off with no delays yet: two of the commander's messages arrive a round late, so
 *   the run shows at once what a timeout does (the scenario's "delays" can say otherwise).
 */
function withAssumption(s: ByzantineScenario, key: keyof Assumptions, on: boolean): Edited {
  const next = assuming(s, { ...PAPER_ASSUMPTIONS, ...s.assumptions, [key]: on });
  if (key === 'spoofing' && !on) {
    const traitors = { ...s.traitors };
    const spoofers = Object.keys(traitors).filter((id) => traitors[id]!.startsWith('spoof:'));
    for (const id of spoofers) traitors[id] = 'opposite';
    const notice =
      spoofers.length === 0
        ? null
        : `Spoofing is off: ${spoofers.map((id) => generalName(Number(id))).join(' and ')} now ${spoofers.length === 1 ? 'lies' : 'lie'} with "opposite" instead.`;
    return plain({ ...next, traitors }, notice);
  }
  if (key === 'synchronous' && !on && s.delays === undefined) {
    return plain(
      delayed(
        next,
        DEFAULT_DELAYS.filter((d) => d.to < s.generals),
      ),
      "The network is asynchronous: the commander's messages to lieutenants 1 and 2 now arrive a round late, after the timeout, so they count as missing.",
    );
  }
  return plain(next);
}

/**
 * Delays one message by a round (the "delay this message" action on the space-time diagram),
 * or puts it back on time. Delays only exist in an asynchronous network, so delaying turns
 * synchrony off (without the default late messages synchrony-off would add).
 */
function withDelay(s: ByzantineScenario, m: MessageRef): Edited {
  const delays = s.delays ?? [];
  const i = delays.findIndex((d) => d.from === m.from && d.to === m.to && d.round === m.round);
  const what = `${generalName(m.from)}'s message to lieutenant ${m.to} in round ${m.round}`;
  const cap = what.charAt(0).toUpperCase() + what.slice(1);
  if (i >= 0)
    return plain(
      delayed(
        s,
        delays.filter((_, j) => j !== i),
      ),
      `${cap} arrives on time again.`,
    );
  const late = delayed(s, [...delays, { from: m.from, to: m.to, round: m.round, by: 1 }]);
  return plain(
    { ...late, assumptions: { ...PAPER_ASSUMPTIONS, ...s.assumptions, synchronous: false } },
    `${cap} now arrives a round late, after the timeout: it counts as missing, as a silent traitor's would.`,
  );
}
