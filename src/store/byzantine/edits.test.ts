import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_GENERALS,
  PAPER_ASSUMPTIONS,
  SPOOF_PATTERN,
  STRATEGIES,
  type Assumptions,
  type BaseStrategy,
  type ByzantineScenario,
  type Strategy,
} from '../../engine/byzantine';
import { fail, isRecord } from '../../engine/scenario/errors';
import type { ScenarioJson } from '../lab';
import { parseScenario, scenarioJson } from './run';
import { applyEdit, DEFAULT_DELAYS, intOrFail, type ByzantineEdit } from './edits';

// ---- the edits as they were: on the scenario's JSON, then the whole scenario parsed again ----
// (the oracle the typed edits are held to; a copy of the code they replaced)

function traitorsOf(json: ScenarioJson): Record<string, Strategy> {
  return isRecord(json.traitors) ? { ...(json.traitors as Record<string, Strategy>) } : {};
}

function jsonEdit(json: ScenarioJson, e: ByzantineEdit): string | null {
  switch (e.edit) {
    case 'generals': {
      json.generals = e.n;
      const traitors = traitorsOf(json);
      for (const id of Object.keys(traitors)) if (Number(id) >= e.n) delete traitors[id];
      json.traitors = traitors;
      return null;
    }
    case 'm':
      json.m = e.m;
      return null;
    case 'order':
      json.order = e.order;
      return null;
    case 'algorithm':
      json.algorithm = e.algorithm;
      return null;
    case 'traitor': {
      const n = Number(json.generals);
      intOrFail(e.general, 'The general', 0, n - 1);
      const traitors = traitorsOf(json);
      if (e.traitor) traitors[String(e.general)] ??= e.general === 0 ? 'split' : 'opposite';
      else delete traitors[String(e.general)];
      json.traitors = traitors;
      return null;
    }
    case 'strategy': {
      if (!STRATEGIES.includes(e.strategy as BaseStrategy) && !SPOOF_PATTERN.test(e.strategy))
        fail(`Unknown strategy "${String(e.strategy)}" (one of ${STRATEGIES.join(', ')}).`);
      const traitors = traitorsOf(json);
      if (traitors[String(e.general)] === undefined)
        fail(`General ${e.general} is loyal: make it a traitor before choosing how it lies.`);
      traitors[String(e.general)] = e.strategy;
      json.traitors = traitors;
      return null;
    }
    case 'assumption': {
      const now: Assumptions = {
        ...PAPER_ASSUMPTIONS,
        ...(isRecord(json.assumptions) ? (json.assumptions as Partial<Assumptions>) : {}),
        [e.key]: e.on,
      };
      if (
        now.spoofing === PAPER_ASSUMPTIONS.spoofing &&
        now.synchronous === PAPER_ASSUMPTIONS.synchronous
      )
        delete json.assumptions;
      else json.assumptions = now;
      if (e.key === 'spoofing' && !e.on) {
        const traitors = traitorsOf(json);
        const spoofers = Object.keys(traitors).filter((id) => traitors[id]!.startsWith('spoof:'));
        for (const id of spoofers) traitors[id] = 'opposite';
        json.traitors = traitors;
        if (spoofers.length > 0)
          return `Spoofing is off: ${spoofers.map((id) => (id === '0' ? 'the commander' : `lieutenant ${id}`)).join(' and ')} now ${spoofers.length === 1 ? 'lies' : 'lie'} with "opposite" instead.`;
      }
      if (
        e.key === 'synchronous' &&
        !e.on &&
        !(Array.isArray(json.delays) && json.delays.length > 0)
      ) {
        const n = Number(json.generals);
        json.delays = DEFAULT_DELAYS.filter((d) => d.to < n);
        return "The network is asynchronous: the commander's messages to lieutenants 1 and 2 now arrive a round late, after the timeout, so they count as missing.";
      }
      return null;
    }
    case 'delay': {
      const m = e.message;
      const general = (g: number): string => (g === 0 ? 'the commander' : `lieutenant ${g}`);
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
  }
}

type Outcome =
  { ok: true; scenario: ByzantineScenario; notice: string | null } | { ok: false; error: string };

const attempt = (f: () => { scenario: ByzantineScenario; notice: string | null }): Outcome => {
  try {
    return { ok: true, ...f() };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
};

/** The old way: the edit on the JSON the lab holds (scenarioJson of the run), then a parse. */
const byJson = (s: ByzantineScenario, e: ByzantineEdit): Outcome =>
  attempt(() => {
    const json = scenarioJson(s);
    const notice = jsonEdit(json, e);
    return { scenario: parseScenario(json), notice };
  });

// ---- random scenarios and edits, valid and not ----

const smallInt = (min: number, max: number) => fc.integer({ min, max });
const strategy = fc.oneof(
  fc.constantFrom<Strategy>(...STRATEGIES),
  smallInt(0, 9).map((id) => `spoof:${id}` as Strategy),
);

const scenario: fc.Arbitrary<ByzantineScenario> = fc
  .record({
    n: smallInt(3, 8),
    m: smallInt(0, 3),
    algorithm: fc.constantFrom('OM', 'SM'),
    order: fc.constantFrom('attack', 'retreat'),
    traitors: fc.dictionary(smallInt(0, 8).map(String), strategy, { maxKeys: 3 }),
    assumptions: fc.option(fc.record({ spoofing: fc.boolean(), synchronous: fc.boolean() })),
    delays: fc.array(
      fc.record({
        from: smallInt(0, 7),
        to: smallInt(1, 7),
        round: smallInt(0, 3),
        by: smallInt(1, 2),
      }),
      { maxLength: 4 },
    ),
  })
  .map((r) => {
    const base = { kind: 'byzantine', version: 1, generals: r.n, m: r.m };
    const traitors = Object.fromEntries(Object.entries(r.traitors).filter(([k]) => +k < r.n));
    const full = {
      ...base,
      algorithm: r.algorithm,
      order: r.order,
      traitors,
      ...(r.assumptions ? { assumptions: r.assumptions } : {}),
    };
    // an inconsistent draw loses its delays, then its traitors, until it parses
    for (const raw of [{ ...full, delays: r.delays }, full, { ...full, traitors: {} }, base]) {
      try {
        return parseScenario(raw);
      } catch {
        continue;
      }
    }
    throw new Error('unreachable: the plain scenario parses');
  });

const anyNumber = (min: number, max: number) =>
  fc.oneof(smallInt(min, max), fc.constantFrom(Number.NaN, 2.5, Infinity));

const edit: fc.Arbitrary<ByzantineEdit> = fc.oneof(
  anyNumber(1, 10).map((n) => ({ edit: 'generals', n }) as const),
  anyNumber(-1, 5).map((m) => ({ edit: 'm', m }) as const),
  fc.constantFrom('attack', 'retreat').map((order) => ({ edit: 'order', order }) as const),
  fc.constantFrom('OM', 'SM').map((algorithm) => ({ edit: 'algorithm', algorithm }) as const),
  fc
    .record({ general: anyNumber(-1, 9), traitor: fc.boolean() })
    .map((r) => ({ edit: 'traitor', ...r }) as const),
  fc
    .record({
      general: smallInt(0, 8),
      strategy: fc.oneof(strategy, fc.constant('bogus' as Strategy)),
    })
    .map((r) => ({ edit: 'strategy', ...r }) as const),
  fc
    .record({ key: fc.constantFrom('spoofing', 'synchronous'), on: fc.boolean() })
    .map((r) => ({ edit: 'assumption', ...r }) as const),
  fc
    .record({ from: smallInt(0, 8), to: smallInt(0, 8), round: smallInt(0, 4) })
    .map((message) => ({ edit: 'delay', message }) as const),
);

describe('Byzantine edits on the typed scenario', () => {
  it('give what the old edit of the JSON then a parse gave, for random edit sequences', () => {
    let failed = 0;
    let applied = 0;
    fc.assert(
      fc.property(scenario, fc.array(edit, { minLength: 1, maxLength: 12 }), (start, edits) => {
        let s = start;
        for (const e of edits) {
          const old = byJson(s, e);
          const typed = attempt(() => applyEdit(s, e));
          expect(typed).toEqual(old);
          if (!typed.ok) {
            failed++;
            continue;
          }
          applied++;
          s = typed.scenario;
          // the JSON the lab shares reads back as the same scenario: links stay exact
          expect(parseScenario(scenarioJson(s))).toEqual(s);
        }
      }),
      { numRuns: 400 },
    );
    // both kinds of outcome were exercised
    expect(failed).toBeGreaterThan(100);
    expect(applied).toBeGreaterThan(100);
  });

  it('says why a bad edit is refused, in the engine sentence', () => {
    const s = parseScenario({ kind: 'byzantine', version: 1, generals: 4, m: 1 });
    expect(() => applyEdit(s, { edit: 'generals', n: MAX_GENERALS + 1 })).toThrow(
      'Byzantine scenario: the number of generals "generals" must be between 3 and 40, got 41.',
    );
    const late = applyEdit(s, { edit: 'delay', message: { from: 2, to: 3, round: 1 } }).scenario;
    expect(() => applyEdit(late, { edit: 'm', m: 0 })).toThrow(
      'Byzantine scenario: delays[0]: "round" must be between 0 and 0, got 1.',
    );
  });
});
