import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../scenario/errors';
import { BYZANTINE_BASE } from './defaults';
import { parseByzantineScenario, runByzantineScenario } from './scenario';

const base = { kind: 'byzantine', version: 1, generals: 4, m: 1 };

describe('parseByzantineScenario', () => {
  it('fills the defaults', () => {
    // pinned here, not read from BYZANTINE_BASE: a changed default must fail this test
    const parsed = parseByzantineScenario(base);
    expect(parsed).toEqual({
      kind: 'byzantine',
      version: 1,
      seed: 1,
      algorithm: 'OM',
      generals: 4,
      m: 1,
      order: 'attack',
      traitors: {},
    });
    // what every scenario in the app starts from is exactly these defaults
    expect(BYZANTINE_BASE).toEqual(parsed);
  });

  it('passes "view" through untouched', () => {
    const view = { cursor: 3, selected: [1, 2] };
    const s = parseByzantineScenario({ ...base, view });
    expect(s.view).toEqual(view);
    expect(runByzantineScenario(s)).toEqual(runByzantineScenario(parseByzantineScenario(base)));
  });

  it('normalizes traitors to ascending ids', () => {
    const s = parseByzantineScenario({ ...base, traitors: { '3': 'silent', '0': 'split' } });
    expect(Object.keys(s.traitors)).toEqual(['0', '3']);
  });

  const bad: [string, unknown, RegExp][] = [
    ['not an object', [1, 2], /expected a JSON object/],
    ['wrong kind', { ...base, kind: 'chord' }, /"kind" must be "byzantine"/],
    ['wrong version', { ...base, version: 2 }, /unsupported "version" 2/],
    ['missing version', { kind: 'byzantine', generals: 4, m: 1 }, /unsupported "version"/],
    [
      'fewer than 3 generals',
      { ...base, generals: 2 },
      /"generals" must be between 3 and 40, got 2/,
    ],
    ['too many generals', { ...base, generals: 41 }, /"generals" must be between 3 and 40/],
    [
      'fractional generals',
      { ...base, generals: 4.5 },
      /the number of generals "generals" must be a whole number from 3 to 40, got 4\.5\./,
    ],
    [
      'generals an empty field (NaN)',
      { ...base, generals: NaN },
      /the number of generals "generals" must be a whole number from 3 to 40, got no number\./,
    ],
    ['missing generals', { kind: 'byzantine', version: 1, m: 1 }, /"generals" is required/],
    ['negative m', { ...base, m: -1 }, /"m" must be between 0 and 39, got -1/],
    ['missing m', { kind: 'byzantine', version: 1, generals: 4 }, /"m" is required/],
    [
      'm null (NaN in a link)',
      { ...base, m: null },
      /the number of rounds "m" must be a whole number from 0 to 39, got null\./,
    ],
    ['m as text', { ...base, m: 'abc' }, /"m" must be a whole number from 0 to 39, got "abc"\./],
    ['fractional m', { ...base, m: 1.5 }, /"m" must be a whole number from 0 to 39, got 1\.5\./],
    ['m an empty field (NaN)', { ...base, m: NaN }, /whole number from 0 to 39, got no number\./],
    [
      'm too big',
      { ...base, m: 40 },
      /the number of rounds "m" must be between 0 and 39, got 40\./,
    ],
    [
      'traitor id outside 0..n-1',
      { ...base, traitors: { '4': 'opposite' } },
      /traitor "4" is not a general \(ids are 0..3\)/,
    ],
    [
      'negative traitor id',
      { ...base, traitors: { '-1': 'opposite' } },
      /traitor "-1" is not a general/,
    ],
    [
      'non-numeric traitor id',
      { ...base, traitors: { two: 'opposite' } },
      /traitor "two" is not a general/,
    ],
    [
      'unknown strategy',
      { ...base, traitors: { '3': 'sneaky' } },
      /traitor 3 has unknown strategy "sneaky"/,
    ],
    ['traitors not an object', { ...base, traitors: [3] }, /"traitors" must be an object/],
    [
      'unknown algorithm',
      { ...base, algorithm: 'PBFT' },
      /"algorithm" must be one of OM, SM, got "PBFT"/,
    ],
    [
      'unknown order',
      { ...base, order: 'charge' },
      /"order" must be one of attack, retreat, got "charge"/,
    ],
    ['unknown field', { ...base, traitor: {} }, /unknown field "traitor"/],
    ['bad seed', { ...base, seed: 'x' }, /"seed" must be an integer/],
    ['view not an object', { ...base, view: 3 }, /"view" must be an object/],
    [
      'too many OM messages',
      { ...base, generals: 40, m: 4 },
      /OM\(4\) with 40 generals sends .* messages, more than the limit of 1,000,000/,
    ],
  ];
  for (const [name, raw, message] of bad) {
    it(`rejects ${name} with one sentence`, () => {
      let err: unknown;
      try {
        parseByzantineScenario(raw);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ScenarioError);
      const msg = (err as Error).message;
      expect(msg).toMatch(message);
      expect(msg).not.toContain('\n');
    });
  }

  it('accepts big SM runs (SM sends at most about 2n² messages)', () => {
    const s = parseByzantineScenario({ ...base, algorithm: 'SM', generals: 40, m: 39 });
    expect(runByzantineScenario(s).ic1).toBe(true);
  });
});

describe('runByzantineScenario', () => {
  it('gives the contract output for the README example', () => {
    const s = parseByzantineScenario({
      kind: 'byzantine',
      version: 1,
      seed: 1,
      algorithm: 'OM',
      generals: 4,
      m: 1,
      order: 'attack',
      traitors: { '3': 'opposite' },
    });
    expect(runByzantineScenario(s)).toEqual({
      kind: 'byzantine',
      messages: 9,
      messagesPerRound: [3, 6],
      decisions: { '1': 'attack', '2': 'attack' },
      ic1: true,
      ic2: true,
      outcome: 'victory',
    });
  });

  it('adds warnings outside the paper’s bounds', () => {
    const out = runByzantineScenario(
      parseByzantineScenario({ ...base, generals: 3, traitors: { '2': 'opposite' } }),
    );
    expect(out.warnings).toEqual([
      'OM(1) with 3 generals: n ≤ 3m, so the paper guarantees nothing (needs n > 3m).',
    ]);
    expect(out).toMatchObject({
      ic1: true,
      ic2: false,
      outcome: 'retreat',
      decisions: { '1': 'retreat' },
    });
  });

  it('reports a defeat when loyal lieutenants split', () => {
    // OM(0): whatever the traitor commander says is final
    const out = runByzantineScenario(
      parseByzantineScenario({ ...base, m: 0, traitors: { '0': 'split' } }),
    );
    expect(out).toMatchObject({
      messages: 3,
      messagesPerRound: [3],
      decisions: { '1': 'attack', '2': 'retreat', '3': 'attack' },
      ic1: false,
      ic2: true,
      outcome: 'defeat',
    });
  });

  it('counts only messages actually sent', () => {
    const out = runByzantineScenario(
      parseByzantineScenario({ ...base, traitors: { '3': 'silent' } }),
    );
    expect(out.messages).toBe(7);
    expect(out.messagesPerRound).toEqual([3, 4]);
  });

  it('is JSON-serializable and deterministic', () => {
    const s = parseByzantineScenario({
      ...base,
      generals: 7,
      m: 2,
      traitors: { '2': 'random', '5': 'random' },
      seed: 42,
    });
    const a = runByzantineScenario(s);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(runByzantineScenario(s)).toEqual(a);
  });
});
